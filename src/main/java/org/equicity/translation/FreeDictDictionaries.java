package org.equicity.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The FreeDict bilingual dictionaries into English that Debian installs ({@code dict-freedict-deu-eng} and the like),
 * found in Debian's standard place without any setting and opened on first use. They give the English senses of
 * single query words; they never translate stored texts, which need a real engine.
 */
@Component
class FreeDictDictionaries {

    private static final Logger log = LoggerFactory.getLogger(FreeDictDictionaries.class);

    static final Path DICTD = Path.of("/usr/share/dictd");

    /** More senses than this mostly add rare meanings that pull in unrelated documents. */
    static final int MAX_SENSES = 8;

    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\[[^]]*]|\\{[^}]*}|/[^/\\s][^/]*/|\\([^)]*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    private final Path directory;
    private final Map<String, Optional<DictdDictionary>> opened = new ConcurrentHashMap<>();

    FreeDictDictionaries() {
        this(DICTD);
    }

    FreeDictDictionaries(Path directory) {
        this.directory = directory;
    }

    /** Whether a dictionary from the language (ISO 639-1) into English is installed. */
    boolean covers(String language) {
        return Files.isReadable(index(language));
    }

    /** Whether the installed dictionary of the language has an entry for the word (read from its index only). */
    boolean has(String language, String word) {
        return !word.isBlank()
                && opened.computeIfAbsent(language, this::open)
                        .map(dictionary -> dictionary.contains(word))
                        .orElse(false);
    }

    /**
     * The English senses of a word, most common first as the dictionary orders them, at most {@link #MAX_SENSES};
     * empty when the dictionary has no entry for it or is not installed.
     */
    List<String> senses(String language, String word) {
        var dictionary = opened.computeIfAbsent(language, this::open);
        if (dictionary.isEmpty() || word.isBlank()) {
            return List.of();
        }
        try {
            var senses = new LinkedHashSet<String>();
            for (var definition : dictionary.get().definitions(word)) {
                senses.addAll(senses(definition));
            }
            return senses.stream().limit(MAX_SENSES).toList();
        } catch (IOException unreadable) {
            log.warn("FreeDict {}-eng cannot be read: {}", language, unreadable.getMessage());
            return List.of();
        }
    }

    /**
     * The senses of one definition. Its first line repeats the headword; then come the senses, either numbered (and
     * then only the numbered lines are senses: Polish entries explain them in Polish on the next line) or one line
     * each, followed by indented examples, synonyms, notes and cross-references that are no translation.
     */
    static List<String> senses(String definition) {
        var lines = definition.lines().skip(1).toList();
        boolean numbered =
                lines.stream().anyMatch(line -> NUMBERED.matcher(line).find());
        var senses = new LinkedHashSet<String>();
        for (var line : lines) {
            var trimmed = line.strip();
            if (trimmed.isEmpty()
                    || trimmed.startsWith("\"")
                    || trimmed.startsWith("see:")
                    || trimmed.startsWith("Synonym")
                    || trimmed.startsWith("Note:")
                    || (numbered && !NUMBERED.matcher(trimmed).find())
                    || (!numbered && line.startsWith("  "))) {
                continue;
            }
            var plain =
                    MARKUP.matcher(NUMBERED.matcher(trimmed).replaceFirst("")).replaceAll(" ");
            for (var sense : SEPARATORS.split(plain)) {
                var cleaned = sense.replaceAll("\\s+", " ").strip();
                if (cleaned.chars().anyMatch(Character::isLetter)) {
                    senses.add(cleaned.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(senses);
    }

    private Optional<DictdDictionary> open(String language) {
        var index = index(language);
        if (!Files.isReadable(index)) {
            return Optional.empty();
        }
        try {
            var dict = index.resolveSibling(index.getFileName().toString().replace(".index", ".dict.dz"));
            return Optional.of(DictdDictionary.open(index, dict));
        } catch (IOException | RuntimeException unreadable) {
            log.warn("FreeDict dictionary {} cannot be opened: {}", index, unreadable.getMessage());
            return Optional.empty();
        }
    }

    private Path index(String language) {
        return directory.resolve("freedict-" + Languages.threeLetter(language) + "-eng.index");
    }
}
