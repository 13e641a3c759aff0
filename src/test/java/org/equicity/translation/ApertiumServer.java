package org.equicity.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Apertium APY server for tests, started once per test JVM on a free port bound to 127.0.0.1 and stopped
 * when the JVM's tests end. Tests that need it are annotated {@link Required}: where APY or the Spanish–English
 * pair is not installed they are skipped with a message saying what to install, except on CI ({@code CI=true}),
 * where they fail, because CI installs it.
 *
 * <p>Debian packages: {@code apertium apertium-eng-spa apertium-eng-cat apertium-fra-cat apertium-por-cat
 * apertium-cat-ita apertium-apy}. Command (APY 0.11 has no
 * bind-address option, hence the small wrapper in {@code src/test/resources/apertium/apy-loopback.py}):
 * {@code LC_ALL=C.UTF-8 /usr/bin/python3 apy-loopback.py -p PORT /usr/share/apertium/modes}.
 */
public final class ApertiumServer {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path MODES = Path.of("/usr/share/apertium/modes");
    static final String PACKAGES =
            "apertium apertium-eng-spa apertium-eng-cat apertium-fra-cat apertium-por-cat apertium-cat-ita apertium-apy";

    /** The pairs the tests translate with: directly, and French, Portuguese and Italian through Catalan. */
    static final List<String> PAIRS = List.of("spa-eng", "cat-eng", "eng-spa", "fra-cat", "por-cat", "ita-cat");

    private static final int PORT = freePort();
    private static Process process;
    private static boolean stopOnExit;
    private static String missing;
    private static boolean checked;

    private ApertiumServer() {}

    /** Marks a test (class) that needs a running APY with the Spanish–English pair. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(ApertiumServer.Extension.class)
    public @interface Required {}

    /** Checks before each test, so that every skipped test is reported as skipped with the reason. */
    static final class Extension implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            ensureRunning();
        }

        private static void ensureRunning() {
            var missing = missing();
            if (missing != null) {
                var message = "Apertium APY is needed but " + missing + "; install the Debian packages " + PACKAGES;
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(message);
                }
                Assumptions.abort(message + " (test skipped)");
            }
            start();
        }
    }

    public static String url() {
        return "http://127.0.0.1:" + PORT;
    }

    /** What is missing for APY to run here, or null when it can run. */
    static synchronized String missing() {
        if (!checked) {
            missing = check();
            checked = true;
        }
        return missing;
    }

    private static String check() {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " is missing";
        }
        for (var pair : PAIRS) {
            if (!Files.exists(MODES.resolve(pair + ".mode"))) {
                return "the " + pair + " pair is not installed (" + MODES.resolve(pair + ".mode") + ")";
            }
        }
        try {
            var probe = new ProcessBuilder(PYTHON.toString(), "-c", "import apertium_apy, tornado")
                    .redirectErrorStream(true)
                    .start();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return "the Python module apertium_apy is not installed";
            }
        } catch (IOException ex) {
            return "Python cannot be started: " + ex.getMessage();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    public static synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            var wrapper = Files.createTempFile("apy-loopback", ".py");
            try (var script = ApertiumServer.class.getResourceAsStream("/apertium/apy-loopback.py")) {
                Files.write(wrapper, script.readAllBytes());
            }
            var log = Path.of("target", "apertium-apy.log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(List.of(
                            PYTHON.toString(), wrapper.toString(), "-p", String.valueOf(PORT), MODES.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("LC_ALL", "C.UTF-8");
            process = builder.start();
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not start Apertium APY", ex);
        }
        if (!stopOnExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(ApertiumServer::stop, "stop-apertium-apy"));
            stopOnExit = true;
        }
        awaitReady();
    }

    /** Stops APY, as an outage would; {@link #start()} brings it back on the same port. */
    public static synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static void awaitReady() {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(URI.create(url() + "/listPairs"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apertium APY stopped at start; see target/apertium-apy.log");
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 && response.body().contains("\"spa\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // APY is still starting
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Apertium APY", ex);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Apertium APY", ex);
            }
        }
        throw new IllegalStateException("Apertium APY did not answer within 60 s; see target/apertium-apy.log");
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
