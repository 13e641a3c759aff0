package org.equicity.demo;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of the load benchmark ({@link LoadBenchmarkTests}): a fixed number of visitors at once, each replaced by
 * the next as soon as its visit ends (Gatling's closed workload model, no think time), for a fixed time. A visit is
 * one of: a public page (home, city page, adopted plan, good-practice library, network statistics, frameworks), a
 * search (page or API), a coordinator editing an action of the draft plan through the API (read it, change its
 * description, save it with the version read), or a department contact posting a progress update. Gatling creates
 * the simulation itself, so the test hands it the target through {@link #prepare}.
 */
public class LoadSimulation extends Simulation {

    /** What the test set up in the running application: the address, ids and API tokens the visits use. */
    record Target(
            String baseUrl,
            String citySlug,
            UUID adoptedPlan,
            UUID progressAction,
            String departmentToken,
            UUID draftPlan,
            List<UUID> editableActions,
            String coordinatorToken,
            String networkSlug) {}

    static final List<String> SEARCHES =
            List.of("Beratung", "Wohnraum", "racism", "Bewerbungsverfahren", "escuelas", "\"Testing-Studie\"");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger EDITS = new AtomicInteger();

    private static volatile Target target;
    private static volatile int users;
    private static volatile Duration duration;

    /** The next run: {@code concurrentUsers} visitors at once for {@code lasting}; 0 users: every visit once. */
    static void prepare(Target next, int concurrentUsers, Duration lasting) {
        target = next;
        users = concurrentUsers;
        duration = lasting;
    }

    public LoadSimulation() {
        var home = page("home", "/");
        var city = page("city page", "/cities/" + target.citySlug());
        var plan = page("adopted plan", adoptedPlan());
        var library = page("library", "/practices");
        var statistics = page("statistics", "/networks/" + target.networkSlug() + "/statistics");
        var frameworks = page("frameworks", "/frameworks");
        var searchPage = search("search page", "/search");
        var searchApi = search("search API", "/api/v1/search");
        var edit = coordinatorEdit();
        var progress = departmentProgress();
        var protocol = http.baseUrl(target.baseUrl())
                .acceptLanguageHeader("en")
                // A pool of connections as a browser or a reverse proxy keeps: the visits measure the application,
                // not the opening of a fresh TCP connection (nor the exhaustion of loopback ports) per request.
                .shareConnections();
        if (users == 0) {
            var everyVisit = scenario("every visit once")
                    .exec(home, city, plan, library, statistics, frameworks, searchPage, searchApi, edit, progress);
            setUp(everyVisit.injectOpen(atOnceUsers(1))).protocols(protocol);
            return;
        }
        var visit = scenario("visit")
                .exec(randomSwitch()
                        .on(
                                percent(15).then(home),
                                percent(10).then(city),
                                percent(15).then(plan),
                                percent(10).then(library),
                                percent(10).then(statistics),
                                percent(5).then(frameworks),
                                percent(10).then(searchPage),
                                percent(10).then(searchApi),
                                percent(8).then(edit),
                                percent(7).then(progress)));
        setUp(visit.injectClosed(constantConcurrentUsers(users).during(duration)))
                .protocols(protocol);
    }

    private String adoptedPlan() {
        return "/cities/" + target.citySlug() + "/plans/" + target.adoptedPlan();
    }

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200)));
    }

    private static ChainBuilder search(String name, String path) {
        var terms =
                SEARCHES.stream().map(term -> Map.<String, Object>of("q", term)).toList();
        return feed(listFeeder(terms).circular())
                .exec(http(name).get(path).queryParam("q", "#{q}").check(status().is(200)));
    }

    private ChainBuilder coordinatorEdit() {
        var actions = target.editableActions().stream()
                .map(id -> Map.<String, Object>of("action", id.toString()))
                .toList();
        var path = "/api/v1/plans/" + target.draftPlan() + "/actions/#{action}";
        return feed(listFeeder(actions).circular())
                .exec(authorised(http("coordinator: read action").get(path), target.coordinatorToken())
                        .check(status().is(200), bodyString().saveAs("read")))
                .exec(session -> session.set("edited", edited(session)))
                .exec(authorised(http("coordinator: save action").put(path), target.coordinatorToken())
                        .body(StringBody("#{edited}"))
                        .asJson()
                        .check(status().is(200)));
    }

    /** The action as read, with its version, and a description changed as a coordinator would change it. */
    private static String edited(Session session) {
        var action = (ObjectNode) JSON.readTree(session.getString("read")).get("action");
        action.put(
                "description",
                "Un protocolo común para actuar ante incidentes racistas (revisión " + EDITS.incrementAndGet() + ").");
        return JSON.writeValueAsString(action);
    }

    private ChainBuilder departmentProgress() {
        var body = JSON.createObjectNode()
                .put("reportedOn", LocalDate.now().toString())
                .put("status", "IN_PROGRESS")
                .put("progress", 45)
                .put("narrative", "Sprechstunde im Stadtteilzentrum Nord gut besucht; zwei neue Beratungsfälle.")
                .put("language", "de");
        return exec(authorised(
                        http("department: post progress")
                                .post("/api/v1/plans/" + target.adoptedPlan() + "/actions/" + target.progressAction()
                                        + "/progress-updates"),
                        target.departmentToken())
                .body(StringBody(JSON.writeValueAsString(body)))
                .asJson()
                .check(status().is(201)));
    }

    private static HttpRequestActionBuilder authorised(HttpRequestActionBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
