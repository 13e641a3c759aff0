package org.equicity.shared.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The choices of a select, a group of checkboxes or of radio buttons ({@code forms :: select}, {@code checkboxes},
 * {@code radios}): each value sent, in the order shown, with its text, or with the last part of its message key.
 */
public final class Choices {

    /** Choices shown together under a label ({@code optgroup}), standing among the others under any unique key. */
    public record Group(String label, Map<String, String> choices) {

        public Group {
            choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        }
    }

    private Choices() {}

    public static <T> Map<String, String> of(
            Collection<? extends T> items, Function<T, String> value, Function<T, String> text) {
        var choices = new LinkedHashMap<String, String>();
        items.forEach(item -> choices.put(value.apply(item), text.apply(item)));
        return choices;
    }

    /** Values whose texts are message keys ending in their names: the fragment's {@code labels} is the prefix. */
    public static Map<String, String> named(Enum<?>... values) {
        var choices = new LinkedHashMap<String, String>();
        for (var value : values) {
            choices.put(value.name(), value.name());
        }
        return choices;
    }
}
