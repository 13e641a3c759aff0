package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * A broken rule is shown beside the field it names, and where its message names the field, with the field's label in
 * the reader's language ({@code <module>.field.<name>}), never with the field's name in code.
 */
class FieldLabelTests {

    static final Path MAIN = Path.of("src/main/java/org/equicity");

    /** A rule that names its field: {@code RuleViolationException.about("title", "report.rule.…")}. */
    static final Pattern ABOUT = Pattern.compile("RuleViolationException\\.about\\(\\s*\"(\\w+)\",\\s*\"([a-z]+)\\.");

    /** A text rule of a module's {@code TextRules}, whose last argument is the field: {@code RULES.required(x, 300, "title")}. */
    static final Pattern TEXT_RULE =
            Pattern.compile("\\b(?:RULES|TEXTS|Texts)\\.(?:required|optional|lines)\\([^;]*?,\\s*\"(\\w+)\"\\)");

    record YearForm(long version, Integer year) {}

    @Test
    void aRuleAboutAFieldNamesItInTheReadersLanguage() {
        var errors = new FormErrors(messages(), Locale.GERMAN, "report")
                .add(RuleViolationException.about("title", "report.rule.required", "title"));

        assertThat(errors.get("title")).isEqualTo("Bitte füllen Sie Titel aus.");
        assertThat(errors.getAll()).extracting(FormErrors.Entry::field).containsExactly("title");
    }

    @Test
    void aRuleEveryModuleSharesTakesTheLabelOfTheFormsModule() {
        var errors = new FormErrors(messages(), Locale.FRENCH, "practice")
                .add(RuleViolationException.about("title", "text.rule.characters", "title"));

        assertThat(errors.get("title")).contains("Titre").doesNotContain(" title ");
    }

    @Test
    void aValueTheFormCouldNotReadIsShownBesideItsFieldAndOneItDidNotSendIsNoError() {
        var binding = new BeanPropertyBindingResult(new YearForm(0, null), "form");
        binding.addError(new FieldError("form", "year", "twenty", true, new String[] {"typeMismatch"}, null, null));
        binding.addError(new FieldError("form", "version", null, true, new String[] {"typeMismatch"}, null, null));

        var errors = new FormErrors(messages(), Locale.ITALIAN, "report").add(binding);

        assertThat(errors.get("year")).startsWith("Questo valore non è leggibile");
        assertThat(errors.has("version")).isFalse();
    }

    @Test
    void everyFieldARuleNamesHasALabel() throws IOException {
        var bundle = messages();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (var file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var module = MAIN.relativize(file).getName(0).toString();
                var text = Files.readString(file);
                var about = ABOUT.matcher(text);
                while (about.find()) {
                    if (!"text".equals(about.group(2))) {
                        missing.add(about.group(2) + ".field." + about.group(1));
                    }
                }
                var textRule = TEXT_RULE.matcher(text);
                while (textRule.find()) {
                    missing.add(module + ".field." + textRule.group(1));
                }
            }
        }
        missing.removeIf(key -> bundle.getMessage(key, null, null, Locale.ENGLISH) != null);
        // the other languages have the same keys (InterfaceTextTests)
        assertThat(missing).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            messages.setBasenames(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("[a-z]+\\.properties"))
                    .map(name -> "messages/" + name.replace(".properties", ""))
                    .toArray(String[]::new));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
