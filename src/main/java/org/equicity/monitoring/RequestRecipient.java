package org.equicity.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.ReminderKind;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;

/** A department asked by an information request: its named contact, its answer and the reminders it was sent. */
@Entity
@Table(name = "monitoring_request_recipient")
class RequestRecipient {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private UUID departmentId;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @ElementCollection
    @CollectionTable(name = "monitoring_request_answer", joinColumns = @JoinColumn(name = "recipient_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    private List<String> answers = new ArrayList<>();

    private @Nullable String figures;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "reminded_before_at")
    private @Nullable Instant remindedBeforeAt;

    @Column(name = "reminded_after_at")
    private @Nullable Instant remindedAfterAt;

    protected RequestRecipient() {}

    RequestRecipient(InformationRequest request, Addressee addressee) {
        this.id = UUID.randomUUID();
        this.requestId = request.id().value();
        this.departmentId = addressee.department().value();
        this.contactName = addressee.contactName();
        this.contactEmail = addressee.contactEmail();
    }

    void answer(Answer answer, Instant now) {
        answers.clear();
        answers.addAll(answer.answers());
        figures = answer.figures();
        answeredAt = now;
    }

    /** Whether the reminder of this kind is still owed: not answered, not reminded so yet. */
    boolean owes(ReminderKind kind) {
        if (answeredAt != null) {
            return false;
        }
        return kind == ReminderKind.BEFORE_DEADLINE ? remindedBeforeAt == null : remindedAfterAt == null;
    }

    void reminded(ReminderKind kind, Instant now) {
        if (kind == ReminderKind.BEFORE_DEADLINE) {
            remindedBeforeAt = now;
        } else {
            remindedAfterAt = now;
        }
    }

    RecipientId id() {
        return new RecipientId(id);
    }

    UUID requestId() {
        return requestId;
    }

    DepartmentId department() {
        return new DepartmentId(departmentId);
    }

    String contactName() {
        return contactName;
    }

    String contactEmail() {
        return contactEmail;
    }

    boolean answered() {
        return answeredAt != null;
    }

    @Nullable
    Answer answer() {
        return answeredAt == null ? null : new Answer(answers, figures);
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    List<ReminderKind> reminded() {
        var kinds = new ArrayList<ReminderKind>();
        if (remindedBeforeAt != null) {
            kinds.add(ReminderKind.BEFORE_DEADLINE);
        }
        if (remindedAfterAt != null) {
            kinds.add(ReminderKind.AFTER_DEADLINE);
        }
        return kinds;
    }
}
