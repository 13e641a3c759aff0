package org.equicity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.indicator.IndicatorFixtures.TestPlan;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The indicator form goes the project's one way: a broken rule stands beside the input it concerns (also where the
 * definition's field is several inputs on the form), in the reader's language, with what was typed kept; a
 * concurrent edit shows the form again over the stored version, so that saving again overwrites it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorFormTests {

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
    void aRuleStandsBesideTheInputItConcernsInTheReadersLanguage() throws Exception {
        mvc.perform(indicator(post(manage + "/new"))
                        .param("direction", "TARGET_BAND")
                        .param("targets[0].due", "2030-12-31")
                        .param("targets[0].value", "80"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"targets0.upper-error\"")))
                .andExpect(content().string(containsString("braucht eine Obergrenze")))
                .andExpect(content().string(containsString("value=\"Counselling cases\"")));
        mvc.perform(indicator(post(manage + "/new"))
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("numerator", plan.plan().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"numerator-error\"")))
                .andExpect(content().string(containsString("Ein Verhältnis braucht")));
        assertThat(as(
                        plan.coordinator(),
                        () -> indicators.ofCity(plan.city().city().id())))
                .isEmpty();
    }

    @Test
    void aConcurrentEditShowsTheFormAgainAndSavingAgainOverwrites() throws Exception {
        IndicatorId id = IndicatorFixtures.define(context, plan, List.of());
        var opened = as(plan.coordinator(), () -> indicators.indicator(id));
        as(
                plan.coordinator(),
                () -> indicators.redefine(
                        id,
                        opened.version(),
                        IndicatorFixtures.incidents(plan.city(), List.of(IndicatorFixtures.SEX))));
        var stored = as(plan.coordinator(), () -> indicators.indicator(id)).version();

        var edit = manage + "/" + id.value() + "/edit";
        mvc.perform(indicator(post(edit))
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("version", String.valueOf(opened.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Indikator")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + stored + "\"")))
                .andExpect(content().string(containsString("value=\"Counselling cases\"")));
        mvc.perform(indicator(post(edit))
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("version", String.valueOf(stored)))
                .andExpect(redirectedUrl(manage + "/" + id.value()));
        assertThat(as(plan.coordinator(), () -> indicators.indicator(id))
                        .definition()
                        .name())
                .isEqualTo("Counselling cases");
    }

    private MockHttpServletRequestBuilder indicator(MockHttpServletRequestBuilder request) {
        return request.with(user(plan.coordinator()))
                .with(csrf())
                .header("Accept-Language", "de")
                .param("plan", plan.plan().value().toString())
                .param("commitment", plan.commitment().value().toString())
                .param("kind", "OUTCOME")
                .param("name", "Counselling cases")
                .param("unit", "COUNT")
                .param("frequency", "YEARLY");
    }
}
