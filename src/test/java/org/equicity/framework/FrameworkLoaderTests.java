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

class FrameworkLoaderTests {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it");

    /** Short names a page shows in the reader's language; long descriptions and questions stay in five. */
    static final List<String> INTERFACE_LANGUAGES =
            List.of("en", "de", "fr", "es", "it", "el", "hu", "sv", "nl", "pt", "pl");

    @TempDir
    Path directory;

    @Test
    void everyShippedFrameworkLoadsWithEveryTextInAllFiveLanguages() {
        var files = FrameworkLoader.fromClasspath();
        var catalogue = FrameworkLoader.load(files);

        assertThat(catalogue.all())
                .hasSize(
                        (int) files.stream().filter(file -> !file.isCrosswalk()).count())
                .hasSizeGreaterThanOrEqualTo(11);
        assertThat(catalogue.links()).isNotEmpty();
        var missing = new ArrayList<String>();
        for (var framework : catalogue.all()) {
            LANGUAGES.stream()
                    .filter(language -> !framework.name().has(language))
                    .forEach(language -> missing.add(framework.ref() + " name: " + language));
            framework.allItems().forEach(item -> {
                var where = framework.ref() + ":" + item.code();
                LANGUAGES.stream()
                        .filter(language -> !item.label().has(language))
                        .forEach(language -> missing.add(where + " label: " + language));
                if (!item.description().isEmpty()) {
                    LANGUAGES.stream()
                            .filter(language -> !item.description().has(language))
                            .forEach(language -> missing.add(where + " description: " + language));
                }
                for (int q = 0; q < item.questions().size(); q++) {
                    var question = item.questions().get(q);
                    var number = q + 1;
                    LANGUAGES.stream()
                            .filter(language -> !question.has(language))
                            .forEach(language -> missing.add(where + " question " + number + ": " + language));
                }
            });
        }
        assertThat(missing).as("texts missing a language").isEmpty();
    }

    @Test
    void everyShippedNameAndLabelIsInAllElevenInterfaceLanguages() {
        var missing = new ArrayList<String>();
        for (var framework :
                FrameworkLoader.load(FrameworkLoader.fromClasspath()).all()) {
            var where = framework.ref().toString();
            missingLanguages(where + " name", framework.name(), missing);
            framework.allItems().forEach(item -> missingLanguages(where + ":" + item.code(), item.label(), missing));
            var scale = framework.scale();
            if (scale != null) {
                scale.levels()
                        .forEach(level -> missingLanguages(where + " level " + level.code(), level.label(), missing));
            }
            framework
                    .evidence()
                    .forEach(kind -> missingLanguages(where + " evidence " + kind.code(), kind.label(), missing));
        }
        assertThat(missing).as("names and labels missing an interface language").isEmpty();
    }

    private static void missingLanguages(String where, LocalizedText text, List<String> missing) {
        INTERFACE_LANGUAGES.stream()
                .filter(language -> !text.has(language))
                .forEach(language -> missing.add(where + ": " + language));
    }

    @Test
    void versionsAreOrderedNewestFirstWithinAnId() {
        assertThat(List.of("2023.9", "2012", "2023.10", "2023").stream()
                        .sorted(FrameworkCatalogue.VERSION_ORDER.reversed())
                        .toList())
                .containsExactly("2023.10", "2023.9", "2023", "2012");
    }

    @Test
    void aFrameworkFromTheDirectoryIsLoadedBesideTheShippedOnesAndMayBeLinked() throws IOException {
        write("city-network-goals/2025.yaml", framework("city-network-goals", "2025", item("a", "Goal A")));
        write("crosswalk/2025.yaml", crosswalk("2025", "city-network-goals@2025:a", "eccar-commitments@2023:7"));

        var files = new ArrayList<>(FrameworkLoader.fromClasspath());
        files.addAll(FrameworkLoader.fromDirectory(directory));
        var catalogue = FrameworkLoader.load(files);

        assertThat(catalogue.find(new FrameworkRef("city-network-goals", "2025")))
                .isPresent();
        assertThat(catalogue.links())
                .anySatisfy(link -> assertThat(link.from()).hasToString("city-network-goals@2025:a"));
    }

    @Test
    void aDuplicateCodeIsRefusedNamingFileAndItem() throws IOException {
        write(
                "goals/1.yaml",
                framework(
                        "goals",
                        "1",
                        item("a", "A") + "    children:\n" + indent(item("b", "B")) + indent(item("a", "Again"))));

        assertThatThrownBy(() -> FrameworkLoader.load(FrameworkLoader.fromDirectory(directory)))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("goals" + sep() + "1.yaml: item a: duplicate code");
    }

