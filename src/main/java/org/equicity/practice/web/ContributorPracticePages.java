package org.equicity.practice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.ContributorId;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat records and edits the practices of its network's contributors with the template a city uses
 * (the same form page).
 */
@Controller
@RequestMapping("/manage/networks/{slug}/contributors")
class ContributorPracticePages {

    /** Compendia are European: a contributor writes in one of the European Union's languages. */
    private static final List<String> LANGUAGES = List.of(
            "en", "de", "fr", "es", "it", "nl", "pt", "pl", "el", "sv", "da", "fi", "cs", "sk", "sl", "hr", "hu", "ro",
            "bg", "et", "lv", "lt", "mt", "ga");

    private final Contributors contributors;
    private final Practices practices;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final MessageSource messages;
    private final PageForms forms;

    ContributorPracticePages(
            Contributors contributors,
            Practices practices,
            Access access,
            PracticeVocabulary vocabulary,
            MessageSource messages,
            PageForms forms) {
        this.forms = forms;
        this.contributors = contributors;
        this.practices = practices;
        this.access = access;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    /** Only the network's secretariat manages its contributors. */
    @ModelAttribute
    void managed(NetworkDetails network) {
        access.requireNetworkManagement(network.id());
    }

    @GetMapping("/{id}/practices/new")
    String newPractice(NetworkDetails network, @PathVariable UUID id, Model model) {
        var contributor = ofNetwork(network, id);
        forms.errors(model);
        return form(network, contributor, null, PracticeForm.blank("en", network.id()), model);
    }

    @PostMapping("/{id}/practices/new")
    String submit(
            NetworkDetails network,
            @PathVariable UUID id,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var contributor = ofNetwork(network, id);
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.notice.submitted",
                () -> {
                    contributors.submit(contributor.id(), form.content());
                    return ContributorPages.listPath(network);
                },
                conflict -> form(network, contributor, null, form, model));
    }

    @GetMapping("/practices/{id}/edit")
    String edit(NetworkDetails network, @PathVariable UUID id, Model model) {
        var practice = writable(network, id);
        forms.errors(model);
        return form(network, owner(practice), practice, PracticeForm.of(practice), model);
    }

    @PostMapping("/practices/{id}/edit")
    String revise(
            NetworkDetails network,
            @PathVariable UUID id,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var practice = writable(network, id);
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.notice.saved",
                () -> {
                    practices.revise(practice.summary().id(), form.version(), form.content());
                    return ContributorPages.listPath(network);
                },
                // saving again from the conflict overwrites what is stored: the editor has seen it beside their own
                conflict -> form(
                        network, owner(practice), practice, conflict ? form.over(practice.version()) : form, model));
    }

    private String form(
            NetworkDetails network,
            ContributorView contributor,
            PracticeView practice,
            PracticeForm form,
            Model model) {
        var locale = LocaleContextHolder.getLocale();
        var base = ContributorPages.listPath(network);
        model.addAttribute(
                "formAction",
                practice == null
                        ? base + "/" + contributor.id().value() + "/practices/new"
                        : base + "/practices/" + practice.summary().id().value() + "/edit");
        model.addAttribute("back", base);
        model.addAttribute(
                "backLabel",
                messages.getMessage(
                        "practice.contributors.practices-of",
                        new Object[] {contributor.details().name()},
                        locale));
        model.addAttribute("practice", practice);
        model.addAttribute("form", form);
        model.addAttribute("networks", Map.of(network.id().value().toString(), network.name()));
        model.addAttribute("languages", languages(locale));
        vocabulary.addTo(model, locale);
        return "practice/form";
    }

    private static Map<String, String> languages(Locale locale) {
        var languages = new LinkedHashMap<String, String>();
        LANGUAGES.forEach(code -> languages.put(
                code, new Locale.Builder().setLanguage(code).build().getDisplayLanguage(locale)));
        return languages;
    }

    private ContributorView ofNetwork(NetworkDetails network, UUID id) {
        var contributor = contributors.contributor(new ContributorId(id));
        if (!contributor.network().equals(network.id())) {
            throw new NotFoundException("Contributor", id);
        }
        return contributor;
    }

    private ContributorView owner(PracticeView practice) {
        return contributors.contributor(practice.summary().owner().contributor());
    }

    /** A contributor's practice of this network; a city's practice or another network's is not found here. */
    private PracticeView writable(NetworkDetails network, UUID id) {
        PracticeView practice;
        try {
            practice = practices.practice(new PracticeId(id));
        } catch (AccessDeniedException hidden) {
            throw new NotFoundException("Practice", id);
        }
        if (practice.summary().owner().isCity() || !practice.summary().network().equals(network.id())) {
            throw new NotFoundException("Practice", id);
        }
        return practice;
    }
}
