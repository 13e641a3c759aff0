package org.equicity.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.CouncilDecision;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.PlanSummary;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans, commitments, actions and needs over HTTP. Reads of adopted plans are public (also under
 * {@code /api/v1/cities/{citySlug}/plans}); everything else is for the city's people, and writes for its
 * coordinators. Updates carry the version they start from and answer 409 when it is stale.
 */
@RestController
@Tag(name = "Action plans")
class PlanApi {

    private final Plans plans;
    private final Cities cities;

    PlanApi(Plans plans, Cities cities) {
        this.plans = plans;
        this.cities = cities;
    }

    record PlanSummaryResponse(UUID id, UUID city, String title, int startYear, int endYear, String state) {

        static PlanSummaryResponse of(PlanSummary plan) {
            return new PlanSummaryResponse(
                    plan.id().value(),
                    plan.city().value(),
                    plan.title(),
                    plan.startYear(),
                    plan.endYear(),
                    plan.state().name());
        }
    }

    record DecisionBody(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String reference,
            @Size(max = 1000) String link) {

        static DecisionBody of(CouncilDecision decision) {
            return decision == null ? null : new DecisionBody(decision.date(), decision.reference(), decision.link());
        }
    }

    record PlanResponse(
            UUID id,
            UUID city,
            long version,
            String title,
            int startYear,
            int endYear,
            String state,
            List<String> frameworks,
            DecisionBody decision,
            UUID previousPlan,
            UUID supersededBy,
            List<PlanContentApi.CommitmentResponse> commitments,
            List<PlanContentApi.NeedResponse> needs,
            String language) {

        static PlanResponse of(PlanView plan) {
            return new PlanResponse(
                    plan.id().value(),
                    plan.city().value(),
                    plan.version(),
                    plan.details().title(),
                    plan.details().startYear(),
                    plan.details().endYear(),
                    plan.state().name(),
                    plan.frameworks().all().stream().map(FrameworkRef::toString).toList(),
                    DecisionBody.of(plan.decision()),
                    plan.previous() == null ? null : plan.previous().value(),
                    plan.supersededBy() == null ? null : plan.supersededBy().value(),
                    plan.commitments().stream()
                            .map(PlanContentApi.CommitmentResponse::of)
                            .toList(),
                    plan.needs().stream().map(PlanContentApi.NeedResponse::of).toList(),
                    plan.details().language());
        }
    }

    record NewPlanBody(
            @NotNull UUID city,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1990) @Max(2200) Integer startYear,
            @NotNull @Min(1990) @Max(2200) Integer endYear,
            @Size(max = 160) String commitmentsFramework,
            @Size(max = 160) String tracksFramework,
            UUID previousPlan,

