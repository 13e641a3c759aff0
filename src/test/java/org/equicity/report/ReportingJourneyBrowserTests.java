package org.equicity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.equicity.city.TestCities;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.review.ReviewFixtures;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A reporting cycle from opening to a good practice in the public library, in a real browser, as the issue tells it:
 * the secretariat opens a cycle; the city's coordinator starts the report, adds the impact of an action, explains the
 * commitments without action and submits; the secretariat returns it once and accepts the revision; the secretariat
 * nominates the accepted action and assigns a reviewer of another city, who rates every criterion; the secretariat
 * designates the practice; an anonymous visitor finds it in the library and cites it, without seeing the review.
 * Only the people, the network, its member city and the city's plan are prepared; axe-core checks every page.
 */
class ReportingJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "From a report to a good practice";
    static final String ACTION = "Monitoring office";
    static final String PRIVATE = "Reviewer's private reasoning";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aReportedActionBecomesAGoodPracticeThatTheLibraryShows() {
        var fixtures = ReportFixtures.create(context);
        var network = fixtures.network();
        var city = fixtures.city();
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var secretariat = person("secretariat", suffix, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var coordinator = person("coordinator", suffix, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        var reviewerCity = TestCities.create(context, "Prüfstadt", "DE");
        var reviewerName = "Rosa Reviewer " + suffix;
        var reviewer = "reviewer-" + suffix + "@example.org";
        people.createWithPassword(
                reviewer,
                reviewerName,
                "en",
                PASSWORD,
                RoleGrant.inNetwork(Role.REVIEWER, network.id()),
                RoleGrant.inCity(Role.CITY_COORDINATOR, reviewerCity.id()));

        // 1. The secretariat opens a cycle over 2023–2024 for its members.
        signIn(secretariat);
        visit("/manage/networks/" + network.slug());
        follow("Reporting cycles");
        type("name", "Reports 2023–2024");
        date("periodFrom", "2023-01-01");
        date("periodTo", "2024-12-31");
        date("deadline", "2027-03-31");
        assertThat(checkboxLabelled(city.name()).isSelected()).isTrue();
        submitWith(button("Open a reporting cycle"));
        assertThat(main()).contains("The reporting cycle is open.", city.name(), "Not started");
        signOut();

        // 2. The coordinator starts the report from the plan, adds the impact and explains the empty commitments.
        signIn(coordinator);
        visit("/manage/cities/" + city.slug());
        follow("Reports to networks");
        submitWith(button("Start the report"));
        assertThat(main()).contains("The report was started", ACTION);
        follow(ACTION);
        type("impact", "Forty complaints were followed up");
        submitWith(button("Save"));
        assertThat(main()).contains("Saved.", "no action: please explain why");
        explainEveryCommitmentWithoutAction();
        assertThat(main()).doesNotContain("no action: please explain why");
        confirmWith(browser.findElement(By.linkText("Submit the report to the network")));
        assertThat(main()).contains("The report was submitted to the network.");
        signOut();

        // 3. The secretariat returns it once with a comment.
        signIn(secretariat);
        openTheCitysReport(network.slug(), city.name());
        type("comments", "Please say how many complaints led to a mediation");
        submitWith(button("Return for revision"));
        assertThat(main()).contains("The report was returned to the city for revision.");
        signOut();

        // The coordinator reads the comment, revises the action and submits again.
        signIn(coordinator);
        visit("/manage/cities/" + city.slug() + "/reports");
        assertThat(main()).contains("Returned for revision");
        follow("Reports 2023–2024");
        assertThat(main()).contains("Please say how many complaints led to a mediation");
        follow(ACTION);
        type("impact", "Forty complaints were followed up; twelve led to a mediation");
        submitWith(button("Save"));
        confirmWith(browser.findElement(By.linkText("Submit the report to the network")));
        assertThat(main()).contains("The report was submitted to the network.");
        signOut();

        // The secretariat compares the versions and accepts the revision.
        signIn(secretariat);
        openTheCitysReport(network.slug(), city.name());
        follow("Compare version 1 with version 2");
        assertThat(main()).contains("twelve led to a mediation");
        browser.navigate().back();
        submitWith(button("Accept the report"));
        assertThat(main()).contains("The report was accepted.");

        // 4. The secretariat nominates the accepted action and assigns the reviewer of another city.
        visit("/manage/networks/" + network.slug());
        follow("Reviews of good practices");
        var choice = fieldLabelled("Reviewer for “" + ACTION + "”");
        new Select(choice).selectByVisibleText(reviewerName);
        submitWith(button("Nominate and assign"));
        assertThat(main()).contains("The reviewer has been assigned.", "0 of 1 review submitted");
        signOut();

        // 5. The reviewer rates every criterion with a justification and recommends the designation.
        signIn(reviewer);
        visit("/me");
        follow("My reviews");
        follow(ACTION);
        for (var criterion : ReviewFixtures.CRITERIA) {
            field("rating-" + criterion + "-MET").click();
            type("justification-" + criterion, PRIVATE + " on " + criterion);
        }
        type("assessment", "A sound office with measurable results");
        field("recommendation-DESIGNATE").click();
        submitWith(button("Submit review"));
        assertThat(main()).contains("Your review has been submitted.");
        signOut();

        // 6. The secretariat reads the review and records the committee's decision.
        signIn(secretariat);
        visit("/manage/networks/" + network.slug() + "/reviews");
        assertThat(main()).contains("1 of 1 review submitted");
        submitWith(browser.findElements(By.linkText(ACTION)).get(0));
        assertThat(main()).contains(PRIVATE + " on goal-oriented");
        field("decision-DESIGNATE").click();
        type("note", "Committee meeting of March");
        submitWith(button("Record the decision"));
        assertThat(main()).contains("The practice has been designated a good practice.");
        signOut();

        // 7. An anonymous visitor filters the library, finds the practice and cites it.
        visit("/practices");
        new Select(field("country")).selectByValue("AT");
        new Select(field("commitment")).selectByValue("1");
        new Select(field("city")).selectByValue(city.slug());
        submitWith(button("Show"));
        assertThat(text(By.id("results-title"))).isEqualTo("1 practice");
        follow(ACTION);
        var permalink = browser.getCurrentUrl();
        assertThat(permalink).matches(".*/practices/[0-9a-f-]{36}");
        assertThat(text(By.id("citation"))).contains(city.name(), ACTION);
        assertThat(main())
                .contains("twelve led to a mediation", "Designated")
                .doesNotContain(PRIVATE, "A sound office with measurable results", "Committee meeting of March");
    }

    void explainEveryCommitmentWithoutAction() {
        var fields = browser.findElements(By.cssSelector("textarea[id^='explanation-']")).stream()
                .map(area -> area.getAttribute("id"))
                .toList();
        assertThat(fields).isNotEmpty();
        for (var id : fields) {
            type(id, "Not planned in this period");
            submitWith(field(id).findElement(By.xpath("./ancestor::form//button")));
            assertThat(main()).contains("Saved.");
        }
    }

    void openTheCitysReport(String network, String city) {
        visit("/manage/networks/" + network);
        follow("Reporting cycles");
        follow("Reports 2023–2024");
        follow(city);
    }

    String person(String role, String suffix, RoleGrant grant) {
        var email = role + "-" + suffix + "@example.org";
        people.createWithPassword(email, "Journey " + role, "en", PASSWORD, grant);
        return email;
    }

    void signIn(String email) {
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        submitWith(field("password"));
    }

    void signOut() {
        submitWith(browser.findElement(By.cssSelector(".site-account form button[type=submit]")));
    }

    /** Follows a link by its text from the keyboard, waits for the page it leads to and checks that page. */
    void follow(String linkText) {
        submitWith(browser.findElement(By.linkText(linkText)));
    }

    WebElement button(String text) {
        return browser.findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    WebElement fieldLabelled(String label) {
        return field(browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
                .getAttribute("for"));
    }

    WebElement checkboxLabelled(String label) {
        return fieldLabelled(label);
    }

    /** Date fields take their value in the format the browser's locale shows, so the ISO value is set directly. */
    void date(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", field(id), isoDate);
    }

    String main() {
        return text(By.tagName("main"));
    }
}
