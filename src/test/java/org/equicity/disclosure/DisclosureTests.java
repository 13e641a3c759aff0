package org.equicity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.equicity.disclosure.Disclosure.LegendEntry;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Rules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A city publishes a table of figures about people through the application's own disclosure rules. */
@SpringBootTest
@AutoConfigureMockMvc
class DisclosureTests {

    @Autowired
    Disclosure disclosure;

    @Autowired
    ITemplateEngine templates;

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

    @Test
    void everyMarkerIsExplainedInEveryInterfaceLanguageForExports() {
        var everyMarker = Arrays.stream(Marker.values()).map(LegendEntry::of).toList();

        for (var language : List.of("en", "de", "fr", "es", "it")) {
            var lines = disclosure.legend(everyMarker, Locale.forLanguageTag(language));

            assertThat(lines).hasSize(Marker.values().length + 1);
            assertThat(lines.subList(1, lines.size()))
                    .as("in %s", language)
                    .allSatisfy(line -> assertThat(line).matches("\\[.\\] \\p{L}.{5,}"));
        }
        assertThat(disclosure.legend(List.of(LegendEntry.of(Marker.SUPPRESSED_SMALL)), Locale.GERMAN))
                .containsExactly(
                        "Zeichen in dieser Tabelle",
                        "[s] unterdrückt: zu wenige Personen, um den Wert ohne Gefahr der Identifizierung zu"
                                + " veröffentlichen");
    }

    @Test
    void aPageShowsTheLegendOfTheMarkersItsTableUses() {
        var sex = Tables.flat("sex", "total", "female", "male");
        var tables = Tables.over(sex)
                .count("2025", 40, "total")
                .count("2025", 31, "female")
                .count("2025", 9, "male");
        var published = disclosure.publish(tables.table(), disclosure.rules("complaints"));

        var html = templates.process(
                "disclosure/legend",
                Set.of("legend"),
                new Context(Locale.FRENCH, Map.of("entries", published.legend())));

        assertThat(html)
                .contains("Signes utilisés dans ce tableau")
                .contains("<dt>[s]</dt>")
                .contains("masqué : trop peu de personnes")
                .contains("<dt>[d]</dt>")
                .doesNotContain("[c]");
    }
}
