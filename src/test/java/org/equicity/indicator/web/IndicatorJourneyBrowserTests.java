package org.equicity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.equicity.indicator.IndicatorFixtures;
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
 * A department contact enters a year's figures with their breakdown, the coordinator approves and locks the year,
 * and the public reads the chart with the small cells suppressed and marked, and the legend that explains the
 * markers; axe-core checks every page on the way.
 */
class IndicatorJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "Figures that identify nobody, 2025!";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aContactEntersAYearTheCoordinatorLocksItAndThePublicSeesItSuppressed() {
        var plan = IndicatorFixtures.plan(context, 1);
        var indicator = IndicatorFixtures.define(context, plan, List.of(IndicatorFixtures.SEX));
        var slug = plan.city().city().slug();
        var page = "/manage/cities/" + slug + "/indicators/" + indicator.value();

        signIn(
                "contact-" + slug + "@example.org",
                RoleGrant.departmentContact(
                        plan.city().city().id(), plan.city().department().id()));
        visit(page);
        type("period", "2025");
        submitWith(browser.findElement(By.cssSelector("#period-form button")));
        assertThat(browser.getCurrentUrl()).as(text(By.tagName("main"))).endsWith("/periods/2025");
        type("rows0.value", "57");
        type("rows1.value", "30");
        type("rows2.value", "25");
        type("rows3.value", "2");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("The figures are saved.", "Not for publication");

        browser.manage().deleteAllCookies();
        signIn(
                "coordinator-" + slug + "@example.org",
                RoleGrant.inCity(Role.CITY_COORDINATOR, plan.city().city().id()));
        visit(page);
        submitWith(browser.findElement(By.xpath("//button[contains(., 'Approve and lock 2025')]")));
        assertThat(text(By.tagName("main"))).contains("The period is locked");

        browser.manage().deleteAllCookies();
        visit("/cities/" + slug + "/plans/" + plan.plan().value());
        browser.findElement(By.linkText("Indicators")).click();
        assertAccessible();
        browser.findElement(By.linkText("Reported incidents of discrimination")).click();
        assertAccessible();
        var main = text(By.tagName("main"));
        assertThat(main)
                .contains("Symbols used in this table", "suppressed: too few people", "57")
                .doesNotContain("Not for publication");
        assertThat(browser.findElements(By.cssSelector("main svg[role=img]"))).hasSize(2);
        assertThat(
                        browser.findElements(
                                By.xpath(
                                        "//table[caption[contains(., 'Sex')]]//td[starts-with(normalize-space(.), '[s]') or starts-with(normalize-space(.), '[d]')]")))
                .as("the small cell and one that would give it away")
                .hasSizeGreaterThanOrEqualTo(2);
        visit("/cities/" + slug + "/indicators/" + indicator.value() + "?lang=de");
        assertThat(text(By.tagName("main"))).contains("Zeichen in dieser Tabelle", "unterdrückt");
    }

    private void signIn(String email, RoleGrant grant) {
        people.createWithPassword(email, "Person " + email, "en", PASSWORD, grant);
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);
    }
}
