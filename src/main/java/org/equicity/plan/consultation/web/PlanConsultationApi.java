package org.equicity.plan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.consultation.CommentId;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.AnswerView;
import org.equicity.plan.consultation.PlanConsultation.CommentView;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation on a plan over HTTP, for the city's people: read the comments, comment while the plan is in
 * consultation; coordinators answer and resolve. Nothing here is public.
 */
@RestController
@Tag(name = "Action plans")
class PlanConsultationApi {

    private final PlanConsultation consultations;

    PlanConsultationApi(PlanConsultation consultations) {
        this.consultations = consultations;
    }

    record CommentBody(
            UUID commitment,
            UUID action,
            @NotBlank @Size(max = 10_000) String text,

            @Schema(description = "ISO 639-1 code of the comment's language; by default the plan's") @Size(max = 8)
            String language) {}

    record AnswerBody(
            @NotBlank @Size(max = 10_000) String text,

            @Schema(description = "ISO 639-1 code of the answer's language; by default the plan's") @Size(max = 8)
            String language) {}

    record AnswerResponse(String author, Instant at, String text, String language) {

        static AnswerResponse of(AnswerView answer) {
            return new AnswerResponse(answer.author(), answer.at(), answer.text(), answer.language());
        }
    }

    record CommentResponse(
            UUID id,
            UUID commitment,
            UUID action,
            String author,
            String authorRole,
            Instant at,
            String text,
            List<AnswerResponse> answers,
            boolean resolved,
            Instant resolvedAt,
            String resolvedBy,
            String language) {

        static CommentResponse of(CommentView comment) {
            return new CommentResponse(
                    comment.id().value(),
                    comment.commitment() == null ? null : comment.commitment().value(),
                    comment.action() == null ? null : comment.action().value(),
                    comment.author(),
                    comment.authorRole() == null ? null : comment.authorRole().name(),
                    comment.at(),
                    comment.text(),
                    comment.answers().stream().map(AnswerResponse::of).toList(),
                    comment.isResolved(),
                    comment.resolvedAt(),
                    comment.resolvedBy(),
                    comment.language());
        }
    }

    record Created(UUID id) {}

    @GetMapping("/api/v1/plans/{id}/comments")
    @Operation(
            summary =
                    "The consultation comments on the plan with their answers, open and resolved; for the city's people")
    List<CommentResponse> comments(@PathVariable UUID id) {
        return consultations.consultation(new PlanId(id)).comments().stream()
                .map(CommentResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/plans/{id}/comments")
    @Operation(
            summary = "Comment on the plan, one commitment or one action while the plan is in consultation; "
                    + "for anyone holding a role in the city")
    ResponseEntity<Created> comment(@PathVariable UUID id, @Valid @RequestBody CommentBody body) {
        var created = consultations.comment(
                new PlanId(id),
                new NewComment(
                        body.commitment() == null ? null : new CommitmentId(body.commitment()),
                        body.action() == null ? null : new ActionId(body.action()),
                        body.text(),
                        body.language()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/comments/" + created.value()))
                .body(new Created(created.value()));
    }

    @GetMapping("/api/v1/plans/{id}/comments/{commentId}")
    @Operation(summary = "One consultation comment with its answers")
    CommentResponse comment(@PathVariable UUID id, @PathVariable UUID commentId) {
        return consultations
                .consultation(new PlanId(id))
                .find(new CommentId(commentId))
                .map(CommentResponse::of)
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

    @PostMapping("/api/v1/plans/{id}/comments/{commentId}/answers")
    @Operation(summary = "A coordinator answers an open comment")
    CommentResponse answer(@PathVariable UUID id, @PathVariable UUID commentId, @Valid @RequestBody AnswerBody body) {
        consultations.answer(new PlanId(id), new CommentId(commentId), body.text(), body.language());
        return comment(id, commentId);
    }

    @PostMapping("/api/v1/plans/{id}/comments/{commentId}/resolution")
    @Operation(summary = "A coordinator resolves a comment; it stays readable with its answers")
    CommentResponse resolve(@PathVariable UUID id, @PathVariable UUID commentId) {
        consultations.resolve(new PlanId(id), new CommentId(commentId));
        return comment(id, commentId);
    }
}
