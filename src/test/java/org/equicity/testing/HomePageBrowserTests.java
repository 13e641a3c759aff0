package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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

    @Test
    void theContentSecurityPolicyCheckFailsOnAPageThatRunsAnInlineScript() {
        visit("/");
        ((JavascriptExecutor) browser)
                .executeScript("var s = document.createElement('script');"
                        + " s.textContent = 'document.title = \"inline\"'; document.head.appendChild(s);");

        assertThat(browser.getTitle()).isNotEqualTo("inline");
        assertThatThrownBy(this::assertWithinContentSecurityPolicy)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy");
    }
}
