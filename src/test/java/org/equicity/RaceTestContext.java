package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.equicity.plan.Plans;
import org.equicity.report.Reports;
import org.equicity.review.Reviews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two people, or one person with a double click or a retrying client, send the same request at the same moment: the
 * race tests fire ten identical requests at once at every endpoint that creates something only once or moves an
 * object from one state to the next. Each race must end with one success, the others answered with the same success
 * or a 4xx problem (never a 5xx), and each test reads the rule back from the database. Tagged {@code database}: the
 * constraint errors, and how a request waits for another's row, differ between H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Tag("database")
abstract class RaceTestContext {

    static final int CLIENTS = 10;
    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** Every race's answers, printed at the end: the figures of a run. */
    static final Map<String, List<Integer>> OUTCOMES = new ConcurrentHashMap<>();

    /** This test's races, in the order they ran. */
    final Map<String, List<Integer>> races = new LinkedHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Plans plans;

    @Autowired
    Reports reports;

    @Autowired
    Reviews reviews;

    int count(String sql, Object argument) {
        var result = argument == null
                ? jdbc.queryForObject(sql, Integer.class)
                : jdbc.queryForObject(sql, Integer.class, argument);
        return result == null ? 0 : result;
    }

    /**
     * Fires {@value #CLIENTS} identical requests at once (each on its own thread, released together by a latch) and
     * records what they answered; {@link #everyRaceEndedWell()} judges them after the test.
     */
    List<Integer> race(String endpoint, UserDetails who, HttpMethod method, String path, String body) throws Exception {
        return raceOver(endpoint, () -> {
            var request = request(method, path).with(user(who)).with(csrf());
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            return answer(request);
        });
    }

    List<Integer> raceOver(String endpoint, Callable<Integer> client) throws Exception {
        var ready = new CountDownLatch(CLIENTS);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            OUTCOMES.put(endpoint, statuses);
            races.put(endpoint, statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** MockMvc hands back what no handler answered, where the servlet container would answer 500. */
    int answer(MockHttpServletRequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (ServletException unhandled) {
            return 500;
        }
    }

    @AfterEach
    void everyRaceEndedWell() {
        races.forEach((endpoint, statuses) -> {
            assertThat(statuses).as(endpoint).noneMatch(status -> status >= 500);
            assertThat(statuses).as(endpoint).anyMatch(status -> status < 400);
            assertThat(statuses)
                    .as(endpoint + ": the others succeed alike or are refused as a conflict or a broken rule")
                    .allMatch(status -> status < 400 || status == 409 || status == 422);
        });
    }

    @AfterAll
    static void figures() {
        var byEndpoint = new TreeMap<>(OUTCOMES);
        var requests = byEndpoint.values().stream().mapToInt(List::size).sum();
        var serverErrors = byEndpoint.values().stream()
                .flatMap(List::stream)
                .filter(status -> status >= 500)
                .count();
        byEndpoint.forEach((endpoint, statuses) -> System.out.println("race " + endpoint + " -> " + statuses));
        System.out.printf(
                "races: %d endpoints, %d requests, %d server errors%n", byEndpoint.size(), requests, serverErrors);
    }
}
