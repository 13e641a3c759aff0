package org.equicity.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator sets up an inner-administrative monitoring, sends an information request to two departments, one
 * answers, the steering group sees the response rate; the report is written and the public page shows nothing
 * before it is published. axe-core checks every page on the way.
 */
class MonitoringJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "Monitoring without blaming and shaming, 2026!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

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
        submitWith(browser.findElement(By.cssSelector("main form button.primary")));
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
        submitWith(browser.findElement(By.cssSelector("main form button.primary")));
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

    private void signIn(String email, RoleGrant grant) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }
}
