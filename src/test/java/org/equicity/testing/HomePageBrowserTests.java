package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HomePageBrowserTests extends BrowserTest {

    @Test
    void theHomePageIsAccessibleAndSwitchesLanguage() {
        visit("/");
        assertThat(text(By.tagName("h1"))).isNotBlank();

        browser.findElement(By.cssSelector(".language-switcher a[hreflang='de']"))
                .click();
        assertAccessible();

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("de");
        assertThat(text(By.cssSelector(".site-nav"))).contains("Rahmenwerke");
    }

    @Test
    void theAccessibilityCheckFailsOnAPageWithSeriousViolations() {
        browser.get("data:text/html,<html><body><img src='chart.png'><input type='text'></body></html>");
        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
    }
}