    @Test
    void anItemWithoutEnglishLabelIsRefused() throws IOException {
        write("goals/1.yaml", framework("goals", "1", "  - code: \"x\"\n    label:\n      de: \"Nur Deutsch\"\n"));

        assertThatThrownBy(() -> FrameworkLoader.load(FrameworkLoader.fromDirectory(directory)))
                .hasMessageContaining("1.yaml: item x: no English label");
    }

    @Test
    void aFileWhoseIdOrVersionDoesNotMatchItsPathIsRefused() throws IOException {
        write("goals/2.yaml", framework("aims", "1", item("a", "A")));

        assertThatThrownBy(() -> FrameworkLoader.load(FrameworkLoader.fromDirectory(directory)))
                .hasMessageContaining("2.yaml: id 'aims' does not match its folder 'goals'")
                .hasMessageContaining("2.yaml: version '1' does not match its file name '2.yaml'");
    }

    @Test
    void aCrosswalkReferenceThatDoesNotResolveIsRefusedNamingIt() throws IOException {
        write("goals/1.yaml", framework("goals", "1", item("a", "A")));
        write("crosswalk/1.yaml", crosswalk("1", "goals@1:a", "eccar-commitments@2023:99"));

        var files = new ArrayList<>(FrameworkLoader.fromClasspath());
        files.addAll(FrameworkLoader.fromDirectory(directory));

        assertThatThrownBy(() -> FrameworkLoader.load(files))
                .hasMessageContaining("crosswalk" + sep() + "1.yaml: link 1")
                .hasMessageContaining("'eccar-commitments@2023:99' does not resolve");
    }

    @Test
    void unknownFieldsAndMalformedYamlAreRefusedNamingTheFile() throws IOException {
        write("goals/1.yaml", framework("goals", "1", item("a", "A")) + "colour: blue\n");

        assertThatThrownBy(() -> FrameworkLoader.load(FrameworkLoader.fromDirectory(directory)))
                .hasMessageContaining("1.yaml: not a valid framework file");
    }

    @Test
    void aUsedVersionWhoseFileChangedRefusesStartUp() throws IOException {
        var ref = new FrameworkRef("goals", "1");
        write("goals/1.yaml", framework("goals", "1", item("a", "Goal A")));
        var original = FrameworkLoader.load(FrameworkLoader.fromDirectory(directory));
        var use = new FrameworkCatalogue.Use(
                ref, "network:test", original.fingerprint(ref).orElseThrow());
        original.verifyUnchanged(List.of(use));

        write("goals/1.yaml", framework("goals", "1", item("a", "Goal A, reworded")));
        var edited = FrameworkLoader.load(FrameworkLoader.fromDirectory(directory));

        assertThatThrownBy(() -> edited.verifyUnchanged(List.of(use)))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("goals@1 is used by network:test")
                .hasMessageContaining("a version that has been used is never edited in place: publish a new version");
    }

    @Test
    void aUsedVersionThatWasRemovedRefusesStartUp() throws IOException {
        write("goals/1.yaml", framework("goals", "1", item("a", "A")));
        var catalogue = FrameworkLoader.load(FrameworkLoader.fromDirectory(directory));

        assertThatThrownBy(() -> catalogue.verifyUnchanged(
                        List.of(new FrameworkCatalogue.Use(new FrameworkRef("goals", "0"), "network:test", "abc"))))
                .hasMessageContaining("goals@0 is used by network:test but is no longer loaded");
    }

    @Test
    void lineEndingsDoNotCountAsAnEdit() {
        var unix = new DataFile("a", "goals", "1", "id: goals\nversion: 1\n".getBytes());
        var windows = new DataFile("a", "goals", "1", "id: goals\r\nversion: 1\r\n".getBytes());

        assertThat(unix.fingerprint()).isEqualTo(windows.fingerprint()).hasSize(64);
    }

    private void write(String path, String content) throws IOException {
        var file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String sep() {
        return java.io.File.separator;
    }

    static String framework(String id, String version, String items) {
        return "id: " + id + "\nversion: \"" + version
                + "\"\nsource: \"Test source\"\nname:\n  en: \"Test framework\"\n" + "items:\n" + items;
    }

    static String item(String code, String label) {
        return "  - code: \"" + code + "\"\n    label:\n      en: \"" + label + "\"\n";
    }

    static String indent(String text) {
        return text.indent(4);
    }

    static String crosswalk(String version, String from, String to) {
        return "version: \"" + version + "\"\nlinks:\n  - from: \"" + from + "\"\n    to: \"" + to + "\"\n";
    }
}
