package org.equicity.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;

/** A city's monitoring programme, with its steering group's mandate; members and meetings are entities of their own. */
@Entity
@Table(name = "monitoring_programme")
class Programme {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "decision_body")
    private @Nullable String decisionBody;

    @Column(name = "decision_date")
    private @Nullable LocalDate decisionDate;

    @Column(name = "decision_document")
    private @Nullable String decisionDocument;

    private @Nullable String mandate;

    @Column(name = "budget_currency", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "collected_by", nullable = false)
    private DataCollector collectedBy;

    private @Nullable String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "monitoring_cycle", nullable = false)
    private Cycle cycle;

    @Column(name = "steering_mandate")
    private @Nullable String steeringMandate;

    @Column(name = "set_up_at", nullable = false, updatable = false)
    private Instant setUpAt;

    @ElementCollection
    @CollectionTable(name = "monitoring_programme_topic", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "topic")
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_programme_indicator", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "indicator_id")
    private Set<UUID> indicators = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_budget", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderBy("year")
    private List<BudgetLine> budget = new ArrayList<>();

    /** 1 for a city's first monitoring of its kind, one more for each edition that starts from the previous one. */
    @Column(nullable = false, updatable = false)
    private int edition = 1;

    @Column(name = "previous_id", updatable = false)
    private @Nullable UUID previousId;

    @Version
    private long version;

    protected Programme() {}

    Programme(CityId city, ProgrammeContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.setUpAt = now;
        revise(content);
    }

    /** The next edition: the same content, one edition on, linked to this one. */
    Programme nextEdition(Instant now) {
        var next = new Programme(city(), content(), now);
        next.edition = edition + 1;
        next.previousId = id;
        next.steeringMandate = steeringMandate;
        return next;
    }

    final void revise(ProgrammeContent content) {
        kind = content.kind();
        title = content.title();
        decisionBody = content.decision().body();
        decisionDate = content.decision().date();
        decisionDocument = content.decision().document();
        mandate = content.mandate();
        currency = content.currency();
        collectedBy = content.collectedBy();
        institution = content.institution();
        cycle = content.cycle();
        topics.clear();
        topics.addAll(content.topics());
        indicators.clear();
        content.indicators().forEach(indicator -> indicators.add(indicator.value()));
        budget.clear();
        content.budget()
                .forEach(line ->
                        budget.add(new BudgetLine(line.year(), line.staffPositions(), line.externalServices())));
    }

    void mandateSteeringGroup(@Nullable String mandate) {
        this.steeringMandate = mandate;
    }

    ProgrammeContent content() {
        return new ProgrammeContent(
                kind,
                title,
                new Decision(decisionBody, decisionDate, decisionDocument),
                mandate,
                budget.stream()
                        .map(line -> new Budget(line.year, line.staffPositions, line.externalServices))
                        .toList(),
                currency,
                collectedBy,
                institution,
                cycle,
                List.copyOf(topics),
                indicators.stream().map(IndicatorId::new).toList());
    }

    ProgrammeId id() {
        return new ProgrammeId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    String kind() {
        return kind;
    }

    String title() {
        return title;
    }

    Cycle cycle() {
        return cycle;
    }

    @Nullable
    String steeringMandate() {
        return steeringMandate;
    }

    Instant setUpAt() {
        return setUpAt;
    }

    long version() {
        return version;
    }

    int edition() {
        return edition;
    }

    @Nullable
    ProgrammeId previous() {
        return previousId == null ? null : new ProgrammeId(previousId);
    }

    @Embeddable
    static class BudgetLine {

        @Column(name = "budget_year", nullable = false)
        private int year;

        @Column(name = "staff_positions")
        private @Nullable BigDecimal staffPositions;

        @Column(name = "external_services")
        private @Nullable BigDecimal externalServices;

        protected BudgetLine() {}

        BudgetLine(int year, @Nullable BigDecimal staffPositions, @Nullable BigDecimal externalServices) {
            this.year = year;
            this.staffPositions = staffPositions;
            this.externalServices = externalServices;
        }
    }
}
