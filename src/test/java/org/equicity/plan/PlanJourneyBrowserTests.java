package org.equicity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The life of a plan in a real browser, as the issue tells it: a coordinator records two needs and drafts a plan
 * with two commitments and three actions, opens the consultation; a civil-society partner comments; the
 * coordinator answers, resolves and records the adoption; a department contact posts progress; the public page
 * shows it. axe-core checks every page on the way.
 */
class PlanJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "A plan of action, from draft to progress";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aPlanGoesFromNeedsThroughConsultationAndAdoptionToPublishedProgress() {
        var city = PlanFixtures.city(context);
        var slug = city.city().slug();
        var coordinator = person(
                "coordinator",
                slug,
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        var partner = person(
                "partner",
                slug,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        var contact = person(
                "contact",
                slug,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));

        // The coordinator starts the plan and records two needs heard in the consultations.
        signIn(coordinator);
        visit("/manage/cities/" + slug + "/plans/new");
        type("title", "Plan against racism 2025–2028");
        submit(primaryButton());
        var planPath = browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
        recordNeed(planPath, "FOCUS_GROUP", "A place where victims of racism are listened to");
        recordNeed(planPath, "SURVEY", "Teachers ask for training on discrimination");

        // Two commitments with three actions, each with the department responsible for it.
        addCommitment(planPath, "3", "Victims of racism find support quickly");
        addCommitment(planPath, "8", "Schools challenge racism");
        addAction(planPath, 0, "Counselling office", "information-advice", "victims");
        addAction(planPath, 0, "Helpline for victims", "information-advice", null);
        addAction(planPath, 1, "Training for teachers", "awareness-raising", "Teachers");
        assertThat(text(By.tagName("main")))
                .contains("Counselling office", "Helpline for victims", "Training for teachers");

        visit(planPath);
        confirmWith(browser.findElement(By.cssSelector(".plan-lifecycle .button--primary")));
        assertThat(text(By.tagName("main"))).contains("In consultation");
        signOut();

        // A civil-society partner comments on an action.
        signIn(partner);
        visit(planPath + "/consultation");
        new Select(field("about")).selectByVisibleText("Action: Counselling office");
        type("text", "Please open the office in the evenings too");
        submit(primaryButton());
        assertThat(text(By.id("open-heading"))).contains("(1)");
        signOut();

        // The coordinator answers, resolves the comment and records the council's adoption.
        signIn(coordinator);
        visit(planPath + "/consultation");
        var answer = browser.findElement(By.cssSelector("textarea[id^='answer-']"));
        answer.sendKeys("Agreed: two evenings a week");
        submit(browser.findElement(By.xpath("//button[normalize-space()='Send the answer']")));
        submit(browser.findElement(By.xpath("//button[normalize-space()='Mark as resolved']")));
        assertThat(text(By.id("resolved-heading"))).contains("(1)");
        assertThat(text(By.tagName("main"))).contains("Please open the office in the evenings too", "two evenings");

        visit(planPath);
        browser.executeScript("arguments[0].value = '2025-03-12'", field("date"));
        type("reference", "GR 2025/17");
        confirmWith(browser.findElement(By.cssSelector(".plan-lifecycle .button--primary")));
        assertThat(text(By.tagName("main"))).contains("GR 2025/17");
        signOut();

        // The department contact posts progress on their department's action.
        signIn(contact);
        visit("/me/actions");
        browser.findElement(By.linkText("Counselling office")).click();
        assertAccessible();
        new Select(field("status")).selectByValue("IN_PROGRESS");
        type("progress", "40");
        type("narrative", "The office opened in March");
        submit(primaryButton());
        signOut();

        // The public finds the plan from the city's page, with its progress and history.
        visit("/cities/" + slug);
        browser.findElement(By.linkText("Plan against racism 2025–2028")).click();
        assertAccessible();
        var main = text(By.tagName("main"));
        assertThat(main)
                .contains("Counselling office", "Training for teachers", "In progress", "40 %")
                .contains("Adopted by the city council on Mar 12, 2025 (decision GR 2025/17).")
                .contains("Status: Planned → In progress")
                .doesNotContain("Please open the office in the evenings too");
    }

    String person(String role, String slug, RoleGrant grant) {
        var email = role + "-" + slug + "@example.org";
        people.createWithPassword(email, "Journey " + role, "en", PASSWORD, grant);
        return email;
    }

    void signIn(String email) {
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        submit(field("password"));
    }

    void signOut() {
        submit(browser.findElement(By.cssSelector(".site-account form button[type=submit]")));
    }

    /**
     * Submits like {@link #submitWith} but first waits until the browser has left the page, so that axe-core never
     * runs on a page that is being unloaded (a redirect back to the same address is otherwise easily missed).
     */
    void submit(WebElement button) {
        submitWith(button);
    }

    WebElement primaryButton() {
        return browser.findElement(By.cssSelector("main form button.button--primary"));
    }

    void recordNeed(String planPath, String method, String description) {
        visit(planPath + "/needs/new");
        new Select(field("method")).selectByValue(method);
        type("description", description);
        submit(primaryButton());
    }

    void addCommitment(String planPath, String code, String goal) {
        visit(planPath + "/commitments/new");
        new Select(field("frameworkCode")).selectByValue(code);
        type("goal", goal);
        submit(primaryButton());
    }

    /** Adds an action under the n-th commitment; {@code need} picks the first recorded need whose text contains it. */
    void addAction(String planPath, int commitment, String title, String track, String need) {
        visit(planPath);
        browser.findElements(By.partialLinkText("Add an action"))
                .get(commitment)
                .click();
        assertAccessible();
        type("title", title);
        new Select(field("track")).selectByValue(track);
        browser.findElement(By.xpath("//label[normalize-space()='Office for equal opportunities']"))
                .click();
        if (need != null) {
            browser.findElement(By.xpath("//label[contains(., '" + need + "')]"))
                    .click();
        }
        submit(primaryButton());
    }
}
