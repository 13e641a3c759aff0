package org.equicity.practice.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's good practices: the list with their state, the form to submit one directly to a network the city
 * belongs to, and the form to edit one. The facade decides who may read and write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/practices")
class CityPracticePages {

    private static final Set<String> FIELD_RULES = Set.of("practice.rule.required", "practice.rule.too-long");

    private final Practices practices;
    private final Cities cities;
    private final Networks networks;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final MessageSource messages;

    CityPracticePages(
            Practices practices,
            Cities cities,
            Networks networks,
            Access access,
            PracticeVocabulary vocabulary,
            MessageSource messages) {
        this.practices = practices;
        this.cities = cities;
        this.networks = networks;
        this.access = access;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        return cities.bySlug(citySlug);
    }

    @GetMapping
    String list(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        model.addAttribute("practices", practices.ofCity(city.id()));
        model.addAttribute("canSubmit", access.canManageCity(city.id()));
        return "practice/city-list";
    }

    @GetMapping("/new")
    String newPractice(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        access.requireCityManagement(city.id());
        var memberships = memberships(city);
        var first = memberships.isEmpty()
                ? null
                : new NetworkId(UUID.fromString(memberships.keySet().iterator().next()));
        return form(city, null, PracticeForm.blank(city.mainLanguage(), first), errors(), model);
    }

    @PostMapping("/new")
    String submit(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requireCityManagement(city.id());
        var errors = errors().add(binding);
        if (form.networkId() == null) {
            errors.add(new RuleViolationException("practice.rule.not-member"), "network");
        }
        if (!errors.isEmpty()) {
            return form(city, null, form, errors, model);
        }
        try {
            practices.submit(new NewPractice(city.id(), form.networkId(), form.content()));
        } catch (RuleViolationException invalid) {
            return form(city, null, form, add(errors, invalid), model);
        }
        redirect.addFlashAttribute("notice", "practice.notice.submitted");
        return "redirect:/manage/cities/" + city.slug() + "/practices";
    }

    @GetMapping("/{id}/edit")
    String edit(@ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID id, Model model) {
        var practice = writable(city, id);
        return form(city, practice, PracticeForm.of(practice), errors(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("form") PracticeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var practice = writable(city, id);
        var errors = errors().add(binding);
        if (!errors.isEmpty()) {
            return form(city, practice, form, errors, model);
        }
        try {
            practices.revise(practice.summary().id(), form.getVersion(), form.content());
        } catch (RuleViolationException invalid) {
            return form(city, practice, form, add(errors, invalid), model);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            // Saving again now overwrites what is stored, deliberately: the editor has seen it beside their own.
            model.addAttribute("conflict", true);
            form.setVersion(practice.version());
            return form(city, practice, form, errors, model);
        }
        redirect.addFlashAttribute("notice", "practice.notice.saved");
        return "redirect:/manage/cities/" + city.slug() + "/practices";
    }

    private String form(CitySummary city, PracticeView practice, PracticeForm form, FormErrors errors, Model model) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("practice", practice);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
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

    private static FormErrors add(FormErrors errors, RuleViolationException invalid) {
        return switch (invalid.messageKey()) {
            case "practice.rule.year" -> errors.add(invalid, "year");
            case "practice.rule.language" -> errors.add(invalid, "language");
            case "practice.rule.not-member" -> errors.add(invalid, "network");
            default -> errors.add(invalid, Map.of());
        };
    }

    private FormErrors errors() {
        return new FormErrors(messages, LocaleContextHolder.getLocale(), "practice.form.invalid", FIELD_RULES);
    }
}
