package org.equicity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.PlanFixtures;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A coordinator drafts and adopts a plan in a real browser; axe-core checks every page on the way. */
class PlanPagesBrowserTests extends BrowserTest {

    static final String PASSWORD = "Plan of action 2025, adopted!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aCoordinatorDraftsAdoptsAndPublishesAPlanOnAccessiblePages() {
        var city = PlanFixtures.city(context);
        var email = "coordinator-" + city.city().slug() + "@example.org";
        people.createWithPassword(
                email,
                "Cora Coordinator",
                "en",
                PASSWORD,
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));

        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);

        var base = "/manage/cities/" + city.city().slug() + "/plans";
        visit(base);
        visit(base + "/new");
        type("title", "Plan of action against racism 2025–2028");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("h1"))).isEqualTo("Plan of action against racism 2025–2028");
        var planPath = browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");

        browser.findElement(By.linkText("Add a commitment")).click();
        assertAccessible();
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.id("error-summary"))).contains("Choose a framework commitment");

        new Select(field("frameworkCode")).selectByValue("3");
        type("goal", "Victims of racism find support quickly");
        type("specificObjectives", "Counselling office open by 2026");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));

        browser.findElement(By.partialLinkText("Add an action")).click();
        assertAccessible();
        type("title", "Counselling office");
        new Select(field("track")).selectByValue("information-advice");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("Counselling office", "No data yet");

        visit(planPath + "/needs/new");
        new Select(field("method")).selectByValue("FOCUS_GROUP");
        type("description", "A place where victims are listened to");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.id("unanswered-heading"))).isNotBlank();

        visit(planPath + "/history");
        visit(planPath);
        confirmWith(browser.findElement(By.cssSelector(".plan-lifecycle .button--primary")));
        browser.executeScript("arguments[0].value = '2025-03-12'", field("date"));
        type("reference", "GR 2025/17");
        confirmWith(browser.findElement(By.cssSelector(".plan-lifecycle .button--primary")));
        assertThat(text(By.tagName("main"))).contains("GR 2025/17");

        browser.findElement(By.linkText("Public page")).click();
        assertAccessible();
        assertThat(text(By.tagName("main"))).contains("Counselling office", "Victims of racism find support quickly");
        visit(planPath + "?lang=de");
        assertThat(text(By.tagName("main"))).contains("Verpflichtungen");
    }
}
