package org.equicity.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.FollowUps.RecommendationId;
import org.equicity.monitoring.FollowUps.Status;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up of a published report's recommendations: the city's people read each one's status, its yearly
 * follow-ups and the plan action it became; the coordinators move the status on, record follow-ups by the chapter's
 * methods and make a recommendation an action of one of the city's plans.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/follow-up")
class FollowUpPages {

    private static final String CONFLICT = "monitoring.conflict.title";

    private final FollowUps followUps;
    private final Monitoring monitoring;
    private final Plans plans;
    private final MonitoringLabels labels;
    private final PageForms forms;
    private final Clock clock;

    FollowUpPages(
            FollowUps followUps,
            Monitoring monitoring,
            Plans plans,
            MonitoringLabels labels,
            PageForms forms,
            Clock clock) {
        this.clock = clock;
        this.followUps = followUps;
        this.monitoring = monitoring;
        this.plans = plans;
        this.labels = labels;
        this.forms = forms;
    }

    @GetMapping
    String show(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        var programme = programme(city, programmeId);
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("recommendations", followUps.ofProgramme(programme));
        model.addAttribute("methods", labels.of(FollowUps.METHODS, locale));
        model.addAttribute("statuses", Choices.named(Status.values()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("commitments", monitoring.canManage(city.id()) ? commitments(city, locale) : Map.of());
        return "monitoring/follow-up";
    }

    @PostMapping("/{recommendationId}/status")
    String changeStatus(
            CitySummary city,
            @PathVariable UUID programmeId,
            @PathVariable UUID recommendationId,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        var id = recommendation(city, programmeId, recommendationId);
        return forms.act(
                redirect,
                path(city, programmeId),
                "monitoring.notice.status-changed",
                CONFLICT,
                () -> followUps.changeStatus(id, version, status, reason));
    }

    @PostMapping("/{recommendationId}/entries")
    String recordFollowUp(
            CitySummary city,
            @PathVariable UUID programmeId,
            @PathVariable UUID recommendationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Nullable String notes,
            RedirectAttributes redirect) {
        var id = recommendation(city, programmeId, recommendationId);
        return forms.act(
                redirect,
                path(city, programmeId),
                "monitoring.notice.follow-up-recorded",
                CONFLICT,
                () -> followUps.recordFollowUp(
                        id,
                        new FollowUpNote(
                                SteeringForms.required(heldOn, "heldOn"),
                                Objects.toString(method, ""),
                                Objects.toString(notes, ""))));
    }

    /** {@code commitment} is "plan id/commitment id", as the choice lists them. */
    @PostMapping("/{recommendationId}/action")
    String turnIntoAction(
            CitySummary city,
            @PathVariable UUID programmeId,
            @PathVariable UUID recommendationId,
            @RequestParam(required = false) @Nullable String commitment,
            RedirectAttributes redirect) {
        var id = recommendation(city, programmeId, recommendationId);
        return forms.act(redirect, path(city, programmeId), "monitoring.notice.action-created", CONFLICT, () -> {
            var parts = Objects.toString(commitment, "").split("/");
            if (parts.length != 2) {
                throw RuleViolationException.about("plan", "monitoring.rule.required", "plan");
            }
            followUps.turnIntoAction(id, new PlanId(uuid(parts[0])), new CommitmentId(uuid(parts[1])));
        });
    }

    /** The commitments of the city's plans still open for work, by "plan id/commitment id". */
    private Map<String, String> commitments(CitySummary city, Locale locale) {
        var choices = new LinkedHashMap<String, String>();
        plans.ofCity(city.id()).stream()
                .filter(plan -> plan.state() != PlanState.CLOSED && plan.state() != PlanState.SUPERSEDED)
                .map(plan -> plans.plan(plan.id()))
                .forEach(plan -> plan.commitments()
                        .forEach(commitment -> choices.put(
                                plan.id().value() + "/" + commitment.id().value(),
                                plan.details().title() + " – "
                                        + commitment.title(plan.catalogue().commitments(), locale))));
        return choices;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw RuleViolationException.about("plan", "monitoring.rule.required", "plan");
        }
    }

    private ProgrammeId programme(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme.id();
    }

    /** The recommendation of this programme of this city, or 404. */
    private RecommendationId recommendation(CitySummary city, UUID programmeId, UUID recommendationId) {
        var programme = programme(city, programmeId);
        var recommendation = followUps.recommendation(new RecommendationId(recommendationId));
        if (!recommendation.programme().equals(programme)) {
            throw new NotFoundException("Recommendation", recommendationId);
        }
        return recommendation.id();
    }

    private static String path(CitySummary city, UUID programmeId) {
        return "/manage/cities/" + city.slug() + "/monitoring/" + programmeId + "/follow-up";
    }
}
