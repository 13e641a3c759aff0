package org.equicity.shared.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Choices from a template that has its items but no map of them: the values and the texts as two projections of
     * the same items ({@code items.![id()]}, {@code items.![name()]}), in that order.
     */
    public static Map<String, String> pairs(List<?> values, List<?> texts) {
        if (values.size() != texts.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + texts.size() + " texts");
        }
        var choices = new LinkedHashMap<String, String>();
        for (int i = 0; i < values.size(); i++) {
            choices.put(String.valueOf(values.get(i)), String.valueOf(texts.get(i)));
        }
        return choices;
    }

    /** One group of {@link #pairs} under its label. */
    public static Group group(String label, List<?> values, List<?> texts) {
        return new Group(label, pairs(values, texts));
    }

    /** Groups of choices, each an optgroup under its label, as {@code forms :: select} and {@code choose} show them. */
    public static Map<String, Object> grouped(Group... groups) {
        var choices = new LinkedHashMap<String, Object>();
        for (var group : groups) {
            choices.put(group.label(), group);
        }
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
