package org.equicity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.indicator.IndicatorFixtures.SEX;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.IndicatorFixtures.TestPlan;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IndicatorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    TestPlan plan;
    String manage;

    @BeforeEach
    void setUp() {
        plan = IndicatorFixtures.plan(context, 1);
        manage = "/manage/cities/" + plan.city().city().slug() + "/indicators";
    }

    @Test
    void theCoordinatorDefinesAnIndicatorOnACommitmentFromThePlansIndicatorPage() throws Exception {
        var planPage = "/manage/cities/" + plan.city().city().slug() + "/plans/"
                + plan.plan().value();
        mvc.perform(get(planPage).with(user(plan.coordinator())))
                .andExpect(content().string(containsString(planPage + "/indicators")));
        mvc.perform(get(planPage + "/indicators").with(user(plan.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("commitment=" + plan.commitment().value())));

        var created = mvc.perform(post(manage + "/new")
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .param("plan", plan.plan().value().toString())
                        .param("commitment", plan.commitment().value().toString())
                        .param("kind", "OUTCOME")
                        .param("name", "Reported incidents")
                        .param("unit", "COUNT")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("frequency", "YEARLY")
                        .param(
                                "department",
                                plan.city().department().id().value().toString())
                        .param("breakdowns", SEX)
                        .param("baselineValue", "40")
                        .param("baselineOn", "2020-12-31")
                        .param("targets[0].due", "2030-12-31")
                        .param("targets[0].value", "80"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(created).with(user(plan.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not for publication")))
                .andExpect(content().string(containsString("No data")));
        mvc.perform(get(planPage + "/indicators").with(user(plan.contact())))
                .andExpect(content().string(containsString("Reported incidents")));

        // a rate without its base is shown beside the field, in the reader's language
        mvc.perform(post(manage + "/new")
                        .with(user(plan.coordinator()))
                        .with(csrf())
                        .header("Accept-Language", "de")
                        .param("kind", "OUTCOME")
                        .param("name", "Incidents per 1000")
                        .param("unit", "RATE")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("frequency", "YEARLY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rateBase-error\"")))
                .andExpect(content().string(containsString("Bezugsgröße")));
    }

    @Test
    void theContactEntersAYearInTheGridAndABlankIsShownAsAnErrorBesideItsRow() throws Exception {
        var id = IndicatorFixtures.define(context, plan, List.of(SEX));
        var grid = manage + "/" + id.value() + "/periods/2025";
        mvc.perform(get(manage + "/" + id.value() + "/periods")
                        .param("period", "2025")
                        .with(user(plan.contact())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(grid));
        mvc.perform(get(grid).with(user(plan.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"rows[1].category\"")));

        mvc.perform(post(grid)
                        .with(user(plan.contact()))
                        .with(csrf())
                        .params(rows("57", "", "30", "", "25", "", "", "ESTIMATED")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rows3.value-error\"")));
        mvc.perform(post(grid)
                        .with(user(plan.contact()))
                        .with(csrf())
                        .params(rows("57", "", "30", "", "25", "", "", "NOT_COLLECTED")))
                .andExpect(status().is3xxRedirection());
        var figures = as(plan.contact(), () -> indicators.indicator(id))
                .period(Period.parse("2025"))
                .orElseThrow();
        assertThat(figures.cells()).hasSize(4);
        assertThat(figures.cell(SEX, "male").orElseThrow().value()).isEqualByComparingTo("25");

        var stranger = IndicatorFixtures.plan(context, 1);
        mvc.perform(get(grid).with(user(stranger.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(post(grid)
                        .with(user(stranger.coordinator()))
                        .with(csrf())
                        .params(rows("1", "", "", "", "", "", "", "")))
                .andExpect(status().isForbidden());
        mvc.perform(post(manage + "/" + id.value() + "/periods/2025/lock")
                        .with(user(plan.contact()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(manage + "/" + id.value() + "/periods/twenty-five").with(user(plan.contact())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBaselineOfAFewPeopleIsKeptFromThePublicButShownToTheCity() throws Exception {
        var id = IndicatorFixtures.define(context, plan, List.of(SEX), new BigDecimal("3"));
        as(
                plan.contact(),
                () -> indicators.record(
                        id, IndicatorFixtures.year(indicators, plan, 2025, 57, List.of(SEX), 30, 25, 2)));
        mvc.perform(post(manage + "/" + id.value() + "/periods/2025/lock")
                        .with(user(plan.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        var api = "/api/v1/cities/" + plan.city().city().id().value() + "/indicators/" + id.value();
        var published = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get(api))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(published.path("baseline").isNull()
                        || published.path("baseline").isMissingNode())
                .isTrue();
        mvc.perform(get("/cities/" + plan.city().city().slug() + "/indicators/" + id.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("2020-12-31"))));
        mvc.perform(get(manage + "/" + id.value()).with(user(plan.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 on Dec 31, 2020")));
    }

    @Test
    void afterTheLockThePublicSeesTheChartWithSuppressedCellsMarkedALegendAndTheCsv() throws Exception {
        var id = IndicatorFixtures.define(context, plan, List.of(SEX));
        as(
                plan.contact(),
                () -> indicators.record(
                        id, IndicatorFixtures.year(indicators, plan, 2025, 57, List.of(SEX), 30, 25, 2)));
        var publicPage = "/cities/" + plan.city().city().slug() + "/indicators/" + id.value();
        mvc.perform(get(publicPage)).andExpect(content().string(not(containsString(">30<"))));

        mvc.perform(post(manage + "/" + id.value() + "/periods/2025/lock")
                        .with(user(plan.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(publicPage))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("Symbols used in this table")))
                .andExpect(content().string(containsString("<dt>[s]</dt>")))
                .andExpect(content().string(containsString("<dt>[d]</dt>")))
                .andExpect(content().string(containsString(">[s]</td>")))
                .andExpect(content().string(not(containsString("Not for publication"))))
                .andExpect(content().string(not(containsString(">2<"))));
        var csv = mvc.perform(get(publicPage + "/figures.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("2025,breakdown-sex,diverse,,SUPPRESSED", "2025,total,total,57,MEASURED");
        assertThat(csv.substring(csv.indexOf("\r\n\r\n") + 4))
                .as("the legend follows the figures after a blank row")
                .startsWith("Symbols used in this table")
                .contains("[s] suppressed: too few people", "[d] suppressed to protect another cell");
        mvc.perform(get("/api/v1/cities/" + plan.city().city().id().value() + "/indicators/" + id.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].cells[?(@.category == 'diverse')].suppressed")
                        .value(true))
                .andExpect(jsonPath("$.progress.method").value("CAGR"));
        mvc.perform(get("/cities/" + plan.city().city().slug() + "/plans/"
                        + plan.plan().value() + "/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id.value().toString())));

        var own = mvc.perform(get(manage + "/" + id.value() + "/figures.csv").with(user(plan.contact())))
                .andReturn()
                .getResponse();
        assertThat(own.getHeader("Content-Disposition")).contains("not-for-publication");
        assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains("2025,breakdown-sex,diverse,2,MEASURED");
    }

    @Test
    void anImportIsPreviewedWithItsRowProblemsAndConfirmedOnceClean() throws Exception {
        IndicatorId id = IndicatorFixtures.define(context, plan, List.of(SEX));
        var base = manage + "/" + id.value() + "/import";
        mvc.perform(multipart(base)
                        .file(csv("period,dimension,category,value,status\n2025,total,total,,\n"))
                        .with(user(plan.contact()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A blank is not a zero")))
                .andExpect(content().string(not(containsString("/import/confirm"))));
        mvc.perform(multipart(base)
                        .file(csv("nothing,like,a,header\n"))
                        .with(user(plan.contact()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")));

        var preview = mvc.perform(multipart(base)
                        .file(
                                csv(
                                        "period,dimension,category,value,status\n2025,total,total,12,\n2025,breakdown-sex,female,0,\n"))
                        .with(user(plan.contact()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/import/confirm")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var hidden = java.util.regex.Pattern.compile("name=\"content\" value=\"([^\"]+)\"")
                .matcher(preview);
        assertThat(hidden.find()).as("the file travels with the preview").isTrue();
        var content = hidden.group(1);
        mvc.perform(post(base + "/confirm")
                        .with(user(plan.contact()))
                        .with(csrf())
                        .param("fileName", "figures.csv")
                        .param("content", content))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "indicator.notice.imported"));
        assertThat(as(plan.contact(), () -> indicators.indicator(id)).period(Period.parse("2025")))
                .hasValueSatisfying(
                        p -> assertThat(p.cell(SEX, "female").orElseThrow().isTrueZero())
                                .isTrue());
    }

    @Test
    void thePlanPageShowsEachActionsIndicatorStatusAndThePublicOneOnlyTheApprovedFigures() throws Exception {
        var twoActions = IndicatorFixtures.plan(context, 2);
        var actions = IndicatorFixtures.actions(context, twoActions);
        var measured = IndicatorFixtures.defineOn(context, twoActions, actions.get(0));
        var unobserved = IndicatorFixtures.defineOn(context, twoActions, actions.get(1));
        as(twoActions.coordinator(), () -> {
            indicators.record(measured, IndicatorFixtures.year(indicators, twoActions, 2023, 45, List.of()));
            indicators.lock(measured, Period.parse("2023"));
            indicators.record(measured, IndicatorFixtures.year(indicators, twoActions, 2024, 50, List.of()));
            return null;
        });
        var slug = twoActions.city().city().slug();
        var path = "/plans/" + twoActions.plan().value();

        mvc.perform(get("/manage/cities/" + slug + path).with(user(twoActions.coordinator())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("/manage/cities/" + slug + "/indicators/" + measured.value())))
                .andExpect(content().string(containsString("Latest figure: 50 (2024)")))
                .andExpect(content().string(containsString("Rising since the figure before")))
                .andExpect(content().string(containsString("Target: 80 by 2030")))
                .andExpect(content().string(containsString("Baseline: 40 (2020)")))
                .andExpect(content().string(containsString("Moderate progress")))
                .andExpect(content()
                        .string(containsString("/manage/cities/" + slug + "/indicators/" + unobserved.value())))
                .andExpect(content().string(containsString("No observation yet")));
        for (var reader : List.of(
                get("/cities/" + slug + path), get("/cities/" + slug + path).with(user(twoActions.coordinator())))) {
            mvc.perform(reader)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/cities/" + slug + "/indicators/" + measured.value())))
                    .andExpect(content().string(containsString("Latest figure: 45 (2023)")))
                    .andExpect(content().string(not(containsString("Latest figure: 50"))))
                    .andExpect(content().string(not(containsString("Rising since"))))
                    .andExpect(content().string(containsString("No observation yet")));
        }
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "figures.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The grid's rows as posted: total, then the sex categories, each a value and a status. */
    private static org.springframework.util.LinkedMultiValueMap<String, String> rows(String... valuesAndStatuses) {
        var categories = List.of("total", "female", "male", "diverse", "sex-unknown");
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i < categories.size(); i++) {
            var dimension = i == 0 ? "total" : SEX;
            params.add("rows[" + i + "].dimension", dimension);
            params.add("rows[" + i + "].category", categories.get(i));
            params.add("rows[" + i + "].label", categories.get(i));
            params.add("rows[" + i + "].depth", "0");
            params.add("rows[" + i + "].value", 2 * i < valuesAndStatuses.length ? valuesAndStatuses[2 * i] : "");
            params.add(
                    "rows[" + i + "].status", 2 * i + 1 < valuesAndStatuses.length ? valuesAndStatuses[2 * i + 1] : "");
        }
        return params;
    }
}
