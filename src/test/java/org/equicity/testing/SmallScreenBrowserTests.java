package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.util.ArrayList;
import java.util.List;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every page type works on a phone 375 px wide: nothing makes the page scroll sideways (tables scroll in their own
 * box, filters and forms take the width there is), and every page passes axe at that width too. Public pages, then
 * a coordinator's and a secretariat's pages, on a network with a member city, its adopted plan and a report.
 */
class SmallScreenBrowserTests extends BrowserTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Reports reports;

    @BeforeEach
    void phone() {
        browser.manage().window().setSize(new Dimension(375, 812));
    }

    @AfterEach
    void desktop() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    /** How far each page reaches beyond the window, where it does: none should. */
    final List<String> overflowing = new ArrayList<>();

    void check(String path) {
        visit(path);
        var widths =
                (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
        long scroll = ((Number) widths.get(0)).longValue();
        long inner = ((Number) widths.get(1)).longValue();
        if (scroll > inner) {
            overflowing.add(path + ": " + scroll + " px wide in a window of " + inner + " px");
        }
    }

    void signIn(String email, RoleGrant grant) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }

    @Test
    void everyPageTypeFitsA375PixelScreen() {
        var fixtures = ReportFixtures.create(context);
        var report = fixtures.acceptedReport(context, "Small screen cycle");
        var cycle =
                as(fixtures.secretariat(), () -> reports.report(report).cycle().id());
        var city = fixtures.city().slug();
        var network = fixtures.network().slug();
        var plan = fixtures.plan().value();
        var nextCycle = fixtures.openCycle(context, "Small screen next cycle", 2025);
        var draft = as(
                fixtures.coordinator(),
                () -> reports.startReport(nextCycle, fixtures.city().id()));

        for (var path : List.of(
                "/",
                "/frameworks",
                "/frameworks/eccar-commitments/2023",
                "/networks",
                "/networks/" + network,
                "/networks/" + network + "/statistics",
                "/cities",
                "/cities/" + city,
                "/cities/" + city + "/plans/" + plan,
                "/cities/" + city + "/reports/" + report.value(),
                "/practices",
                "/search?q=monitoring",
                "/login",
                "/no-such-page")) {
            check(path);
        }

        signIn(
                "small-coordinator-" + city + "@example.org",
                RoleGrant.inCity(Role.CITY_COORDINATOR, fixtures.city().id()));
        for (var path : List.of(
                "/me",
                "/notices",
                "/notices/preferences",
                "/account",
                "/manage/cities/" + city,
                "/manage/cities/" + city + "/plans/" + plan,
                "/manage/cities/" + city + "/plans/" + plan + "/coverage",
                "/manage/cities/" + city + "/plans/" + plan + "/progress",
                "/manage/cities/" + city + "/reports",
                "/manage/cities/" + city + "/reports/" + report.value(),
                "/manage/cities/" + city + "/reports/" + draft.value() + "/submission/confirmation")) {
            check(path);
        }

        browser.manage().deleteAllCookies();
        signIn(
                "small-secretariat-" + network + "@example.org",
                RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, fixtures.network().id()));
        for (var path : List.of(
                "/manage/networks/" + network,
                "/manage/networks/" + network + "/cycles",
                "/manage/networks/" + network + "/cycles/" + cycle.value(),
                "/manage/networks/" + network + "/reviews")) {
            check(path);
        }

        assertThat(overflowing).as("pages wider than a 375 px screen").isEmpty();
    }
}
