package org.equicity.search;

import java.util.Objects;
import java.util.UUID;
import org.equicity.search.SearchDocument.Source;

/** A plan, practice or report whose search documents are derived together. */
record SourceRef(Source type, UUID id) {

    SourceRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
