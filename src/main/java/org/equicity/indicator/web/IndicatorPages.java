package org.equicity.indicator.web;

import java.util.Locale;
import java.util.Map;
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
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
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
 * The city's own indicator pages: the list, the definition form, and an indicator's page with its figures
 * unsuppressed (marked as not for publication), its progress and the method behind it, and its history. For the
 * city's people; the forms for its coordinators.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/indicators")
class IndicatorPages {

    /** The fields of the definition that the form names otherwise (a ratio is its numerator, denominator, factor). */
    static final Map<String, String> FORM_NAMES = Map.of(
            "ratio", "numerator",
            "baseline", "baselineValue",
            "targets", "targets0.due",
            "targetUpper", "targets0.upper");

    private final Indicators indicators;
    private final Cities cities;
    private final Translations translations;
    private final MessageSource messages;
    private final PageForms forms;

    IndicatorPages(
            Indicators indicators, Cities cities, Translations translations, MessageSource messages, PageForms forms) {
        this.indicators = indicators;
        this.cities = cities;
        this.translations = translations;
        this.messages = messages;
        this.forms = forms;
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
        var form = IndicatorForm.blank(plan, commitment, action);
        forms.errors(model);
        return form(city, null, form, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                null,
                () -> "/manage/cities/" + city.slug() + "/indicators/"
                        + indicators
                                .define(new NewIndicator(city.id(), form.link(), form.toDefinition()))
                                .value(),
                conflict -> form(city, null, form, model));
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
        forms.errors(model);
        return form(city, view.id(), IndicatorForm.of(view.version(), view.link(), view.definition()), model);
    }

    @PostMapping("/{indicatorId}/edit")
    String update(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID indicatorId,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, indicatorId);
        return forms.save(
                errors(binding, model),
                model,
                redirect,
                null,
                () -> {
                    indicators.redefine(view.id(), form.version(), form.toDefinition());
                    return "/manage/cities/" + city.slug() + "/indicators/" + indicatorId;
                },
                conflict -> form(
                        city,
                        view.id(),
                        conflict ? form.over(indicators.indicator(view.id()).version()) : form,
                        model));
    }

    /** The form's errors; rules name the definition's fields, which the form spreads over several inputs. */
    private FormErrors errors(BindingResult binding, Model model) {
        return forms.errors(binding, model).naming(FORM_NAMES);
    }

    private String form(CitySummary city, IndicatorId id, IndicatorForm form, Model model) {
        if (!indicators.canDefine(city.id())) {
            throw new AccessDeniedException("Indicators are defined by the city's coordinators");
        }
        model.addAttribute("indicatorId", id);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Choices.named(Kind.values()));
        model.addAttribute("units", Choices.named(Unit.values()));
        model.addAttribute("directions", Choices.named(Direction.values()));
        model.addAttribute("frequencies", Choices.named(Frequency.values()));
        model.addAttribute("dimensions", indicators.dimensions(city.id()));
        model.addAttribute(
                "departments",
                Choices.of(cities.departments(city.id()), d -> d.id().value().toString(), d -> d.name()));
        model.addAttribute(
                "others",
                Choices.of(
                        indicators.ofCity(city.id()).stream()
                                .filter(summary -> !summary.id().equals(id))
                                .toList(),
                        summary -> summary.id().value().toString(),
                        summary -> summary.name()));
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
