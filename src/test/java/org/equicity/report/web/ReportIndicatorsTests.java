package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.indicator.Period;
import org.equicity.plan.Plans;
import org.equicity.report.CycleId;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A city reports to its network how its indicators stand: each reported action and the commitment it comes under
 * carry their indicators with baseline, final target, latest approved total and progress, published as the public
 * would see them (small counts suppressed, unapproved years left out), and frozen at submission. The documents follow
 * schema 1.1, which accepts every 1.0 document too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportIndicatorsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    Indicators indicators;

    final JsonMapper json = JsonMapper.builder().build();

    ReportFixtures fixtures;
    CycleId cycle;
    IndicatorId counselling;
    IndicatorId victims;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        cycle = fixtures.openCycle(context, "Zyklus 2023–2024", 2023);
        as(fixtures.coordinator(), () -> {
            var commitment = context.getBean(Plans.class)
                    .plan(fixtures.plan())
                    .commitments()
                    .get(0)
                    .id();
            counselling = indicators.define(new NewIndicator(
                    fixtures.city().id(),
                    new Link(fixtures.plan(), null, fixtures.actionIn2024()),
                    definition("Counselling sessions held", new BigDecimal("120"))));
            victims = indicators.define(new NewIndicator(
                    fixtures.city().id(),
                    new Link(fixtures.plan(), commitment, null),
                    definition("People counselled after a racist attack", new BigDecimal("6"))));
            approve(counselling, 2023, 150);
            approve(victims, 2023, 4);
            // recorded but not approved: never in a report
            indicators.record(counselling, total(2024, 987_654));
        });
    }

    static Definition definition(String name, BigDecimal baseline) {
        return new Definition(
                Kind.OUTCOME,
                name,
                null,
                "de",
                Unit.COUNT,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                null,
                Frequency.YEARLY,
                null,
                List.of(),
                new Baseline(baseline, LocalDate.of(2022, 12, 31), "Jahresbericht 2022"),
                List.of(new Target(LocalDate.of(2030, 12, 31), new BigDecimal("300"), null)));
    }

    static PeriodEntry total(int year, long value) {
        return new PeriodEntry(
                Period.parse(String.valueOf(year)),
                List.of(Cell.total(BigDecimal.valueOf(value), CellStatus.MEASURED)));
    }

    void approve(IndicatorId indicator, int year, long value) {
        indicators.record(indicator, total(year, value));
        indicators.lock(indicator, Period.parse(String.valueOf(year)));
    }

    ReportId startedReport() {
        return as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
    }

    JsonNode export(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }

    JsonNode schema(String version) throws IOException {
        try (var in = new ClassPathResource("static/schemas/report/" + version + ".json").getInputStream()) {
            return json.readTree(in);
        }
    }

    @Test
    void theReportCarriesTheActionsAndCommitmentsIndicatorsAsPublished() throws Exception {
        var document = export("/api/v1/reports/" + startedReport().value() + "/export.json");

        assertThat(document.get("schemaVersion").asString()).isEqualTo("1.2");
        var action = document.get("actions").get(0);
        assertThat(action.get("title").asString()).isEqualTo("Monitoring office");
        assertThat(action.get("indicators")).hasSize(1);
        var sessions = action.get("indicators").get(0);
        assertThat(sessions.get("name").asString()).isEqualTo("Counselling sessions held");
        assertThat(sessions.get("baseline").get("value").decimalValue()).isEqualByComparingTo("120");
        assertThat(sessions.get("target").get("value").decimalValue()).isEqualByComparingTo("300");
        assertThat(sessions.get("target").get("due").asString()).isEqualTo("2030-12-31");
        assertThat(sessions.get("latest").get("period").asString()).isEqualTo("2023");
        assertThat(sessions.get("latest").get("value").decimalValue()).isEqualByComparingTo("150");
        assertThat(sessions.get("progress").get("method").asString()).isEqualTo("CAGR");
        assertThat(sessions.get("progress").get("status").asString()).isIn("ON_TRACK", "MODERATE", "OFF_TRACK");

        var commitment = document.get("commitmentIndicators").get(0);
        assertThat(commitment.get("commitment").asString()).isEqualTo("1");
        var counselled = commitment.get("indicators").get(0);
        assertThat(counselled.get("name").asString()).isEqualTo("People counselled after a racist attack");
        // four people and a baseline of six identify them: neither leaves the city
        assertThat(counselled.get("latest").get("suppressed").asBoolean()).isTrue();
        assertThat(counselled.get("latest").get("value").isNull()).isTrue();
        assertThat(counselled.get("baseline").get("suppressed").asBoolean()).isTrue();
        assertThat(counselled.get("baseline").get("value").isNull()).isTrue();
        assertThat(document.toString()).doesNotContain("987654");

        assertThat(SchemaCheck.problems(schema("1.2"), document)).isEmpty();
    }

    @Test
    void aSubmittedVersionKeepsTheFiguresItWasSubmittedWith() throws Exception {
        var report = startedReport();
        fixtures.explainAll(context, report);
        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));
        as(fixtures.coordinator(), () -> approve(counselling, 2024, 210));

        var version = export("/api/v1/reports/" + report.value() + "/versions/1/export.json");
        var latest = version.get("actions").get(0).get("indicators").get(0).get("latest");
        assertThat(latest.get("period").asString()).isEqualTo("2023");
        assertThat(latest.get("value").decimalValue()).isEqualByComparingTo("150");
        assertThat(SchemaCheck.problems(schema("1.2"), version)).isEmpty();
    }

    @Test
    void aSchema10DocumentStaysValidUnder11AndIndicatorsAreNew() throws Exception {
        var document = (ObjectNode) export("/api/v1/reports/" + startedReport().value() + "/export.json");
        var withIndicators = document.deepCopy();
        document.put("schemaVersion", "1.0");
        document.remove("commitmentIndicators");
        document.remove("monitoring");
        document.get("actions").values().forEach(action -> ((ObjectNode) action).remove("indicators"));

        assertThat(SchemaCheck.problems(schema("1.0"), document)).isEmpty();
        assertThat(SchemaCheck.problems(schema("1.1"), document)).isEmpty();
        assertThat(SchemaCheck.problems(schema("1.0"), withIndicators))
                .anySatisfy(problem -> assertThat(problem).contains("indicators is not declared"));
        var undeclared = withIndicators.deepCopy();
        ((ObjectNode) undeclared
                        .get("commitmentIndicators")
                        .get(0)
                        .get("indicators")
                        .get(0))
                .put("secret", 4);
        assertThat(SchemaCheck.problems(schema("1.1"), undeclared))
                .anySatisfy(problem -> assertThat(problem).contains("secret is not declared"));
    }

    @Test
    void everySchemaVersionIsPublished() throws Exception {
        for (var version : List.of("1.0", "1.1", "1.2")) {
            assertThat(json.readTree(mvc.perform(get("/schemas/report/" + version + ".json"))
                                    .andExpect(status().isOk())
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsByteArray())
                            .get("$id")
                            .asString())
                    .isEqualTo("urn:equicity:schema:report:" + version);
        }
    }
}
