package org.equicity.network.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.equicity.network.Networks;
import org.equicity.network.Networks.Member;
import org.equicity.network.Networks.NetworkDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: the list of networks and each network's page. */
@Controller
class NetworkPages {

    private final Networks networks;

    NetworkPages(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/networks")
    String list(Model model) {
        model.addAttribute("networks", networks.all());
        return "network/networks";
    }

    @GetMapping("/networks/{slug}")
    String show(NetworkDetails network, Model model, Locale locale) {
        List<Member> members = networks.members(network.id());
        model.addAttribute("network", network);
        model.addAttribute("current", members.stream().filter(Member::isCurrent).toList());
        model.addAttribute(
                "former", members.stream().filter(member -> !member.isCurrent()).toList());
        model.addAttribute("canManage", networks.canManage(network.id()));
        model.addAttribute("countries", countryNames(members, locale));
        return "network/network";
    }

    /** Country names in the reader's language, keyed by the ISO code the city module stores. */
    private static Map<String, String> countryNames(List<Member> members, Locale locale) {
        var names = new HashMap<String, String>();
        members.stream()
                .map(Member::country)
                .filter(Objects::nonNull)
                .forEach(code -> names.put(code, new Locale("", code).getDisplayCountry(locale)));
        return names;
    }
}
