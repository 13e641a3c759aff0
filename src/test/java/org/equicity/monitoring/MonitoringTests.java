package org.equicity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Link;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.MeetingNotes;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class MonitoringTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Monitoring monitoring;

    TestMonitoring city;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
    }

    @Test
    void theCoordinatorSetsUpAProgrammeWithItsDecisionBudgetTopicsAndIndicators() {
        var view = as(city.coordinator(), () -> monitoring.programme(city.programme()));
        assertThat(view.content().kind()).isEqualTo("inner-administrative");
        assertThat(view.content().decision().body()).isEqualTo("City council");
        assertThat(view.content().budget()).singleElement().satisfies(line -> {
            assertThat(line.year()).isEqualTo(2026);
            assertThat(line.externalServices()).isEqualByComparingTo("120000");
        });
        assertThat(view.content().topics()).containsExactlyInAnyOrder("public-services", "city-staff");
        assertThat(view.indicators())
                .singleElement()
                .satisfies(indicator -> assertThat(indicator.name()).isEqualTo("Reported incidents of discrimination"));
        assertThat(view.manageable()).isTrue();

        var external = new ProgrammeContent(
                "racism-in-the-city",
                "Racism report",
                null,
                null,
                List.of(),
                "CHF",
                DataCollector.EXTERNAL,
                "University institute",
                Monitoring.Cycle.YEARLY,
                List.of("housing"),
                List.of());
        as(city.coordinator(), () -> monitoring.revise(city.programme(), view.version(), external));
        var revised = as(city.equalityContact(), () -> monitoring.programme(city.programme()));
        assertThat(revised.content().budget()).isEmpty();
        assertThat(revised.content().institution()).isEqualTo("University institute");
        assertThat(revised.manageable())
                .as("a department contact reads, the coordinator writes")
                .isFalse();
        assertThat(as(
                        city.equalityContact(),
                        () -> monitoring.programmes(city.city().city().id())))
                .singleElement()
                .satisfies(summary -> assertThat(summary.title()).isEqualTo("Racism report"));
    }

    @Test
    void kindsTopicsAndIndicatorsMustBeTheDataFilesAndTheCitysOwn() {
        assertThatThrownBy(() -> new ProgrammeContent(
                        "inner-administrative",
                        "Staff monitor",
                        null,
                        null,
                        List.of(),
                        "EUR",
                        DataCollector.EXTERNAL,
                        " ",
                        Monitoring.Cycle.YEARLY,
                        List.of(),
                        List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.institution");
        var cityId = city.city().city().id();
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.setUp(cityId, withKind("census", List.of("housing"), List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.unknown-code");
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.setUp(cityId, withKind("staff-diversity", List.of("weather"), List.of()))))
                .isInstanceOf(RuleViolationException.class);

        var other = MonitoringFixtures.city(context);
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.setUp(
                                cityId, withKind("staff-diversity", List.of(), List.of(other.indicator())))))
                .as("another city's indicator")
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.foreign-indicator");
        var plan = IndicatorFixtures.plan(context, 1);
        var onAPlan = as(
                plan.coordinator(),
                () -> context.getBean(Indicators.class)
                        .define(new Indicators.NewIndicator(
                                plan.city().city().id(),
                                new Link(plan.plan(), plan.commitment(), null),
                                IndicatorFixtures.incidents(plan.city(), List.of()))));
        assertThatThrownBy(() -> as(
                        plan.coordinator(),
                        () -> monitoring.setUp(
                                plan.city().city().id(), withKind("staff-diversity", List.of(), List.of(onAPlan)))))
                .as("a plan's indicator is not one on its own")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anotherCitysPeopleAreRefusedEveryReadAndWrite() {
        var other = MonitoringFixtures.city(context);
        var content = MonitoringFixtures.content(List.of());
        var programme = city.programme();
        assertThatThrownBy(() -> as(other.coordinator(), () -> monitoring.programme(programme)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> monitoring.programmes(city.city().city().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> monitoring.steeringGroup(programme)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> monitoring.revise(programme, 0, content)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> monitoring.setUp(city.city().city().id(), content)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        city.equalityContact(),
                        () -> monitoring.appoint(programme, appointment("Ana", null, LocalDate.of(2026, 1, 1)))))
                .as("a department contact does not steer")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSuccessorIsAppointedOfficiallyAndTheMinutesStayWithTheCoordinators() {
        var programme = city.programme();
        var first = as(
                city.coordinator(),
                () -> monitoring.appoint(programme, appointment("Ana Silva", null, LocalDate.of(2025, 12, 1))));
        as(
                city.coordinator(),
                () -> monitoring.appoint(programme, appointment("Jonas Berg", first, LocalDate.of(2026, 6, 1))));
        as(
                city.coordinator(),
                () -> monitoring.recordMeeting(
                        programme, new MeetingNotes(LocalDate.of(2026, 6, 15), "Ana, Jonas", "Department X resists.")));

        var group = as(city.coordinator(), () -> monitoring.steeringGroup(programme));
        assertThat(group.members()).hasSize(2);
        var ana = group.members().get(0);
        assertThat(ana.leftOn()).as("she left the day her successor joined").isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(group.members().get(1).succeeds()).isEqualTo(first);
        assertThat(group.meetings())
                .singleElement()
                .satisfies(meeting -> assertThat(meeting.notes().minutes()).isEqualTo("Department X resists."));

        var asContact = as(city.equalityContact(), () -> monitoring.steeringGroup(programme));
        assertThat(asContact.members()).hasSize(2);
        assertThat(asContact.meetings()).as("minutes are internal").isEmpty();
        assertThat(asContact.minutesReadable()).isFalse();

        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.recordDeparture(programme, first, LocalDate.of(2026, 7, 1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.left-already");
        var other = MonitoringFixtures.city(context);
        var foreign = as(
                other.coordinator(),
                () -> monitoring.appoint(other.programme(), appointment("Eva", null, LocalDate.of(2026, 1, 1))));
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.appoint(programme, appointment("Eve", foreign, LocalDate.of(2026, 2, 1)))))
                .as("another programme's member cannot be succeeded here")
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.foreign-member");
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> monitoring.appoint(
                                programme,
                                new Appointment("Eve", null, null, "bystanders", LocalDate.of(2026, 2, 1), null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.unknown-code");
    }

    static Appointment appointment(String name, MemberId succeeds, LocalDate joinedOn) {
        return new Appointment(name, "Migrant council", "Member", "affected-civil-society", joinedOn, succeeds);
    }

    private static ProgrammeContent withKind(
            String kind, List<String> topics, List<org.equicity.indicator.IndicatorId> indicators) {
        return new ProgrammeContent(
                kind,
                "Programme",
                null,
                null,
                List.of(),
                "EUR",
                DataCollector.INTERNAL,
                null,
                Monitoring.Cycle.YEARLY,
                topics,
                indicators);
    }
}
