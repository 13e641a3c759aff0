package org.equicity.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.equicity.practice.Provenance.OutsideDesignation;
import org.equicity.report.CycleId;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedActionId;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.hibernate.annotations.BatchSize;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A good practice of a city, put before a network's scientific committee. */
@Entity
@Table(name = "good_practice")
class GoodPractice {

    @Id
    private UUID id;
    /** Null for a contributor's practice. */
    @Column(name = "city_id")
    private UUID cityId;
    /** Null for a city's practice. */
    @Column(name = "contributor_id")
    private UUID contributorId;
    /** The city's or the contributor's name, kept here for sorting the library. */
    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level", nullable = false)
    private OwnerLevel ownerLevel;
    /** The owner's first country; all of them in {@link #countries}, which the library filters by. */
    private String country;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "good_practice_country", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "country", nullable = false)
    private Set<String> countries = new LinkedHashSet<>();

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    @Column(name = "reported_action_id")
    private UUID reportedActionId;

    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "cycle_id")
    private UUID cycleId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String title;

    private String department;
    private String contact;

    @Column(name = "main_purpose")
    private String mainPurpose;

    @Column(name = "implementation_period")
    private String implementationPeriod;

    private String purpose;
    private String rationale;
    private String process;
    private String impact;

    @Column(name = "reference_documents")
    private String referenceDocuments;

    /** Null when none of its columns is set: Hibernate reads an empty embeddable as none. */
    @Embedded
    private DescriptionColumns description;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "good_practice_reference", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<PracticeReference> references = new ArrayList<>();

    private String commitment;
    private String track;

    @Column(name = "year_value")
    private Integer year;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "good_practice_field_of_action", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "code", nullable = false)
    private Set<String> fieldsOfAction = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "good_practice_field_of_activity", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "code", nullable = false)
    private Set<String> fieldsOfActivity = new LinkedHashSet<>();

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Null when none of its columns is set: Hibernate reads an empty embeddable as none. */
    @Embedded
    private PracticeOrigin origin;

    @Version
    private long version;

    protected GoodPractice() {}

    private GoodPractice(Owner owner, NetworkId network, PracticeContent content, Instant submittedAt) {
        this.id = UUID.randomUUID();
        ownedBy(owner);
        this.networkId = network.value();
        this.status = PracticeStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        this.statusChangedAt = submittedAt;
        write(content);
    }

    static GoodPractice submitted(CitySummary city, NetworkId network, PracticeContent content, Instant now) {
        return new GoodPractice(Owners.of(city), network, content, now);
    }

    static GoodPractice contributed(Contributor contributor, PracticeContent content, Instant now) {
        return new GoodPractice(contributor.owner(), contributor.network(), content, now);
    }

    static GoodPractice nominated(
            CitySummary city,
            NetworkId network,
            ReportedActionId action,
            ReportId report,
            CycleId cycle,
            PracticeContent content,
            Instant now) {
        var practice = new GoodPractice(Owners.of(city), network, content, now);
        practice.reportedActionId = action.value();
        practice.reportId = report.value();
        practice.cycleId = cycle.value();
        return practice;
    }

    /** A practice of a published collection, identified there by {@code key} from one edition to the next. */
    static GoodPractice collected(
            Owner owner, NetworkId network, PracticeContent content, CollectionId collection, String key, Instant now) {
        var practice = new GoodPractice(owner, network, content, now);
        practice.origin().collectedAs(collection, key);
        return practice;
    }

    PracticeId id() {
        return new PracticeId(id);
    }

    /** Null for a contributor's practice. */
    CityId city() {
        return cityId == null ? null : new CityId(cityId);
    }

    /** Null for a city's practice. */
    ContributorId contributor() {
        return contributorId == null ? null : new ContributorId(contributorId);
    }

    String ownerName() {
        return ownerName;
    }

    OwnerLevel ownerLevel() {
        return ownerLevel;
    }

    List<String> countries() {
        return List.copyOf(countries);
    }

    String country() {
        return country;
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    PracticeStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    long version() {
        return version;
    }

    ReportedActionId reportedAction() {
        return reportedActionId == null ? null : new ReportedActionId(reportedActionId);
    }

    ReportId report() {
        return reportId == null ? null : new ReportId(reportId);
    }

    CycleId cycle() {
        return cycleId == null ? null : new CycleId(cycleId);
    }

    PracticeContent content() {
        return new PracticeContent(
                language,
                new Template(
                        title,
                        department,
                        contact,
                        new ArrayList<>(fieldsOfAction),
                        mainPurpose,
                        implementationPeriod,
                        purpose,
                        rationale,
                        process,
                        impact,
                        referenceDocuments == null ? List.of() : Arrays.asList(referenceDocuments.split("\n"))),
                new Classification(commitment, track, new ArrayList<>(fieldsOfActivity), year),
                description()
                        .read(references.stream()
                                .map(PracticeReference::reference)
                                .toList()));
    }

    /**
     * Another body designated it: published without a review of the network's own. A practice designated elsewhere
     * takes a corrected record; one the network's committee reviewed does not.
     */
    void designatedElsewhere(OutsideDesignation designation, Instant now) {
        if (status == PracticeStatus.SUBMITTED) {
            moveTo(PracticeStatus.DESIGNATED, now);
            decidedAt = statusChangedAt;
        } else if (status != PracticeStatus.DESIGNATED || origin().outsideDesignation() == null) {
            throw new RuleViolationException("practice.rule.designated-elsewhere");
        }
        origin().designatedBy(designation);
    }

    private DescriptionColumns description() {
        if (description == null) {
            description = new DescriptionColumns();
        }
        return description;
    }

    /** Its provenance and outside designation. */
    PracticeOrigin origin() {
        if (origin == null) {
            origin = new PracticeOrigin();
        }
        return origin;
    }

    /**
     * Takes the owner's name, level and countries, when a contributor was corrected; a new edition of its collection
     * may name another owner.
     */
    void ownedBy(Owner owner) {
        this.cityId = owner.isCity() ? owner.city().value() : null;
        this.contributorId = owner.isCity() ? null : owner.contributor().value();
        this.ownerName = owner.name();
        this.ownerLevel = owner.level();
        this.country = owner.country();
        this.countries.clear();
        this.countries.addAll(owner.countries());
    }

    void revise(long expectedVersion, PracticeContent revised) {
        if (expectedVersion != version) {
            throw new ObjectOptimisticLockingFailureException(GoodPractice.class, id);
        }
        write(revised);
    }

    /** Nothing changes for a practice already under review: each reviewer's assignment may ask again. */
    void startReview(Instant now) {
        if (status == PracticeStatus.UNDER_REVIEW) {
            return;
        }
        if (status != PracticeStatus.SUBMITTED) {
            throw new RuleViolationException("practice.rule.not-submitted");
        }
        moveTo(PracticeStatus.UNDER_REVIEW, now);
    }

    void designate(Instant now) {
        decide(PracticeStatus.DESIGNATED, now);
    }

    void decline(Instant now) {
        decide(PracticeStatus.NOT_DESIGNATED, now);
    }

    private void decide(PracticeStatus decision, Instant now) {
        if (status != PracticeStatus.UNDER_REVIEW) {
            throw new RuleViolationException("practice.rule.not-under-review");
        }
        moveTo(decision, now);
        decidedAt = statusChangedAt;
    }

    private void moveTo(PracticeStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    private void write(PracticeContent content) {
        var template = content.template();
        var classification = content.classification();
        this.language = content.language();
        this.title = template.title();
        this.department = template.department();
        this.contact = template.contact();
        this.fieldsOfAction.clear();
        this.fieldsOfAction.addAll(template.fieldsOfAction());
        this.mainPurpose = template.mainPurpose();
        this.implementationPeriod = template.implementationPeriod();
        this.purpose = template.purpose();
        this.rationale = template.rationale();
        this.process = template.process();
        this.impact = template.impact();
        this.referenceDocuments =
                template.referenceDocuments().isEmpty() ? null : String.join("\n", template.referenceDocuments());
        this.commitment = classification.commitment();
        this.track = classification.track();
        this.fieldsOfActivity.clear();
        this.fieldsOfActivity.addAll(classification.fieldsOfActivity());
        this.year = classification.year();
        var description = content.description();
        description().write(description);
        this.references.clear();
        description.references().forEach(reference -> this.references.add(new PracticeReference(reference)));
    }
}
