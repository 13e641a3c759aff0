package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.Text;
import org.equicity.shared.UiSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every piece of interface text comes from a message bundle, and every bundle exists in every offered language
 * with the same keys: a text missing in Italian, or typed into a template in English, fails the build.
 */
class InterfaceTextTests {

    static final List<String> LANGUAGES = UiSettings.OFFERED;

    /** Attributes a reader or a screen reader gets to see. */
    static final Set<String> VISIBLE_ATTRIBUTES =
            Set.of("title", "placeholder", "aria-label", "alt", "aria-description");

    /** Expressions whose result is shown as text, where a quoted literal would be untranslated text. */
    static final Set<String> TEXT_EXPRESSIONS = Set.of(
            "th:text", "th:utext", "th:title", "th:placeholder", "th:aria-label", "th:alt", "th:aria-description");

    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern EXPRESSION = Pattern.compile("[#$@~*]\\{[^{}]*}");
    static final Pattern QUOTED_WORDS = Pattern.compile("'[^']*\\p{L}[^']*'");
    static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        var problems = new ArrayList<String>();
        for (var basename : basenames()) {
            var english = load(basename, null);
            for (var language : LANGUAGES.subList(1, LANGUAGES.size())) {
                var translated = load(basename, language);
                if (translated == null) {
                    problems.add(basename + "_" + language + ".properties is missing");
                    continue;
                }
                var missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                var extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                missing.forEach(key -> problems.add(basename + "_" + language + ": missing " + key));
                extra.forEach(key -> problems.add(basename + "_" + language + ": not in English " + key));
                translated.stringPropertyNames().stream()
                        .filter(key -> translated.getProperty(key).isBlank())
                        .forEach(key -> problems.add(basename + "_" + language + ": empty " + key));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A message with arguments goes through {@code MessageFormat}, where a single apostrophe starts a quoted part:
     * "l'année {0}" would show "lannée {0}" with the argument unfilled, so it must be written "l''année {0}".
     */
    @Test
    void anApostropheIsDoubledExactlyInMessagesWithArguments() throws IOException {
        var problems = new ArrayList<String>();
        for (var basename : basenames()) {
            for (var language : LANGUAGES) {
                var messages = load(basename, language.equals("en") ? null : language);
                if (messages == null) {
                    continue;
                }
                for (var key : new TreeSet<>(messages.stringPropertyNames())) {
                    var text = messages.getProperty(key);
                    // without arguments a message is shown as written, so a doubled apostrophe would show twice
                    var formatted = ARGUMENT.matcher(text).find();
                    if (formatted ? text.replace("''", "").contains("'") : text.contains("''")) {
                        problems.add(basename + "_" + language + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleOnTheClasspathIsRegisteredAndNoKeyIsDefinedTwice() throws IOException {
        var registered = new TreeSet<>(basenames());
        var present = new TreeSet<String>();
        for (var file : resources.getResources("classpath*:messages/*.properties")) {
            present.add("messages/" + file.getFilename().replaceFirst("(_[a-z]{2})?\\.properties$", ""));
        }
        assertThat(registered).containsExactlyElementsOf(present);

        var owner = new TreeMap<String, String>();
        var duplicates = new ArrayList<String>();
        for (var basename : registered) {
            for (var key : load(basename, null).stringPropertyNames()) {
                var previous = owner.put(key, basename);
                if (previous != null) {
                    duplicates.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        var known = new TreeSet<String>();
        for (var basename : basenames()) {
            known.addAll(load(basename, null).stringPropertyNames());
        }
        var missing = new TreeSet<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(template.getFilename() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesContainNoLiteralText() throws Exception {
        var problems = new ArrayList<String>();
        for (var template : templates()) {
            try (var reader = new InputStreamReader(template.getInputStream(), StandardCharsets.UTF_8)) {
                var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
                        .parse(template.getFilename(), reader);
                inspect(document, false, template.getURI().toString().replaceFirst(".*/templates/", ""), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextWhereItIs() throws Exception {
        var problems = new ArrayList<String>();
        var html = "<div><p>Typed in English</p><p th:text=\"#{a}\">Prototype</p>"
                + "<input placeholder=\"Your name\"><span th:text=\"'Quoted words'\">x</span>"
                + "<span th:text=\"${#temporals.format(d, 'dd MMM')}\">x</span> · </div>";
        var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse("t", html);
        inspect(document, false, "t", problems);
        assertThat(problems)
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("Typed in English"))
                .anySatisfy(p -> assertThat(p).contains("Your name"))
                .anySatisfy(p -> assertThat(p).contains("Quoted words"));
    }

    private void inspect(INestableNode node, boolean replaced, String template, List<String> problems) {
        for (var child : node.getChildren()) {
            if (child instanceof Text text
                    && !replaced
                    && LETTER.matcher(text.getContent()).find()) {
                problems.add(template + ": literal text \"" + text.getContent().strip() + "\"");
            } else if (child instanceof Element element) {
                var name = element.getElementName().toLowerCase();
                if (name.equals("script") || name.equals("style")) {
                    continue;
                }
                var attributes = element.getAttributeMap();
                attributes.forEach((attribute, value) -> {
                    var plain = attribute.toLowerCase();
                    if (!replaced
                            && VISIBLE_ATTRIBUTES.contains(plain)
                            && !attributes.containsKey("th:" + plain)
                            && value != null
                            && LETTER.matcher(value).find()) {
                        problems.add(template + ": literal " + plain + "=\"" + value + "\"");
                    }
                    if (TEXT_EXPRESSIONS.contains(plain)
                            && value != null
                            && QUOTED_WORDS.matcher(withoutExpressions(value)).find()) {
                        problems.add(template + ": literal text in " + plain + "=\"" + value + "\"");
                    }
                });
                // Pages replace their html element with the layout, which renders the fragments they pass: that
                // replacement does not make the page's own text prototype text.
                boolean replacesBody = !name.equals("html")
                        && (attributes.containsKey("th:text")
                                || attributes.containsKey("th:utext")
                                || attributes.containsKey("th:errors")
                                || attributes.containsKey("th:replace")
                                || attributes.containsKey("th:insert")
                                || attributes.containsKey("th:remove")
                                || attributes.containsKey("sec:authentication"));
                inspect(element, replaced || replacesBody, template, problems);
            }
        }
    }

    private static String withoutExpressions(String value) {
        String previous;
        do {
            previous = value;
            value = EXPRESSION.matcher(value).replaceAll("");
        } while (!value.equals(previous));
        return value;
    }

    private List<Resource> templates() throws IOException {
        return List.of(resources.getResources("classpath*:templates/**/*.html"));
    }

    private List<String> basenames() throws IOException {
        try (var in = resources.getResource("classpath:application.yml").getInputStream()) {
            JsonNode yaml = new YAMLMapper().readTree(in);
            var list = yaml.path("spring").path("messages").path("basename").asString();
            return List.of(list.split("\\s*,\\s*"));
        }
    }

    private Properties load(String basename, String language) throws IOException {
        var name = basename + (language == null ? "" : "_" + language) + ".properties";
        var resource = resources.getResource("classpath:" + name);
        if (!resource.exists()) {
            return null;
        }
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
