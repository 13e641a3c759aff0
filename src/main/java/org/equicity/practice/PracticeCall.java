package org.equicity.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.practice.PracticeCalls.CallState;
import org.equicity.shared.NetworkId;
import org.hibernate.annotations.BatchSize;

/** A network's call for practices. */
@Entity
@Table(name = "practice_call")
class PracticeCall {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private String theme;

    private String description;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallState state;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "practice_call_field", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "code", nullable = false)
    private Set<String> fieldsOfAction = new LinkedHashSet<>();

    @Version
    private long version;

    protected PracticeCall() {}

    PracticeCall(NetworkId network, CallDetails details, Instant at) {
        this.id = UUID.randomUUID();
        this.networkId = network.value();
        this.theme = details.theme();
        this.description = details.description();
        this.deadline = details.deadline();
        this.fieldsOfAction.addAll(details.fieldsOfAction());
        this.state = CallState.OPEN;
        this.openedAt = at;
    }

    CallId id() {
        return new CallId(id);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    CallState state() {
        return state;
    }

    LocalDate deadline() {
        return deadline;
    }

    Instant openedAt() {
        return openedAt;
    }

    CallDetails details() {
        return new CallDetails(theme, description, deadline, new ArrayList<>(fieldsOfAction));
    }

    /** Open and not past its deadline ({@code today} is the last day to answer on the deadline itself). */
    boolean acceptsAnswers(LocalDate today) {
        return state == CallState.OPEN && !today.isAfter(deadline);
    }

    void close(Instant at) {
        if (state == CallState.OPEN) {
            state = CallState.CLOSED;
            closedAt = at;
        }
    }
}
