package org.equicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.network.NetworkTestData;
import org.equicity.translation.TranslationTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A German city's public page read in English: the recording LibreTranslate stand-in writes "EN " before what it
 * translates, so that translation and original can be told apart on the page.
 */
class CityPageReadingTests extends TranslationTestContext {

    static final String DESCRIPTION = "Graz ist die erste Menschenrechtsstadt Europas.";
    static final String COORDINATION = "Das Menschenrechtsbüro koordiniert den Aktionsplan.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Cities cities;

    String read(String page) throws Exception {
        return mvc.perform(get(page))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    CitySummary germanCityWithAProfile() {
        var data = new NetworkTestData(context);
        var city = data.city("Graz");
        data.as(data.coordinatorOf(city.id()), () -> {
            var stored = cities.profileForEditing(city.id());
            cities.updateProfile(new UpdateProfile(
                    city.id(),
                    stored.version(),
                    300_000L,
                    List.of("de"),
                    new Level1Profile(null, null, COORDINATION, null, null, DESCRIPTION)));
            return null;
        });
        return city;
    }

    @Test
    void theProfilesTextsAreReadInEnglishEachWithItsOriginalAtHand() throws Exception {
        var city = germanCityWithAProfile();
        runWorker(context);
        var page = "/cities/" + city.slug();

        assertThat(read(page + "?lang=en"))
                .contains("<span lang=\"en\" class=\"pre-line\">EN " + DESCRIPTION + "</span>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN " + COORDINATION + "</span>")
                .contains("Machine-translated from German")
                .contains("lang=\"de\">" + DESCRIPTION + "</p>");
        assertThat(read(page + "?lang=en&originals=true"))
                .contains("<span lang=\"de\" class=\"pre-line\">" + DESCRIPTION + "</span>")
                .doesNotContain("EN " + DESCRIPTION);
    }

    @Test
    void aReaderOfTheCitysLanguageReadsTheTextsAsWritten() throws Exception {
        var city = germanCityWithAProfile();
        runWorker(context);

        assertThat(read("/cities/" + city.slug() + "?lang=de"))
                .contains("<span lang=\"de\" class=\"pre-line\">" + DESCRIPTION + "</span>")
                .doesNotContain("EN " + DESCRIPTION);
    }
}
