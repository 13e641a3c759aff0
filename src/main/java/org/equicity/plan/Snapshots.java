package org.equicity.plan;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.shared.Identifier;

/**
 * Turns what a writer can change (a content record) into named field values, and compares two such snapshots, so
 * that every field added to a content record is kept in the history without anyone remembering to add it there.
 */
final class Snapshots {

    private Snapshots() {}

    /** {@code display} writes ids and other values the way a reader of the history should see them. */
    static Map<String, String> of(Record content, Function<Object, String> display) {
        var fields = new LinkedHashMap<String, String>();
        add("", content, display, fields);
        return fields;
    }

    private static void add(
            String prefix, Record record, Function<Object, String> display, Map<String, String> fields) {
        for (var component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                value = accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException("Cannot read " + component.getName(), ex);
            }
            var name = prefix + component.getName();
            if (value instanceof Record nested && isPart(nested)) {
                add(name + ".", nested, display, fields);
            } else if (value instanceof Collection<?> values) {
                fields.put(
                        name,
                        values.isEmpty() ? null : values.stream().map(display).collect(Collectors.joining("; ")));
            } else {
                fields.put(name, value == null ? null : display.apply(value));
            }
        }
    }

    /** A part of a content record (its budget, a responsibility) is kept field by field; an id as it reads. */
    private static boolean isPart(Record value) {
        return !(value instanceof Identifier)
                && value.getClass().getPackageName().equals(Snapshots.class.getPackageName());
    }

    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<FieldChange>();
        after.forEach((field, value) -> {
            var old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }

    /** A new subject: every field that has a value. */
    static List<FieldChange> created(Map<String, String> after) {
        return diff(Map.of(), after);
    }
}
