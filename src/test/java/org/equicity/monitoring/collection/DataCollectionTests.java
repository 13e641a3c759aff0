package org.equicity.monitoring.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Period;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class DataCollectionTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataCollection collection;

    @Autowired
    Retention retention;

    TestMonitoring city;
    int lastYear;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        lastYear = LocalDate.now().getYear() - 1;
    }

    IncidentEntry incident(String district, String... grounds) {
        return new IncidentEntry(
                YearMonth.of(lastYear, 3), district, List.of(grounds), "housing", "refusal-of-service", "intervention");
    }

    @Test
    void aRoundTableCountsItsParticipantsByActorGroupWithoutNames() {
        var dataset = CollectionFixtures.open(context, city, DatasetKind.CONVERSATIONS, "Round tables with NGOs");
        as(
                city.coordinator(),
                () -> collection.recordConversation(
                        dataset,
                        new ConversationNotes(
                                ConversationKind.ROUND_TABLE,
                                LocalDate.of(lastYear, 5, 12),
                                Map.of("affected-civil-society", 7, "city-administration", 2),
                                "Where does racism occur? Who is particularly targeted?",
                                List.of("Refusals at flat viewings", "Language barriers at the job centre"))));
        var view = as(city.coordinator(), () -> collection.dataset(dataset));
        assertThat(view.conversations()).singleElement().satisfies(conversation -> {
            assertThat(conversation.participants())
                    .containsEntry("affected-civil-society", 7)
                    .containsEntry("city-administration", 2);
            assertThat(conversation.issues()).hasSize(2);
        });
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> collection.recordConversation(
                                dataset,
                                new ConversationNotes(
                                        ConversationKind.INTERVIEW,
                                        LocalDate.of(lastYear, 5, 13),
                                        Map.of("journalists", 1),
                                        "Notes",
                                        List.of()))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void staffDiversityIsCountedPerDepartmentAndGradeAndPublishedOnlyProtected() {
        var dataset = CollectionFixtures.open(context, city, DatasetKind.STAFF_DIVERSITY, "Staff diversity");
        var equality = city.city().department().id();
        as(
                city.coordinator(),
                () -> collection.recordStaffFigures(
                        dataset,
                        lastYear,
                        List.of(
                                new StaffCount(equality, "A", "without-migration-background", 40),
                                new StaffCount(equality, "A", "with-migration-background", 25),
                                new StaffCount(city.housing().id(), "A", "without-migration-background", 30),
                                new StaffCount(city.housing().id(), "B", "with-migration-background", 2))));
        var table = as(city.coordinator(), () -> collection.staffTable(dataset, lastYear));
        var total = table.rows().stream()
                .filter(row -> row.categories().values().stream().allMatch("total"::equals))
                .findFirst()
                .orElseThrow();
        assertThat(total.count()).isEqualTo(97);
        assertThat(table.rows())
                .filteredOn(row -> row.categories().get("grade").equals("B")
                        && row.categories()
                                .get("department")
                                .equals(city.housing().id().value().toString())
                        && row.categories().get("category").equals("with-migration-background"))
                .singleElement()
                .satisfies(row ->
                        assertThat(row.count()).as("two people are never shown").isNull());

        var other = MonitoringFixtures.city(context);
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> collection.recordStaffFigures(
                                dataset,
                                lastYear,
                                List.of(new StaffCount(other.housing().id(), "A", "with-migration-background", 3)))))
                .as("a department of another city")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> collection.staffTable(dataset, lastYear)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void incidentsAreRecordedAsCodesCountedWithDisclosureControlAndFeedAnIndicator() {
        var dataset = CollectionFixtures.open(context, city, DatasetKind.INCIDENTS, "Counselling service cases");
        as(city.coordinator(), () -> {
            for (int i = 0; i < 12; i++) {
                collection.recordIncident(dataset, incident("Altstadt", "anti-black-racism"));
            }
            collection.recordIncident(dataset, incident("Nordend", "antisemitism", "religion"));
        });
        assertThatThrownBy(() ->
                        as(city.coordinator(), () -> collection.recordIncident(dataset, incident("Mars", "religion"))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> as(
                        city.coordinator(), () -> collection.recordIncident(dataset, incident("Altstadt", "a-name"))))
                .isInstanceOf(RuleViolationException.class);

        var tables = as(city.coordinator(), () -> collection.incidentTables(dataset, lastYear));
        var byGround = tables.get(0).rows();
        assertThat(byGround)
                .filteredOn(row -> row.categories().get("ground").equals("racism")
                        || row.categories().get("ground").equals("total"))
                .extracting(DataCollection.ProtectedRow::count)
                .as("racism or the total is shown, the other may hide the single religion case")
                .contains(13L);
        assertThat(byGround)
                .filteredOn(row -> row.categories().get("ground").equals("religion"))
                .singleElement()
                .satisfies(row -> assertThat(row.count()).isNull());
        assertThat(byGround)
                .filteredOn(row -> row.categories().get("ground").equals("antisemitism"))
                .singleElement()
                .satisfies(row -> assertThat(row.count())
                        .as("one incident is never shown")
                        .isNull());
        assertThat(tables.get(1).rows())
                .filteredOn(row -> row.categories().get("district").equals("Nordend"))
                .singleElement()
                .satisfies(row -> assertThat(row.marker()).isNotNull());

        var indicators = context.getBean(Indicators.class);
        var indicator = as(
                city.coordinator(),
                () -> indicators.define(new Indicators.NewIndicator(
                        city.city().city().id(),
                        Link.none(),
                        IndicatorFixtures.incidents(city.city(), List.of(DataCollection.GROUND_DIMENSION)))));
        as(city.coordinator(), () -> collection.feedIndicator(dataset, indicator, lastYear));
        var figures = as(city.coordinator(), () -> indicators.indicator(indicator))
                .period(Period.parse(String.valueOf(lastYear)))
                .orElseThrow();
        assertThat(figures.total().orElseThrow().value()).isEqualByComparingTo("13");
        assertThat(figures.cell(DataCollection.GROUND_DIMENSION, "racism")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("13");
        assertThat(figures.cell(DataCollection.GROUND_DIMENSION, "religion")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("1");

        var other = MonitoringFixtures.city(context);
        assertThatThrownBy(() ->
                        as(city.coordinator(), () -> collection.feedIndicator(dataset, other.indicator(), lastYear)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> collection.recordIncident(dataset, incident("Altstadt", "religion"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDataProtectionOfficersListAndTheRetentionJob(CapturedOutput output) {
        var dataset = CollectionFixtures.open(context, city, DatasetKind.CONVERSATIONS, "Interviews");
        as(city.coordinator(), () -> {
            for (var heldOn : List.of(LocalDate.of(lastYear - 3, 1, 10), LocalDate.of(lastYear, 6, 1))) {
                collection.recordConversation(
                        dataset,
                        new ConversationNotes(
                                ConversationKind.INTERVIEW,
                                heldOn,
                                Map.of("science-expertise", 1),
                                "Notes of the interview",
                                List.of()));
            }
        });
        var held = as(
                city.coordinator(), () -> collection.heldData(city.city().city().id()));
        assertThat(held.datasets()).singleElement().satisfies(entry -> {
            assertThat(entry.protection().legalBasis()).contains("GDPR");
            assertThat(entry.protection().retentionMonths()).isEqualTo(24);
            assertThat(entry.records()).isEqualTo(2);
            assertThat(entry.oldestRecord()).isEqualTo(LocalDate.of(lastYear - 3, 1, 10));
            assertThat(entry.deletionDue()).isEqualTo(LocalDate.of(lastYear - 1, 1, 10));
        });
        assertThatThrownBy(() -> as(
                        city.housingContact(),
                        () -> collection.heldData(city.city().city().id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(retention.deletePastRetention(LocalDate.now())).isGreaterThanOrEqualTo(1);
        assertThat(output).contains("Deleted 1 record(s) of dataset " + dataset.value());
        assertThat(as(city.coordinator(), () -> collection.dataset(dataset)).conversations())
                .extracting(conversation -> conversation.heldOn())
                .containsExactly(LocalDate.of(lastYear, 6, 1));
        var kept = new ArrayList<>(as(city.coordinator(), () -> collection.datasets(city.programme())));
        assertThat(kept)
                .singleElement()
                .satisfies(summary -> assertThat(summary.records()).isEqualTo(1));
        assertThat(context.getBean(Cities.class)).isNotNull();
    }
}
