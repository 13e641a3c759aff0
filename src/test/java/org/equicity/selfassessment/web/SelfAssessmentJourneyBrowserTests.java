package org.equicity.selfassessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;

import java.util.List;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator makes the city's baseline self-assessment against the EUROCITIES benchmark in the browser: answers
 * the first key factor with a document as evidence (the other key factors were judged by colleagues), signs it off,
 * builds a development plan with a quick win that becomes an action of the plan, and after a second assessment
 * reads the progress chart beside its table. axe-core checks every page on the way.
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
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Sign off')]")));
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
}
