package org.equicity.monitoring.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.MonitoringReports.StatementText;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.Confirmation;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * A programme's report: written by the coordinators, moved through its approval by buttons named after each step,
 * read by the departments it addresses (each with its own findings only), who attach their statements.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/report")
class MonitoringReportPages {

    private static final String CONFLICT = "monitoring.conflict.title";

    private final MonitoringReports reports;
    private final Monitoring monitoring;
    private final Cities cities;
    private final PageForms forms;

    MonitoringReportPages(MonitoringReports reports, Monitoring monitoring, Cities cities, PageForms forms) {
        this.reports = reports;
        this.monitoring = monitoring;
        this.cities = cities;
        this.forms = forms;
    }

    @GetMapping
    String show(CitySummary city, @PathVariable UUID programmeId, Model model) {
        var programme = programme(city, programmeId);
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("report", reports.report(programme));
        model.addAttribute("departmentNames", names(city));
        return "monitoring/report";
    }

    @GetMapping("/edit")
    String edit(CitySummary city, @PathVariable UUID programmeId, Model model) {
        var programme = programme(city, programmeId);
        var report = reports.report(programme);
        forms.errors(model);
        return form(
                city, programme, ReportForm.of(report.text(), report.version(), cities.departments(city.id())), model);
    }

    @PostMapping("/edit")
    String write(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.report-saved",
                () -> {
                    reports.write(programme, form.version(), form.text());
                    return path(city, programme);
                },
                conflict -> form(
                        city,
                        programme,
                        conflict ? form.over(reports.report(programme).version()) : form,
                        model));
    }

    @PostMapping("/discussion")
    String recordDiscussion(
            CitySummary city, @PathVariable UUID programmeId, @RequestParam long version, RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.report-discussed",
                CONFLICT,
                () -> reports.recordDiscussion(programme, version));
    }

    @PostMapping("/statements-request")
    String askForStatements(
            CitySummary city,
            @PathVariable UUID programmeId,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.statements-asked",
                CONFLICT,
                () -> reports.askForStatements(programme, version, SteeringForms.required(deadline, "deadline")));
    }

    @PostMapping("/statements")
    String attachStatement(
            CitySummary city,
            @PathVariable UUID programmeId,
            @RequestParam UUID department,
            @RequestParam(required = false) @Nullable String statement,
            @RequestParam(defaultValue = "false") boolean divergent,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.statement-attached",
                CONFLICT,
                () -> reports.attachStatement(
                        programme,
                        new DepartmentId(department),
                        new StatementText(Objects.toString(statement, ""), divergent)));
    }

    @PostMapping("/council")
    String recordCouncilPresentation(
            CitySummary city,
            @PathVariable UUID programmeId,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate presentedOn,
            @RequestParam(required = false) @Nullable String decision,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.report-presented",
                CONFLICT,
                () -> reports.recordCouncilPresentation(
                        programme,
                        version,
                        SteeringForms.required(presentedOn, "presentedOn"),
                        Objects.toString(decision, "")));
    }

    /** Publishing cannot be taken back: the summary is public from then on and the report changes no more. */
    @GetMapping("/publication/confirmation")
    String confirmPublication(CitySummary city, @PathVariable UUID programmeId, Model model) {
        var programme = programme(city, programmeId);
        var report = reports.report(programme);
        if (!report.manageable() || report.stage() != MonitoringReports.Stage.PRESENTED) {
            return "redirect:" + path(city, programme);
        }
        return Confirmation.of(
                        "monitoring.confirm.publication.title",
                        monitoring.programme(programme).content().title(),
                        "monitoring.confirm.publication.text",
                        "monitoring.report.publish",
                        path(city, programme) + "/publication",
                        path(city, programme))
                .sending("version", Long.toString(report.version()))
                .show(model);
    }

    @PostMapping("/publication")
    String publish(
            CitySummary city, @PathVariable UUID programmeId, @RequestParam long version, RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.report-published",
                CONFLICT,
                () -> reports.publish(programme, version));
    }

    private String form(CitySummary city, ProgrammeId programme, ReportForm form, Model model) {
        if (!monitoring.canManage(city.id())) {
            throw new AccessDeniedException("Reports are written by the city's coordinators");
        }
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("form", form);
        model.addAttribute("departmentNames", names(city));
        return "monitoring/report-form";
    }

    private Map<String, String> names(CitySummary city) {
        return Choices.of(cities.departments(city.id()), d -> d.id().value().toString(), d -> d.name());
    }

    private ProgrammeId programme(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme.id();
    }

    private static String path(CitySummary city, ProgrammeId programme) {
        return MonitoringPages.path(city, programme) + "/report";
    }
}
