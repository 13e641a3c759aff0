package org.equicity.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.city.TestCities;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A city coordinator's first visit, in a real browser: signs in, switches to German, edits the city profile, is
 * told what is wrong with one field, corrects it and finds the saved value on the public page. Every page on the
 * way is checked with axe-core.
 */
class FoundationJourneyBrowserTests extends BrowserTest {

    static final String PASSWORD = "a long journey password";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Test
    void aCoordinatorSignsInSwitchesLanguageAndEditsTheCityProfile() {
        var city = TestCities.create(context, "Reisestadt");
        var email = "coordinator-" + city.slug() + "@example.org";
        people.createWithPassword(
                email, "Kim Koordination", "en", PASSWORD, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));

        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        submitWith(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");

        browser.findElement(By.cssSelector(".language-switcher a[hreflang='de']"))
                .click();
        assertAccessible();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("de");

        visit("/manage/cities/" + city.slug());
        type("focalPointEmail", "not an address");
        type("description", "Eine Stadt, die gerne reist.");
        submitWith(browser.findElement(By.cssSelector("form.city-form button[type=submit]")));

        var focalPointEmail = field("focalPointEmail");
        assertThat(focalPointEmail.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("focalPointEmail-error").getText()).isNotBlank();
        assertThat(field("description").getDomProperty("value")).isEqualTo("Eine Stadt, die gerne reist.");

        type("focalPointEmail", "kim@reisestadt.example");
        submitWith(browser.findElement(By.cssSelector("form.city-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
        assertThat(field("focalPointEmail").getDomProperty("value")).isEqualTo("kim@reisestadt.example");

        visit("/cities/" + city.slug());
        assertThat(text(By.tagName("main"))).contains("Eine Stadt, die gerne reist.");
    }
}
