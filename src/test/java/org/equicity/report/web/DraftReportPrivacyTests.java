package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.report.CycleId;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a city has not published stays the city's: a report takes no text from a plan before its adoption, and a
 * report the city has not submitted yet does not exist for the network's secretariat, on pages, in the API and in
 * the exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftReportPrivacyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    Plans plans;

    ReportFixtures fixtures;
    CycleId cycle;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        cycle = fixtures.openCycle(context, "Cycle 2023–2024", 2023);
    }

    /** A plan of the city with one action in 2024, left as a draft or opened for consultation. */
    void unpublishedPlan(String actionTitle, boolean inConsultation) {
        as(fixtures.coordinator(), () -> {
            var plan = plans.create(new NewPlan(
                    fixtures.city().id(),
                    new PlanDetails("Unpublished " + actionTitle, 2023, 2026, null),
                    FrameworkRef.parse("eccar-commitments@2023"),
                    FrameworkRef.parse("eccar-tracks@2023"),
                    null));
            var commitment = plans.addCommitment(
                    plan,
                    new CommitmentContent(
                            "2", null, null, null, null, null, List.of(), List.of(), null, null, List.of(), List.of(),
                            null));
            plans.addAction(plan, commitment, ReportFixtures.action(actionTitle, 2024));
            if (inConsultation) {
                plans.openConsultation(plan);
            }
        });
    }

    @Test
    void aNewReportIsPrefilledFromAdoptedPlansOnly() {
        unpublishedPlan("Draft idea", false);
        unpublishedPlan("Idea in consultation", true);

        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));

        var report = as(fixtures.coordinator(), () -> reports.report(id));
        assertThat(report.content().actions()).extracting(ReportedAction::title).containsExactly("Monitoring office");
        assertThat(report.candidates()).isEmpty();
    }

    @Test
    void theSecretariatFindsNoDraftReportUntilItIsSubmitted() throws Exception {
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        var secretariat = user(fixtures.secretariat());
        var page = "/manage/networks/" + fixtures.network().slug() + "/cycles/" + cycle.value();

        for (var path : List.of(
                "/api/v1/reports/" + id.value(),
                "/api/v1/reports/" + id.value() + "/export.json",
                "/api/v1/reports/" + id.value() + "/export.pdf",
                "/api/v1/reports/" + id.value() + "/versions",
                page + "/reports/" + id.value())) {
            mvc.perform(get(path).with(secretariat)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cycles/{id}/reports", cycle.value()).with(secretariat))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].report").value(nullValue()))
                .andExpect(jsonPath("$[0].status").value(nullValue()));
        mvc.perform(get(page).with(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.value().toString()))));
        mvc.perform(get("/api/v1/reports/{id}", id.value()).with(user(fixtures.coordinator())))
                .andExpect(status().isOk());

        submit(id);
        mvc.perform(get("/api/v1/reports/{id}", id.value()).with(secretariat)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cycles/{id}/reports", cycle.value()).with(secretariat))
                .andExpect(jsonPath("$[0].report").value(id.value().toString()));
    }

    void submit(ReportId id) {
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
    }
}
