package org.equicity.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.report.CycleId;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.report.Reports.CycleView;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.translation.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;
    private final ReportReading reading;

    CyclePages(Reports reports, Networks networks, MessageSource messages, ReportReading reading) {
        this.reports = reports;
        this.networks = networks;
        this.messages = messages;
        this.reading = reading;
    }

    /** What the secretariat types to open a cycle; participants default to all current members. */
    static class CycleForm {

        private String name;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        private List<UUID> cities = new ArrayList<>();

        private String criteria = Reports.DEFAULT_CRITERIA.toString();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getPeriodFrom() {
            return periodFrom;
        }

        public void setPeriodFrom(LocalDate periodFrom) {
            this.periodFrom = periodFrom;
        }

        public LocalDate getPeriodTo() {
            return periodTo;
        }

        public void setPeriodTo(LocalDate periodTo) {
            this.periodTo = periodTo;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public List<UUID> getCities() {
            return cities;
        }

        public void setCities(List<UUID> cities) {
            this.cities = cities;
        }

        public String getCriteria() {
            return criteria;
        }

        public void setCriteria(String criteria) {
            this.criteria = criteria;
        }
    }

    @ModelAttribute("network")
    NetworkDetails network(@PathVariable String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("Network", slug));
    }

    @GetMapping
    String list(@ModelAttribute(name = "network", binding = false) NetworkDetails network, Model model) {
        var form = new CycleForm();
        form.setCities(currentMembers(network));
        return list(network, form, errors(), model);
    }

    @PostMapping
    String open(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @ModelAttribute("form") CycleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = errors().add(binding);
        if (!errors.isEmpty()) {
            return list(network, form, errors, model);
        }
        try {
            FrameworkRef criteria;
            try {
                criteria = form.getCriteria() == null || form.getCriteria().isBlank()
                        ? null
                        : FrameworkRef.parse(form.getCriteria().strip());
            } catch (IllegalArgumentException notAReference) {
                throw new RuleViolationException("report.rule.framework", form.getCriteria());
            }
            var cycle = reports.openCycle(new Reports.NewCycle(
                    network.id(),
                    form.getName(),
                    form.getPeriodFrom(),
                    form.getPeriodTo(),
                    form.getDeadline(),
                    form.getCities().stream().map(CityId::new).toList(),
                    null,
                    criteria));
            redirect.addFlashAttribute("notice", "report.notice.cycle-opened");
            return "redirect:/manage/networks/" + network.slug() + "/cycles/" + cycle.value();
        } catch (RuleViolationException invalid) {
            return list(network, form, errors.add(invalid, CYCLE_FIELDS), model);
        }
    }

    private static final java.util.Map<String, String> CYCLE_FIELDS = java.util.Map.of("name", "name");

    private String list(NetworkDetails network, CycleForm form, FormErrors errors, Model model) {
        model.addAttribute("cycles", reports.cyclesOf(network.id()));
        model.addAttribute(
                "members",
                networks.members(network.id()).stream()
                        .filter(Networks.Member::isCurrent)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "report/cycles";
    }

    @GetMapping("/{cycleId}")
    String cycle(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID cycleId,
            Model model) {
        var cycle = cycleOf(network, cycleId);
        model.addAttribute("cycle", cycle);
        model.addAttribute("reminders", reports.reminders(cycle.summary().id()));
        return "report/cycle";
    }

    @GetMapping("/{cycleId}/reports/{reportId}")
    String report(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID cycleId,
            @PathVariable UUID reportId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var report = reportOf(network, cycleId, reportId);
        model.addAttribute("report", report);
        model.addAttribute("texts", reading.of(report, locale, originals));
        model.addAttribute("base", base(network, cycleId, reportId));
        return "report/report";
    }

    /** What changed between two submitted versions, for the secretariat that reviews a revision. */
    @GetMapping("/{cycleId}/reports/{reportId}/comparison")
    String compare(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
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
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
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
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
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
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:" + base(network, cycleId, reportId);
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

    private FormErrors errors() {
        return ReportFormErrors.of(messages, LocaleContextHolder.getLocale());
    }
}
