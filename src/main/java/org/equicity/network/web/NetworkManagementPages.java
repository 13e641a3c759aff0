package org.equicity.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.Describe;
import org.equicity.network.Networks.InviteToNetwork;
import org.equicity.network.Networks.Member;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for one network. The facade checks every change; the pages also refuse to show a form to
 * someone who could not save it.
 */
@Controller
@RequestMapping("/manage/networks/{slug}")
class NetworkManagementPages {

    private static final List<Role> NETWORK_ROLES = List.of(Role.NETWORK_SECRETARIAT, Role.REVIEWER);

    private final Networks networks;
    private final Cities cities;
    private final PageForms forms;
    private final MessageSource messages;
    private final Clock clock;

    NetworkManagementPages(Networks networks, Cities cities, PageForms forms, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.networks = networks;
        this.cities = cities;
        this.forms = forms;
    }

    /** Only the network's secretariat (and platform administrators) manage it. */
    @ModelAttribute
    void managed(NetworkDetails network) {
        if (!networks.canManage(network.id())) {
            throw new AccessDeniedException("Not allowed");
        }
    }

    private String redirect(NetworkDetails network, String page) {
        return "redirect:/manage/networks/" + network.slug() + page;
    }

    /** The network's pages show their notices as texts, written in the reader's language when the change is done. */
    private void notice(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }

    // Description

    @GetMapping
    String edit(NetworkDetails network, Model model) {
        forms.errors(model);
        return editPage(model, network, NetworkForm.of(network), false);
    }

    @PostMapping
    String describe(
            NetworkDetails network,
            @ModelAttribute("form") NetworkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        int period = form.period(errors);
        return forms.save(
                errors,
                model,
                redirect,
                null,
                () -> {
                    networks.describe(
                            network.id(),
                            new Describe(form.name(), form.description(), form.website(), period, form.version()));
                    notice(redirect, "network.manage.saved");
                    return "/manage/networks/" + network.slug();
                },
                conflict -> {
                    if (!conflict) {
                        return editPage(model, network, form, false);
                    }
                    // What the editor typed stays; the stored values are shown beside it; saving again overwrites.
                    var current = networks.find(network.id()).orElseThrow();
                    return editPage(model, current, form.over(current.version()), true);
                });
    }

