package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.equicity.EventsSettled;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The journey of issue 13 in a real browser: a network's secretariat uploads a published compendium, corrects two
 * owners the preview could not recognise, imports it, and a member of the public finds one of its practices by a
 * Spanish query and downloads its citation, which names the compendium it was published in. axe-core checks every
 * page on the way.
 */
class PracticeImportBrowserTests extends BrowserTest {

    static final String PASSWORD = "Compendia of good practice, 2026!";
    static final String SPANISH = "Oficina antirrumores de Valencia";

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    EventPublicationRegistry publications;

    @Test
    void theSecretariatImportsACompendiumAndThePublicFindsAPracticeInSpanishAndCitesIt() throws Exception {
        var world = new ImportWorld(context);
        var document = Files.createTempFile("compendium", ".docx");
        Files.write(document, compendium().docx());
        var email = "secretariat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        people.createWithPassword(
                email,
                "Sara Secretariat",
                "en",
                PASSWORD,
                RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, world.network.id()));
        visit("/login");
        type("email", email);
        type("password", PASSWORD);
        field("password").sendKeys(Keys.ENTER);

        visit("/manage/networks/" + world.network.slug() + "/practice-imports");
        field("file").sendKeys(document.toAbsolutePath().toString());
        type("sourceTitle", "Compendium of urban practices against discrimination");
        type("sourcePublisher", "Council of Europe");
        type("sourceDate", "2019");
        type("designatedBy", "Intercultural Cities programme");
        submitWith(browser.findElement(By.cssSelector("main form button.button--primary")));
        assertThat(text(By.tagName("main"))).contains("38 practices found", "Not recognised: Atlantis");

        new Select(ownerOf("Harbour festival")).selectByVisibleText("Lisbon");
        new Select(ownerOf("Housing for all campaign")).selectByVisibleText("Federal Ministry of Social Affairs");
        submitWith(ownerOf("Harbour festival").findElement(By.xpath("./ancestor::form//button[@type='submit']")));
        assertThat(text(By.tagName("main"))).contains("38 new").doesNotContain("Not recognised");

        submitWith(browser.findElement(By.xpath("//form[contains(@action, '/confirm')]//button")));
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(driver -> {
            driver.navigate().refresh();
            return text(By.tagName("main")).contains("Imported: 38 new");
        });
        assertAccessible();
        Files.delete(document);
        // the search index follows the import after it has committed, in the background
        EventsSettled.await(publications);

        browser.manage().deleteAllCookies();
        visit("/search");
        type("q", "oficina antirrumores");
        submitWith(field("q"));
        browser.findElement(By.linkText(SPANISH)).click();
        assertAccessible();
        assertThat(text(By.id("citation"))).contains("Valencia", SPANISH, "Council of Europe");
        var ris =
                browser.findElement(By.linkText("Download the citation as RIS")).getAttribute("href");
        var citation = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(ris)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(citation.statusCode()).isEqualTo(200);
        assertThat(citation.body())
                .contains("TI  - " + SPANISH, "AU  - Valencia")
                .contains("T2  - Compendium of urban practices against discrimination");
    }

    private WebElement ownerOf(String title) {
        return browser.findElement(By.xpath("//tr[th/span[text()='" + title + "']]//select"));
    }

    /** The tests' compendium, and a practice its publisher wrote in Spanish under Spanish labels. */
    private static TestCompendium compendium() {
        var sections = new LinkedHashMap<String, String>();
        sections.put("Tipo", "Programa");
        sections.put("Ámbito de intervención", "Estrategias antirrumores");
        sections.put("Duración", "De 2019 a 2022");
        sections.put(
                "Objetivo",
                "La oficina antirrumores forma a vecinas y vecinos para desmontar los prejuicios sobre la inmigración.");
        sections.put("Proceso", "Talleres en los barrios, una guía de conversación y una red de agentes antirrumores.");
        sections.put("Resultados", "Más de mil agentes formados y menos quejas por discriminación.");
        return ImportWorld.compendium().written(ImportWorld.THEME_TWO, "SPAIN", "VALENCIA: " + SPANISH, sections);
    }
}
