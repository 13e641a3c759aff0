package org.equicity.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.plan.ActionStatus;
import org.equicity.report.CycleId;
import org.equicity.report.DueReport;
import org.equicity.report.Explanation;
import org.equicity.report.MonitoringShares;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.equicity.report.Reports.ReportView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.Confirmation;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
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
 * The city's pages for its reports to its networks: what is due, the report with its Level 1, its actions by
 * commitment and by field of activity, the forms, submission and the submitted versions. The facade decides who may
 * read and write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/reports")
class ReportPages {

    private final Reports reports;
    private final Frameworks frameworks;
    private final PageForms forms;
    private final ReportReading reading;
    private final Clock clock;
    private final MonitoringShares shares;

    ReportPages(
            Reports reports,
            Frameworks frameworks,
            PageForms forms,
            ReportReading reading,
            Clock clock,
            MonitoringShares shares) {
        this.clock = clock;
        this.shares = shares;
        this.reports = reports;
        this.frameworks = frameworks;
        this.forms = forms;
        this.reading = reading;
    }

    @GetMapping
    String list(CitySummary city, Model model) {
        var due = reports.dueFor(city.id());
        var today = LocalDate.now(clock);
        model.addAttribute("due", due);
        model.addAttribute("today", today);
        model.addAttribute(
                "reminders",
                due.stream().filter(item -> item.needsReminder(today)).toList());
        model.addAttribute("canWrite", reports.canWrite(city.id()));
        return "report/list";
    }

    @PostMapping
    String start(CitySummary city, @RequestParam UUID cycle, RedirectAttributes redirect) {
        try {
            var id = reports.startReport(new CycleId(cycle), city.id());
            redirect.addFlashAttribute("notice", "report.notice.started");
            return "redirect:" + reportPath(city, id.value());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/manage/cities/" + city.slug() + "/reports";
        }
    }

    @GetMapping("/{id}")
    String report(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var report = reportOf(city, id);
        model.addAttribute("report", report);
        model.addAttribute("texts", reading.of(report, locale, originals));
        model.addAttribute("base", reportPath(city, id));
        var shared = shares.sharedBy(report.id());
        model.addAttribute("sharedMonitoring", shared);
        model.addAttribute(
                "monitoringChoices", shared != null && report.writable() ? shares.choices(report.id()) : List.of());
        var today = LocalDate.now(clock);
        var due = new DueReport(
                report.cycle(),
                report.id(),
                report.status(),
                report.statusChangedAt(),
                today.isAfter(report.cycle().deadline()) && report.status().isEditable());
        model.addAttribute("today", today);
        model.addAttribute("reminder", due.needsReminder(today) ? due : null);
        return "report/report";
    }

    // Level 1

    @GetMapping("/{id}/level1")
    String level1Form(CitySummary city, @PathVariable UUID id, Model model) {
        var report = writable(city, id);
        forms.errors(model);
        return level1Form(
                report,
                Level1Form.of(
                        report.version(),
                        report.content().language(),
                        report.content().level1()),
                model);
    }

    @PostMapping("/{id}/level1")
    String saveLevel1(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("form") Level1Form form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        var errors = forms.errors(binding, model);
        var profile = form.profile(errors);
        var current = report.content();
        return forms.save(
                errors,
                model,
                redirect,
                "report.notice.saved",
                () -> {
                    reports.update(
                            report.id(),
                            form.version(),
                            new ReportContent(form.language(), profile, current.actions(), current.explanations()));
                    return reportPath(city, id);
                },
                conflict -> level1Form(report, conflict ? form.over(report.version()) : form, model));
    }

    private String level1Form(ReportView report, Level1Form form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        return "report/level1-form";
    }

    // Actions

    @GetMapping("/{id}/actions/new")
    String newAction(CitySummary city, @PathVariable UUID id, Locale locale, Model model) {
        var report = writable(city, id);
        forms.errors(model);
        return actionForm(report, null, ActionForm.of(report.version(), null), locale, model);
    }

    @GetMapping("/{id}/actions/{index}")
    String editAction(CitySummary city, @PathVariable UUID id, @PathVariable int index, Locale locale, Model model) {
        var report = writable(city, id);
        forms.errors(model);
        return actionForm(report, index, ActionForm.of(report.version(), actionAt(report, index)), locale, model);
    }

