package org.equicity.plan.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The consultation on a plan (toolkit step "circulate the draft to civil society"): the city's people comment while
 * the plan is in consultation, its coordinators answer and resolve. Comments are the city's internal record and are
 * never shown to the public.
 */
public interface PlanConsultation {

    /** The plan's consultation comments, open and resolved; for the city's people. */
    Consultation consultation(PlanId plan);

    /**
     * A comment of one of the city's people (coordinator, department contact, civil-society partner) on the plan,
     * a commitment or an action; only while the plan is in consultation.
     */
    CommentId comment(PlanId plan, NewComment comment);

    /** A coordinator's answer to a comment that is still open, in the city's main language. */
    void answer(PlanId plan, CommentId comment, String text);

    /** A coordinator's answer written in {@code language} (ISO 639-1; null for the city's main language). */
    void answer(PlanId plan, CommentId comment, String text, @Nullable String language);

    /** A coordinator closes the exchange; the comment and its answers stay readable. */
    void resolve(PlanId plan, CommentId comment);

    /**
     * The comments on the city's plans that no coordinator has answered or resolved yet, the oldest first; for the
     * city's coordinators (their work list), empty for anyone else.
     */
    List<CommentToAnswer> awaitingAnswer(CityId city);

    /** An unanswered comment and the plan it was written on. */
    record CommentToAnswer(PlanId plan, String planTitle, CommentView comment) {}

    /** A comment on the plan as a whole, or on one of its commitments or actions (never both). */
    record NewComment(CommitmentId commitment, ActionId action, String text, String language) {

        public NewComment {
            language = Texts.language(language);
            if (commitment != null && action != null) {
                throw new RuleViolationException("plan.rule.comment-subject");
            }
            text = Texts.required(text, 10_000, "text");
        }
    }

    record AnswerView(String author, Instant at, String text, String language) {

        public OffsetDateTime atUtc() {
            return at.atOffset(ZoneOffset.UTC);
        }
    }

    /** A comment with its answers; {@code resolvedAt} is set once a coordinator resolved it. */
    record CommentView(
            CommentId id,
            @Nullable CommitmentId commitment,
            @Nullable ActionId action,
            String author,
            @Nullable Role authorRole,
            Instant at,
            String text,
            List<AnswerView> answers,
            @Nullable Instant resolvedAt,
            @Nullable String resolvedBy,
            String language) {

        public CommentView {
            answers = List.copyOf(answers);
        }

        public boolean isResolved() {
            return resolvedAt != null;
        }

        public OffsetDateTime atUtc() {
            return at.atOffset(ZoneOffset.UTC);
        }

        public @Nullable OffsetDateTime resolvedAtUtc() {
            return resolvedAt == null ? null : resolvedAt.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The consultation as the reader may take part in it: {@code inConsultation} whether the plan takes comments
     * now, {@code canComment} whether the reader may write one, {@code canModerate} whether they may answer and
     * resolve. Comments come in the order they were written.
     */
    record Consultation(
            PlanId plan, boolean inConsultation, boolean canComment, boolean canModerate, List<CommentView> comments) {

        public Consultation {
            comments = List.copyOf(comments);
        }

        public List<CommentView> open() {
            return comments.stream().filter(comment -> !comment.isResolved()).toList();
        }

        public List<CommentView> resolved() {
            return comments.stream().filter(CommentView::isResolved).toList();
        }

        public Optional<CommentView> find(CommentId id) {
            return comments.stream().filter(comment -> comment.id().equals(id)).findFirst();
        }
    }
}
