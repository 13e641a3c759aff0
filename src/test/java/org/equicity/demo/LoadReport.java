package org.equicity.demo;

import java.time.Duration;
import java.util.List;
import org.equicity.demo.GatlingSteps.Step;

/** The printed result of the load benchmark: one line per step, the highest step held, and the last step's detail. */
final class LoadReport {

    private LoadReport() {}

    static String of(List<Step> steps, String database, Duration step, int p95Limit) {
        var text = new StringBuilder();
        text.append(String.format(
                "%n==== Load benchmark: demo content on %s, embedded Lucene; %d s per step, closed model (each"
                        + " visitor replaced at once), processors: %d ====%n",
                database, step.toSeconds(), Runtime.getRuntime().availableProcessors()));
        text.append(String.format(
                "%6s %10s %10s %8s %8s %8s %8s  %s%n",
                "users", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "held"));
        Step held = null;
        for (var each : steps) {
            text.append(String.format(
                    "%6d %10d %10.1f %8d %8d %8d %8d  %s%n",
                    each.users(),
                    each.requests(),
                    each.throughput(),
                    each.p50(),
                    each.p95(),
                    each.p99(),
                    each.errors(),
                    each.held(p95Limit) ? "yes" : "no"));
            if (each.held(p95Limit)) {
                held = each;
            }
        }
        text.append(
                held == null
                        ? String.format("highest step held (p95 < %d ms, no errors): none%n", p95Limit)
                        : String.format(
                                "highest step held (p95 < %d ms, no errors): %d concurrent users, %.1f requests/s%n",
                                p95Limit, held.users(), held.throughput()));
        var last = steps.get(steps.size() - 1);
        text.append(String.format("last step, %d users, per request:%n", last.users()));
        last.slowest().forEach(line -> text.append("  ").append(line).append('\n'));
        last.errorMessages()
                .forEach(line -> text.append("  error: ").append(line).append('\n'));
        text.append("Gatling's log of every step: target/load-benchmark/gatling\n");
        text.append("=".repeat(100)).append('\n');
        return text.toString();
    }
}
