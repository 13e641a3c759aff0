package org.equicity.demo;

import io.gatling.app.Gatling$;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.commons.stats.KO$;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.core.stats.ErrorStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs one step of {@link LoadSimulation} in this JVM through Gatling's own launcher, and reads the step's figures
 * from the run's log with the reader that Gatling's console summary is made from (Gatling keeps no machine-readable
 * summary of its own, and its HTML charts module is not an open-source one, so no HTML report is made). Each step
 * is a run of its own, so that its percentiles cover that step alone; its log stays in {@code target/load-benchmark}.
 */
final class GatlingSteps {

    /** The figures of one step: requests, failed requests (KO), throughput and response-time percentiles. */
    record Step(
            int users,
            long requests,
            long errors,
            double throughput,
            int p50,
            int p95,
            int p99,
            List<String> errorMessages,
            List<String> slowest) {

        /** Held: the 95th percentile under the limit and no failed request. */
        boolean held(int p95LimitMillis) {
            return errors == 0 && requests > 0 && p95 < p95LimitMillis;
        }

        /** Given way entirely: higher steps would only queue more requests. */
        boolean givenWay(int p95LimitMillis) {
            return p95 >= 10 * p95LimitMillis || errors * 20 > requests;
        }
    }

    private final Path results;

    GatlingSteps(Path results) {
        this.results = results.toAbsolutePath();
    }

    Step run(LoadSimulation.Target target, int users, Duration duration) {
        LoadSimulation.prepare(target, users, duration);
        var code = Gatling$.MODULE$.fromArgs(new String[] {
            "-s",
            LoadSimulation.class.getName(),
            "-rf",
            results.toString(),
            "-nr",
            "-rd",
            users == 0 ? "every visit once" : users + " concurrent users"
        });
        if (code != 0) {
            throw new IllegalStateException("Gatling ended with status " + code + " at " + users + " users");
        }
        return read(users, newestRun());
    }

    private Path newestRun() {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(path -> path.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("Gatling left no run in " + results));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Step read(int users, Path run) {
        LogFileData data = LogFileReader.apply(
                        run.getFileName().toString(), results, GatlingConfiguration$.MODULE$.load())
                .read();
        var all = data.requestGeneralStats(Option.empty(), Option.empty(), Option.empty())
                .get();
        var failed = data.requestGeneralStats(Option.empty(), Option.empty(), Option.apply(KO$.MODULE$));
        var errors = new ArrayList<String>();
        for (ErrorStats error : CollectionConverters.asJava(data.errors(Option.empty(), Option.empty()))) {
            errors.add(error.count() + " × " + error.message());
        }
        return new Step(
                users,
                all.count(),
                failed.isDefined() ? failed.get().count() : 0,
                all.meanRequestsPerSec(),
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                errors,
                slowest(data));
    }

    /** Each request's 95th percentile, slowest first: which visit gives way first as the load rises. */
    private static List<String> slowest(LogFileData data) {
        record Line(String name, int p95, long count) {}
        var lines = new ArrayList<Line>();
        for (var path : CollectionConverters.asJava(data.allRequestPaths())) {
            var name = path.request();
            var stats = data.requestGeneralStats(Option.apply(name), Option.empty(), Option.empty());
            if (stats.isDefined()) {
                lines.add(
                        new Line(name, percentile(stats.get(), 95), stats.get().count()));
            }
        }
        lines.sort(Comparator.comparingInt(Line::p95).reversed());
        return lines.stream()
                .map(line -> String.format("%-28s p95 %6d ms  (%d requests)", line.name(), line.p95(), line.count()))
                .toList();
    }

    private static int percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).intValue();
    }
}
