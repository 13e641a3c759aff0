package org.equicity.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The columns that name a field in every table of this module. */
@Embeddable
record FieldKey(
        @Column(name = "owner_type", nullable = false) String ownerType,
        @Column(name = "owner_id", nullable = false) UUID ownerId,
        @Column(name = "field", nullable = false) String field) {

    static FieldKey of(FieldRef ref) {
        return new FieldKey(ref.ownerType(), ref.ownerId(), ref.field());
    }

    /** The owners of these fields by their type, as the repositories' queries by owners take them. */
    static Map<String, Set<UUID>> ownersByType(Collection<FieldKey> keys) {
        return keys.stream()
                .collect(Collectors.groupingBy(
                        FieldKey::ownerType, Collectors.mapping(FieldKey::ownerId, Collectors.toSet())));
    }

    FieldRef ref() {
        return new FieldRef(ownerType, ownerId, field);
    }
}
