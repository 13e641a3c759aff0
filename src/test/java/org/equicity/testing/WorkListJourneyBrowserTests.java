package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.review.ReviewFixtures;
import org.equicity.review.Reviews;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each role signs in, lands on its work list and reaches the place where its task waits by following the work list's
 * link only, never a typed address: on a desktop screen (1366 px) and on a phone (375 px), every page passing axe and
 * none scrolling sideways.
 */
class WorkListJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "correct horse battery";
    static final List<Dimension> SCREENS = List.of(new Dimension(1366, 900), new Dimension(375, 812));

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Plans plans;

    @Autowired
    Reports reports;

    @AfterEach
    void desktop() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    record Account(String email, PersonId id) {}

    Account person(String role, RoleGrant grant) {
        var email = role + "-" + UUID.randomUUID() + "@example.org";
        return new Account(email, people.createWithPassword(email, "Journey " + role, "en", PASSWORD, grant));
    }

    /** On each screen: signs in, lands on the work list, follows its link to {@code place}. */
    void reachesThroughTheWorkList(Account account, String place) {
        for (var screen : SCREENS) {
            signsInAndLandsOnTheWorkList(account, screen);

            submitWith(browser.findElement(By.cssSelector("main a[href*='" + place + "']")));

            assertThat(browser.getCurrentUrl())
                    .as("at %d px", screen.getWidth())
                    .contains(place);
            assertFitsTheScreen();
        }
    }

    void signsInAndLandsOnTheWorkList(Account account, Dimension screen) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(screen);
        visit("/login");
        type("email", account.email());
        type("password", PASSWORD);
        submitWith(field("password"));
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertFitsTheScreen();
    }

    void assertFitsTheScreen() {
        var widths = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth, Array.from(document.querySelectorAll("
                        + "'main *')).filter(e => e.getBoundingClientRect().right > window.innerWidth"
                        + " && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth))"
                        + ".slice(0, 3).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim()"
                        + ".slice(0, 40)).join(' | ')]");
        assertThat(((Number) widths.get(0)).longValue())
                .as("width of %s (too wide: %s)", browser.getCurrentUrl(), widths.get(2))
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }

    @Test
    void theSecretariatReachesAReportToDecideAndTheCoordinatorTheReturnedReport() {
        var fixtures = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "Journey cycle", 2023);
        var report = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, report);
        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));

        reachesThroughTheWorkList(
                person(
                        "secretariat",
                        RoleGrant.inNetwork(
                                Role.NETWORK_SECRETARIAT, fixtures.network().id())),
                "/manage/networks/" + fixtures.network().slug() + "/cycles/" + cycle.value() + "/reports/"
                        + report.value());

        as(fixtures.secretariat(), () -> reports.returnForRevision(report, "Please add the budget of each action."));
        reachesThroughTheWorkList(
                person(
                        "coordinator",
                        RoleGrant.inCity(Role.CITY_COORDINATOR, fixtures.city().id())),
                "/manage/cities/" + fixtures.city().slug() + "/reports/" + report.value());
    }

    @Test
    void aPartnerReachesTheOpenConsultationAndADepartmentContactTheActionToUpdate() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        var action = as(coordinator, () -> {
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            var added = plans.addAction(
                    plan,
                    commitment,
                    PlanFixtures.action("Monitoring office", ActionStatus.IN_PROGRESS, city, List.of()));
            plans.openConsultation(plan);
            return added;
        });

        reachesThroughTheWorkList(
                person(
                        "partner",
                        RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id())),
                "/plans/" + plan.value() + "/consultation");

        as(coordinator, () -> plans.adopt(plan, PlanFixtures.DECISION));
        reachesThroughTheWorkList(
                person(
                        "contact",
                        RoleGrant.departmentContact(
                                city.city().id(), city.department().id())),
                "/plans/" + plan.value() + "/actions/" + action.value() + "/progress");
    }

    @Test
    void aReviewerReachesTheReviewAssignedToThem() {
        var fixtures = ReviewFixtures.create(context);
        var practice = fixtures.directSubmission(context, "Anti-discrimination office");
        var reviewer = person(
                "reviewer",
                RoleGrant.inNetwork(Role.REVIEWER, fixtures.report().network().id()));
        var assignment =
                as(fixtures.secretariat(), () -> context.getBean(Reviews.class).assign(practice, reviewer.id()));

        reachesThroughTheWorkList(reviewer, "/reviews/" + assignment.value());
    }

    @Test
    void theAdministratorSeesTheFailedTranslationAndMailAndRunsTheTranslationAgain() {
        var jdbc = context.getBean(JdbcTemplate.class);
        var field = new FieldRef("practice", UUID.randomUUID(), "description");
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> context.getBean(Translations.class)
                        .textsSaved(new CityId(UUID.randomUUID()), "it", Map.of(field, "Buongiorno a tutti.")));
        jdbc.update(
                "insert into mail_message (id, recipient, subject, body, created_at, status, failure)"
                        + " values (?, ?, ?, ?, ?, 'FAILED', ?)",
                UUID.randomUUID(),
                "partner@example.org",
                "Your comment was answered",
                "Read the answer.",
                Timestamp.from(Instant.now()),
                "Connection refused by the mail server");
        var admin = person("admin", RoleGrant.platformAdmin());

        for (var screen : SCREENS) {
            // the worker gave up: as it leaves a job after its last attempt
            jdbc.update(
                    "update translation_job set state = 'FAILED', attempts = 3, last_error = ? where owner_id = ?",
                    "DeepL answered 456",
                    field.ownerId());
            signsInAndLandsOnTheWorkList(admin, screen);
            assertThat(text(By.tagName("main")))
                    .contains("Translation from Italian into English", "DeepL answered 456")
                    .contains("Mail to partner@example.org", "Connection refused by the mail server");

            submitWith(browser.findElement(By.cssSelector("main a[href='/admin/outbox']")));
            assertThat(text(By.tagName("main"))).contains("Your comment was answered", "Connection refused");
            assertFitsTheScreen();

            browser.navigate().back();
            submitWith(browser.findElement(By.cssSelector("main a[href='/admin/translations']")));
            assertFitsTheScreen();
            submitWith(browser.findElement(By.xpath("//tr[.//code[text()='" + field + "']]//button[@type='submit']")));
            assertThat(text(By.tagName("main"))).contains("The job will run again within a few seconds.");
            assertFitsTheScreen();
        }
    }
}
