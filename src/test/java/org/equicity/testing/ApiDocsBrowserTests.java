package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The interactive API documentation is a script application; under the site's Content-Security-Policy it must
 * still load its scripts and styles and list the operations. (Its own markup is Swagger UI's, so the page is not
 * held to the accessibility check of the site's pages.)
 */
class ApiDocsBrowserTests extends BrowserTest {

    @Test
    void theApiDocumentationRendersItsOperationsUnderTheContentSecurityPolicy() {
        browser.get("http://localhost:" + port + "/api-docs");

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .anySatisfy(path -> assertThat(path.getText()).contains("/api/v1/reports"));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getCssValue("font-family"))
                .as("Swagger UI's stylesheet applies")
                .isNotBlank();
        assertWithinContentSecurityPolicy();
    }
}
