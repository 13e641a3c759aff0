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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.shared.NetworkId;
import org.hibernate.annotations.BatchSize;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A contributor of practices that is not a city, kept by one network's secretariat. */
@Entity
@Table(name = "practice_contributor")
class Contributor {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContributorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OwnerLevel level;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "practice_contributor_country", joinColumns = @JoinColumn(name = "contributor_id"))
    @Column(name = "country", nullable = false)
    private List<String> countries = new ArrayList<>();

    @Version
    private long version;

    protected Contributor() {}

    Contributor(NetworkId network, ContributorDetails details) {
        this.id = UUID.randomUUID();
        this.networkId = network.value();
        write(details);
    }

    ContributorId id() {
        return new ContributorId(id);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    void revise(long expectedVersion, ContributorDetails details) {
        if (expectedVersion != version) {
            throw new ObjectOptimisticLockingFailureException(Contributor.class, id);
        }
        write(details);
    }

    Owner owner() {
        return new Owner(null, null, id(), kind, name, level, countries);
    }

    ContributorView view() {
        return new ContributorView(id(), network(), version, new ContributorDetails(name, kind, level, countries));
    }

    private void write(ContributorDetails details) {
        this.name = details.name();
        this.kind = details.kind();
        this.level = details.level();
        this.countries.clear();
        this.countries.addAll(details.countries());
    }
}
