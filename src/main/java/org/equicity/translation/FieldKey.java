package org.equicity.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The columns that name a field in every table of this module. */
@Embeddable
record FieldKey(
        @Column(name = "owner_type", nullable = false) String ownerType,
        @Column(name = "owner_id", nullable = false) UUID ownerId,
        @Column(name = "field", nullable = false) String field) {

    static FieldKey of(FieldRef ref) {
        return new FieldKey(ref.ownerType(), ref.ownerId(), ref.field());
    }

    FieldRef ref() {
        return new FieldRef(ownerType, ownerId, field);
    }
}
