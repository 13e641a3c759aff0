package org.equicity.statistics;

import static org.equicity.city.TestCities.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CreateCity;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionStatus;
import org.equicity.practice.Practices;
import org.equicity.report.CycleId;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.equicity.shared.CityId;
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
 * The performance figures of issue 4: a network of 200 member cities (in 20 countries, of every size) reporting in 5
 * cycles with 60 actions each, every report accepted (60,000 accepted actions), and every 20th action nominated and
 * designated as a good practice (3,000). Everything is stored through the facades, exactly as the application stores
 * it (reports with their submission snapshots and accepted-action rows). It prints the median server time (request
 * in, page rendered out, through the whole Spring stack on the in-memory database) of the statistics page for all
 * cycles and for one, and of the filtered good-practice library. It asserts nothing, since timings depend on the
 * machine. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class NetworkBenchmarkTests {

    static final int CITIES = Integer.getInteger("equicity.benchmark.cities", 200);
    static final int CYCLES = 5;
    static final int ACTIONS = 60;
    static final int DESIGNATE_EVERY = 20;
    static final int BUILDERS = 4;
    static final int WARM_UP = 10;
    static final int RUNS = 21;

    static final List<String> COUNTRIES = List.of(
            "DE", "FR", "IT", "ES", "AT", "BE", "NL", "SE", "PL", "PT", "CH", "GB", "DK", "NO", "FI", "CZ", "GR", "IE",
            "HU", "SI");

    /** What cities typically report against racism; numbered per city and cycle to keep them apart. */
    static final List<String> TITLES = List.of(
            "Anti-discrimination counselling office",
            "Training of municipal staff on racial profiling",
            "Monitoring of racist incidents with civil society",
            "Diversity clauses in public procurement",
            "Anonymous job applications in the city administration",
            "Intercultural mediation in social housing",
            "School programme against everyday racism",
            "Week against racism with local associations",
            "Complaints procedure for discrimination in services",
            "Equality data survey of city residents",
            "Support fund for victims of racist violence",
            "Intercultural opening of sports clubs",
            "Anti-racism clauses in tenancy agreements",
            "Migrant advisory council",
            "Remembrance work on colonial history",
            "Multilingual information on rights and remedies",
            "Mentoring for young people with a migration history",
            "Review of police stop-and-search practice with residents",
            "Cultural festival of the city's communities",
            "Research partnership on discrimination in the housing market");

    /** Commitments weighted like real reports: some far more often than others. */
    static final List<String> COMMITMENTS =
            List.of("1", "1", "2", "3", "3", "3", "4", "5", "5", "6", "6", "6", "6", "7", "8", "8", "9", "10");

    static final List<String> TRACKS =
            List.of("information-advice", "awareness-raising", "enforcement", "research-innovation");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    Cities cities;

    @Autowired
    Reports reports;

    @Autowired
    Practices practices;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Statistics statistics;

    @Autowired
    AcceptedCounts counts;

    @Test
    void printsTheServerTimesOfABigNetwork() throws Exception {
        UserDetails admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var fields = frameworks.find(FrameworkRef.parse("eccar-fields-of-activity@2023")).stream()
                .flatMap(Framework::allItems)
                .map(FrameworkItem::code)
                .toList();
        var suffix = UUID.randomUUID().toString().substring(0, 6);

        long started = System.nanoTime();
        var network = as(
                admin, () -> networks.create(new CreateNetwork("bench-" + suffix, "Benchmark network", null, null, 2)));
        var members = new ArrayList<CityId>();
        var names = new ArrayList<String>();
        as(admin, () -> {
            for (int c = 0; c < CITIES; c++) {
                var name = "City " + (c + 1);
                var country = COUNTRIES.get(c % COUNTRIES.size());
                // sizes from small towns to capitals, and some cities that never gave their population
                Long population = c % 25 == 24 ? null : 30_000L + (c * 7_919L * 331L) % 2_400_000L;
                var city = cities.create(
                        new CreateCity("bench-" + suffix + "-" + (c + 1), name, country, population, List.of("en")));
                networks.admit(network.id(), city.id(), LocalDate.of(2015, 1, 1));
                members.add(city.id());
                names.add(name);
            }
        });
        long citiesBuilt = System.nanoTime();

        var cycles = new ArrayList<CycleId>();
        int actions = 0;
        int designated = 0;
        for (int y = 0; y < CYCLES; y++) {
            int from = 2015 + 2 * y;
            var cycle = as(
                    admin,
                    () -> reports.openCycle(new Reports.NewCycle(
                            network.id(),
                            "Cycle " + from + "–" + (from + 1),
                            LocalDate.of(from, 1, 1),
                            LocalDate.of(from + 1, 12, 31),
                            LocalDate.of(from + 2, 3, 31),
                            List.of(),
                            null,
                            null)));
            cycles.add(cycle);
            // cities report in parallel, as they do; each report's steps stay in order
            var pool = Executors.newFixedThreadPool(BUILDERS);
            var tasks = new ArrayList<Callable<Integer>>();
            for (int c = 0; c < CITIES; c++) {
                var content = content(names.get(c), from, c, fields);
                var city = members.get(c);
                tasks.add(() -> as(admin, () -> {
                    var report = reports.startReport(cycle, city);
                    reports.update(report, 0, content);
                    reports.submit(report, 1);
                    reports.accept(report);
                    int nominated = 0;
                    for (int a = 0; a < content.actions().size(); a += DESIGNATE_EVERY) {
                        var practice =
                                practices.nominate(content.actions().get(a).id());
                        practices.startReview(practice);
                        practices.designate(practice);
                        nominated++;
                    }
                    return nominated;
                }));
                actions += content.actions().size();
            }
            for (var done : pool.invokeAll(tasks)) {
                designated += done.get();
            }
            pool.shutdown();
        }
        long built = System.nanoTime();

        var base = "/networks/" + network.slug() + "/statistics";
        var one = cycles.get(CYCLES - 1).value();
        var facadeAll = measure(() -> statistics.ofNetwork(network.slug(), null, Locale.ENGLISH));
        var pageAll = measure(get(base).locale(Locale.ENGLISH));
        // the first request after an acceptance or a designation counts afresh
        var pageAllCounted = measure(() -> {
            counts.forget();
            try {
                return mvc.perform(get(base).locale(Locale.ENGLISH)).andReturn();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        var pageOne = measure(get(base).param("cycle", one.toString()).locale(Locale.ENGLISH));
        var api = measure(
                get("/api/v1/networks/" + network.slug() + "/statistics").locale(Locale.ENGLISH));
        var csv = measure(get(base + "/countries.csv").locale(Locale.ENGLISH));

        // The filtered library page belongs to the practice module; where this branch does not have it yet, the
        // nearest the practice facade offers (the network's practices) stands in, and the table says so.
        var library = get("/practices")
                .param("commitment", "6")
                .param("country", "DE")
                .locale(Locale.ENGLISH);
        var libraryStatus = mvc.perform(library).andReturn().getResponse().getStatus();
        Timing libraryTiming;
        String libraryName;
        if (libraryStatus == 200) {
            libraryTiming = measure(library);
            libraryName = "library /practices?commitment=6&country=DE";
        } else {
            libraryTiming = measure(() -> as(admin, () -> practices.ofNetwork(network.id())));
            libraryName = "NO library page (" + libraryStatus + "): Practices.ofNetwork";
        }

        var out = new StringBuilder();
        out.append(String.format(
                "%n==== Network benchmark: %d cities x %d cycles x %d actions = %d accepted actions,"
                        + " %d designated practices ====%n",
                CITIES, CYCLES, ACTIONS, actions, designated));
        out.append(String.format(
                "data built in %d s (cities %d s, reports and practices %d s, %d threads)%n",
                (built - started) / 1_000_000_000,
                (citiesBuilt - started) / 1_000_000_000,
                (built - citiesBuilt) / 1_000_000_000,
                BUILDERS));
        line(out, "statistics facade, all cycles", facadeAll);
        line(out, "statistics page, all cycles", pageAll);
        line(out, "  the same, counted afresh (after a change)", pageAllCounted);
        line(out, "statistics page, one cycle", pageOne);
        line(out, "statistics API (JSON), all cycles", api);
        line(out, "statistics CSV (countries)", csv);
        line(out, libraryName, libraryTiming);
        out.append(String.format(
                "(%d requests each after %d warm-up requests; CPU = the request thread's CPU time;"
                        + " processors: %d, load average at the end: %.1f)%n",
                RUNS,
                WARM_UP,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append("=".repeat(100)).append(String.format("%n"));
        System.out.println(out);
    }

    private static void line(StringBuilder out, String name, Timing timing) {
        out.append(String.format(
                "%-44s median %5d ms   min %5d ms   max %5d ms   CPU median %5d ms%s%n",
                name,
                timing.median(),
                timing.min(),
                timing.max(),
                timing.cpuMedian(),
                timing.bytes() == 0 ? "" : "   (" + timing.bytes() / 1024 + " kB)"));
    }

    /** A city's report for a cycle: 60 actions over every commitment, the four tracks and one or two fields. */
    static ReportContent content(String city, int year, int cityIndex, List<String> fields) {
        var actions = new ArrayList<ReportedAction>();
        for (int a = 0; a < ACTIONS; a++) {
            int n = cityIndex + a;
            var title = TITLES.get(n % TITLES.size()) + " (" + city + ", " + year + ", " + (a + 1) + ")";
            var field = fields.get(n % fields.size());
            var fieldsOfActivity = a % 3 == 0 ? List.of(field, fields.get((n + 5) % fields.size())) : List.of(field);
            actions.add(new ReportedAction(
                    null,
                    null,
                    title,
                    "Reduce discrimination in " + city + " measurably by the end of the period.",
                    "Working group of the departments concerned with residents' associations.",
                    year + " – " + (year + 1),
                    "Reported in the city's yearly equality report.",
                    "Office for equality",
                    COMMITMENTS.get((a + cityIndex) % COMMITMENTS.size()),
                    fieldsOfActivity,
                    a % 19 == 18 ? null : TRACKS.get(n % TRACKS.size()),
                    ActionStatus.values()[n % ActionStatus.values().length],
                    (n * 7) % 101,
                    List.of("https://example.org/" + year + "/actions/" + (a + 1))));
        }
        return new ReportContent("en", null, actions, List.of());
    }

    record Timing(long median, long min, long max, int bytes, long cpuMedian) {}

    private Timing measure(MockHttpServletRequestBuilder request) throws Exception {
        int[] bytes = {0};
        return timed(
                () -> {
                    try {
                        var response = mvc.perform(request).andReturn().getResponse();
                        if (response.getStatus() != 200) {
                            throw new IllegalStateException("Answered " + response.getStatus());
                        }
                        bytes[0] = response.getContentAsByteArray().length;
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                    return null;
                },
                bytes);
    }

    private Timing measure(Supplier<?> call) {
        return timed(call, new int[] {0});
    }

    private static Timing timed(Supplier<?> call, int[] bytes) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        var threads = ManagementFactory.getThreadMXBean();
        var times = new ArrayList<Long>();
        var cpu = new ArrayList<Long>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            call.get();
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        cpu.sort(null);
        return new Timing(times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), bytes[0], cpu.get(RUNS / 2));
    }
}
