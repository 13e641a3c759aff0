package org.equicity.network;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.framework.FrameworkRef;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A city network: who it is, how often its members report, which framework versions it works with and which cities
 * belong (or belonged) to it. Every rule a user can break is a {@link RuleViolationException}, so that pages show it
 * next to the field and the API answers 422.
 */
@Entity
@Table(name = "network")
class Network {

    static final int MIN_REPORTING_PERIOD = 1;
    static final int MAX_REPORTING_PERIOD = 10;
    static final int DEFAULT_REPORTING_PERIOD = 2;
    static final int MAX_SLUG = 60;
    static final int MAX_NAME = 200;
    static final int MAX_WEBSITE = 500;
    static final int MAX_DESCRIPTION = 20_000;

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;

    private @Nullable String website;

    @Column(name = "reporting_period_years", nullable = false)
    private int reportingPeriodYears;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_framework", joinColumns = @JoinColumn(name = "network_id"))
    private Set<UsedFramework> frameworks = new HashSet<>();

    @OneToMany(mappedBy = "network", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedOn")
    private List<NetworkMembership> memberships = new ArrayList<>();

    protected Network() {}

    Network(
            String slug,
            @Nullable String name,
            @Nullable String description,
            @Nullable String website,
            int reportingPeriodYears,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.slug = checkedSlug(slug);
        this.createdAt = createdAt;
        // Set here as well so that NullAway sees the name set by the constructor; describe() checks and sets the rest.
        this.name = checkedName(name);
        describe(name, description, website, reportingPeriodYears);
    }

    /** The slug as it is stored: trimmed and lower-case. */
    static String normaliseSlug(String slug) {
        return slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedSlug(String slug) {
        var normalised = normaliseSlug(slug);
        if (normalised.length() < 2 || normalised.length() > MAX_SLUG || !normalised.matches(SLUG)) {
            throw RuleViolationException.about("slug", "network.error.slug.invalid", MAX_SLUG);
        }
        return normalised;
    }

    NetworkId id() {
        return new NetworkId(id);
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    @Nullable
    String description() {
        return description;
    }

    @Nullable
    String website() {
        return website;
    }

    int reportingPeriodYears() {
        return reportingPeriodYears;
    }

    long version() {
        return version;
    }

    /** Who the network is and how often its members report; the slug stays, because others link to it. */
    void describe(
            @Nullable String name, @Nullable String description, @Nullable String website, int reportingPeriodYears) {
        var cleanName = checkedName(name);
        TextRules.requirePrintable(description, "description");
        var cleanDescription = blankToNull(description);
        if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
            throw RuleViolationException.about("description", "network.error.description.too-long", MAX_DESCRIPTION);
        }
        if (reportingPeriodYears < MIN_REPORTING_PERIOD || reportingPeriodYears > MAX_REPORTING_PERIOD) {
            throw new RuleViolationException(
                    "network.error.reportingPeriodYears.range", MIN_REPORTING_PERIOD, MAX_REPORTING_PERIOD);
        }
        this.name = cleanName;
        this.description = cleanDescription;
        this.website = checkedWebsite(website);
        this.reportingPeriodYears = reportingPeriodYears;
    }

    private static String checkedName(@Nullable String name) {
        TextRules.requirePrintable(name, "name");
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw RuleViolationException.about("name", "network.error.name.required");
        }
        if (cleanName.length() > MAX_NAME) {
            throw RuleViolationException.about("name", "network.error.name.too-long", MAX_NAME);
        }
        return cleanName;
    }

    private static @Nullable String checkedWebsite(@Nullable String website) {
        var clean = blankToNull(website);
        if (clean == null) {
            return null;
        }
        try {
            var uri = new URI(clean);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (clean.length() <= MAX_WEBSITE
                    && (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null) {
                return clean;
            }
        } catch (URISyntaxException malformed) {
            // answered below like any other address we cannot link to
        }
        throw RuleViolationException.about("website", "network.error.website.invalid");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Set<FrameworkRef> frameworks() {
        return frameworks.stream().map(UsedFramework::ref).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Starts using a framework version. A network works with one version of each framework at a time, so that
     * "the network's commitments" is never ambiguous; moving to a newer version means stopping the old one.
     *
     * @return whether anything changed
     */
    boolean useFramework(FrameworkRef ref) {
        Objects.requireNonNull(ref, "framework");
        var current = frameworks();
        if (current.contains(ref)) {
            return false;
        }
        var other = current.stream().filter(used -> used.id().equals(ref.id())).findFirst();
        if (other.isPresent()) {
            throw RuleViolationException.about(
                    "frameworks", "network.error.frameworks.one-version", ref.id(), other.get());
        }
        return frameworks.add(new UsedFramework(ref));
    }

    /** @return whether anything changed */
    boolean stopUsingFramework(FrameworkRef ref) {
        return frameworks.remove(new UsedFramework(ref));
    }

    List<NetworkMembership> memberships() {
        return List.copyOf(memberships);
    }

    Optional<NetworkMembership> currentMembership(CityId city) {
        return memberships.stream()
                .filter(membership -> membership.isOf(city) && membership.isCurrent())
                .findFirst();
    }

    /**
     * Membership changes are recorded once they have happened: a city with a leaving date is a former member, so a
     * date ahead would show it as gone too early. One day of slack covers cities ahead of the server's time zone.
     */
    private static void notInTheFuture(LocalDate date, String field, LocalDate today) {
        if (date.isAfter(today.plusDays(1))) {
            throw RuleViolationException.about(field, "network.error." + field + ".future");
        }
    }

    /** Admits a city; a city that left may be admitted again, from a date after it left. */
    void admit(CityId city, LocalDate joinedOn, LocalDate today) {
        Objects.requireNonNull(city, "city");
        if (joinedOn == null) {
            throw RuleViolationException.about("joinedOn", "network.error.joinedOn.required");
        }
        notInTheFuture(joinedOn, "joinedOn", today);
        if (currentMembership(city).isPresent()) {
            throw RuleViolationException.about("city", "network.error.city.already-member");
        }
        var lastLeft = memberships.stream()
                .filter(membership -> membership.isOf(city))
                .map(NetworkMembership::leftOn)
                .max(Comparator.naturalOrder());
        if (lastLeft.isPresent() && joinedOn.isBefore(lastLeft.get())) {
            throw RuleViolationException.about("joinedOn", "network.error.joinedOn.before-left", lastLeft.get());
        }
        memberships.add(new NetworkMembership(this, city, joinedOn));
    }

    /** Ends a city's membership; it stays in the network's history. */
    void release(CityId city, LocalDate leftOn, LocalDate today) {
        if (leftOn == null) {
            throw RuleViolationException.about("leftOn", "network.error.leftOn.required");
        }
        notInTheFuture(leftOn, "leftOn", today);
        currentMembership(city)
                .orElseThrow(() -> RuleViolationException.about("city", "network.error.city.not-member"))
                .end(leftOn);
    }
}
