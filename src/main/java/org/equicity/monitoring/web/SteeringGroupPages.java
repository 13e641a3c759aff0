package org.equicity.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.web.SteeringForms.MandateForm;
import org.equicity.monitoring.web.SteeringForms.MeetingForm;
import org.equicity.monitoring.web.SteeringForms.MemberForm;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
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
 * A programme's steering group: its mandate, members (with who succeeded whom) and meetings, whose minutes only the
 * coordinators read. The city's people see the page; the forms are for its coordinators.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/steering-group")
class SteeringGroupPages {

    private final Monitoring monitoring;
    private final MonitoringLabels labels;
    private final PageForms forms;
    private final Clock clock;

    SteeringGroupPages(Monitoring monitoring, MonitoringLabels labels, PageForms forms, Clock clock) {
        this.monitoring = monitoring;
        this.labels = labels;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String show(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        var group = monitoring.steeringGroup(programme(city, programmeId));
        forms.errors(model);
        return page(city, programmeId, new MandateForm(group.mandate(), group.version()), null, null, locale, model);
    }

    @PostMapping("/mandate")
    String mandate(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("mandateForm") MandateForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.mandate-saved",
                () -> {
                    monitoring.mandateSteeringGroup(
                            programme, form.version(), form.steeringMandate() == null ? "" : form.steeringMandate());
                    return path(city, programme);
                },
                conflict -> {
                    var stored = monitoring.steeringGroup(programme).version();
                    return page(city, programmeId, conflict ? form.over(stored) : form, null, null, locale, model);
                });
    }

    @PostMapping("/members")
    String appoint(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.member-appointed",
                () -> {
                    monitoring.appoint(programme, form.appointment());
                    return path(city, programme);
                },
                conflict -> page(city, programmeId, null, form, null, locale, model));
    }

    @PostMapping("/members/{memberId}/departure")
    String recordDeparture(
            CitySummary city,
            @PathVariable UUID programmeId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate leftOn,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        return forms.act(
                redirect,
                path(city, programme),
                "monitoring.notice.member-left",
                "monitoring.conflict.title",
                () -> monitoring.recordDeparture(
                        programme, new MemberId(memberId), SteeringForms.required(leftOn, "leftOn")));
    }

    @PostMapping("/meetings")
    String recordMeeting(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.meeting-recorded",
                () -> {
                    monitoring.recordMeeting(programme, form.notes());
                    return path(city, programme) + "#meetings";
                },
                conflict -> page(city, programmeId, null, null, form, locale, model));
    }

    private String page(
            CitySummary city,
            UUID programmeId,
            @Nullable MandateForm mandateForm,
            @Nullable MemberForm memberForm,
            @Nullable MeetingForm meetingForm,
            Locale locale,
            Model model) {
        var id = programme(city, programmeId);
        var group = monitoring.steeringGroup(id);
        var today = LocalDate.now(clock);
        model.addAttribute("programme", monitoring.programme(id));
        model.addAttribute("group", group);
        model.addAttribute("today", today);
        model.addAttribute(
                "mandateForm", mandateForm == null ? new MandateForm(group.mandate(), group.version()) : mandateForm);
        model.addAttribute("memberForm", memberForm == null ? MemberForm.blank(today) : memberForm);
        model.addAttribute("meetingForm", meetingForm == null ? MeetingForm.blank(today) : meetingForm);
        model.addAttribute(
                "predecessors",
                Choices.of(group.members(), member -> member.id().value().toString(), Monitoring.Member::name));
        labels.addTo(model, locale);
        return "monitoring/steering-group";
    }

    /** The programme of this city, or 404; the facade refuses other cities' people (403). */
    private ProgrammeId programme(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme.id();
    }

    private static String path(CitySummary city, ProgrammeId programme) {
        return MonitoringPages.path(city, programme) + "/steering-group";
    }
}
