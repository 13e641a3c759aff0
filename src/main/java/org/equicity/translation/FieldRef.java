package org.equicity.translation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One translatable free-text field of some content, for example {@code ("practice", id, "description")}. The owner
 * type and the field name are chosen by the module that owns the content and must stay stable: translations are
 * stored under them.
 */
public record FieldRef(String ownerType, UUID ownerId, String field) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,59}");

    public FieldRef {
        Objects.requireNonNull(ownerId, "ownerId");
        if (ownerType == null || !NAME.matcher(ownerType).matches()) {
            throw new IllegalArgumentException("Owner type must be a short lower-case name: " + ownerType);
        }
        if (field == null || !NAME.matcher(field).matches()) {
            throw new IllegalArgumentException("Field must be a short lower-case name: " + field);
        }
    }

    /** The texts of one owner, by field name, as references to its fields. */
    public static Map<FieldRef, String> of(String ownerType, UUID ownerId, Map<String, String> texts) {
        var fields = new LinkedHashMap<FieldRef, String>();
        texts.forEach((field, text) -> fields.put(new FieldRef(ownerType, ownerId, field), text));
        return fields;
    }

    @Override
    public String toString() {
        return ownerType + "/" + ownerId + "/" + field;
    }
}
