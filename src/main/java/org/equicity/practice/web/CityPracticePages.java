package org.equicity.practice.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
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
 * The city's good practices: the list with their state, the form to submit one directly to a network the city
 * belongs to, and the form to edit one. The facade decides who may read and write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/practices")
class CityPracticePages {

    private final Practices practices;
    private final Networks networks;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final PageForms forms;

    CityPracticePages(
            Practices practices, Networks networks, Access access, PracticeVocabulary vocabulary, PageForms forms) {
        this.practices = practices;
        this.networks = networks;
        this.access = access;
        this.vocabulary = vocabulary;
        this.forms = forms;
    }

    @GetMapping
    String list(CitySummary city, Model model) {
        model.addAttribute("practices", practices.ofCity(city.id()));
        model.addAttribute("canSubmit", access.canManageCity(city.id()));
        return "practice/city-list";
    }

    @GetMapping("/new")
    String newPractice(CitySummary city, Model model) {
        access.requireCityManagement(city.id());
        var memberships = memberships(city);
        var first = memberships.isEmpty()
                ? null
                : new NetworkId(UUID.fromString(memberships.keySet().iterator().next()));
        forms.errors(model);
        return form(city, null, PracticeForm.blank(city.mainLanguage(), first), model);
    }

    @PostMapping("/new")
    String submit(
            CitySummary city,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requireCityManagement(city.id());
        var errors = forms.errors(binding, model);
        if (form.networkId() == null) {
            errors.add("network", "practice.rule.not-member");
        }
        return forms.save(
                errors,
                model,
                redirect,
                "practice.notice.submitted",
                () -> {
                    practices.submit(new NewPractice(city.id(), form.networkId(), form.content()));
                    return listPath(city);
                },
                conflict -> form(city, null, form, model));
    }

    @GetMapping("/{id}/edit")
    String edit(CitySummary city, @PathVariable UUID id, Model model) {
        var practice = writable(city, id);
        forms.errors(model);
        return form(city, practice, PracticeForm.of(practice), model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var practice = writable(city, id);
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.notice.saved",
                () -> {
                    practices.revise(practice.summary().id(), form.version(), form.content());
                    return listPath(city);
                },
                // saving again from the conflict overwrites what is stored: the editor has seen it beside their own
                conflict -> form(city, practice, conflict ? form.over(practice.version()) : form, model));
    }

    private static String listPath(CitySummary city) {
        return "/manage/cities/" + city.slug() + "/practices";
    }

    private String form(CitySummary city, PracticeView practice, PracticeForm form, Model model) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("practice", practice);
        model.addAttribute("form", form);
        model.addAttribute("networks", memberships(city));
        model.addAttribute("languages", languages(city, locale));
        vocabulary.addTo(model, locale);
        return "practice/form";
    }

    /** The networks the city is a current member of, id → name. */
    private Map<String, String> memberships(CitySummary city) {
        var memberships = new LinkedHashMap<String, String>();
        networks.membershipsOf(city.id()).stream()
                .filter(Networks.Membership::isCurrent)
                .forEach(membership ->
                        memberships.put(membership.network().value().toString(), membership.networkName()));
        return memberships;
    }

    /** The city writes in one of its official languages, or in English. */
    private static Map<String, String> languages(CitySummary city, Locale locale) {
        var languages = new LinkedHashMap<String, String>();
        city.officialLanguages().forEach(code -> languages.put(code, languageName(code, locale)));
        languages.putIfAbsent("en", languageName("en", locale));
        return languages;
    }

    private static String languageName(String code, Locale locale) {
        return new Locale.Builder().setLanguage(code).build().getDisplayLanguage(locale);
    }

    /** The practice, if it is this city's: another city's practice is not found under this city's address. */
    private PracticeView writable(CitySummary city, UUID id) {
        PracticeView practice;
        try {
            practice = practices.practice(new PracticeId(id));
        } catch (AccessDeniedException hidden) {
            throw new NotFoundException("Practice", id);
        }
        if (!practice.summary().city().equals(city.id())) {
            throw new NotFoundException("Practice", id);
        }
        if (!practice.writable()) {
            throw new AccessDeniedException("Only the city's coordinators edit its practices");
        }
        return practice;
    }
}
