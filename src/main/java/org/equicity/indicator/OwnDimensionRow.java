package org.equicity.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/** A city's or a network's own dimension: its code, its keeper and its newest version's number. */
@Entity
@Table(name = "indicator_dimension")
class OwnDimensionRow {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "city_id", updatable = false)
    private UUID cityId;

    @Column(name = "network_id", updatable = false)
    private UUID networkId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Version
    private long version;

    protected OwnDimensionRow() {}

    OwnDimensionRow(String code, CityId city, NetworkId network) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.cityId = city == null ? null : city.value();
        this.networkId = network == null ? null : network.value();
    }

    /** The number of the version about to be written. */
    int nextVersion() {
        return ++currentVersion;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    CityId city() {
        return cityId == null ? null : new CityId(cityId);
    }

    NetworkId network() {
        return networkId == null ? null : new NetworkId(networkId);
    }

    int currentVersion() {
        return currentVersion;
    }

    long version() {
        return version;
    }
}
