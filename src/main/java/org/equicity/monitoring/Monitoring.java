package org.equicity.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.indicator.IndicatorId;
import org.equicity.shared.CityId;
import org.equicity.shared.Identifier;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A city's monitoring programmes and their steering groups. Only the city's coordinators set up and change them;
 * the city's own people read them; anyone else is refused (403), since nothing of a programme is published. The
 * minutes of the steering group's meetings are internal documents: only the coordinators read them.
 */
public interface Monitoring {

    /** The three monitoring approaches the toolkit presents. */
    FrameworkRef KINDS = FrameworkRef.parse("monitoring-kinds@2026");

    /** The topics and life spheres a programme may cover. */
    FrameworkRef TOPICS = FrameworkRef.parse("monitoring-topics@2026");

    /** The four groups of actors of the 4x4 approach, which a steering group's members belong to. */
    FrameworkRef ACTOR_GROUPS = FrameworkRef.parse("eccar-actor-groups@2023");

    /** Whether the reader sets up and steers the city's monitoring (its coordinators). */
    boolean canManage(CityId city);

    /** Whether the reader is one of the city's people, who read its monitoring programmes. */
    boolean canRead(CityId city);

    List<ProgrammeSummary> programmes(CityId city);

    ProgrammeView programme(ProgrammeId id);

    /** The city's indicators on their own (not on a plan), which a programme may follow. */
    List<IndicatorChoice> indicatorChoices(CityId city);

    ProgrammeId setUp(CityId city, ProgrammeContent content);

    void revise(ProgrammeId id, long version, ProgrammeContent content);

    /**
     * Starts the next edition of a programme from this one (see {@link Editions}); a programme has one next edition.
     */
    ProgrammeId startNextEdition(ProgrammeId previous);

    SteeringGroup steeringGroup(ProgrammeId id);

    /** Gives the steering group its mandate: to contact departments for information and to follow up. */
    void mandateSteeringGroup(ProgrammeId id, long version, String mandate);

    /** Appoints a member; a successor names whom they succeed, who leaves the group the day the successor joins. */
    MemberId appoint(ProgrammeId id, Appointment appointment);

    void recordDeparture(ProgrammeId id, MemberId member, LocalDate leftOn);

    MeetingId recordMeeting(ProgrammeId id, MeetingNotes notes);

    /** Who carries out the data collection: a division of the city's administration or an external institution. */
    enum DataCollector {
        INTERNAL,
        EXTERNAL
    }

    /** How often the monitoring is carried out. */
    enum Cycle {
        YEARLY,
        EVERY_TWO_YEARS
    }

    record MemberId(UUID value) implements Identifier {

        public MemberId {
            Objects.requireNonNull(value, "member id");
        }
    }

    record MeetingId(UUID value) implements Identifier {

        public MeetingId {
            Objects.requireNonNull(value, "meeting id");
        }
    }

    /** The political decision the monitoring is based on: which body decided, when, and where it is documented. */
    record Decision(
            @Nullable String body,
            @Nullable LocalDate date,
            @Nullable String document) {

        public Decision {
            body = MonitoringRules.RULES.optional(body, 300, "decisionBody");
            document = MonitoringRules.RULES.optional(document, 1_000, "decisionDocument");
        }

        public static Decision none() {
            return new Decision(null, null, null);
        }
    }

    /** A year's budget: full-time staff positions and the amount for external services. */
    record Budget(
            int year,
            @Nullable BigDecimal staffPositions,
            @Nullable BigDecimal externalServices) {

        public Budget {
            if (year < 2000 || year > 2100) {
                throw RuleViolationException.about("budget", "monitoring.rule.budget-year", year);
            }
            if ((staffPositions != null && staffPositions.signum() < 0)
                    || (externalServices != null && externalServices.signum() < 0)) {
                throw RuleViolationException.about("budget", "monitoring.rule.budget-negative", year);
            }
        }
    }

