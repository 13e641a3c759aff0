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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionContent;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.Budget;
import org.equicity.plan.Plans.CommitmentContent;
import org.equicity.plan.Plans.CommitmentView;
import org.equicity.plan.Plans.CouncilDecision;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.NeedContent;
import org.equicity.plan.Plans.NeedView;
import org.equicity.plan.Plans.PlanDetails;
import org.equicity.plan.Plans.PlanSummary;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.Plans.Responsibility;
import org.equicity.plan.support.Lines;
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
            List<CommitmentResponse> commitments,
            List<NeedResponse> needs,
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
                    plan.commitments().stream().map(CommitmentResponse::of).toList(),
                    plan.needs().stream().map(NeedResponse::of).toList(),
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

    record CommitmentBody(
            Long version,
            @Size(max = 100) String frameworkCode,
            @Size(max = 300) String ownTitle,
            String goal,
            String targetGroups,
            List<UUID> coordinationDepartments,
            String coordinationExternalBodies,
            List<UUID> implementationDepartments,
            String implementationExternalBodies,
            List<String> specificObjectives,
            List<String> humanRightsPrinciples,
            String expectedOutcome,
            String expectedImpact,
            List<String> progressIndicators,
            List<String> outcomeIndicators,

            @Schema(
                    description =
                            "ISO 639-1 code of the language the texts are written in; by default the one recorded so far, for new content the plan's (a new plan: the city's main language)")
            @Size(max = 8)
            String language) {

        CommitmentContent content() {
            return new CommitmentContent(
                    frameworkCode,
                    ownTitle,
                    goal,
                    targetGroups,
                    new Responsibility(Lines.departments(coordinationDepartments), coordinationExternalBodies),
                    new Responsibility(Lines.departments(implementationDepartments), implementationExternalBodies),
                    specificObjectives,
                    humanRightsPrinciples,
                    expectedOutcome,
                    expectedImpact,
                    progressIndicators,
                    outcomeIndicators,
                    language);
        }

        static CommitmentBody of(long version, CommitmentContent content) {
            return new CommitmentBody(
                    version,
                    content.frameworkCode(),
                    content.ownTitle(),
                    content.goal(),
                    content.targetGroups(),
                    Lines.ids(content.coordination().departments()),
                    content.coordination().externalBodies(),
                    Lines.ids(content.implementation().departments()),
                    content.implementation().externalBodies(),
                    content.specificObjectives(),
                    content.humanRightsPrinciples(),
                    content.expectedOutcome(),
                    content.expectedImpact(),
                    content.progressIndicators(),
                    content.outcomeIndicators(),
                    content.language());
        }
    }

    record CommitmentResponse(UUID id, UUID original, CommitmentBody commitment, List<ActionResponse> actions) {

        static CommitmentResponse of(CommitmentView view) {
            return new CommitmentResponse(
                    view.id().value(),
                    view.original() == null ? null : view.original().value(),
                    CommitmentBody.of(view.version(), view.content()),
                    view.actions().stream().map(ActionResponse::of).toList());
        }
    }

    record BudgetBody(
            BigDecimal amount,
            @Size(max = 3) String currency,
            @Size(max = 500) String fundingSource,
            Boolean withinRegularBudget) {}

    record ActionBody(
            Long version,
            @NotBlank @Size(max = 300) String title,
            String description,
            @Size(max = 100) String track,
            List<String> actorGroups,
            List<String> fieldsOfActivity,
            List<String> cityRoles,
            String targetGroups,
            List<UUID> responsibleDepartments,
            @Size(max = 300) String contactPerson,
            LocalDate start,
            LocalDate end,
            @Valid BudgetBody budget,
            ActionStatus status,
            @Min(0) @Max(100) Integer progress,
            List<UUID> needs,
            List<String> tags,

            @Schema(
                    description =
                            "ISO 639-1 code of the language the texts are written in; by default the one recorded so far, for new content the plan's (a new plan: the city's main language)")
            @Size(max = 8)
            String language) {

        ActionContent content() {
            var money = budget == null
                    ? Budget.none()
                    : new Budget(
                            budget.amount(),
                            budget.currency(),
                            budget.fundingSource(),
                            Boolean.TRUE.equals(budget.withinRegularBudget()));
            return new ActionContent(
                    title,
                    description,
                    track,
                    actorGroups,
                    fieldsOfActivity,
                    cityRoles,
                    targetGroups,
                    Lines.departments(responsibleDepartments),
                    contactPerson,
                    start,
                    end,
                    money,
                    status,
                    progress,
                    needs == null ? List.of() : needs.stream().map(NeedId::new).toList(),
                    tags,
                    language);
        }

        static ActionBody of(long version, ActionContent content) {
            var money = content.budget();
            return new ActionBody(
                    version,
                    content.title(),
                    content.description(),
                    content.track(),
                    content.actorGroups(),
                    content.fieldsOfActivity(),
                    content.cityRoles(),
                    content.targetGroups(),
                    Lines.ids(content.responsibleDepartments()),
                    content.contactPerson(),
                    content.start(),
                    content.end(),
                    new BudgetBody(
                            money.amount(), money.currency(), money.fundingSource(), money.withinRegularBudget()),
                    content.status(),
                    content.progress(),
                    content.needs().stream().map(NeedId::value).toList(),
                    content.tags(),
                    content.language());
        }
    }

    record ActionResponse(UUID id, UUID commitment, UUID original, ActionBody action, List<String> suggestedTags) {

        static ActionResponse of(ActionView view) {
            return new ActionResponse(
                    view.id().value(),
                    view.commitment().value(),
                    view.original() == null ? null : view.original().value(),
                    ActionBody.of(view.version(), view.content()),
                    view.suggestedTags().stream().map(Plans.Tag::ref).toList());
        }
    }

    record NeedBody(
            Long version,
            @NotNull NeedMethod method,
            LocalDate heldOn,
            String participants,
            @NotBlank String description,
            UUID commitment,
            @Size(max = 100) String track,

            @Schema(
                    description =
                            "ISO 639-1 code of the language the texts are written in; by default the one recorded so far, for new content the plan's (a new plan: the city's main language)")
            @Size(max = 8)
            String language) {

        NeedContent content() {
            return new NeedContent(
                    method,
                    heldOn,
                    participants,
                    description,
                    commitment == null ? null : new CommitmentId(commitment),
                    track,
                    language);
        }
    }

    record NeedResponse(UUID id, NeedBody need, List<UUID> answeredBy) {

        static NeedResponse of(NeedView view) {
            var content = view.content();
            return new NeedResponse(
                    view.id().value(),
                    new NeedBody(
                            view.version(),
                            content.method(),
                            content.heldOn(),
                            content.participants(),
                            content.description(),
                            content.commitment() == null
                                    ? null
                                    : content.commitment().value(),
                            content.track(),
                            content.language()),
                    view.answeredBy().stream().map(ActionId::value).toList());
        }
    }

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

    // Commitments and actions

    @GetMapping("/api/v1/plans/{id}/commitments")
    @Operation(summary = "The plan's commitments with their actions")
    List<CommitmentResponse> commitments(@PathVariable UUID id) {
        return plans.plan(new PlanId(id)).commitments().stream()
                .map(CommitmentResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/plans/{id}/commitments")
    @Operation(summary = "Add a commitment written with the model template")
    ResponseEntity<Created> addCommitment(@PathVariable UUID id, @Valid @RequestBody CommitmentBody body) {
        var created = plans.addCommitment(new PlanId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/commitments/" + created.value()))
                .body(new Created(created.value()));
    }

    @GetMapping("/api/v1/plans/{id}/commitments/{commitmentId}")
    CommitmentResponse commitment(@PathVariable UUID id, @PathVariable UUID commitmentId) {
        return plans.plan(new PlanId(id))
                .commitment(new CommitmentId(commitmentId))
                .map(CommitmentResponse::of)
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
    }

    @PutMapping("/api/v1/plans/{id}/commitments/{commitmentId}")
    @Operation(summary = "Change a commitment; the body carries the version it starts from")
    CommitmentResponse updateCommitment(
            @PathVariable UUID id, @PathVariable UUID commitmentId, @Valid @RequestBody CommitmentBody body) {
        plans.updateCommitment(
                new PlanId(id), new CommitmentId(commitmentId), required(body.version()), body.content());
        return commitment(id, commitmentId);
    }

    @PostMapping("/api/v1/plans/{id}/commitments/{commitmentId}/actions")
    @Operation(summary = "Add an action under a commitment")
    ResponseEntity<Created> addAction(
            @PathVariable UUID id, @PathVariable UUID commitmentId, @Valid @RequestBody ActionBody body) {
        var created = plans.addAction(new PlanId(id), new CommitmentId(commitmentId), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/actions/" + created.value()))
                .body(new Created(created.value()));
    }

    @GetMapping("/api/v1/plans/{id}/actions/{actionId}")
    ActionResponse action(@PathVariable UUID id, @PathVariable UUID actionId) {
        return plans.plan(new PlanId(id))
                .action(new ActionId(actionId))
                .map(ActionResponse::of)
                .orElseThrow(() -> new NotFoundException("Action", actionId));
    }

    @PutMapping("/api/v1/plans/{id}/actions/{actionId}")
    @Operation(summary = "Change an action; the body carries the version it starts from")
    ActionResponse updateAction(
            @PathVariable UUID id, @PathVariable UUID actionId, @Valid @RequestBody ActionBody body) {
        plans.updateAction(new PlanId(id), new ActionId(actionId), required(body.version()), body.content());
        return action(id, actionId);
    }

    // Needs

    @GetMapping("/api/v1/plans/{id}/needs")
    @Operation(summary = "The needs recorded in the plan's needs assessment, with the actions answering each")
    List<NeedResponse> needs(@PathVariable UUID id) {
        return plans.plan(new PlanId(id)).needs().stream().map(NeedResponse::of).toList();
    }

    @PostMapping("/api/v1/plans/{id}/needs")
    @Operation(summary = "Record a need heard in the needs assessment")
    ResponseEntity<Created> addNeed(@PathVariable UUID id, @Valid @RequestBody NeedBody body) {
        var created = plans.addNeed(new PlanId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/needs/" + created.value()))
                .body(new Created(created.value()));
    }

    @PutMapping("/api/v1/plans/{id}/needs/{needId}")
    @Operation(summary = "Change a need; the body carries the version it starts from")
    NeedResponse updateNeed(@PathVariable UUID id, @PathVariable UUID needId, @Valid @RequestBody NeedBody body) {
        plans.updateNeed(new PlanId(id), new NeedId(needId), required(body.version()), body.content());
        return plans.plan(new PlanId(id))
                .need(new NeedId(needId))
                .map(NeedResponse::of)
                .orElseThrow(() -> new NotFoundException("Need", needId));
    }

    private static long required(Long version) {
        if (version == null) {
            throw new RuleViolationException("plan.rule.required", "version");
        }
        return version;
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
