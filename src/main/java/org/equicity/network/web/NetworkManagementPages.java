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
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final MessageSource messages;
    private final Clock clock;

    NetworkManagementPages(Networks networks, Cities cities, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.networks = networks;
        this.cities = cities;
        this.messages = messages;
    }

    private NetworkDetails managed(String slug) {
        var network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("Network", slug));
        if (!networks.canManage(network.id())) {
            throw new AccessDeniedException("Not allowed");
        }
        return network;
    }

    private String redirect(NetworkDetails network, String page) {
        return "redirect:/manage/networks/" + network.slug() + page;
    }

    private void notice(RedirectAttributes redirect, Locale locale, String key, Object... arguments) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, arguments, locale));
    }

    // Description

    @GetMapping
    String edit(@PathVariable String slug, Model model) {
        var network = managed(slug);
        return editPage(model, network, NetworkForm.of(network), false);
    }

    @PostMapping
    String describe(
            @PathVariable String slug,
            @ModelAttribute("form") NetworkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
        int period = FormErrors.number(
                result,
                "reportingPeriodYears",
                form.getReportingPeriodYears(),
                "network.error.reportingPeriodYears.range",
                1,
                10);
        if (result.hasErrors()) {
            return editPage(model, network, form, false);
        }
        try {
            networks.describe(
                    network.id(),
                    new Describe(form.getName(), form.getDescription(), form.getWebsite(), period, form.getVersion()));
        } catch (RuleViolationException violation) {
            FormErrors.attach(result, violation);
            return editPage(model, network, form, false);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            // What the editor typed stays; the stored values are shown beside it, and saving again overwrites them.
            var current = networks.find(network.id()).orElseThrow();
            form.setVersion(current.version());
            return editPage(model, current, form, true);
        }
        notice(redirect, locale, "network.manage.saved");
        return redirect(network, "");
    }

    private String editPage(Model model, NetworkDetails network, NetworkForm form, boolean conflict) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        return "network/manage/edit";
    }

    // Frameworks

    @GetMapping("/frameworks")
    String frameworks(@PathVariable String slug, Model model) {
        var network = managed(slug);
        var form = new FrameworksForm();
        form.setFrameworks(
                network.frameworks().stream().map(use -> use.ref().toString()).toList());
        return frameworksPage(model, network, form);
    }

    @PostMapping("/frameworks")
    String chooseFrameworks(
            @PathVariable String slug,
            @ModelAttribute("form") FrameworksForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
        Set<FrameworkRef> chosen = new HashSet<>();
        for (var text : form.getFrameworks()) {
            try {
                chosen.add(FrameworkRef.parse(text));
            } catch (IllegalArgumentException malformed) {
                result.rejectValue("frameworks", "network.error.frameworks.unknown", new Object[] {text}, null);
                return frameworksPage(model, network, form);
            }
        }
        try {
            networks.chooseFrameworks(network.id(), chosen);
        } catch (RuleViolationException violation) {
            FormErrors.attach(result, violation);
            return frameworksPage(model, network, form);
        }
        notice(redirect, locale, "network.frameworks.saved");
        return redirect(network, "/frameworks");
    }

    private String frameworksPage(Model model, NetworkDetails network, FrameworksForm form) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("choices", networks.frameworkChoices(network.id()));
        return "network/manage/frameworks";
    }

    // Members

    @GetMapping("/members")
    String members(@PathVariable String slug, Model model) {
        var network = managed(slug);
        var form = new AdmitForm();
        form.setJoinedOn(LocalDate.now(clock).toString());
        return membersPage(model, network, form);
    }

    @PostMapping("/members")
    String admit(
            @PathVariable String slug,
            @ModelAttribute("form") AdmitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
        var city = cityId(form.getCity());
        if (city == null) {
            result.rejectValue("city", "network.error.city.required");
        }
        var joinedOn = FormErrors.date(result, "joinedOn", form.getJoinedOn());
        if (result.hasErrors()) {
            return membersPage(model, network, form);
        }
        try {
            var member = networks.admit(network.id(), city, joinedOn);
            notice(redirect, locale, "network.members.admitted", member.cityName());
        } catch (RuleViolationException violation) {
            FormErrors.attach(result, violation);
            return membersPage(model, network, form);
        }
        return redirect(network, "/members");
    }

    @PostMapping("/members/release")
    String release(
            @PathVariable String slug,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String leftOn,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
        var cityId = cityId(city);
        var member = networks.members(network.id()).stream()
                .filter(Member::isCurrent)
                .filter(candidate -> candidate.city().equals(cityId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Member", city));
        String error;
        try {
            networks.release(network.id(), cityId, LocalDate.parse(leftOn == null ? "" : leftOn.strip()));
            notice(redirect, locale, "network.members.released", member.cityName());
            return redirect(network, "/members");
        } catch (DateTimeParseException malformed) {
            error = messages.getMessage(
                    leftOn == null || leftOn.isBlank()
                            ? "network.error.leftOn.required"
                            : "network.error.leftOn.invalid",
                    null,
                    locale);
        } catch (RuleViolationException violation) {
            error = messages.getMessage(violation.messageKey(), violation.arguments(), locale);
        }
        model.addAttribute("releaseFailed", cityId.value());
        model.addAttribute("releaseLeftOn", leftOn);
        model.addAttribute("releaseError", error);
        var form = new AdmitForm();
        form.setJoinedOn(LocalDate.now(clock).toString());
        return membersPage(model, network, form);
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
                cities.all().stream()
                        .filter(city -> !currentCities.contains(city.id()))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "network/manage/members";
    }

    // People

    @GetMapping("/people")
    String people(@PathVariable String slug, Model model, Locale locale) {
        var network = managed(slug);
        var form = new InviteForm();
        form.setLanguage(locale.getLanguage());
        return peoplePage(model, network, form);
    }

    @PostMapping("/people")
    String invite(
            @PathVariable String slug,
            @ModelAttribute("form") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
        var role = NETWORK_ROLES.stream()
                .filter(candidate -> candidate.name().equals(form.getRole()))
                .findFirst();
        if (role.isEmpty()) {
            result.rejectValue("role", "network.error.role.not-network");
        }
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            result.rejectValue("email", "network.error.email.required");
        }
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            result.rejectValue("displayName", "network.error.displayName.required");
        }
        if (result.hasErrors()) {
            return peoplePage(model, network, form);
        }
        try {
            var sent = networks.invite(
                    network.id(),
                    new InviteToNetwork(form.getEmail(), form.getDisplayName(), role.get(), form.getLanguage()));
            notice(redirect, locale, "network.people.invited", sent.email());
        } catch (RuleViolationException violation) {
            FormErrors.attach(result, violation);
            return peoplePage(model, network, form);
        }
        return redirect(network, "/people");
    }

    @PostMapping("/people/revoke")
    String revoke(
            @PathVariable String slug,
            @RequestParam String person,
            @RequestParam String role,
            RedirectAttributes redirect,
            Locale locale) {
        var network = managed(slug);
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
        notice(redirect, locale, "network.people.revoked");
        return redirect(network, "/people");
    }

    private String peoplePage(Model model, NetworkDetails network, InviteForm form) {
        model.addAttribute("network", network);
        model.addAttribute("form", form);
        model.addAttribute("holders", networks.people(network.id()));
        model.addAttribute("roles", NETWORK_ROLES);
        return "network/manage/people";
    }
}
