package org.equicity.monitoring.collection.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator prepares an anonymous staff survey and hands out its links; a member of staff answers by a link
 * without signing in, once; the coordinator records an incident of the counselling service and sees its counts only
 * protected. axe-core checks every page on the way.
 */
class CollectionBrowserTests extends BrowserTest {

    static final String PASSWORD = "Anonymous answers, counted not named, 2026!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aCoordinatorPreparesASurveyAMemberOfStaffAnswersByLinkAndAnIncidentIsRecorded() {
        var city = MonitoringFixtures.city(context);
        var slug = city.city().city().slug();
        var email = "coordinator-" + slug + "@example.org";
        people.createWithPassword(
                email,
                "Coordinator",
                "en",
                PASSWORD,
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().city().id()));
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);

        visit("/manage/cities/" + slug + "/monitoring/" + city.programme().value());
        browser.findElement(By.linkText("Data collection")).click();
        assertAccessible();
        browser.findElement(By.cssSelector("label[for='datasetKind-SURVEY']")).click();
        type("title", "Inner-administrative survey");
        type("purpose", "Show the degree of awareness within the administration");
        type("legalBasis", "Art. 6(1)(e) GDPR");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("The dataset is open.", "Art. 6(1)(e) GDPR");
        assertAccessible();

        new Select(field("kind-0")).selectByValue("SINGLE_CHOICE");
        type("text-0", "Does discrimination occur in your division?");
        type("options-0", "Yes\nNo");
        new Select(field("kind-1")).selectByValue("FREE_TEXT");
        type("text-1", "Where would measures be necessary?");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Save the questionnaire')]")));
        assertThat(text(By.tagName("main"))).contains("The questionnaire is saved.");
        type("count", "2");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Create links')]")));
        assertAccessible();
        var link = field("links").getAttribute("value").lines().findFirst().orElseThrow();
        browser.navigate().back();
        browser.navigate().refresh();
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Open the survey')]")));
        assertThat(text(By.tagName("main"))).contains("The survey is open").doesNotContain("links not used yet");
        var survey = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertAccessible();
        browser.findElement(By.cssSelector("label[for='answer-0-0']")).click();
        type("answer-1", "At the housing office counter");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Send my answers')]")));
        assertThat(text(By.tagName("main"))).contains("Thank you");
        assertAccessible();
        browser.get(link);
        assertThat(text(By.tagName("main"))).contains("This link cannot be used");
        assertAccessible();

        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
        browser.get(survey);
        assertThat(text(By.tagName("main"))).contains("Fewer than 10 responses").doesNotContain("links not used");
        browser.findElement(By.linkText("Results")).click();
        assertThat(text(By.tagName("main"))).doesNotContain("At the housing office counter");
        assertAccessible();

        visit("/manage/cities/" + slug + "/monitoring/" + city.programme().value() + "/data");
        browser.findElement(By.cssSelector("label[for='datasetKind-INCIDENTS']"))
                .click();
        type("title", "Counselling service cases");
        type("purpose", "Frequency, form and location of incidents");
        type("legalBasis", "Art. 6(1)(e) GDPR");
        type("districts", "Altstadt\nNordend");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        // the month field starts at the current month
        new Select(field("district")).selectByValue("Nordend");
        browser.findElement(By.cssSelector("input[value='antisemitism'] ~ label"))
                .click();
        new Select(field("lifeSphere")).selectByValue("housing");
        new Select(field("incidentForm")).selectByValue("insult");
        new Select(field("incidentResponse")).selectByValue("counselling");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Record an incident')]")));
        assertThat(text(By.tagName("main"))).contains("The incident is recorded.", "Antisemitism", "[s]");
        assertAccessible();
    }
}