    /**
     * What a programme is: its kind (a code of {@link #KINDS}), the decision and mandate behind it, its budget per
     * year in {@code currency} (ISO 4217), who collects the data ({@code institution} names them, required when
     * external), its cycle, the topics it covers (codes of {@link #TOPICS}) and the indicators it follows.
     */
    record ProgrammeContent(
            String kind,
            String title,
            Decision decision,
            @Nullable String mandate,
            List<Budget> budget,
            String currency,
            DataCollector collectedBy,
            @Nullable String institution,
            Cycle cycle,
            List<String> topics,
            List<IndicatorId> indicators) {

        public ProgrammeContent {
            kind = MonitoringRules.RULES.required(kind, 80, "kind");
            title = MonitoringRules.RULES.required(title, 300, "title");
            decision = decision == null ? Decision.none() : decision;
            mandate = MonitoringRules.RULES.optional(mandate, 10_000, "mandate");
            budget = budget == null
                    ? List.of()
                    : budget.stream()
                            .sorted(Comparator.comparingInt(Budget::year))
                            .toList();
            if (budget.stream().map(Budget::year).distinct().count() < budget.size()) {
                throw RuleViolationException.about("budget", "monitoring.rule.budget-twice");
            }
            currency = MonitoringRules.RULES.required(currency, 3, "currency");
            if (!currency.matches("[A-Z]{3}")) {
                throw RuleViolationException.about("currency", "monitoring.rule.currency");
            }
            MonitoringRules.requireChosen(collectedBy, "collectedBy");
            institution = MonitoringRules.RULES.optional(institution, 300, "institution");
            if (collectedBy == DataCollector.EXTERNAL && institution == null) {
                throw RuleViolationException.about("institution", "monitoring.rule.institution");
            }
            MonitoringRules.requireChosen(cycle, "cycle");
            topics = MonitoringRules.RULES.lines(topics, 80, "topics");
            indicators = indicators == null
                    ? List.of()
                    : indicators.stream().filter(Objects::nonNull).distinct().toList();
        }
    }

    record ProgrammeSummary(ProgrammeId id, String kind, String title, Cycle cycle, int activeMembers) {}

    /**
     * A programme as its city's people read it; {@code manageable} when the reader may change it. {@code edition}
     * counts the editions, {@code previous} and {@code next} link them.
     */
    record ProgrammeView(
            ProgrammeId id,
            CityId city,
            long version,
            ProgrammeContent content,
            List<IndicatorChoice> indicators,
            Instant setUpAt,
            boolean manageable,
            int edition,
            @Nullable ProgrammeId previous,
            @Nullable ProgrammeId next) {}

    record IndicatorChoice(IndicatorId id, String name) {}

    /** A member of the steering group; {@code actorGroup} is a code of {@link #ACTOR_GROUPS}. */
    record Appointment(
            String name,
            @Nullable String organisation,
            @Nullable String role,
            String actorGroup,
            LocalDate joinedOn,
            @Nullable MemberId succeeds) {

        public Appointment {
            name = MonitoringRules.RULES.required(name, 200, "name");
            organisation = MonitoringRules.RULES.optional(organisation, 300, "organisation");
            role = MonitoringRules.RULES.optional(role, 200, "role");
            actorGroup = MonitoringRules.RULES.required(actorGroup, 80, "actorGroup");
            MonitoringRules.requireChosen(joinedOn, "joinedOn");
        }
    }

    record Member(
            MemberId id,
            String name,
            @Nullable String organisation,
            @Nullable String role,
            String actorGroup,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn,
            @Nullable MemberId succeeds) {

        public boolean activeOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    record MeetingNotes(LocalDate heldOn, @Nullable String participants, String minutes) {

        public MeetingNotes {
            MonitoringRules.requireChosen(heldOn, "heldOn");
            participants = MonitoringRules.RULES.optional(participants, 2_000, "participants");
            minutes = MonitoringRules.RULES.required(minutes, 20_000, "minutes");
        }
    }

    record Meeting(MeetingId id, MeetingNotes notes, Instant recordedAt) {}

    /**
     * The steering group of a programme: its mandate, its members (current and former, oldest first) and, for the
     * coordinators only, its meetings with their minutes ({@code minutesReadable}).
     */
    record SteeringGroup(
            ProgrammeId programme,
            long version,
            @Nullable String mandate,
            List<Member> members,
            List<Meeting> meetings,
            boolean minutesReadable,
            boolean manageable) {}
}