    @PostMapping({"/{id}/actions/new", "/{id}/actions/{index}"})
    String saveAction(
            CitySummary city,
            @PathVariable UUID id,
            @PathVariable(required = false) Integer index,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        var edited = index == null ? null : actionAt(report, index).id();
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "report.notice.saved",
                () -> {
                    var actions = new ArrayList<>(report.content().actions());
                    if (index == null) {
                        actions.add(form.action(edited));
                    } else {
                        actions.set(index, form.action(edited));
                    }
                    reports.update(report.id(), form.version(), withActions(report.content(), actions));
                    return reportPath(city, id);
                },
                conflict -> actionForm(report, index, conflict ? form.over(report.version()) : form, locale, model));
    }

    @PostMapping("/{id}/actions/{index}/removal")
    String removeAction(
            CitySummary city,
            @PathVariable UUID id,
            @PathVariable int index,
            @RequestParam long version,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        actionAt(report, index);
        var actions = new ArrayList<>(report.content().actions());
        actions.remove(index);
        return change(
                city,
                id,
                redirect,
                "report.notice.saved",
                () -> reports.update(report.id(), version, withActions(report.content(), actions)));
    }

    /** Takes a plan action of the period into the report, as the plan states it. */
    @PostMapping("/{id}/candidates")
    String include(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam UUID planAction,
            @RequestParam long version,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        var candidate = report.candidates().stream()
                .filter(action -> action.planAction().value().equals(planAction))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Action", planAction));
        var actions = new ArrayList<>(report.content().actions());
        actions.add(candidate);
        return change(
                city,
                id,
                redirect,
                "report.notice.saved",
                () -> reports.update(report.id(), version, withActions(report.content(), actions)));
    }

    @PostMapping("/{id}/explanations")
    String explain(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam String commitment,
            @RequestParam(required = false) String text,
            @RequestParam long version,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        return change(city, id, redirect, "report.notice.saved", () -> {
            var explanations = new ArrayList<>(report.content().explanations().stream()
                    .filter(explanation -> !explanation.commitment().equals(commitment))
                    .toList());
            explanations.add(new Explanation(commitment, text));
            var content = report.content();
            reports.update(
                    report.id(),
                    version,
                    new ReportContent(content.language(), content.level1(), content.actions(), explanations));
        });
    }

    /** Submitting cannot be taken back: the report goes to the network and changes no more until it is returned. */
    @GetMapping("/{id}/submission/confirmation")
    String confirmSubmission(CitySummary city, @PathVariable UUID id, Model model) {
        var report = reportOf(city, id);
        if (!report.writable()) {
            return "redirect:" + reportPath(city, id);
        }
        return Confirmation.of(
                        "report.confirm.submission.title",
                        report.cycle().networkName() + " – " + report.cycle().name(),
                        "report.confirm.submission.text",
                        "report.submit",
                        reportPath(city, id) + "/submission",
                        reportPath(city, id))
                .sending("version", Long.toString(report.version()))
                .show(model);
    }

    /** Which of the city's published monitoring reports the report shares with the network; none ticked is none. */
    @PostMapping("/{id}/monitoring")
    String shareMonitoring(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> programmes,
            RedirectAttributes redirect) {
        var report = writable(city, id);
        return change(
                city,
                id,
                redirect,
                "report.notice.monitoring-chosen",
                () -> shares.choose(report.id(), programmes == null ? List.of() : programmes));
    }

    @PostMapping("/{id}/submission")
    String submit(CitySummary city, @PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        reportOf(city, id);
        return change(city, id, redirect, "report.notice.submitted", () -> reports.submit(new ReportId(id), version));
    }

    @GetMapping("/{id}/comparison")
    String compare(CitySummary city, @PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        var report = reportOf(city, id);
        model.addAttribute("report", report);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", reports.compare(report.id(), from, to));
        model.addAttribute("base", reportPath(city, id));
        return "report/compare";
    }

    // Helpers

    private String change(CitySummary city, UUID id, RedirectAttributes redirect, String notice, Runnable change) {
        return forms.act(redirect, reportPath(city, id), notice, "report.conflict.text", change);
    }

    private static String reportPath(CitySummary city, UUID id) {
        return "/manage/cities/" + city.slug() + "/reports/" + id;
    }

    private String actionForm(ReportView report, Integer index, ActionForm form, Locale locale, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("index", index);
        model.addAttribute("form", form);
        model.addAttribute("statuses", Choices.named(ActionStatus.values()));
        model.addAttribute(
                "commitments",
                Choices.of(
                        report.byCommitment().stream()
                                .filter(group -> group.code() != null)
                                .toList(),
                        group -> group.code(),
                        group -> group.label().in(locale)));
        model.addAttribute("fields", items("eccar-fields-of-activity@2023", locale));
        model.addAttribute("tracks", items("eccar-tracks@2023", locale));
        return "report/action-form";
    }

    private Map<String, String> items(String framework, Locale locale) {
        return Choices.of(
                frameworks
                        .find(FrameworkRef.parse(framework))
                        .map(f -> f.items())
                        .orElse(List.of()),
                item -> item.code(),
                item -> item.label().in(locale));
    }

    private static ReportContent withActions(ReportContent content, List<ReportedAction> actions) {
        return new ReportContent(content.language(), content.level1(), actions, content.explanations());
    }

    private static ReportedAction actionAt(ReportView report, int index) {
        if (index < 0 || index >= report.content().actions().size()) {
            throw new NotFoundException("Reported action", index);
        }
        return report.content().actions().get(index);
    }

    /** The report, if it is this city's: another city's report is not found under this city's address. */
    private ReportView reportOf(CitySummary city, UUID id) {
        var report = reports.report(new ReportId(id));
        if (!report.city().equals(city.id())) {
            throw new NotFoundException("Report", id);
        }
        return report;
    }

    private ReportView writable(CitySummary city, UUID id) {
        var report = reportOf(city, id);
        if (!report.writable()) {
            throw new AccessDeniedException("The report cannot be changed now");
        }
        return report;
    }
}
