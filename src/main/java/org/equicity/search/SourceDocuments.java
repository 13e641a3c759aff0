package org.equicity.search;

import java.util.List;
import java.util.UUID;
import org.equicity.search.SearchDocument.Source;

/**
 * Derives the search documents of one kind of source (plans, practices, reports) from the content as it is stored,
 * reading it whoever asks: visibility is applied when searching.
 */
interface SourceDocuments {

    Source source();

    /** Every source of this kind there is, for a rebuild. */
    List<UUID> allIds();

    /** Writes the source's documents as it is now, in the caller's transaction; removes them if it is gone. */
    Derived derive(UUID id);

    /** What changed in the stored documents: ids to (re)index and ids to remove from the index. */
    record Derived(List<UUID> written, List<UUID> removed) {

        public Derived {
            written = List.copyOf(written);
            removed = List.copyOf(removed);
        }
    }
}
