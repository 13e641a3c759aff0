package org.equicity.report;

import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.plan.ActionStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The performance figure of issue 4: a report of 200 actions, with texts as long as cities write them, exported to
 * PDF in under 3 s. It prints the median server time (request in, file out, through the whole Spring stack on the
 * in-memory database) over several requests after warm-up, with the JSON export beside it, and asserts nothing,
 * since timings depend on the machine. MockMvc serves the request on the test's thread, so that thread's CPU time
 * is the server's work too: on a shared machine under load it shows what the wall clock cannot. Run with {@code ./mvnw -Pbenchmark verify -Dtest=ReportBenchmarkTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class ReportBenchmarkTests {

    static final int ACTIONS = 200;
    static final int WARM_UP = 3;
    static final int RUNS = 9;

    static final String OBJECTIVES = "Persons affected by racial discrimination in housing, employment and public "
            + "services receive free, confidential and multilingual advice close to where they live. The office "
            + "documents every case, refers people to legal aid where needed and reports anonymised figures twice a "
            + "year to the steering group, so that the city can see where discrimination happens and act on it. "
            + "Beratung auf Deutsch, Türkisch, Arabisch und Ukrainisch (українською).";
    static final String METHODS = "Weekly open consultation hours in three district offices; outreach with migrant "
            + "organisations and the youth council; training of 40 front-desk staff a year; a case register "
            + "following the national anti-discrimination standards; cooperation with the équipe juridique.";
    static final String IMPACT = "312 consultations in the period (2023: 141, 2024: 171), 58 % of them by women; "
            + "27 complaints led to a settlement, 4 to court proceedings. Staff surveyed after training reported "
            + "more confidence in recognising discrimination (from 41 % to 77 %).";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Test
    void printsTheServerTimeOfTheReportPdf() throws Exception {
        long started = System.nanoTime();
        var fixtures = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "Reporting cycle 2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        as(fixtures.coordinator(), () -> {
            var report = reports.report(id);
            var actions = new ArrayList<ReportedAction>();
            for (int a = 1; a <= ACTIONS; a++) {
                actions.add(new ReportedAction(
                        null,
                        null,
                        "Action " + a + ": anti-discrimination advice office in the district of Südstadt–Łąki",
                        OBJECTIVES,
                        METHODS,
                        "2023-01-01 – 2024-12-31",
                        IMPACT,
                        "Office for Equal Opportunities; Social Services Department",
                        String.valueOf(1 + a % 10),
                        List.of("monitoring", "employment"),
                        "information-advice",
                        ActionStatus.values()[a % ActionStatus.values().length],
                        a % 101,
                        List.of("https://example.org/reports/" + a, "https://example.org/evidence/" + a)));
            }
            var content = report.content();
            reports.update(
                    id, report.version(), new ReportContent(content.language(), content.level1(), actions, List.of()));
        });
        var setup = (System.nanoTime() - started) / 1_000_000;

        var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var base = "/api/v1/reports/" + id.value();
        var pdf = measure(get(base + "/export.pdf").locale(Locale.ENGLISH).with(user(fixtures.coordinator())));
        var json = measure(get(base + "/export.json").with(user(fixtures.coordinator())));

        System.out.printf(
                """

                ==== Report benchmark: %d actions (built in %d ms, on %s) ====
                PDF export    median %6d ms   min %6d ms   max %6d ms   CPU median %6d ms   (%d requests after %d warm-up, %d kB)
                JSON export   median %6d ms   min %6d ms   max %6d ms   CPU median %6d ms   (%d requests after %d warm-up, %d kB)
                processors: %d, load average before: %.1f
                ===============================================================

                """,
                ACTIONS,
                setup,
                LocalDate.now(),
                pdf.median(),
                pdf.min(),
                pdf.max(),
                pdf.cpuMedian(),
                RUNS,
                WARM_UP,
                pdf.bytes() / 1024,
                json.median(),
                json.min(),
                json.max(),
                json.cpuMedian(),
                RUNS,
                WARM_UP,
                json.bytes() / 1024,
                Runtime.getRuntime().availableProcessors(),
                load);
    }

    /** Wall-clock times, and the CPU time of the request's thread, which a busy machine inflates less. */
    record Timing(long median, long min, long max, long cpuMedian, int bytes) {}

    private Timing measure(MockHttpServletRequestBuilder request) throws Exception {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            var response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 200) {
                throw new IllegalStateException("Answered " + response.getStatus());
            }
            bytes = response.getContentAsByteArray().length;
        }
        var threads = ManagementFactory.getThreadMXBean();
        var times = new ArrayList<Long>();
        var cpu = new ArrayList<Long>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            mvc.perform(request).andReturn();
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        cpu.sort(null);
        return new Timing(times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), cpu.get(RUNS / 2), bytes);
    }
}
