package org.equicity.plan.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.indicator.IndicatorFixtures.SEX;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.IndicatorFixtures.TestPlan;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Period;
import org.equicity.plan.tracking.PlanTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A department contact enters the figures of the action's indicators with the progress update: the total of each
 * indicator for the period now due, beside the breakdowns already entered in the grid, which stay as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressUpdateFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    @Autowired
    PlanTracking tracking;

    TestPlan plan;
    IndicatorId indicator;
    Period due;
    String page;

    @BeforeEach
    void setUp() {
        plan = IndicatorFixtures.plan(context, 1);
        indicator = as(
                plan.coordinator(),
                () -> indicators.define(new NewIndicator(
                        plan.city().city().id(),
                        new Link(plan.plan(), plan.commitment(), plan.action()),
                        IndicatorFixtures.incidents(plan.city(), List.of(SEX)))));
        due = Period.lastEnded(Frequency.YEARLY, LocalDate.now());
        page = "/manage/cities/" + plan.city().city().slug() + "/plans/"
                + plan.plan().value() + "/actions/" + plan.action().value() + "/progress";
    }

    @Test
    void theContactEntersTheTotalWithTheUpdateAndTheBreakdownsStay() throws Exception {
        var breakdown = IndicatorFixtures.year(indicators, plan, due.year(), 50, List.of(SEX), 30, 18, 2);
        as(plan.contact(), () -> indicators.record(indicator, breakdown));
        mvc.perform(get(page).with(user(plan.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reported incidents of discrimination, " + due)))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(containsString("/indicators/" + indicator.value() + "/periods/" + due)));

        mvc.perform(update().param("figures[0].value", "57").param("figures[0].status", "PROVISIONAL"))
                .andExpect(redirectedUrl(page));

        var figures = as(plan.contact(), () -> indicators.indicator(indicator))
                .period(due)
                .orElseThrow();
        assertThat(figures.total().orElseThrow().value()).isEqualByComparingTo("57");
        assertThat(figures.total().orElseThrow().status()).isEqualTo(Indicators.CellStatus.PROVISIONAL);
        assertThat(figures.cell(SEX, "female").orElseThrow().value())
                .as("the breakdown entered in the grid stays")
                .isEqualByComparingTo("30");
        assertThat(as(plan.contact(), () -> tracking.action(plan.plan(), plan.action(), LocalDate.now(), null))
                        .updates())
                .hasSize(1);
    }

    @Test
    void aFigureThatIsNoNumberIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(update().param("figures[0].value", "zwölf"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figures[0].value-error")))
                .andExpect(content().string(containsString("zwölf")));
        assertThat(as(plan.contact(), () -> indicators.indicator(indicator)).periods())
                .isEmpty();
        assertThat(as(plan.contact(), () -> tracking.action(plan.plan(), plan.action(), LocalDate.now(), null))
                        .updates())
                .isEmpty();
    }

    @Test
    void anUnchangedFigureAddsNothingAndALockedPeriodIsNotOffered() throws Exception {
        mvc.perform(update().param("figures[0].value", "")).andExpect(redirectedUrl(page));
        assertThat(as(plan.contact(), () -> indicators.history(indicator)))
                .extracting(Indicators.HistoryEntry::kind)
                .doesNotContain(ChangeKind.RECORDED);

        as(plan.coordinator(), () -> {
            indicators.lock(indicator, due);
            return null;
        });
        mvc.perform(get(page).with(user(plan.contact())))
                .andExpect(content().string(containsString("is approved and locked")))
                .andExpect(content().string(not(containsString("name=\"figures[0].value\""))));
        mvc.perform(update().param("figures[0].value", "99")).andExpect(redirectedUrl(page));
        assertThat(as(plan.contact(), () -> indicators.indicator(indicator))
                        .period(due)
                        .orElseThrow()
                        .total())
                .isEmpty();
    }

    @Test
    void anIndicatorOfAnotherCityCannotBeWrittenThroughThisForm() throws Exception {
        var other = IndicatorFixtures.plan(context, 1);
        var foreign = as(
                other.coordinator(),
                () -> indicators.define(new NewIndicator(
                        other.city().city().id(),
                        new Link(other.plan(), other.commitment(), other.action()),
                        IndicatorFixtures.incidents(other.city(), List.of()))));
        mvc.perform(post(page)
                        .with(user(plan.contact()))
                        .with(csrf())
                        .param("reportedOn", LocalDate.now().toString())
                        .param("status", "IN_PROGRESS")
                        .param("progress", "10")
                        .param("figures[0].indicator", foreign.value().toString())
                        .param("figures[0].period", due.toString())
                        .param("figures[0].value", "3"))
                .andExpect(redirectedUrl(page));
        assertThat(as(other.coordinator(), () -> indicators.indicator(foreign)).periods())
                .isEmpty();
    }

    private MockHttpServletRequestBuilder update() {
        return post(page)
                .with(user(plan.contact()))
                .with(csrf())
                .param("reportedOn", LocalDate.now().toString())
                .param("status", "IN_PROGRESS")
                .param("progress", "40")
                .param("narrative", "Counted the year's cases.")
                .param("figures[0].indicator", indicator.value().toString())
                .param("figures[0].period", due.toString());
    }
}
