package org.equicity.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.equicity.people.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the network pages show exists in all five languages, and no bundle has a key the others lack. */
class NetworkMessagesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates/network");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{(network\\.[a-zA-Z0-9.-]+)[}(]");

    /** Keys handed to fragments or to #messages as quoted strings; a trailing dot marks a prefix, not a key. */
    static final Pattern QUOTED_KEY = Pattern.compile("'(network\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])'");

    static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = NetworkMessagesTests.class.getResourceAsStream("/messages/network" + suffix + ".properties")) {
            assertThat(in).as("bundle network%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static TreeSet<String> usedKeys() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var file :
                    files.filter(path -> path.toString().endsWith(".html")).toList()) {
                var text = Files.readString(file);
                for (var pattern : new Pattern[] {STATIC_KEY, QUOTED_KEY}) {
                    var matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        // Keys the templates build from a value: form field labels and role names.
        Stream.of("slug", "name", "description", "website", "reportingPeriodYears", "joinedOn")
                .forEach(field -> keys.add("network.field." + field));
        Stream.of(Role.NETWORK_SECRETARIAT, Role.REVIEWER).forEach(role -> keys.add("network.role." + role));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_fr", "_es", "_it"})
    void everyKeyThePagesUseIsTranslated(String suffix) throws IOException {
        var bundle = bundle(suffix);
        assertThat(usedKeys())
                .hasSizeGreaterThan(50)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr", "_es", "_it"})
    void everyLanguageHasTheSameKeysAsEnglish(String suffix) throws IOException {
        assertThat(bundle(suffix).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("").stringPropertyNames());
    }
}
