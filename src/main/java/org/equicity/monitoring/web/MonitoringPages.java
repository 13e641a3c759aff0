package org.equicity.monitoring.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.ProgrammeView;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
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
 * A city's monitoring programmes: the list, a programme's page and its form. For the city's own people; the form
 * for its coordinators. The facade refuses anyone else (403).
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/monitoring")
class MonitoringPages {

    private final Monitoring monitoring;
    private final MonitoringLabels labels;
    private final PageForms forms;

    MonitoringPages(Monitoring monitoring, MonitoringLabels labels, PageForms forms) {
        this.monitoring = monitoring;
        this.labels = labels;
        this.forms = forms;
    }

    @GetMapping
    String list(CitySummary city, Locale locale, Model model) {
        model.addAttribute("programmes", monitoring.programmes(city.id()));
        model.addAttribute("manageable", monitoring.canManage(city.id()));
        labels.addTo(model, locale);
        return "monitoring/programmes";
    }

    @GetMapping("/new")
    String newProgramme(CitySummary city, Locale locale, Model model) {
        forms.errors(model);
        return form(city, null, ProgrammeForm.blank(), locale, model);
    }

    @PostMapping("/new")
    String setUp(
            CitySummary city,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        var budget = form.budget(errors);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.programme-saved",
                () -> path(city, monitoring.setUp(city.id(), form.content(budget))),
                conflict -> form(city, null, form, locale, model));
    }

    @GetMapping("/{programmeId}")
    String show(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        model.addAttribute("programme", load(city, programmeId));
        labels.addTo(model, locale);
        return "monitoring/programme";
    }

    @GetMapping("/{programmeId}/edit")
    String edit(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        var programme = load(city, programmeId);
        forms.errors(model);
        return form(city, programme, ProgrammeForm.of(programme.content(), programme.version(), locale), locale, model);
    }

    @PostMapping("/{programmeId}/edit")
    String revise(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var programme = load(city, programmeId);
        var errors = forms.errors(binding, model);
        var budget = form.budget(errors);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.programme-saved",
                () -> {
                    monitoring.revise(programme.id(), form.version(), form.content(budget));
                    return path(city, programme.id());
                },
                conflict -> {
                    if (!conflict) {
                        return form(city, programme, form, locale, model);
                    }
                    var stored = load(city, programmeId);
                    return form(city, stored, form.over(stored.version()), locale, model);
                });
    }

    /** The next edition starts from this one; the page then links to it, where what was carried over is improved. */
    @PostMapping("/{programmeId}/next-edition")
    String startNextEdition(CitySummary city, @PathVariable UUID programmeId, RedirectAttributes redirect) {
        var programme = load(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme.id()),
                "monitoring.notice.edition-started",
                "monitoring.conflict.title",
                () -> monitoring.startNextEdition(programme.id()));
    }

    private String form(
            CitySummary city, @Nullable ProgrammeView programme, ProgrammeForm form, Locale locale, Model model) {
        if (!monitoring.canManage(city.id())) {
            throw new AccessDeniedException("Programmes are set up by the city's coordinators");
        }
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("collectors", Choices.named(DataCollector.values()));
        model.addAttribute("cycles", Choices.named(Cycle.values()));
        model.addAttribute(
                "indicatorChoices",
                Choices.of(
                        monitoring.indicatorChoices(city.id()),
                        c -> c.id().value().toString(),
                        c -> c.name()));
        labels.addTo(model, locale);
        return "monitoring/programme-form";
    }

    /** The programme of this city, or 404. */
    private ProgrammeView load(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme;
    }

    static String path(CitySummary city, ProgrammeId programme) {
        return "/manage/cities/" + city.slug() + "/monitoring/" + programme.value();
    }
}
