package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SegmenterTests {

    @Test
    void lineBreaksBlankLinesAndListMarkersAreKeptAndOnlyWordsAreTranslated() {
        var text = "Objetivos del plan.\r\n\n- Vivienda justa.\n  2. Empleo sin discriminación. Formación.\n";

        var segmented = Segmenter.split(text, "es", 1000);

        assertThat(segmented.segments())
                .containsExactly("Objetivos del plan.", "Vivienda justa.", "Empleo sin discriminación. Formación.");
        var upper = segmented.segments().stream()
                .map(s -> s.toUpperCase(Locale.ROOT))
                .toList();
        assertThat(segmented.join(upper))
                .isEqualTo("OBJETIVOS DEL PLAN.\r\n\n- VIVIENDA JUSTA.\n  2. EMPLEO SIN DISCRIMINACIÓN. FORMACIÓN.\n");
    }

    @Test
    void aLongLineIsCutAtSentenceBoundariesUnderTheLimit() {
        var sentence = "La ciudad publica su plan de acción contra el racismo cada año. ";
        var text = sentence.repeat(10).strip();

        var segmented = Segmenter.split(text, "es", 150);

        assertThat(segmented.segments())
                .hasSizeGreaterThan(3)
                .allSatisfy(segment ->
                        assertThat(segment).hasSizeLessThanOrEqualTo(150).endsWith("año."));
        assertThat(segmented.join(segmented.segments())).isEqualTo(text);
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutBetweenWords() {
        var text = "palabra ".repeat(40).strip();

        var segmented = Segmenter.split(text, "es", 50);

        assertThat(segmented.segments()).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(50));
        assertThat(String.join(" ", segmented.segments())).isEqualTo(text);
        assertThat(segmented.join(segmented.segments())).isEqualTo(text);
    }

    @Test
    void anEmptyTextHasNoSegments() {
        assertThat(Segmenter.split("\n\n", "es", 100).segments()).isEqualTo(List.of());
    }
}
