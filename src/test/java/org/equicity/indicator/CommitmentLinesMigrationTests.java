package org.equicity.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 9 of issue 14: the free-text indicator lines a commitment had before indicators were data become indicators
 * marked "to complete", one per line, with the line as definition, and the lines stay on the commitment. The
 * migration ran on an empty schema at start-up; here it runs again over a commitment written as cities wrote them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class CommitmentLinesMigrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Indicators indicators;

    @Test
    void eachLineBecomesAnIndicatorToCompleteAndNothingIsLost() throws Exception {
        var plan = IndicatorFixtures.plan(context, 1);
        var script = new ClassPathResource("db/migration/V57__indicators_from_commitment_lines.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.execute(script);

        var made = as(plan.coordinator(), () -> indicators.ofPlan(plan.plan())).stream()
                .filter(summary -> plan.commitment().equals(summary.link().commitment()))
                .toList();
        assertThat(made)
                .extracting(Indicators.IndicatorSummary::name, Indicators.IndicatorSummary::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Office staffed", Indicators.Kind.PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("Reported incidents per year", Indicators.Kind.OUTCOME));
        assertThat(made).allMatch(Indicators.IndicatorSummary::toComplete);
        var view = as(plan.coordinator(), () -> indicators.indicator(made.get(0).id()));
        assertThat(view.definition().definition()).isEqualTo(view.definition().name());
        assertThat(jdbc.queryForObject(
                        "select progress_indicators from plan_commitment where id = ?",
                        String.class,
                        plan.commitment().value()))
                .isEqualTo("Office staffed");
    }
}
