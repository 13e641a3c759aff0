package org.equicity.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.report.Reports.CycleView;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The network secretariat's pages for reporting: its cycles, opening one, a cycle with where each city's report
 * stands, and a submitted report to accept or return. The facade checks that the reader runs the network.
 */
@Controller
@RequestMapping("/manage/networks/{slug}/cycles")
class CyclePages {

    private final Reports reports;
    private final Networks networks;
    private final PageForms forms;
    private final ReportReading reading;
    private final MonitoringShares shares;

    CyclePages(Reports reports, Networks networks, PageForms forms, ReportReading reading, MonitoringShares shares) {
        this.reports = reports;
        this.shares = shares;
        this.networks = networks;
        this.forms = forms;
        this.reading = reading;
    }

    /** What the secretariat types to open a cycle; participants default to all current members. */
    record CycleForm(
            String name,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            List<UUID> cities,
            String criteria) {

        CycleForm {
            cities = cities == null ? List.of() : cities;
        }

        /** The framework whose criteria the cycle's good practices are assessed by; none when left empty. */
        FrameworkRef criteriaFramework() {
            try {
                return criteria == null || criteria.isBlank() ? null : FrameworkRef.parse(criteria.strip());
            } catch (IllegalArgumentException notAReference) {
                throw RuleViolationException.about("criteria", "report.rule.framework", criteria);
            }
        }
    }

    @GetMapping
    String list(NetworkDetails network, Model model) {
        forms.errors(model);
        var form = new CycleForm(null, null, null, null, currentMembers(network), Reports.DEFAULT_CRITERIA.toString());
        return list(network, form, model);
    }

    @PostMapping
    String open(
            NetworkDetails network,
            @ModelAttribute("form") CycleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "report.notice.cycle-opened",
                () -> {
                    var cycle = reports.openCycle(new Reports.NewCycle(
                            network.id(),
                            form.name(),
                            form.periodFrom(),
                            form.periodTo(),
                            form.deadline(),
                            form.cities().stream().map(CityId::new).toList(),
                            null,
                            form.criteriaFramework()));
                    return "/manage/networks/" + network.slug() + "/cycles/" + cycle.value();
                },
                conflict -> list(network, form, model));
    }

    private String list(NetworkDetails network, CycleForm form, Model model) {
        model.addAttribute("cycles", reports.cyclesOf(network.id()));
        model.addAttribute(
                "members",
                Choices.of(
                        networks.members(network.id()).stream()
                                .filter(Networks.Member::isCurrent)
                                .toList(),
                        member -> member.city().value().toString(),
                        Networks.Member::cityName));
        model.addAttribute("form", form);
        return "report/cycles";
    }

    @GetMapping("/{cycleId}")
    String cycle(NetworkDetails network, @PathVariable UUID cycleId, Model model) {
        var cycle = cycleOf(network, cycleId);
        model.addAttribute("cycle", cycle);
        model.addAttribute("reminders", reports.reminders(cycle.summary().id()));
        return "report/cycle";
    }

    /** Asks the cycle's cities to share their published monitoring in their reports, or stops asking. */
    @PostMapping("/{cycleId}/monitoring")
    String askForMonitoring(
            NetworkDetails network,
            @PathVariable UUID cycleId,
            @RequestParam(defaultValue = "false") boolean asked,
            RedirectAttributes redirect) {
        var cycle = cycleOf(network, cycleId).summary().id();
        return forms.act(
                redirect,
                "/manage/networks/" + network.slug() + "/cycles/" + cycleId,
                asked ? "report.notice.monitoring-asked" : "report.notice.monitoring-not-asked",
                "report.conflict.text",
                () -> shares.ask(cycle, asked));
    }

    @GetMapping("/{cycleId}/reports/{reportId}")
    String report(
            NetworkDetails network,
            @PathVariable UUID cycleId,
            @PathVariable UUID reportId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var report = reportOf(network, cycleId, reportId);
        model.addAttribute("report", report);
        model.addAttribute("texts", reading.of(report, locale, originals));
        model.addAttribute("base", base(network, cycleId, reportId));
        model.addAttribute("sharedMonitoring", shares.sharedBy(report.id()));
        return "report/report";
    }

    /** What changed between two submitted versions, for the secretariat that reviews a revision. */
    @GetMapping("/{cycleId}/reports/{reportId}/comparison")
    String compare(
            NetworkDetails network,
            @PathVariable UUID cycleId,
            @PathVariable UUID reportId,
            @RequestParam int from,
            @RequestParam int to,
            Model model) {
        var report = reportOf(network, cycleId, reportId);
        model.addAttribute("report", report);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", reports.compare(report.id(), from, to));
        model.addAttribute("base", base(network, cycleId, reportId));
        return "report/compare";
    }

    @PostMapping("/{cycleId}/reports/{reportId}/acceptance")
    String accept(
            NetworkDetails network,
            @PathVariable UUID cycleId,
            @PathVariable UUID reportId,
            RedirectAttributes redirect) {
        return decide(
                network,
                cycleId,
                reportId,
                redirect,
                "report.notice.accepted",
                () -> reports.accept(new ReportId(reportId)));
    }

    @PostMapping("/{cycleId}/reports/{reportId}/return")
    String returnForRevision(
            NetworkDetails network,
            @PathVariable UUID cycleId,
            @PathVariable UUID reportId,
            @RequestParam(required = false) String comments,
            RedirectAttributes redirect) {
        return decide(
                network,
                cycleId,
                reportId,
                redirect,
                "report.notice.returned",
                () -> reports.returnForRevision(new ReportId(reportId), comments));
    }

    private String decide(
            NetworkDetails network,
            UUID cycleId,
            UUID reportId,
            RedirectAttributes redirect,
            String notice,
            Runnable decision) {
        reportOf(network, cycleId, reportId);
        return forms.act(redirect, base(network, cycleId, reportId), notice, "report.conflict.text", decision);
    }

    /** The report, if it belongs to this cycle of this network: any other report is not found under this address. */
    private Reports.ReportView reportOf(NetworkDetails network, UUID cycleId, UUID reportId) {
        var cycle = cycleOf(network, cycleId);
        var report = reports.report(new ReportId(reportId));
        if (!report.cycle().id().equals(cycle.summary().id())) {
            throw new NotFoundException("Report", reportId);
        }
        return report;
    }

    private static String base(NetworkDetails network, UUID cycleId, UUID reportId) {
        return "/manage/networks/" + network.slug() + "/cycles/" + cycleId + "/reports/" + reportId;
    }

    /** The cycle, if it is this network's: another network's cycle is not found under this address. */
    private CycleView cycleOf(NetworkDetails network, UUID cycleId) {
        var cycle = reports.cycle(new CycleId(cycleId));
        if (!cycle.summary().network().equals(network.id())) {
            throw new NotFoundException("Cycle", cycleId);
        }
        return cycle;
    }

    private List<UUID> currentMembers(NetworkDetails network) {
        return networks.members(network.id()).stream()
                .filter(Networks.Member::isCurrent)
                .map(member -> member.city().value())
                .toList();
    }
}
