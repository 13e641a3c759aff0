package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads framework codes from a compendium's words, by the items' labels in every language the framework holds: the
 * fields of action an area of intervention speaks of, and the type of measure a "Type:" section names.
 */
@Component
class FrameworkMatcher {

    /** The frameworks the practice module checks a practice's codes against. */
    static final FrameworkRef FIELDS_OF_ACTION = FrameworkRef.parse("ici-fields-of-action@2019");

    static final FrameworkRef MEASURE_TYPES = FrameworkRef.parse("practice-measure-types@2026");

    /** A label's key, and padded with spaces to be found as whole words in another key. */
    private record Labelled(String code, String key, String padded) {

        Labelled(String code, String key) {
            this(code, key, " " + key + " ");
        }
    }

    private final List<Labelled> fields;
    private final List<Labelled> measureTypes;
    private final java.util.Set<String> fieldCodes;

    FrameworkMatcher(Frameworks frameworks) {
        this.fields = labels(frameworks, FIELDS_OF_ACTION);
        this.fieldCodes = fields.stream().map(Labelled::code).collect(java.util.stream.Collectors.toSet());
        this.measureTypes = labels(frameworks, MEASURE_TYPES);
    }

    /**
     * The fields of action whose label (in any language) the area names, or that name one of its parts ("Housing;
     * education" suggests both), in the framework's order.
     */
    List<String> fieldsOfAction(@Nullable String area) {
        var suggested = new LinkedHashSet<String>();
        if (area == null) {
            return List.of();
        }
        var whole = padded(area);
        for (var part : area.split("[;,/\\n]|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b")) {
            var key = CompendiumSplitter.key(part);
            if (key.length() < 4) {
                continue;
            }
            for (var field : fields) {
                if (field.key().equals(key)
                        || field.padded().contains(" " + key + " ")
                        || whole.contains(field.padded())) {
                    suggested.add(field.code());
                }
            }
        }
        return List.copyOf(suggested);
    }

    /** Whether the code is one of the framework's fields of action, as written. */
    boolean isFieldOfAction(String code) {
        return fieldCodes.contains(code);
    }

    /** The type of measure whose label (in any language) the text is or begins with. */
    Optional<String> measureType(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var key = CompendiumSplitter.key(text);
        return measureTypes.stream()
                .filter(type -> key.equals(type.key()) || key.startsWith(type.key() + " "))
                .map(Labelled::code)
                .findFirst();
    }

    private static String padded(String text) {
        return " " + CompendiumSplitter.key(text) + " ";
    }

    private static List<Labelled> labels(Frameworks frameworks, FrameworkRef ref) {
        var labels = new ArrayList<Labelled>();
        frameworks.find(ref).ifPresent(framework -> framework.allItems().forEach(item -> add(item, labels)));
        // the longest label first: "law or regulation" before "law"
        labels.sort((one, other) -> other.key().length() - one.key().length());
        return labels;
    }

    private static void add(FrameworkItem item, List<Labelled> labels) {
        labels.add(new Labelled(item.code(), CompendiumSplitter.key(item.code())));
        item.label()
                .values()
                .values()
                .forEach(label -> labels.add(new Labelled(item.code(), CompendiumSplitter.key(label))));
    }
}
