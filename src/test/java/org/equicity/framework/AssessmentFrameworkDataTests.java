package org.equicity.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equicity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework whose data declares an answer scale is an assessment framework: the EUROCITIES benchmark with its
 * levels, evidence kinds, context factors and the examples of the toolkit in five languages, and an index-like
 * framework scored from 0 to 100 with weights, loaded from a directory like any installation's own. Mistakes in the
 * new parts stop start-up with the file named, as every other mistake does.
 */
class AssessmentFrameworkDataTests {

    static final Path INDEX = Path.of("src/test/resources/assessment-frameworks");

    @TempDir
    Path directory;

    @Test
    void theBenchmarkDeclaresItsScaleEvidenceContextAndExamplesInEveryLanguage() {
        var catalogue = FrameworkLoader.load(FrameworkLoader.fromClasspath());
        var benchmark = catalogue
                .find(FrameworkRef.parse("eurocities-benchmark-key-factors@2012"))
                .orElseThrow();

        var scale = benchmark.scale();
        assertThat(scale).isNotNull();
        assertThat(scale.kind()).isEqualTo(AnswerScale.Kind.LEVELS);
        assertThat(scale.score("met")).contains(100);
        assertThat(scale.score("partly-met")).contains(50);
        assertThat(scale.score("not-applicable")).isEmpty();
        assertThat(scale.accepts("excellent")).isFalse();
        assertThat(benchmark.context()).isEqualTo(FrameworkRef.parse("eurocities-benchmark-context-factors@2012"));
        assertThat(benchmark.evidence())
                .extracting(EvidenceKind::code)
                .containsExactly("minutes", "briefing", "annual-report", "monitoring-data", "press-release", "other");
        assertThat(benchmark.items())
                .allSatisfy(item -> assertThat(item.examples()).isNotEmpty());
        assertThat(benchmark.item("kf11").orElseThrow().examples()).hasSize(1);
        assertThat(benchmark.item("kf1").orElseThrow().examples().get(0).in("fr"))
                .startsWith("La ville de Gand");

        var texts = new ArrayList<LocalizedText>();
        benchmark.items().forEach(item -> texts.addAll(item.examples()));
        scale.levels().forEach(level -> texts.add(level.label()));
        benchmark.evidence().forEach(kind -> texts.add(kind.label()));
        assertThat(texts)
                .allSatisfy(text ->
                        assertThat(List.of("en", "de", "fr", "es", "it")).allMatch(text::has));
        assertThat(catalogue.all().stream().filter(Framework::isAssessment))
                .extracting(Framework::ref)
                .containsExactly(benchmark.ref());
    }

    @Test
    void anIndexLikeFrameworkIsScoredFrom0To100WithWeights() {
        var files = new ArrayList<>(FrameworkLoader.fromClasspath());
        files.addAll(FrameworkLoader.fromDirectory(INDEX));
        var index = FrameworkLoader.load(files)
                .find(FrameworkRef.parse("inclusion-index@2024"))
                .orElseThrow();

        assertThat(index.isAssessment()).isTrue();
        assertThat(index.scale().kind()).isEqualTo(AnswerScale.Kind.SCORE);
        assertThat(index.scale().score("75")).contains(75);
        assertThat(index.scale().accepts("101")).isFalse();
        assertThat(index.scale().accepts("met")).isFalse();
        assertThat(index.items()).extracting(FrameworkItem::weight).containsExactly(2, 1, 1);
        assertThat(index.context()).isNull();
    }

    @Test
    void aScaleWithoutLevelsAWeightBelowOneAndAContextThatDoesNotResolveStopStartUp() throws IOException {
        write("broken-index/2024.yaml", """
                id: broken-index
                version: "2024"
                source: "Tests"
                name: {en: "Broken"}
                scale:
                  kind: levels
                  levels:
                    - code: "not-applicable"
                      label: {en: "Not applicable"}
                evidence:
                  - code: "minutes"
                    label: {de: "Protokoll"}
                items:
                  - code: "a"
                    weight: 0
                    label: {en: "A"}
                    examples:
                      - de: "Nur auf Deutsch"
                """);
        write("dangling-context/2024.yaml", """
                id: dangling-context
                version: "2024"
                source: "Tests"
                name: {en: "Dangling"}
                context: "no-such-framework@1"
                scale: {kind: score}
                items:
                  - code: "a"
                    label: {en: "A"}
                """);

        assertThatThrownBy(() -> FrameworkLoader.load(FrameworkLoader.fromDirectory(directory)))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("no level has a score")
                .hasMessageContaining("evidence minutes: no English label")
                .hasMessageContaining("the weight must be a whole number of 1 or more")
                .hasMessageContaining("example 1 has no English text")
                .hasMessageContaining("context no-such-framework@1 does not resolve");
    }

    private void write(String path, String content) throws IOException {
        var file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
