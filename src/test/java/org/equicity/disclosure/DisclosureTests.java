package org.equicity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Rules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** A city publishes a table of figures about people through the application's own disclosure rules. */
@SpringBootTest
@AutoConfigureMockMvc
class DisclosureTests {

    @Autowired
    Disclosure disclosure;

    @Test
    void anInstallationWithoutSettingsProtectsWithTheSoundDefaults() {
        assertThat(disclosure.rules("anything")).isEqualTo(Rules.DEFAULT);
    }

    @Test
    void aSmallCountIsNotPublishedAndTheLegendSaysWhy() {
        var sex = Tables.flat("sex", "total", "female", "male");
        var tables = Tables.over(sex)
                .count("2025", 40, "total")
                .count("2025", 31, "female")
                .count("2025", 9, "male");

        var published = disclosure.publish(tables.table(), disclosure.rules("complaints"));

        var male = Tables.find(published, "2025", tables.coordinates("male"));
        assertThat(male.value()).isNull();
        assertThat(male.marker()).isEqualTo(Marker.SUPPRESSED_SMALL);
        assertThat(published.legend()).extracting(entry -> entry.marker()).contains(Marker.SUPPRESSED_SMALL);
    }
}
