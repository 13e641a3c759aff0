package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;

/**
 * The start-up figures of issue 18: the packaged application (the jar of {@code ./mvnw package}) started in a process
 * of its own exactly as README's server commands start it in production: extracted, with the ahead-of-time cache of a
 * training run on Java 25 and later (the class-data sharing archive on Java 17 to 24), with {@link #SERVER_OPTIONS};
 * first on a new H2 database, then again on the same, now existing one. It prints the time Spring reports for the
 * start, the process's CPU time (on a machine shared with other work the wall clock alone says little, so the load
 * average is printed beside each figure) and its resident memory after start and after a warm-up of page views. Each
 * figure is the median of several starts ({@code -Dequicity.benchmark.startup.runs}, 3 by default; a new database
 * is a deleted one before every start), with each start's figures above it. It asserts only that the pages answer,
 * since the figures depend on the machine. Run with {@code ./mvnw -Pbenchmark verify -Dtest=StartupBenchmarkTests}
 * (the benchmark profile runs the tests after the jar is packaged); {@code -Dequicity.benchmark.startup.java=<a JDK's
 * home>} starts the application with that JDK (default: the one running the tests), {@code
 * -Dequicity.benchmark.startup.jvm-options="-Xmx256m …"} adds options to every start, to compare settings, and
 * {@code -Dequicity.benchmark.startup.plain=true} measures a plain {@code java -jar} too.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class StartupBenchmarkTests {

    static final Path DIRECTORY = Path.of("target/startup-benchmark");
    static final int PAGE_VIEWS = 50;
    static final int RUNS = Integer.getInteger("equicity.benchmark.startup.runs", 3);
    static final List<String> PAGES = List.of(
            "/",
            "/login",
            "/frameworks",
            "/frameworks/crosswalk",
            "/cities",
            "/networks",
            "/practices",
            "/search?q=racism",
            "/api/v1/practices",
            "/v3/api-docs");
    /** Generous: on a 2-core machine under a load average of 20 one start took nearly six minutes. */
    static final Duration START_LIMIT = Duration.ofMinutes(15);

    static final Pattern STARTED = Pattern.compile("Started EquicityApplication in ([0-9.]+) seconds");

    /**
     * The JVM options of README's production start: the serial collector (one collector thread instead of a
     * parallel collector's threads and structures on a 2-core machine), a bounded heap, and a small young generation
     * so that the old one holds what stays after a warm-up (about 340 MB, most of it the language models).
     */
    static final List<String> SERVER_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx512m", "-Xmn64m");

    private final HttpClient client = HttpClient.newHttpClient();
    private final Path launcher = Path.of(
            System.getProperty("equicity.benchmark.startup.java", System.getProperty("java.home")), "bin", "java");
    private final List<String> jvmOptions = Pattern.compile("\\s+")
            .splitAsStream(System.getProperty("equicity.benchmark.startup.jvm-options", ""))
            .filter(option -> !option.isEmpty())
            .toList();

    @Test
    void printsStartUpTimeAndMemoryOfThePackagedApplication() throws Exception {
        FileSystemUtils.deleteRecursively(DIRECTORY);
        Files.createDirectories(DIRECTORY);
        var jar = packagedJar();
        var extracted = extract(jar);
        var production = new ArrayList<>(SERVER_OPTIONS);
        production.addAll(train(extracted));
        production.addAll(List.of("-jar", extracted.toString()));
        System.out.println("STARTUP command: " + String.join(" ", command(production)));
        var medians = new ArrayList<String>();
        if (Boolean.getBoolean("equicity.benchmark.startup.plain")) {
            var plain = List.of("-jar", jar.toAbsolutePath().toString());
            medians.add(median("java -jar, new database", DIRECTORY.resolve("plain"), plain, true));
            medians.add(median("java -jar, existing database", DIRECTORY.resolve("plain"), plain, false));
        }
        medians.add(median("production, new database", DIRECTORY.resolve("production"), production, true));
        medians.add(median("production, existing database", DIRECTORY.resolve("production"), production, false));
        medians.forEach(System.out::println);
    }

    /** The figures of one start. */
    record Figures(
            double started,
            double cpu,
            long rssAtStart,
            long rssAfterWarmUp,
            double loadAtStart,
            double loadAfterWarmUp) {

        String line() {
            return String.format(
                    "started in %5.1f s, CPU %5.1f s (load average %4.1f), RSS %4d MB after start, %4d MB after %d page"
                            + " views (load average %4.1f)",
                    started, cpu, loadAtStart, rssAtStart, rssAfterWarmUp, PAGE_VIEWS, loadAfterWarmUp);
        }
    }

    /** Starts the application {@link #RUNS} times and answers the median of each figure. */
    private String median(String label, Path workingDirectory, List<String> launch, boolean newDatabase)
            throws Exception {
        var runs = new ArrayList<Figures>();
        for (int run = 0; run < RUNS; run++) {
            if (newDatabase) {
                FileSystemUtils.deleteRecursively(workingDirectory.resolve("data"));
            }
            runs.add(measure(label, workingDirectory, launch));
        }
        var median = new Figures(
                middle(runs.stream().mapToDouble(Figures::started).toArray()),
                middle(runs.stream().mapToDouble(Figures::cpu).toArray()),
                (long) middle(runs.stream().mapToDouble(Figures::rssAtStart).toArray()),
                (long) middle(runs.stream().mapToDouble(Figures::rssAfterWarmUp).toArray()),
                middle(runs.stream().mapToDouble(Figures::loadAtStart).toArray()),
                middle(runs.stream().mapToDouble(Figures::loadAfterWarmUp).toArray()));
        return String.format("STARTUP MEDIAN of %d %-30s %s", RUNS, label, median.line());
    }

    private static double middle(double[] values) {
        Arrays.sort(values);
        int half = values.length / 2;
        return values.length % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
    }

    private Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("equicity-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No packaged jar under target/: run with ./mvnw -Pbenchmark verify"));
        }
    }

    /** The layout Spring Boot recommends for class-data sharing: the application jar beside its libraries. */
    private Path extract(Path jar) throws Exception {
        var destination = DIRECTORY.resolve("app").toAbsolutePath();
        run(
                DIRECTORY,
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        destination.toString()));
        return destination.resolve(jar.getFileName());
    }

    /**
     * The training run of README: starts the application up to a refreshed context, then stops and writes the
     * ahead-of-time cache (Java 25 and later) or the class-data sharing archive; answers the options that use it.
     */
    private List<String> train(Path extracted) throws Exception {
        var workingDirectory = DIRECTORY.resolve("training");
        Files.createDirectories(workingDirectory);
        boolean aotCache = featureVersion() >= 25;
        var file = extracted.resolveSibling(aotCache ? "equicity.aot" : "equicity.jsa");
        var training = new ArrayList<>(SERVER_OPTIONS);
        training.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + file);
        training.addAll(List.of(
                "-Dspring.context.exit=onRefresh",
                "-jar",
                extracted.toString(),
                "--server.port=0",
                "--server.address=127.0.0.1"));
        run(workingDirectory, training);
        return List.of((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file);
    }

    /** The Java version of the JDK the application is started with. */
    private int featureVersion() throws Exception {
        var process = new ProcessBuilder(launcher.toString(), "-version")
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        var version = Pattern.compile("version \"(1\\.)?(\\d+)").matcher(output);
        assertThat(version.find()).as("the version in %s", output).isTrue();
        return Integer.parseInt(version.group(2));
    }

    private void run(Path workingDirectory, List<String> arguments) throws Exception {
        var process = new ProcessBuilder(command(arguments))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("run.log").toFile())
                .start();
        assertThat(process.waitFor()).as("exit status of %s", arguments).isZero();
    }

    private Figures measure(String label, Path workingDirectory, List<String> launch) throws Exception {
        Files.createDirectories(workingDirectory);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var arguments = new ArrayList<>(launch);
        arguments.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        var log = workingDirectory.resolve(label.replaceAll("\\W+", "-") + ".log");
        var process = new ProcessBuilder(command(arguments))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            var started = awaitStart(log, process);
            var cpuAtStart = cpu(process);
            var rssAtStart = residentKilobytes(process) / 1024;
            var loadAtStart = loadAverage();
            warmUp(port);
            var figures = new Figures(
                    started, cpuAtStart, rssAtStart, residentKilobytes(process) / 1024, loadAtStart, loadAverage());
            System.out.printf("STARTUP %-30s %s%n", label, figures.line());
            return figures;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** The options to compare go just before {@code -jar}, so that they win over the production start's own. */
    private List<String> command(List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(launcher.toString());
        command.addAll(arguments);
        command.addAll(command.indexOf("-jar"), jvmOptions);
        return command;
    }

    private double awaitStart(Path log, Process process) throws Exception {
        var deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            var matcher = STARTED.matcher(Files.readString(log));
            if (matcher.find()) {
                return Double.parseDouble(matcher.group(1));
            }
            assertThat(process.isAlive())
                    .as("the application is running, see %s", log)
                    .isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("The application did not start within " + START_LIMIT + ", see " + log);
    }

    private void warmUp(int port) throws Exception {
        for (int view = 0; view < PAGE_VIEWS; view++) {
            var page = PAGES.get(view % PAGES.size());
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }
    }

    private static double cpu(Process process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1000.0;
    }

    /** Linux only, as the product's reference machine: the process's resident set from /proc. */
    private static long residentKilobytes(Process process) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }

    /** The load average of the last minute, which the figures of a start on a shared machine depend on. */
    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
