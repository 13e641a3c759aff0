package org.equicity.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator sets up an inner-administrative monitoring, sends an information request to two departments, one
 * answers, the steering group sees the response rate; the report is written and the public page shows nothing
 * before it is published; a published recommendation becomes a plan action and is followed up a year later.
 * axe-core checks every page on the way.
 */
class MonitoringJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "Monitoring without blaming and shaming, 2026!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Plans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorSetsUpAProgrammeSendsARequestAndADepartmentAnswers() {
        var city = MonitoringFixtures.city(context);
        var slug = city.city().city().slug();
        var cityId = city.city().city().id();

        signIn("coordinator-" + slug + "@example.org", RoleGrant.inCity(Role.CITY_COORDINATOR, cityId));
        visit("/manage/cities/" + slug + "/monitoring");
        assertAccessible();
        browser.findElement(By.linkText("Set up a monitoring programme")).click();
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(field("kind")).selectByValue("inner-administrative");
        type("title", "Departments and discrimination");
        type("decisionBody", "City council");
        type("budget-0-year", "2026");
        type("budget-0-staff", "3");
        type("budget-0-external", "120000");
        browser.findElement(By.cssSelector("label[for='topics1']")).click();
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("The monitoring programme is saved.", "120,000");
        assertAccessible();

        browser.findElement(By.linkText("Steering group")).click();
        assertAccessible();
        type("name", "Ana Silva");
        new org.openqa.selenium.support.ui.Select(field("actorGroup")).selectByValue("affected-civil-society");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Appoint a member')]")));
        assertThat(text(By.tagName("main"))).contains("Ana Silva", "Those affected and civil society");

        browser.findElement(By.linkText("Departments and discrimination")).click();
        browser.findElement(By.linkText("Information requests")).click();
        assertAccessible();
        browser.findElement(By.linkText("Prepare an information request")).click();
        assertAccessible();
        type("title", "Services and discrimination");
        browser.findElement(By.cssSelector("label[for='asked-0']")).click();
        // the departments are listed by name: the housing office first
        type("contact-name-0", "Hans Housing");
        type("contact-email-0", "hans@example.org");
        browser.findElement(By.cssSelector("label[for='asked-1']")).click();
        type("contact-name-1", "Eva Equal");
        type("contact-email-1", "eva@example.org");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Send to the departments')]")));
        assertThat(text(By.tagName("main"))).contains("0 of 2 answered (0 %)");
        assertAccessible();
        var request = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        signIn(
                "housing-" + slug + "@example.org",
                RoleGrant.departmentContact(cityId, city.housing().id()));
        visit("/manage/cities/" + slug + "/monitoring/requests/mine");
        assertAccessible();
        browser.findElement(By.linkText("Services and discrimination")).click();
        assertAccessible();
        assertThat(text(By.tagName("main"))).doesNotContain("Eva Equal");
        type("answer-0-0", "Waiting lists are sorted by the date of application.");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Send the answer')]")));
        assertThat(text(By.tagName("main"))).contains("Your answer is saved.");

        browser.manage().deleteAllCookies();
        signIn("coordinator2-" + slug + "@example.org", RoleGrant.inCity(Role.CITY_COORDINATOR, cityId));
        browser.get(request);
        assertThat(text(By.tagName("main"))).contains("1 of 2 answered (50 %)", "Waiting lists are sorted");

        browser.manage().deleteAllCookies();
        visit("/cities/" + slug + "/monitoring");
        assertAccessible();
        assertThat(text(By.tagName("main")))
                .contains("No monitoring report published yet.")
                .doesNotContain("Waiting lists");
    }

    /**
     * The published report's recommendation becomes an action of the action plan; a year later its follow-up is
     * overdue on the coordinator's work list, which leads to the page where the follow-up is recorded.
     */
    @Test
    void aRecommendationBecomesAPlanActionAndIsFollowedUpAYearLater() {
        var city = MonitoringFixtures.city(context);
        var slug = city.city().city().slug();
        MonitoringFixtures.publish(city, context, "eva-" + slug + "@example.org", "hans-" + slug + "@example.org");
        var plan = PlanFixtures.as(city.coordinator(), () -> plans.create(PlanFixtures.newPlan(city.city(), null)));
        PlanFixtures.as(city.coordinator(), () -> plans.addCommitment(plan, PlanFixtures.commitment("1", city.city())));

        signIn(
                "coordinator-" + slug + "@example.org",
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().city().id()));
        visit("/manage/cities/" + slug + "/monitoring/" + city.programme().value());
        browser.findElement(By.linkText("Follow-up of the recommendations")).click();
        assertAccessible();
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Make it an action of the action plan')]")));
        assertThat(text(By.tagName("main")))
                .contains("The recommendation is now an action of the action plan.", "In progress");
        browser.findElement(By.linkText("Sort waiting lists by need only.")).click();
        assertAccessible();
        assertThat(text(By.id("action-source"))).contains("Inner-administrative monitoring report 2026");

        // a year and a month after publication
        jdbc.update(
                "update monitoring_recommendation set published_on = ? where programme_id = ?",
                LocalDate.now().minusMonths(13),
                city.programme().value());
        visit("/me");
        assertAccessible();
        browser.findElement(By.partialLinkText("Follow up recommendation 1 of")).click();
        new org.openqa.selenium.support.ui.Select(field("method-1")).selectByValue("focus-group-department");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                field("heldOn-1"),
                LocalDate.now().toString());
        type("notes-1", "The housing office sorts by need since May.");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Record a follow-up')]")));
        assertThat(text(By.tagName("main"))).contains("The follow-up is recorded.", "sorts by need since May");
        assertAccessible();
        visit("/me");
        assertThat(text(By.tagName("main"))).contains("No recommendation waits for its yearly follow-up.");

        browser.manage().deleteAllCookies();
        visit("/cities/" + slug + "/monitoring");
        assertAccessible();
        assertThat(text(By.tagName("main")))
                .contains("Most departments know where discrimination may occur", "In progress")
                .doesNotContain("Waiting lists sort applicants by nationality.");
    }

    private void signIn(String email, RoleGrant grant) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        // waits for the landing page, so that the next address is not overtaken by the sign-in's redirect
        submitWith(field("password"));
    }
}
