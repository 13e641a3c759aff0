package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.equicity.people.People;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Ten identical requests at once to create a city's first plans, add a framework item's commitment, move a plan from
 * consultation to supersession and follow it, from API clients, from pages, and from one browser's session.
 */
class PlanRaceTests extends RaceTestContext {

    // Plans

    @Test
    void tenFirstPlansOfACityAtOnceAreAllCreated() throws Exception {
        var city = PlanFixtures.city(context);
        var coordinator = coordinatorOf(city);

        var statuses = race("POST /api/v1/plans", coordinator, HttpMethod.POST, "/api/v1/plans", """
                {"city":"%s","title":"Action plan","startYear":2025,"endYear":2028}""".formatted(
                        city.city().id().value()));

        assertThat(statuses).as("nothing is created only once here").containsOnly(201);
        assertThat(count(
                        "select count(*) from plan where city_id = ?",
                        city.city().id().value()))
                .isEqualTo(CLIENTS);
        var usedBy = "plans of city " + city.city().id().value();
        assertThat(count("select count(*) from framework_use where used_by = ?", usedBy))
                .as("each framework version's use recorded once")
                .isEqualTo(count(
                        "select count(distinct framework_id || '@' || framework_version) from framework_use"
                                + " where used_by = ?",
                        usedBy))
                .isPositive();
    }

    @Test
    void tenAdditionsOfTheSameFrameworkItemMakeOneCommitment() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = draftPlan(city);

        race(
                "POST /api/v1/plans/{id}/commitments",
                coordinatorOf(city),
                HttpMethod.POST,
                "/api/v1/plans/" + plan.value() + "/commitments",
                """
                {"frameworkCode":"2"}""");

        assertThat(count(
                        "select count(*) from plan_commitment where plan_id = ? and framework_code = '2'",
                        plan.value()))
                .isEqualTo(1);
    }

    @Test
    void tenStateChangesOfTheSamePlanMoveItOnce() throws Exception {
        var city = PlanFixtures.city(context);
        var coordinator = coordinatorOf(city);
        var plan = draftPlan(city);
        var path = "/api/v1/plans/" + plan.value();

        race("POST /api/v1/plans/{id}/consultation", coordinator, HttpMethod.POST, path + "/consultation", null);
        race("POST /api/v1/plans/{id}/adoption", coordinator, HttpMethod.POST, path + "/adoption", """
                {"date":"2025-03-12","reference":"GR 2025/17"}""");
        race("POST /api/v1/plans/{id}/implementation", coordinator, HttpMethod.POST, path + "/implementation", null);
        var successor = draftPlan(city);
        as(coordinator, () -> {
            plans.openConsultation(successor);
            plans.adopt(successor, PlanFixtures.DECISION);
        });
        race(
                "POST /api/v1/plans/{id}/supersession",
                coordinator,
                HttpMethod.POST,
                path + "/supersession",
                """
                {"by":"%s"}""".formatted(successor.value()));

        assertThat(count("select count(*) from plan_change where plan_id = ? and subject = 'PLAN'", plan.value()))
                .as("created, and each of the four moves once")
                .isEqualTo(5);
    }

    @Test
    void tenClosuresOfTheSamePlanCloseItOnce() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = adoptedPlan(city);

        race(
                "POST /api/v1/plans/{id}/closure",
                coordinatorOf(city),
                HttpMethod.POST,
                "/api/v1/plans/" + plan.value() + "/closure",
                null);

        assertThat(count("select count(*) from plan_change where plan_id = ? and kind = 'CLOSED'", plan.value()))
                .isEqualTo(1);
    }

    @Test
    void tenClicksOnFollowMakeOneFollower() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = adoptedPlan(city);
        var reader = TestPeople.holding(context);

        race(
                "POST /cities/{citySlug}/plans/{planId}/follow (page)",
                reader,
                HttpMethod.POST,
                "/cities/" + city.city().slug() + "/plans/" + plan.value() + "/follow",
                null);

        assertThat(count("select count(*) from plan_follower where plan_id = ?", plan.value()))
                .isEqualTo(1);
    }

    /**
     * A double click in a browser, through the running application: ten requests of one session at once, each
     * storing a notice in the session (kept in the database), must neither fail on the session's rows.
     */
    @Test
    void tenClicksOfOneBrowserOnFollowMakeOneFollower() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = adoptedPlan(city);
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var email = "reader-" + UUID.randomUUID() + "@example.org";
        context.getBean(People.class).createWithPassword(email, "Reader", "en", PASSWORD);
        var login = browser.send(get("/login"), BodyHandlers.ofString());
        var signedIn = browser.send(
                post("/login", "email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + csrfIn(login)),
                BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        var page = "/cities/" + city.city().slug() + "/plans/" + plan.value();
        var csrf = csrfIn(browser.send(get(page), BodyHandlers.ofString()));

        var statuses = raceOver(
                "POST /cities/{citySlug}/plans/{planId}/follow (browser, one session)",
                () -> browser.send(post(page + "/follow", "_csrf=" + csrf), BodyHandlers.discarding())
                        .statusCode());

        assertThat(statuses).containsOnly(302);
        assertThat(count("select count(*) from plan_follower where plan_id = ?", plan.value()))
                .isEqualTo(1);
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }

    HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    static String csrfIn(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token in %s", page.uri()).isTrue();
        return encode(matcher.group(1));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    UserDetails coordinatorOf(PlanFixtures.TestCity city) {
        return PlanFixtures.coordinator(context, city);
    }

    PlanId draftPlan(PlanFixtures.TestCity city) {
        return as(coordinatorOf(city), () -> plans.create(PlanFixtures.newPlan(city, null)));
    }

    PlanId adoptedPlan(PlanFixtures.TestCity city) {
        var plan = draftPlan(city);
        as(coordinatorOf(city), () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
        });
        return plan;
    }
}
