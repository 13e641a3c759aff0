package org.equicity.selfassessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.city.TestCities;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator makes the city's baseline self-assessment against the EUROCITIES benchmark in the browser: answers
 * the first key factor with a document as evidence (the other key factors were judged by colleagues), signs it off,
 * builds a development plan with a quick win that becomes an action of the plan, has the baseline peer reviewed by a
 * team of two other cities, an expert leader and a migrant organisation (who records what, each signed in as
 * themselves) and publishes the review, and after a second assessment reads the progress chart beside its table.
 * axe-core checks every page on the way, a form's error too.
 */
class SelfAssessmentJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "Benchmark the city, not the people, 2026!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Plans plans;

    @Autowired
    Networks networks;

    @Test
    void aCityMakesABaselinePlansAQuickWinAndSeesItsProgress() {
        var story = SelfAssessmentFixtures.story(context);
        var base = "/manage/cities/" + story.slug() + "/self-assessments";
        signIn("coordinator-" + story.slug() + "@example.org", story);

        visit(base);
        assertAccessible();
        new Select(field("framework")).selectByValue(SelfAssessmentFixtures.BENCHMARK.toString());
        type("title", "Baseline 2026");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Start')]")));
        assertThat(text(By.tagName("main"))).contains("The self-assessment has been started");
        assertAccessible();
        var assessment = browser.getCurrentUrl();
        var id = new SelfAssessmentId(java.util.UUID.fromString(assessment.substring(assessment.lastIndexOf('/') + 1)));
        judgedByColleagues(story, id, "not-met");

        browser.findElement(By.linkText("Public commitment")).click();
        assertAccessible();
        type("answers0", "The council declared it in 2019; the mayor has not referred to it since.");
        browser.findElement(By.cssSelector("label[for='judgement-not-met']")).click();
        type("explanation", "A declaration without leadership behind it.");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Save the key factor')]")));
        assertThat(text(By.tagName("main"))).contains("The key factor has been saved.");
        type("title", "Council minutes, 12 May 2019");
        type("link", "https://example.org/minutes");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Add the document')]")));
        assertThat(text(By.tagName("main"))).contains("Minutes: Council minutes, 12 May 2019");
        assertAccessible();

        browser.get(assessment);
        confirmWith(browser.findElement(By.partialLinkText("Sign off")));
        assertThat(text(By.tagName("main"))).contains("The self-assessment has been signed off.", "baseline");
        assertAccessible();

        browser.findElement(By.linkText("Development plan")).click();
        assertAccessible();
        new Select(field("factor")).selectByValue("kf1");
        type("title", "Mayor's statement against discrimination");
        browser.findElement(By.cssSelector("label[for='horizon-QUICK_WIN']")).click();
        type("owner", "Mayor's office");
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Add the priority action')]")));
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Add to the action plan')]")));
        assertThat(text(By.tagName("main"))).contains("now an action of the plan", "In the action plan: planned");
        assertAccessible();
        var tagged = as(
                story.coordinator(),
                () -> plans.plan(story.plan()).actions().stream()
                        .filter(action -> action.content().tags().contains("eurocities-benchmark-key-factors@2012:kf1"))
                        .count());
        assertThat(tagged).isOne();
        peerReviewed(story, "coordinator-" + story.slug() + "@example.org");

        var next = as(
                story.coordinator(),
                () -> assessments.start(story.city().city().id(), SelfAssessmentFixtures.BENCHMARK, "A year later"));
        judgedByColleagues(story, next, "partly-met");
        as(story.coordinator(), () -> {
            var factor = assessments.assessment(next).factor("kf1").orElseThrow();
            assessments.saveFactor(
                    next, "kf1", factor.version(), new FactorContent(List.of(), "partly-met", null, List.of()));
            assessments.signOff(next, assessments.assessment(next).version());
        });
        visit(base + "/" + next.value() + "/factors/kf1");
        assertThat(text(By.tagName("main"))).contains("At the baseline: Not met.", "Mayor's statement");
        assertAccessible();
        visit(base + "/progress/" + SelfAssessmentFixtures.BENCHMARK);
        assertThat(browser.findElements(By.cssSelector("main svg[role='img']"))).hasSize(1);
        assertThat(text(By.tagName("main"))).contains("Baseline 2026", "A year later", "Partly met");
        assertAccessible();
    }

    /** Colleagues judged the key factors after the first. */
    private void judgedByColleagues(SelfAssessmentFixtures.Story story, SelfAssessmentId id, String judgement) {
        as(story.coordinator(), () -> {
            for (var factor : assessments.assessment(id).factors()) {
                if (!factor.code().equals("kf1")) {
                    assessments.saveFactor(
                            id,
                            factor.code(),
                            factor.version(),
                            new FactorContent(
                                    List.of(), factor.code().equals("kf2") ? judgement : "met", null, List.of()));
                }
            }
        });
    }

    private void signIn(String email, SelfAssessmentFixtures.Story story) {
        people.createWithPassword(
                email,
                "Person " + email,
                "en",
                PASSWORD,
                RoleGrant.inCity(Role.CITY_COORDINATOR, story.city().city().id()));
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }

    /**
     * The host invites two peers of other member cities, the expert leader and a migrant organisation recorded by
     * role, shares the minutes and opens the visit; a peer records an interview and concludes on the first key
     * factor; the expert leader records the feedback session and closes with the follow-up report; the host
     * publishes, and the public reads the conclusions without what was heard.
     */
    private void peerReviewed(SelfAssessmentFixtures.Story story, String coordinator) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var gent = TestCities.create(context, "Gentbrug");
        var lyon = TestCities.create(context, "Lyonnais");
        TestCities.as(admin, () -> {
            var suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
            var network = networks.create(new CreateNetwork("review-" + suffix, "Reviewers " + suffix, null, null, 2));
            for (var city : List.of(story.city().city().id(), gent.id(), lyon.id())) {
                networks.admit(network.id(), city, LocalDate.of(2020, 1, 1));
            }
        });
        var peer = account("peer-" + story.slug() + "@example.org", RoleGrant.inCity(Role.CITY_COORDINATOR, gent.id()));
        var otherPeer = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, lyon.id()));
        var expert = account("expert-" + story.slug() + "@example.org");

        visit("/cities/" + story.slug() + "/peer-reviews");
        type("title", "Peer review of the baseline");
        submitWith(button("Prepare the review"));
        assertThat(text(By.tagName("main"))).contains("The peer review is prepared.");
        var review = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/cities/"));
        type("name", "Paula Peer");
        type("email", peer);
        submitWith(button("Invite"));
        assertThat(field("city-error").getText()).isNotBlank();
        invite("Paula Peer", peer, gent.id().value().toString(), "PEER", null);
        invite("Luc Lyon", otherPeer.getUsername(), lyon.id().value().toString(), "PEER", null);
        invite("Eva Expert", expert, null, "EXPERT_LEADER", null);
        invite("Migrant council", null, null, "OTHER", "MIGRANT_ORGANISATION");
        browser.findElement(By.cssSelector("input[name='evidence'] ~ label")).click();
        submitWith(button("Share"));
        date("visitFrom", "2026-05-04");
        date("visitTo", "2026-05-06");
        submitWith(button("Open the visit"));
        assertThat(text(By.tagName("main"))).contains("The visit is open.", "Luc Lyon", "Migrant organisation");

        signInAs(peer);
        visit(review);
        browser.findElement(By.partialLinkText("Record what was heard on kf1")).click();
        assertAccessible();
        type("heardRole", "Head of the equality office");
        type("account", "The declaration is quoted in every budget speech, rarely in the departments.");
        submitWith(button("Record"));
        type("conclusions", "The commitment is public but not lived in the departments.");
        type("recommendations", "Present the declaration to every new member of staff.");
        submitWith(button("Save"));
        assertThat(text(By.tagName("main"))).contains("The conclusions are saved.", "Head of the equality office");

        signInAs(expert);
        visit(review);
        date("feedbackOn", "2026-05-07");
        type("feedbackNotes", "Feedback given to the mayor and the steering group.");
        submitWith(button("Record"));
        type("followUpReport", "The city took the recommendation into its development plan.");
        submitWith(button("Close the review"));
        assertThat(text(By.tagName("main"))).contains("The review is closed.");

        signInAs(coordinator);
        visit(review);
        submitWith(button("Publish"));
        assertThat(text(By.tagName("main"))).contains("The review is published.");
        browser.manage().deleteAllCookies();
        visit(review);
        assertThat(text(By.tagName("main")))
                .contains("The commitment is public but not lived in the departments.")
                .doesNotContain("rarely in the departments", expert);
        signInAs(coordinator);
    }

    private void invite(String name, String email, String city, String role, String kind) {
        new Select(field("role")).selectByValue(role);
        type("name", name);
        if (email != null) {
            type("email", email);
        }
        if (city != null) {
            new Select(field("city")).selectByValue(city);
        }
        if (kind != null) {
            new Select(field("kind")).selectByValue(kind);
        }
        submitWith(button("Invite"));
        assertThat(text(By.tagName("main"))).contains("The member is invited.", name);
    }

    /** A date field takes its value as the browser's own date picker would set it, whatever the browser's locale. */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field(id), isoDate);
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"));
    }

    /** A person with a password and the grants; answers the address. */
    private String account(String email, RoleGrant... grants) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grants);
        return email;
    }

    private void signInAs(String email) {
        browser.manage().deleteAllCookies();
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }
}
