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
import java.util.UUID;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Budget;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.CommitmentView;
import org.equicity.plan.Plans.NeedView;
import org.equicity.plan.Responsibility;
import org.equicity.plan.support.Lines;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a plan contains over HTTP: its commitments with their actions, and the needs of its needs assessment. The
 * bodies keep the schema names they have always had in the API document ({@code PlanApi.ActionBody}, …), so that
 * clients generated from it do not change.
 */
@RestController
@Tag(name = "Action plans")
class PlanContentApi {

    private final Plans plans;

    PlanContentApi(Plans plans) {
        this.plans = plans;
    }

    @Schema(name = "PlanApi.CommitmentBody")
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

    @Schema(name = "PlanApi.CommitmentResponse")
    record CommitmentResponse(UUID id, UUID original, CommitmentBody commitment, List<ActionResponse> actions) {

        static CommitmentResponse of(CommitmentView view) {
            return new CommitmentResponse(
                    view.id().value(),
                    view.original() == null ? null : view.original().value(),
                    CommitmentBody.of(view.version(), view.content()),
                    view.actions().stream().map(ActionResponse::of).toList());
        }
    }

    @Schema(name = "PlanApi.BudgetBody")
    record BudgetBody(
            BigDecimal amount,
            @Size(max = 3) String currency,
            @Size(max = 500) String fundingSource,
            Boolean withinRegularBudget) {}

    @Schema(name = "PlanApi.ActionBody")
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

    @Schema(name = "PlanApi.ActionResponse")
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

    @Schema(name = "PlanApi.NeedBody")
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

    @Schema(name = "PlanApi.NeedResponse")
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
    ResponseEntity<PlanApi.Created> addCommitment(@PathVariable UUID id, @Valid @RequestBody CommitmentBody body) {
        var created = plans.addCommitment(new PlanId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/commitments/" + created.value()))
                .body(new PlanApi.Created(created.value()));
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
    ResponseEntity<PlanApi.Created> addAction(
            @PathVariable UUID id, @PathVariable UUID commitmentId, @Valid @RequestBody ActionBody body) {
        var created = plans.addAction(new PlanId(id), new CommitmentId(commitmentId), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/actions/" + created.value()))
                .body(new PlanApi.Created(created.value()));
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
    ResponseEntity<PlanApi.Created> addNeed(@PathVariable UUID id, @Valid @RequestBody NeedBody body) {
        var created = plans.addNeed(new PlanId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/needs/" + created.value()))
                .body(new PlanApi.Created(created.value()));
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
            throw RuleViolationException.about("version", "plan.rule.required", "version");
        }
        return version;
    }
}
