package org.equicity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.equicity.people.Accounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The load benchmark of issue 11: the whole application with the demo content on a random port of 127.0.0.1,
 * driven by Gatling ({@link LoadSimulation}) at rising concurrency, 1, 2, 4, 8 … visitors at once, each step for
 * a fixed time; prints each step's throughput, p50, p95, p99 and failed requests, and the highest step held with
 * the p95 under 500 ms and no failed request. It goes on past a step not held (a machine shared with other work
 * has slow moments), but stops once a step has given way entirely: a p95 of ten times the limit, or more than one
 * request in twenty failed.
 * By default it runs on the embedded defaults of a single node (an H2 file database and a Lucene index on disk);
 * {@code -Dequicity.test.database=postgresql} runs it on embedded PostgreSQL (see PostgresTestDatabase). Timings
 * depend on the machine and on whatever else runs on it, so it asserts only that the visits work at one visitor.
 * Run with {@code ./mvnw -Pbenchmark verify -Dtest=LoadBenchmarkTests}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "equicity.demo.enabled=true",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/load-benchmark/index",
            "logging.level.io.gatling=WARN"
        })
@Tag("benchmark")
// Closed after the run, while its database still runs: the embedded server stops when the JVM exits.
@DirtiesContext
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class LoadBenchmarkTests {

    static final Path DIRECTORY = Path.of("target/load-benchmark");
    static final int P95_LIMIT_MILLIS = 500;
    static final int MAX_USERS = Integer.getInteger("equicity.benchmark.load.max-users", 64);
    static final Duration STEP = Duration.ofSeconds(Long.getLong("equicity.benchmark.load.step-seconds", 20));
    static final Duration WARM_UP = Duration.ofSeconds(15);
    /** Actions of the draft plan that coordinators edit in turn, so that two of them rarely edit the same one. */
    static final int EDITABLE_ACTIONS = 40;

    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("equicity.test.database"));

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuthenticationProvider authentication;

    @DynamicPropertySource
    static void freshDatabaseAndIndex(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(DIRECTORY);
        Files.createDirectories(DIRECTORY.resolve("gatling"));
        if (!POSTGRESQL) {
            // The product's default database, a file, instead of the tests' in-memory one.
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:./" + DIRECTORY + "/h2/equicity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @Test
    void printsThroughputAndResponseTimesAtRisingConcurrency() throws Exception {
        var target = target();
        var steps = new GatlingSteps(DIRECTORY.resolve("gatling"));
        var everyVisit = steps.run(target, 0, Duration.ZERO);
        assertThat(everyVisit.errorMessages()).as("every visit works").isEmpty();
        assertThat(everyVisit.requests()).as("every visit ran").isEqualTo(11);
        steps.run(target, 2, WARM_UP);

        var measured = new ArrayList<GatlingSteps.Step>();
        for (int users = 1; users <= MAX_USERS; users *= 2) {
            var step = steps.run(target, users, STEP);
            measured.add(step);
            if (step.givenWay(P95_LIMIT_MILLIS)) {
                break;
            }
        }
        System.out.println(LoadReport.of(
                measured, POSTGRESQL ? "PostgreSQL (embedded)" : "H2 file database", STEP, P95_LIMIT_MILLIS));
    }

    /** Finds the demo plans through the API, gives the draft plan actions to edit, and makes the API tokens. */
    private LoadSimulation.Target target() throws Exception {
        var coordinator = token(DemoContent.cityAccount("coordinator", "villa-ejemplo"));
        var department = token(DemoContent.cityAccount("department", "beispielstadt"));
        var adopted = plan("beispielstadt", "IN_IMPLEMENTATION", null);
        var progressAction = actions(adopted).stream()
                .filter(action -> action.path("action").path("title").asString().startsWith("Mobile"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        var draft = plan("villa-ejemplo", "DRAFT", coordinator);
        var editable = new ArrayList<UUID>();
        var template = actions(draft).get(0);
        for (var action : actions(draft)) {
            editable.add(UUID.fromString(action.path("id").asString()));
        }
        while (editable.size() < EDITABLE_ACTIONS) {
            editable.add(addAction(draft, template, editable.size() + 1, coordinator));
        }
        return new LoadSimulation.Target(
                "http://127.0.0.1:" + port,
                "beispielstadt",
                UUID.fromString(adopted.path("id").asString()),
                UUID.fromString(progressAction),
                department,
                UUID.fromString(draft.path("id").asString()),
                editable,
                coordinator,
                DemoContent.NETWORK);
    }

    /** An API token of a demo person, made as they would make it on their account page. */
    private String token(String email) {
        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DemoContent.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return accounts.createToken("load benchmark", null).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private JsonNode plan(String city, String state, String token) throws Exception {
        var plans = get("/api/v1/cities/" + city + "/plans", token);
        var summary = find(plans, plan -> state.equals(plan.path("state").asString()));
        return get("/api/v1/plans/" + summary.path("id").asString(), token);
    }

    private static List<JsonNode> actions(JsonNode plan) {
        var actions = new ArrayList<JsonNode>();
        plan.path("commitments")
                .forEach(commitment -> commitment.path("actions").forEach(actions::add));
        return actions;
    }

    private UUID addAction(JsonNode plan, JsonNode template, int number, String token) throws Exception {
        var body = (ObjectNode) template.path("action").deepCopy();
        body.remove("version");
        body.put("title", "Acción de la prueba de carga " + number);
        var response = send(
                HttpRequest.newBuilder(uri("/api/v1/plans/" + plan.path("id").asString() + "/commitments/"
                                + template.path("commitment").asString() + "/actions"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))),
                201);
        return UUID.fromString(json.readTree(response).path("id").asString());
    }

    private JsonNode get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return json.readTree(send(request, 200));
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> matching) {
        for (var node : array) {
            if (matching.test(node)) {
                return node;
            }
        }
        throw new IllegalStateException("Not found in " + array);
    }
}
