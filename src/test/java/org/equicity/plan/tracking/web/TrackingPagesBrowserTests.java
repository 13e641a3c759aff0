package org.equicity.plan.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;

import java.util.List;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A department contact reports progress and the coordinator follows the implementation, in a real browser; axe-core
 * checks every page on the way.
 */
class TrackingPagesBrowserTests extends BrowserTest {

    static final String PASSWORD = "Progress of the plan, 2025!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Plans plans;

    @Test
    void aContactReportsProgressAndTheCoordinatorFollowsItOnAccessiblePages() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var plan = as(coordinator, () -> {
            var id = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(id, PlanFixtures.commitment("3", city));
            plans.addAction(
                    id, commitment, PlanFixtures.action("Counselling office", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(id);
            plans.adopt(id, PlanFixtures.DECISION);
            return id;
        });
        var planPath = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value();

        signIn(
                "contact-" + city.city().slug() + "@example.org",
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        visit("/me");
        browser.findElement(By.linkText("My actions: post progress updates")).click();
        assertAccessible();
        browser.findElement(By.linkText("Counselling office")).click();
        assertAccessible();
        browser.executeScript("arguments[0].value = '2025-06-30'", field("reportedOn"));
        new Select(field("status")).selectByValue("IN_PROGRESS");
        type("progress", "35");
        type("narrative", "The office opened in June.");
        type("evidenceLinks", "not a link");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.id("error-summary"))).contains("https://");
        type("evidenceLinks", "https://example.org/opening");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("Jun 30, 2025: In progress, 35 %", "The office opened in June.");

        browser.manage().deleteAllCookies();
        signIn(
                "coordinator-" + city.city().slug() + "@example.org",
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        visit(planPath);
        browser.findElement(By.linkText("Coverage")).click();
        assertAccessible();
        visit(planPath + "/progress");
        assertThat(text(By.tagName("main"))).contains("35 %");
        visit(planPath + "/attention");
        visit(planPath + "/meetings");
        browser.executeScript("arguments[0].value = '2025-07-01'", field("heldOn"));
        new Select(field("kind")).selectByValue("DEPARTMENT_MEETING");
        type("minutes", "Counselling office: staffing discussed.");
        browser.findElement(By.cssSelector("input[name=actions]")).click();
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("Counselling office: staffing discussed.");

        visit("/cities/" + city.city().slug() + "/plans/" + plan.value());
        browser.findElement(By.linkText("Coverage")).click();
        assertAccessible();
        visit("/cities/" + city.city().slug() + "/plans/" + plan.value() + "/progress?lang=de");
        assertThat(text(By.tagName("main"))).contains("35 %", "Wie der Fortschritt berechnet wird");
    }

    private void signIn(String email, RoleGrant grant) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }
}
