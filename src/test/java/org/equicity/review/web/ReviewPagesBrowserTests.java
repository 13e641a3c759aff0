package org.equicity.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.review.ReviewFixtures;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The secretariat assigns a reviewer and the reviewer starts the review form, in a real browser; axe-core checks
 * every page on the way.
 */
class ReviewPagesBrowserTests extends BrowserTest {

    static final String PASSWORD = "Reviews of good practice, 2025!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void theSecretariatAssignsAndTheReviewerFindsAnAccessibleForm() {
        var fixtures = ReviewFixtures.create(context);
        var network = fixtures.report().network();
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var reviewerName = "Rita Reviewer " + suffix;
        var reviewerEmail = "reviewer-" + suffix + "@example.org";
        people.createWithPassword(
                reviewerEmail, reviewerName, "en", PASSWORD, RoleGrant.inNetwork(Role.REVIEWER, network.id()));

        signIn("secretariat-" + suffix + "@example.org", RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        visit("/manage/networks/" + network.slug());
        browser.findElement(By.linkText("Reviews of good practices")).click();
        assertAccessible();
        var select = field("reviewer-p-" + practice.value());
        new Select(select).selectByVisibleText(reviewerName);
        submitWith(select.findElement(By.xpath("./ancestor::form//button")));
        assertThat(text(By.tagName("main"))).contains("The reviewer has been assigned.", "0 of 1 review submitted");
        browser.findElement(By.linkText("Welcome desk")).click();
        assertAccessible();
        assertThat(text(By.tagName("main"))).contains(reviewerName, "The decision can be recorded once");

        browser.manage().deleteAllCookies();
        signIn(reviewerEmail, null);
        visit("/me");
        browser.findElement(By.linkText("My reviews")).click();
        assertAccessible();
        browser.findElement(By.linkText("Welcome desk")).click();
        assertAccessible();
        field("rating-goal-oriented-PARTLY_MET").click();
        type("justification-goal-oriented", "Clear goals");
        submitWith(browser.findElement(By.cssSelector("button[value=submit]")));
        assertThat(text(By.id("error-summary"))).contains("Choose a rating for “Customer-responsive”.");
        assertThat(field("justification-goal-oriented").getAttribute("value")).isEqualTo("Clear goals");
    }

    private void signIn(String email, RoleGrant grant) {
        if (grant != null) {
            people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        }
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }
}