            @Schema(
                    description =
                            "ISO 639-1 code of the language the texts are written in; by default the one recorded so far, for new content the plan's (a new plan: the city's main language)")
            @Size(max = 8)
            String language) {}

    record PlanBody(
            @NotNull Long version,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1990) @Max(2200) Integer startYear,
            @NotNull @Min(1990) @Max(2200) Integer endYear,

            @Schema(
                    description =
                            "ISO 639-1 code of the language the texts are written in; by default the one recorded so far, for new content the plan's (a new plan: the city's main language)")
            @Size(max = 8)
            String language) {}

    record SupersessionBody(@NotNull UUID by) {}

    record Created(UUID id) {}

    // Plans

    @GetMapping("/api/v1/plans")
    @Operation(
            summary =
                    "The plans of a city the caller may see: adopted and later ones for everyone, drafts for the city's people")
    List<PlanSummaryResponse> ofCity(@RequestParam("city") String city) {
        var summary = cities.findBySlug(city)
                .or(() -> parseUuid(city).flatMap(id -> cities.find(new CityId(id))))
                .orElseThrow(() -> new NotFoundException("City", city));
        return plans.ofCity(summary.id()).stream().map(PlanSummaryResponse::of).toList();
    }

    @GetMapping("/api/v1/cities/{citySlug}/plans")
    @Operation(summary = "The plans of a city the caller may see, by the city's address")
    List<PlanSummaryResponse> ofCitySlug(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        return plans.ofCity(city.id()).stream().map(PlanSummaryResponse::of).toList();
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "A plan with its commitments, actions and needs")
    PlanResponse plan(@PathVariable UUID id) {
        return PlanResponse.of(plans.plan(new PlanId(id)));
    }

    @GetMapping("/api/v1/cities/{citySlug}/plans/{id}")
    @Operation(summary = "A plan of the city with its commitments, actions and needs")
    PlanResponse planOfCity(@PathVariable String citySlug, @PathVariable UUID id) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        var view = plans.plan(new PlanId(id));
        if (!view.city().equals(city.id())) {
            throw new NotFoundException("Plan", id);
        }
        return PlanResponse.of(view);
    }

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Start a draft plan, optionally building on a previous plan of the city")
    ResponseEntity<Created> create(@Valid @RequestBody NewPlanBody body) {
        var id = plans.create(new Plans.NewPlan(
                new CityId(body.city()),
                new PlanDetails(body.title(), body.startYear(), body.endYear(), body.language()),
                framework(body.commitmentsFramework(), "eccar-commitments@2023"),
                framework(body.tracksFramework(), "eccar-tracks@2023"),
                body.previousPlan() == null ? null : new PlanId(body.previousPlan())));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id.value())).body(new Created(id.value()));
    }

    @PutMapping("/api/v1/plans/{id}")
    @Operation(summary = "Change title and period")
    PlanResponse update(@PathVariable UUID id, @Valid @RequestBody PlanBody body) {
        plans.update(
                new PlanId(id),
                body.version(),
                new PlanDetails(body.title(), body.startYear(), body.endYear(), body.language()));
        return plan(id);
    }

    @PostMapping("/api/v1/plans/{id}/consultation")
    @Operation(summary = "Open the draft for consultation")
    PlanResponse openConsultation(@PathVariable UUID id) {
        plans.openConsultation(new PlanId(id));
        return plan(id);
    }

    @PostMapping("/api/v1/plans/{id}/adoption")
    @Operation(summary = "Record the council decision that adopts the plan")
    PlanResponse adopt(@PathVariable UUID id, @Valid @RequestBody DecisionBody body) {
        plans.adopt(new PlanId(id), new CouncilDecision(body.date(), body.reference(), body.link()));
        return plan(id);
    }

    @PostMapping("/api/v1/plans/{id}/implementation")
    @Operation(summary = "Start implementing the adopted plan")
    PlanResponse startImplementation(@PathVariable UUID id) {
        plans.startImplementation(new PlanId(id));
        return plan(id);
    }

    @PostMapping("/api/v1/plans/{id}/closure")
    @Operation(summary = "Close the plan at the end of its period")
    PlanResponse close(@PathVariable UUID id) {
        plans.close(new PlanId(id));
        return plan(id);
    }

    @PostMapping("/api/v1/plans/{id}/supersession")
    @Operation(summary = "Mark the plan as superseded by a newer adopted plan of the city")
    PlanResponse supersede(@PathVariable UUID id, @Valid @RequestBody SupersessionBody body) {
        plans.supersede(new PlanId(id), new PlanId(body.by()));
        return plan(id);
    }

    @GetMapping("/api/v1/plans/{id}/history")
    @Operation(summary = "Every change to the plan, its commitments, actions and needs, newest first")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return plans.history(new PlanId(id));
    }

    private static FrameworkRef framework(String text, String otherwise) {
        try {
            return FrameworkRef.parse(text == null || text.isBlank() ? otherwise : text.strip());
        } catch (IllegalArgumentException notAReference) {
            throw new RuleViolationException("plan.rule.framework", text);
        }
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
