package org.equicity.report;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.equicity.report.Reports.FieldChange;

/**
 * Turns report content into named field values ({@code level1.focalPoint.name}, {@code actions[2].title}) and
 * compares two of them, so that every field added to a content record is compared without anyone listing it.
 */
final class Fields {

    private Fields() {}

    static Map<String, String> of(String prefix, Record record) {
        var fields = new LinkedHashMap<String, String>();
        add(prefix, record, fields);
        return fields;
    }

    private static void add(String name, Object value, Map<String, String> fields) {
        if (value instanceof Record record && record.getClass().getRecordComponents().length > 1) {
            for (var component : record.getClass().getRecordComponents()) {
                if (component.getType() == ReportedActionId.class) {
                    // an internal reference no reader would recognise; the action's fields say what changed
                    continue;
                }
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    add(name + "." + component.getName(), accessor.invoke(record), fields);
                } catch (IllegalAccessException | InvocationTargetException ex) {
                    throw new IllegalStateException("Cannot read " + component.getName(), ex);
                }
            }
        } else if (value instanceof Collection<?> values && values.stream().anyMatch(Record.class::isInstance)) {
            int index = 0;
            for (var element : values) {
                add(name + "[" + index++ + "]", element, fields);
            }
        } else if (value instanceof Collection<?> values) {
            fields.put(
                    name,
                    values.isEmpty()
                            ? null
                            : values.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        } else if (value instanceof Record single) {
            // an id: its one component is what a reader compares
            add(name, single.getClass().getRecordComponents().length == 0 ? null : valueOf(single), fields);
        } else {
            fields.put(name, value == null ? null : value.toString());
        }
    }

    private static Object valueOf(Record single) {
        try {
            var accessor = single.getClass().getRecordComponents()[0].getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(single);
        } catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("Cannot read " + single, ex);
        }
    }

    /** Every field whose value differs, in the order the fields first appear. */
    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        var names = new LinkedHashSet<String>(before.keySet());
        names.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (var name : names) {
            var old = before.get(name);
            var now = after.get(name);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, old, now));
            }
        }
        return changes;
    }
}
