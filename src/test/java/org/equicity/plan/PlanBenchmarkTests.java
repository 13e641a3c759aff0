package org.equicity.plan;

import static org.equicity.plan.PlanFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The performance figures of issue 3: a plan of 10 commitments and 500 actions with 5 progress updates each; the
 * median server time (request in, page rendered out, through the whole Spring stack on the in-memory database) of
 * the plan page and the coverage view over 30 requests after warm-up, and of the PDF export. It prints the figures
 * and asserts nothing, since timings depend on the machine. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class PlanBenchmarkTests {

    static final int COMMITMENTS = 10;
    static final int ACTIONS = 500;
    static final int UPDATES = 5;
    static final int WARM_UP = 10;
    static final int RUNS = 30;
    static final int PDF_RUNS = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanTracking tracking;

    @Test
    void printsTheServerTimesOfABigPlan() throws Exception {
        var city = PlanFixtures.city(context);
        UserDetails coordinator = PlanFixtures.coordinator(context, city);
        long started = System.nanoTime();
        var plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        var actions = new ArrayList<ActionId>();
        as(coordinator, () -> {
            for (int c = 1; c <= COMMITMENTS; c++) {
                var commitment = plans.addCommitment(plan, PlanFixtures.commitment(String.valueOf(c), city));
                for (int a = 1; a <= ACTIONS / COMMITMENTS; a++) {
                    var status = ActionStatus.values()[a % ActionStatus.values().length];
                    actions.add(plans.addAction(
                            plan,
                            commitment,
                            PlanFixtures.action(
                                    "Action " + c + "." + a + " – Zuständigkeit prüfen", status, city, List.of())));
                }
            }
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            plans.startImplementation(plan);
            var today = LocalDate.now();
            for (var action : actions) {
                for (int u = UPDATES; u >= 1; u--) {
                    tracking.postUpdate(
                            plan,
                            action,
                            new ProgressReport(
                                    today.minusMonths(3L * u),
                                    ActionStatus.IN_PROGRESS,
                                    100 - 15 * u,
                                    "Workshops held with the migrant council",
                                    null,
                                    List.of("https://example.org/evidence"),
                                    null));
                }
            }
        });
        var setup = (System.nanoTime() - started) / 1_000_000;

        var facade = new ArrayList<Long>();
        as(coordinator, () -> {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                plans.plan(plan);
                if (i >= WARM_UP) {
                    facade.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        });
        facade.sort(null);
        System.out.printf("%nplan facade (plans.plan, no rendering): median %d ms%n", facade.get(RUNS / 2));

        var base = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value();
        var planPage = measure(get(base).locale(Locale.ENGLISH).with(user(coordinator)), RUNS);
        var coverage = measure(get(base + "/coverage").locale(Locale.ENGLISH).with(user(coordinator)), RUNS);
        var publicPage = measure(
                get("/cities/" + city.city().slug() + "/plans/" + plan.value()).locale(Locale.ENGLISH), RUNS);
        var pdf = measure(get("/api/v1/plans/" + plan.value() + "/export.pdf").locale(Locale.ENGLISH), PDF_RUNS);
        var xlsx = measure(get("/api/v1/plans/" + plan.value() + "/export.xlsx").locale(Locale.ENGLISH), PDF_RUNS);

        System.out.printf(
                """

                ==== Plan benchmark: %d commitments, %d actions, %d progress updates each (built in %d ms) ====
                plan page (coordinator)   median %6d ms   min %6d ms   max %6d ms   (%d requests)
                coverage view             median %6d ms   min %6d ms   max %6d ms   (%d requests)
                public plan page          median %6d ms   min %6d ms   max %6d ms   (%d requests)
                PDF export                median %6d ms   min %6d ms   max %6d ms   (%d requests, %d kB)
                XLSX export               median %6d ms   min %6d ms   max %6d ms   (%d requests)
                processors: %d
                ===============================================================================================

                """,
                COMMITMENTS,
                ACTIONS,
                UPDATES,
                setup,
                planPage.median(),
                planPage.min(),
                planPage.max(),
                RUNS,
                coverage.median(),
                coverage.min(),
                coverage.max(),
                RUNS,
                publicPage.median(),
                publicPage.min(),
                publicPage.max(),
                RUNS,
                pdf.median(),
                pdf.min(),
                pdf.max(),
                PDF_RUNS,
                pdf.bytes() / 1024,
                xlsx.median(),
                xlsx.min(),
                xlsx.max(),
                PDF_RUNS,
                Runtime.getRuntime().availableProcessors());
    }

    record Timing(long median, long min, long max, int bytes) {}

    private Timing measure(MockHttpServletRequestBuilder request, int runs) throws Exception {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            var response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 200) {
                throw new IllegalStateException("Answered " + response.getStatus());
            }
            bytes = response.getContentAsByteArray().length;
        }
        var times = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            mvc.perform(request).andReturn();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        long median = runs % 2 == 1 ? times.get(runs / 2) : (times.get(runs / 2 - 1) + times.get(runs / 2)) / 2;
        return new Timing(median, times.get(0), times.get(runs - 1), bytes);
    }
}
