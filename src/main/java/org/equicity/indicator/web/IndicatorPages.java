package org.equicity.indicator.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
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

/**
 * The city's own indicator pages: the list, the definition form, and an indicator's page with its figures
 * unsuppressed (marked as not for publication), its progress and the method behind it, and its history. For the
 * city's people; the forms for its coordinators.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/indicators")
class IndicatorPages {

    private final Indicators indicators;
    private final Cities cities;
    private final Translations translations;
    private final MessageSource messages;

    IndicatorPages(Indicators indicators, Cities cities, Translations translations, MessageSource messages) {
        this.indicators = indicators;
        this.cities = cities;
        this.translations = translations;
        this.messages = messages;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!indicators.canReadUnpublished(city.id())) {
            throw new AccessDeniedException("Indicator pages are for the city's people");
        }
        return city;
    }

    @GetMapping
    String list(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        model.addAttribute("summaries", indicators.ofCity(city.id()));
        model.addAttribute("definable", indicators.canDefine(city.id()));
        return "indicator/list";
    }

    @GetMapping("/new")
    String newIndicator(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) UUID commitment,
            @RequestParam(required = false) UUID action,
            Model model) {
        var form = new IndicatorForm();
        form.setPlan(plan);
        form.setCommitment(commitment);
        form.setAction(action);
        form.setKind(Kind.PROGRESS);
        form.setUnit(Unit.COUNT);
        form.setDirection(Direction.HIGHER_IS_BETTER);
        form.setFrequency(Frequency.YEARLY);
        return form(city, null, form, IndicatorErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Locale locale,
            Model model) {
        var errors = IndicatorErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                var id = indicators.define(new NewIndicator(city.id(), form.link(), form.definition()));
                return "redirect:/manage/cities/" + city.slug() + "/indicators/" + id.value();
            } catch (RuleViolationException violation) {
                IndicatorErrors.add(errors, violation);
            }
        }
        return form(city, null, form, errors, model);
    }

    @GetMapping("/{indicatorId}")
    String show(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID indicatorId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var view = load(city, indicatorId);
        var texts = texts(view, locale, originals);
        model.addAttribute("view", view);
        model.addAttribute("texts", texts);
        model.addAttribute(
                "display", FigureTables.of(view, texts.text("indicator", indicatorId, "name"), locale, messages));
        model.addAttribute("history", indicators.history(view.id()));
        return "indicator/indicator";
    }

    @GetMapping("/{indicatorId}/edit")
    String edit(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID indicatorId,
            Model model) {
        var view = load(city, indicatorId);
        return form(
                city,
                view.id(),
                IndicatorForm.of(view.version(), view.link(), view.definition()),
                IndicatorErrors.of(messages, Locale.ROOT),
                model);
    }

    @PostMapping("/{indicatorId}/edit")
    String update(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID indicatorId,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Locale locale,
            Model model) {
        var view = load(city, indicatorId);
        var errors = IndicatorErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                indicators.redefine(view.id(), form.getVersion(), form.definition());
                return "redirect:/manage/cities/" + city.slug() + "/indicators/" + indicatorId;
            } catch (RuleViolationException violation) {
                IndicatorErrors.add(errors, violation);
            } catch (ObjectOptimisticLockingFailureException changed) {
                model.addAttribute("conflict", true);
                form.setVersion(indicators.indicator(view.id()).version());
            }
        }
        return form(city, view.id(), form, errors, model);
    }

    private String form(CitySummary city, IndicatorId id, IndicatorForm form, FormErrors errors, Model model) {
        if (!indicators.canDefine(city.id())) {
            throw new AccessDeniedException("Indicators are defined by the city's coordinators");
        }
        model.addAttribute("indicatorId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(Kind.values()));
        model.addAttribute("units", List.of(Unit.values()));
        model.addAttribute("directions", List.of(Direction.values()));
        model.addAttribute("frequencies", List.of(Frequency.values()));
        model.addAttribute("dimensions", indicators.dimensions(city.id()));
        model.addAttribute("departments", cities.departments(city.id()));
        model.addAttribute(
                "others",
                indicators.ofCity(city.id()).stream()
                        .filter(summary -> !summary.id().equals(id))
                        .toList());
        return "indicator/form";
    }

    private IndicatorView load(CitySummary city, UUID indicatorId) {
        var view = indicators.indicator(new IndicatorId(indicatorId));
        if (!view.city().equals(city.id())) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        return view;
    }

    private PageTexts texts(IndicatorView view, Locale locale, boolean originals) {
        return PublicIndicatorPages.texts(translations, view, locale, originals);
    }
}
