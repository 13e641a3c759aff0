package org.equicity.plan.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.equicity.people.Role;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.consultation.PlanConsultation.AnswerView;
import org.equicity.plan.consultation.PlanConsultation.CommentView;
import org.equicity.plan.support.Texts;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * What one of the city's people said about a plan in consultation, on the plan as a whole, a commitment or an
 * action, with the coordinators' answers. Resolving closes the exchange but keeps it: it is the record of the
 * consultation.
 */
@Entity
@Table(name = "plan_comment")
class PlanComment {

    static final int MAX_LENGTH = 10_000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "commitment_id", updatable = false)
    private @Nullable UUID commitmentId;

    @Column(name = "action_id", updatable = false)
    private @Nullable UUID actionId;

    @Column(name = "author_id", updatable = false)
    private @Nullable UUID authorId;

    @Column(name = "author_name", updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", updatable = false)
    private @Nullable Role authorRole;

    @Column(nullable = false, updatable = false)
    private String body;

    /** The language the comment is written in (ISO 639-1). */
    @Column(updatable = false)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_by_name")
    private @Nullable String resolvedByName;

    @ElementCollection
    @CollectionTable(name = "plan_comment_answer", joinColumns = @JoinColumn(name = "comment_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    protected PlanComment() {}

    PlanComment(
            PlanId plan,
            @Nullable CommitmentId commitment,
            @Nullable ActionId action,
            Author author,
            String text,
            String language,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.commitmentId = commitment == null ? null : commitment.value();
        this.actionId = action == null ? null : action.value();
        this.authorId = author.id() == null ? null : author.id().value();
        this.authorName = author.name();
        this.authorRole = author.role();
        this.body = Texts.required(text, MAX_LENGTH, "text");
        this.language = language;
        this.createdAt = createdAt;
    }

    /** Who wrote a comment or an answer, and in which role they spoke for the city. */
    record Author(
            @Nullable PersonId id, String name, @Nullable Role role) {}

    CommentId id() {
        return new CommentId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    /** The author's account, or empty for a comment kept from someone without one. */
    Optional<PersonId> authorAccount() {
        return Optional.ofNullable(authorId).map(PersonId::new);
    }

    boolean isResolved() {
        return resolvedAt != null;
    }

    /** Adds an answer and returns its position, by which its text is known to translations. */
    int answer(Author author, String text, String language, Instant answeredAt) {
        requireOpen();
        answers.add(new Answer(
                author.id() == null ? null : author.id().value(),
                author.name(),
                Texts.required(text, MAX_LENGTH, "text"),
                language,
                answeredAt));
        return answers.size() - 1;
    }

    String text() {
        return body;
    }

    void resolve(Author by, Instant resolvedAt) {
        requireOpen();
        this.resolvedAt = resolvedAt;
        this.resolvedByName = by.name();
    }

    private void requireOpen() {
        if (isResolved()) {
            throw new RuleViolationException("plan.rule.comment-resolved");
        }
    }

    CommentView view() {
        return new CommentView(
                id(),
                commitmentId == null ? null : new CommitmentId(commitmentId),
                actionId == null ? null : new ActionId(actionId),
                authorName,
                authorRole,
                createdAt,
                body,
                answers.stream().map(Answer::view).toList(),
                resolvedAt,
                resolvedByName,
                language);
    }

    @Embeddable
    static class Answer {

        @Column(name = "author_id")
        private @Nullable UUID authorId;

        @Column(name = "author_name")
        private String authorName;

        @Column(nullable = false)
        private String body;

        @Column(name = "answered_at", nullable = false)
        private Instant answeredAt;

        private String language;

        protected Answer() {}

        Answer(@Nullable UUID authorId, String authorName, String body, String language, Instant answeredAt) {
            this.authorId = authorId;
            this.authorName = authorName;
            this.body = body;
            this.language = language;
            this.answeredAt = answeredAt;
        }

        AnswerView view() {
            return new AnswerView(authorName, answeredAt, body, language);
        }
    }
}