    private String editPage(Model model, NetworkDetails network, NetworkForm form, boolean conflict) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        return "network/manage/edit";
    }

    // Frameworks

    @GetMapping("/frameworks")
    String frameworks(NetworkDetails network, Model model) {
        forms.errors(model);
        var form = new FrameworksForm(
                network.frameworks().stream().map(use -> use.ref().toString()).toList());
        return frameworksPage(model, network, form);
    }

    @PostMapping("/frameworks")
    String chooseFrameworks(
            NetworkDetails network,
            @ModelAttribute("form") FrameworksForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        Set<FrameworkRef> chosen = new HashSet<>();
        for (var text : form.frameworks()) {
            try {
                chosen.add(FrameworkRef.parse(text));
            } catch (IllegalArgumentException malformed) {
                errors.add("frameworks", "network.error.frameworks.unknown", text);
            }
        }
        return forms.save(
                errors,
                model,
                redirect,
                null,
                () -> {
                    networks.chooseFrameworks(network.id(), chosen);
                    notice(redirect, "network.frameworks.saved");
                    return "/manage/networks/" + network.slug() + "/frameworks";
                },
                conflict -> frameworksPage(model, network, form));
    }

    private String frameworksPage(Model model, NetworkDetails network, FrameworksForm form) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("choices", networks.frameworkChoices(network.id()));
        return "network/manage/frameworks";
    }

    // Members

    @GetMapping("/members")
    String members(NetworkDetails network, Model model) {
        forms.errors(model);
        return membersPage(
                model, network, new AdmitForm(null, LocalDate.now(clock).toString()));
    }

    @PostMapping("/members")
    String admit(
            NetworkDetails network,
            @ModelAttribute("form") AdmitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        var city = form.cityId(errors);
        var joinedOn = form.joined(errors);
        return forms.save(
                errors,
                model,
                redirect,
                null,
                () -> {
                    var member = networks.admit(network.id(), city, joinedOn);
                    notice(redirect, "network.members.admitted", member.cityName());
                    return "/manage/networks/" + network.slug() + "/members";
                },
                conflict -> membersPage(model, network, form));
    }

    @PostMapping("/members/release")
    String release(
            NetworkDetails network,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String leftOn,
            Model model,
            RedirectAttributes redirect) {
        var cityId = cityId(city);
        var member = networks.members(network.id()).stream()
                .filter(Member::isCurrent)
                .filter(candidate -> candidate.city().equals(cityId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Member", city));
        var errors = forms.errors(model);
        var field = "leftOn-" + cityId.value();
        try {
            networks.release(network.id(), cityId, LocalDate.parse(leftOn == null ? "" : leftOn.strip()));
            notice(redirect, "network.members.released", member.cityName());
            return redirect(network, "/members");
        } catch (DateTimeParseException malformed) {
            errors.add(
                    field,
                    leftOn == null || leftOn.isBlank()
                            ? "network.error.leftOn.required"
                            : "network.error.leftOn.invalid");
        } catch (RuleViolationException violation) {
            errors.add(violation, field);
        }
        model.addAttribute("releaseLeftOn", leftOn);
        return membersPage(
                model, network, new AdmitForm(null, LocalDate.now(clock).toString()));
    }

    private static CityId cityId(String text) {
        try {
            return text == null || text.isBlank() ? null : new CityId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private String membersPage(Model model, NetworkDetails network, AdmitForm form) {
        var members = networks.members(network.id());
        var current = members.stream().filter(Member::isCurrent).toList();
        var currentCities = current.stream().map(Member::city).toList();
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        model.addAttribute(
                "former", members.stream().filter(member -> !member.isCurrent()).toList());
        model.addAttribute(
                "candidates",
                Choices.of(
                        cities.all().stream()
                                .filter(city -> !currentCities.contains(city.id()))
                                .toList(),
                        city -> city.id().value().toString(),
                        city -> city.name()));
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "network/manage/members";
    }

    // People

    @GetMapping("/people")
    String people(NetworkDetails network, Model model, Locale locale) {
        forms.errors(model);
        return peoplePage(model, network, InviteForm.blank(locale.getLanguage()));
    }

    @PostMapping("/people")
    String invite(
            NetworkDetails network,
            @ModelAttribute("form") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        var role = NETWORK_ROLES.stream()
                .filter(candidate -> candidate.name().equals(form.role()))
                .findFirst();
        if (role.isEmpty()) {
            errors.add("role", "network.error.role.not-network");
        }
        if (form.email() == null || form.email().isBlank()) {
            errors.add("email", "network.error.email.required");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            errors.add("displayName", "network.error.displayName.required");
        }
        return forms.save(
                errors,
                model,
                redirect,
                null,
                () -> {
                    var sent = networks.invite(
                            network.id(),
                            new InviteToNetwork(form.email(), form.displayName(), role.get(), form.language()));
                    notice(redirect, "network.people.invited", sent.email());
                    return "/manage/networks/" + network.slug() + "/people";
                },
                conflict -> peoplePage(model, network, form));
    }

    @PostMapping("/people/revoke")
    String revoke(
            NetworkDetails network,
            @RequestParam String person,
            @RequestParam String role,
            RedirectAttributes redirect) {
        var networkRole = NETWORK_ROLES.stream()
                .filter(candidate -> candidate.name().equals(role))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Role", role));
        PersonId personId;
        try {
            personId = new PersonId(UUID.fromString(person));
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("Person", person);
        }
        networks.revoke(network.id(), personId, networkRole);
        notice(redirect, "network.people.revoked");
        return redirect(network, "/people");
    }

    private String peoplePage(Model model, NetworkDetails network, InviteForm form) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("holders", networks.people(network.id()));
        model.addAttribute("roles", Choices.of(NETWORK_ROLES, Role::name, Role::name));
        return "network/manage/people";
    }
}
