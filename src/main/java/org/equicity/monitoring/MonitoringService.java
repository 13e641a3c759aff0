package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring facade: programmes here, their steering groups in {@link SteeringGroups}. Every read asks whether
 * the reader is one of the city's people and every write whether they are its coordinator, so that pages and API
 * are covered alike.
 */
@Service
@Transactional
class MonitoringService implements Monitoring {

    private final ProgrammeRepository programmes;
    private final SteeringMemberRepository members;
    private final SteeringGroups steeringGroups;
    private final MonitoringVocabulary vocabulary;
    private final Indicators indicators;
    private final Access access;
    private final Clock clock;
    private final Editions editions;

    MonitoringService(
            ProgrammeRepository programmes,
            SteeringMemberRepository members,
            SteeringGroups steeringGroups,
            MonitoringVocabulary vocabulary,
            Indicators indicators,
            Access access,
            Clock clock,
            Editions editions) {
        this.editions = editions;
        this.programmes = programmes;
        this.members = members;
        this.steeringGroups = steeringGroups;
        this.vocabulary = vocabulary;
        this.indicators = indicators;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canManage(CityId city) {
        return access.canManageCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(CityId city) {
        return access.canReadCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmes(CityId city) {
        requireReader(city);
        var today = LocalDate.now(clock);
        return programmes.findByCityIdOrderBySetUpAtDesc(city.value()).stream()
                .map(programme -> new ProgrammeSummary(
                        programme.id(), programme.kind(), programme.title(), programme.cycle(), (int)
                                members
                                        .findByProgrammeIdOrderByJoinedOnAscNameAsc(
                                                programme.id().value())
                                        .stream()
                                        .filter(member -> member.view().activeOn(today))
                                        .count()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammeView programme(ProgrammeId id) {
        var programme = readable(id);
        var content = programme.content();
        var names = new HashMap<IndicatorId, String>();
        indicatorChoices(programme.city()).forEach(choice -> names.put(choice.id(), choice.name()));
        var followed = content.indicators().stream()
                .map(indicator -> new IndicatorChoice(indicator, names.getOrDefault(indicator, "")))
                .toList();
        return new ProgrammeView(
                programme.id(),
                programme.city(),
                programme.version(),
                content,
                followed,
                programme.setUpAt(),
                access.canManageCity(programme.city()),
                programme.edition(),
                programme.previous(),
                programmes.findByPreviousId(id.value()).map(Programme::id).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorChoice> indicatorChoices(CityId city) {
        requireReader(city);
        return indicators.ofCity(city).stream()
                .filter(summary -> summary.link().isNone())
                .map(summary -> new IndicatorChoice(summary.id(), summary.name()))
                .toList();
    }

    @Override
    public ProgrammeId setUp(CityId city, ProgrammeContent content) {
        access.requireCityManagement(city);
        check(city, content);
        return programmes.save(new Programme(city, content, clock.instant())).id();
    }

    @Override
    public void revise(ProgrammeId id, long version, ProgrammeContent content) {
        var programme = managed(id, version);
        check(programme.city(), content);
        programme.revise(content);
    }

    @Override
    @Transactional(readOnly = true)
    public SteeringGroup steeringGroup(ProgrammeId id) {
        var programme = readable(id);
        return steeringGroups.of(programme, access.canManageCity(programme.city()));
    }

    @Override
    public void mandateSteeringGroup(ProgrammeId id, long version, String mandate) {
        managed(id, version).mandateSteeringGroup(MonitoringRules.RULES.optional(mandate, 10_000, "steeringMandate"));
    }

    @Override
    public ProgrammeId startNextEdition(ProgrammeId previous) {
        return editions.startNext(managed(previous, null), LocalDate.now(clock), clock.instant());
    }

    @Override
    public MemberId appoint(ProgrammeId id, Appointment appointment) {
        var programme = managed(id, null);
        vocabulary.requireKnown(ACTOR_GROUPS, appointment.actorGroup(), "actorGroup");
        return steeringGroups.appoint(programme, appointment);
    }

    @Override
    public void recordDeparture(ProgrammeId id, MemberId member, LocalDate leftOn) {
        steeringGroups.recordDeparture(managed(id, null), member, leftOn);
    }

    @Override
    public MeetingId recordMeeting(ProgrammeId id, MeetingNotes notes) {
        return steeringGroups.recordMeeting(managed(id, null), notes);
    }

    /** The codes are the data files' and the indicators the city's own, on their own (not a plan's). */
    private void check(CityId city, ProgrammeContent content) {
        vocabulary.requireKnown(KINDS, content.kind(), "kind");
        content.topics().forEach(topic -> vocabulary.requireKnown(TOPICS, topic, "topics"));
        var own = indicatorChoices(city).stream().map(IndicatorChoice::id).toList();
        for (var indicator : content.indicators()) {
            if (!own.contains(indicator)) {
                throw RuleViolationException.about("indicators", "monitoring.rule.foreign-indicator", "indicators");
            }
        }
    }

    private Programme load(ProgrammeId id) {
        return programmes.findById(id.value()).orElseThrow(() -> new NotFoundException("Programme", id.value()));
    }

    private Programme readable(ProgrammeId id) {
        var programme = load(id);
        requireReader(programme.city());
        return programme;
    }

    /** The programme, for a coordinator of its city; with {@code version}, refused when someone saved since. */
    private Programme managed(ProgrammeId id, @Nullable Long version) {
        var programme = load(id);
        access.requireCityManagement(programme.city());
        if (version != null && version != programme.version()) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id.value());
        }
        return programme;
    }

    private void requireReader(CityId city) {
        if (!access.canReadCity(city)) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
    }
}
