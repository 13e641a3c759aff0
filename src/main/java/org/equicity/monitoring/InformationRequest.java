package org.equicity.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** An information request of a programme; the departments asked are its {@link RequestRecipient}s. */
@Entity
@Table(name = "monitoring_request")
class InformationRequest {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "monitoring_request_question", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "question")
    private List<String> questions = new ArrayList<>();

    @Version
    private long version;

    protected InformationRequest() {}

    InformationRequest(Programme programme, RequestContent content) {
        this.id = UUID.randomUUID();
        this.cityId = programme.city().value();
        this.programmeId = programme.id().value();
        this.title = content.title();
        this.deadline = content.deadline();
        this.questions.addAll(content.questions());
        this.state = State.PREPARED;
    }

    /** Sends the request; a request is sent once, and not with its deadline passed already. */
    void send(Instant now, LocalDate today) {
        if (state != State.PREPARED) {
            throw new RuleViolationException("monitoring.rule.sent-already");
        }
        if (deadline.isBefore(today)) {
            throw RuleViolationException.about("deadline", "monitoring.rule.deadline-passed");
        }
        state = State.SENT;
        sentAt = now;
    }

    RequestId id() {
        return new RequestId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programmeId);
    }

    String title() {
        return title;
    }

    LocalDate deadline() {
        return deadline;
    }

    State state() {
        return state;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    List<String> questions() {
        return List.copyOf(questions);
    }

    long version() {
        return version;
    }
}
