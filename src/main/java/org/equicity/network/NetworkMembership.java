package org.equicity.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** One period during which a city belonged to a network; a city that left and came back has two. */
@Entity
@Table(name = "network_membership")
class NetworkMembership {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(name = "city_id", nullable = false)
    private UUID city;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    protected NetworkMembership() {}

    NetworkMembership(Network network, CityId city, LocalDate joinedOn) {
        this.id = UUID.randomUUID();
        this.network = network;
        this.city = city.value();
        this.joinedOn = joinedOn;
    }

    Network network() {
        return network;
    }

    CityId city() {
        return new CityId(city);
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    @Nullable
    LocalDate leftOn() {
        return leftOn;
    }

    boolean isCurrent() {
        return leftOn == null;
    }

    boolean isOf(CityId city) {
        return this.city.equals(city.value());
    }

    void end(LocalDate leftOn) {
        if (leftOn.isBefore(joinedOn)) {
            throw RuleViolationException.about("leftOn", "network.error.leftOn.before-joined", joinedOn);
        }
        this.leftOn = leftOn;
    }
}
