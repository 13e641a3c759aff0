package org.equicity.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.report.Reports.AcceptedActionSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.data.domain.Persistable;

/**
 * An action of an accepted report, written once at acceptance and never changed: acceptance is final, so it always
 * agrees with the accepted snapshot it was taken from. It is always new when saved, so saving inserts: an id that
 * somehow existed already fails instead of being merged over another report's action.
 */
@Entity
@Table(name = "accepted_action")
class AcceptedActionRecord implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "cycle_id", nullable = false)
    private UUID cycleId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "city_id", nullable = false)
    private UUID cityId;

    @Column(nullable = false)
    private String title;

    private String commitment;

    private String track;

    @Column(nullable = false)
    private String language;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @ElementCollection
    @CollectionTable(name = "accepted_action_field", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "field", nullable = false)
    private Set<String> fields = new LinkedHashSet<>();

    /** The tags of the plan action it reports, as they stood at acceptance. */
    @ElementCollection
    @CollectionTable(name = "accepted_action_tag", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new LinkedHashSet<>();

    protected AcceptedActionRecord() {}

    AcceptedActionRecord(
            CityReport report,
            Cycle cycle,
            int versionNumber,
            String language,
            ReportedAction action,
            List<String> tags,
            Instant acceptedAt) {
        this.id = action.id().value();
        this.reportId = report.id().value();
        this.versionNumber = versionNumber;
        this.cycleId = cycle.id().value();
        this.networkId = cycle.network().value();
        this.cityId = report.city().value();
        this.title = action.title();
        this.commitment = action.commitment();
        this.track = action.track();
        this.language = language;
        this.acceptedAt = acceptedAt;
        this.fields.addAll(action.fieldsOfActivity());
        this.tags.addAll(tags);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    ReportedActionId id() {
        return new ReportedActionId(id);
    }

    ReportId report() {
        return new ReportId(reportId);
    }

    int versionNumber() {
        return versionNumber;
    }

    CycleId cycle() {
        return new CycleId(cycleId);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    String language() {
        return language;
    }

    AcceptedActionSummary summary(String cityName) {
        return new AcceptedActionSummary(
                id(),
                report(),
                cycle(),
                network(),
                city(),
                cityName,
                title,
                commitment,
                track,
                List.copyOf(fields),
                language);
    }
}
