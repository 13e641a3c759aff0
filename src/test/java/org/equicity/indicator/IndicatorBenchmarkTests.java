package org.equicity.indicator;

import static org.equicity.plan.PlanFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.Statements;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
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
 * The figures of issue 14: the median server time of an indicator page with 10 years of 3 breakdowns of 8
 * categories each (the city's own page, the public page after disclosure control, the public CSV), and of a plan's
 * indicator page whose 500 actions have 2 indicators each. Prints the figures and asserts nothing, since timings
 * depend on the machine; beside the elapsed time it prints the request thread's processor time and the SQL statements
 * of one request, which hardly change when other work shares the machine. Run with {@code ./mvnw -Pbenchmark verify
 * -Dtest=IndicatorBenchmarkTests} ({@code -Dequicity.benchmark.runs=10 -Dequicity.benchmark.warm-up=3} for a quick try).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class IndicatorBenchmarkTests {

    static final List<String> DIMENSIONS =
            List.of("breakdown-age-group", "breakdown-ethnic-origin", "breakdown-discrimination-ground");
    static final int CATEGORIES = 8;
    static final int YEARS = 10;
    static final int ACTIONS = 500;
    static final int COMMITMENTS = 10;
    static final int WARM_UP = Integer.getInteger("equicity.benchmark.warm-up", 10);
    static final int RUNS = Integer.getInteger("equicity.benchmark.runs", 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Test
    void printsTheServerTimesOfABigIndicatorAndABigPlan() throws Exception {
        var plan = IndicatorFixtures.plan(context, 1);
        var slug = plan.city().city().slug();
        long started = System.nanoTime();
        var big = IndicatorFixtures.define(context, plan, DIMENSIONS);
        as(plan.coordinator(), () -> {
            for (int year = 2015; year < 2015 + YEARS; year++) {
                indicators.record(big, year(plan, year));
                indicators.lock(big, Period.parse(String.valueOf(year)));
            }
        });
        var indicatorSetup = (System.nanoTime() - started) / 1_000_000;
        var own = measure(
                get("/manage/cities/" + slug + "/indicators/" + big.value()).with(user(plan.coordinator())));
        var published = measure(get("/cities/" + slug + "/indicators/" + big.value()));
        var csv = measure(get("/cities/" + slug + "/indicators/" + big.value() + "/figures.csv"));

        started = System.nanoTime();
        var bigPlan = bigPlan();
        var planSetup = (System.nanoTime() - started) / 1_000_000;
        var planBase = bigPlan.city().city().slug() + "/plans/" + bigPlan.plan().value();
        var planOwn = measure(get("/manage/cities/" + planBase + "/indicators").with(user(bigPlan.coordinator())));
        var planPublic = measure(get("/cities/" + planBase + "/indicators"));
        var planPageOwn = measure(get("/manage/cities/" + planBase).with(user(bigPlan.coordinator())));
        var planPagePublic = measure(get("/cities/" + planBase));

        System.out.printf(
                """

                ==== Indicator benchmark (median of %d requests after %d warm-up ones) ====
                indicator, %d years x %d breakdowns x %d categories (built in %d ms)
                  city's own page         %s
                  public page             %s
                  public CSV              %s
                plan of %d actions with 2 indicators each (built in %d ms)
                  city's indicators page  %s
                  public indicators page  %s
                  city's plan page        %s
                  public plan page        %s
                processors: %d, load average at the end: %.1f
                ==========================================================================

                """,
                RUNS,
                WARM_UP,
                YEARS,
                DIMENSIONS.size(),
                CATEGORIES,
                indicatorSetup,
                own,
                published,
                csv,
                ACTIONS,
                planSetup,
                planOwn,
                planPublic,
                planPageOwn,
                planPagePublic,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A year's total and the first 8 categories of each dimension, some of them small. */
    private PeriodEntry year(IndicatorFixtures.TestPlan plan, int year) {
        var cells = new ArrayList<Cell>();
        cells.add(Cell.total(BigDecimal.valueOf(400 + year % 7), CellStatus.MEASURED));
        var known = indicators.dimensions(plan.city().city().id());
        for (var id : DIMENSIONS) {
            var dimension =
                    known.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
            dimension.categories().stream()
                    .limit(CATEGORIES)
                    .forEach(category -> cells.add(new Cell(
                            id,
                            category.code(),
                            BigDecimal.valueOf((category.code().hashCode() & 0xff) % 60 + year % 5),
                            CellStatus.MEASURED)));
        }
        return new PeriodEntry(Period.parse(String.valueOf(year)), cells);
    }

    /** A plan of 500 actions in 10 commitments, each action with 2 indicators of 3 approved years. */
    private IndicatorFixtures.TestPlan bigPlan() {
        var city = PlanFixtures.city(context);
        var coordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        return as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitments = new ArrayList<CommitmentId>();
            for (int c = 1; c <= COMMITMENTS; c++) {
                commitments.add(plans.addCommitment(plan, PlanFixtures.commitment(String.valueOf(c), city)));
            }
            ActionId first = null;
            for (int a = 0; a < ACTIONS; a++) {
                var commitment = commitments.get(a % COMMITMENTS);
                var action = plans.addAction(
                        plan,
                        commitment,
                        PlanFixtures.action("Action " + a, ActionStatus.IN_PROGRESS, city, List.of()));
                first = first == null ? action : first;
                for (int k = 0; k < 2; k++) {
                    var id = indicators.define(new NewIndicator(
                            city.city().id(),
                            new Link(plan, commitment, action),
                            IndicatorFixtures.incidents(city, List.of())));
                    for (int year = 2021; year <= 2023; year++) {
                        var period = Period.parse(String.valueOf(year));
                        indicators.record(
                                id,
                                new PeriodEntry(
                                        period,
                                        List.of(Cell.total(
                                                BigDecimal.valueOf(40 + a % 30 + year - 2021), CellStatus.MEASURED))));
                        indicators.lock(id, period);
                    }
                }
            }
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            return new IndicatorFixtures.TestPlan(city, coordinator, null, plan, commitments.get(0), first);
        });
    }

    /** Median elapsed and processor time of the request thread, the slowest request, size and SQL statements. */
    record Timing(long median, long cpu, long max, int bytes, long statements) {

        @Override
        public String toString() {
            return String.format(
                    "median %5d ms  cpu %5d ms  max %5d ms  %4d kB  %3d statements",
                    median, cpu, max, bytes / 1024, statements);
        }
    }

    private Timing measure(MockHttpServletRequestBuilder request) throws Exception {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            var response =
                    mvc.perform(request.locale(Locale.ENGLISH)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                throw new IllegalStateException("Answered " + response.getStatus());
            }
            bytes = response.getContentAsByteArray().length;
        }
        var statements = Statements.counted(context, () -> mvc.perform(request).andReturn());
        var threads = ManagementFactory.getThreadMXBean();
        var times = new ArrayList<Long>();
        var cpu = new ArrayList<Long>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            mvc.perform(request).andReturn();
            times.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
        }
        times.sort(null);
        cpu.sort(null);
        return new Timing(median(times), median(cpu), times.get(RUNS - 1), bytes, statements);
    }

    private static long median(List<Long> sorted) {
        return (sorted.get(RUNS / 2 - 1) + sorted.get(RUNS / 2)) / 2;
    }
}
