package org.equicity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.MonitoringReports.Section;
import org.equicity.monitoring.MonitoringReports.Stage;
import org.equicity.monitoring.MonitoringReports.StatementText;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class MonitoringReportsTests {

    static final String HOUSING_FINDING = "Waiting lists sort applicants by nationality.";
    static final String EQUALITY_FINDING = "Counselling is not offered in Arabic.";

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringReports reports;

    TestMonitoring city;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
    }

    public static ReportText text(TestMonitoring city) {
        return new ReportText(
                "Inner-administrative monitoring report 2026",
                List.of(new Section("Housing", "Section text kept inside the city.")),
                List.of(
                        new Finding(city.housing().id(), HOUSING_FINDING),
                        new Finding(city.city().department().id(), EQUALITY_FINDING)),
                List.of(new Recommendation(
                        "Sort waiting lists by need only.",
                        city.housing().id(),
                        null,
                        "Hans Housing",
                        LocalDate.of(2027, 6, 30))),
                "Most departments know where discrimination may occur; two need support.",
                null);
    }

    @Test
    void theReportIsApprovedStepByStepWithADivergentStatementAndOnlyItsPublicPartIsPublished() {
        var programme = city.programme();
        var cityId = city.city().city().id();
        as(city.coordinator(), () -> reports.write(programme, 0, text(city)));
        assertThat(reports.published(cityId)).isEmpty();

        var housingView = as(city.housingContact(), () -> reports.report(programme));
        assertThat(housingView.text().findings())
                .as("a department reads its own findings only")
                .singleElement()
                .satisfies(finding -> assertThat(finding.text()).isEqualTo(HOUSING_FINDING));

        assertThatThrownBy(() -> as(city.coordinator(), () -> reports.publish(programme, version())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.stage");
        as(city.coordinator(), () -> reports.recordDiscussion(programme, version()));
        as(city.coordinator(), () -> reports.askForStatements(programme, version(), LocalDate.of(2026, 9, 30)));
        as(
                city.housingContact(),
                () -> reports.attachStatement(
                        programme,
                        city.housing().id(),
                        new StatementText("We sort by date of application, not by nationality.", true)));
        assertThatThrownBy(() -> as(
                        city.equalityContact(),
                        () -> reports.attachStatement(
                                programme, city.housing().id(), new StatementText("For them", false))))
                .isInstanceOf(AccessDeniedException.class);
        as(
                city.coordinator(),
                () -> reports.recordCouncilPresentation(
                        programme, version(), LocalDate.of(2026, 10, 15), "The council took note."));
        assertThatThrownBy(() -> as(city.coordinator(), () -> reports.write(programme, version(), text(city))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.report-approved");
        as(city.coordinator(), () -> reports.publish(programme, version()));

        var report = as(city.coordinator(), () -> reports.report(programme));
        assertThat(report.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(report.statements())
                .singleElement()
                .satisfies(statement -> assertThat(statement.divergent()).isTrue());
        var published = reports.published(cityId);
        assertThat(published).singleElement().satisfies(p -> {
            assertThat(p.publicSummary()).startsWith("Most departments");
            assertThat(p.recommendations())
                    .singleElement()
                    .satisfies(r -> assertThat(r.addressee()).isEqualTo("Housing office"));
        });
        assertThat(published.toString())
                .doesNotContain(HOUSING_FINDING, EQUALITY_FINDING, "Section text", "nationality.\", true");
    }

    /** The version stored now: each step, and each statement attached, is a change of the report. */
    long version() {
        return as(city.coordinator(), () -> reports.report(city.programme())).version();
    }

    @Test
    void anotherCityIsRefusedAndForeignDepartmentsAreRefused() {
        var other = MonitoringFixtures.city(context);
        var programme = city.programme();
        as(city.coordinator(), () -> reports.write(programme, 0, text(city)));
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.report(programme)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.write(programme, 0, text(city))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.recordDiscussion(programme, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.write(other.programme(), 0, text(city))))
                .as("city's departments in another city's report")
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.foreign-department");
    }
}
