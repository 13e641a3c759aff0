package org.equicity.practice;

import java.util.List;

/**
 * Several practices changed in one save (a compendium imported into its collection): published once for all of them
 * in the saving transaction instead of a {@link PracticeChanged} each, so that listeners handle them together (the
 * search index derives and writes them in batches). Listeners acting after commit see committed data only.
 */
public record PracticesChanged(List<PracticeId> practices) {

    public PracticesChanged {
        practices = List.copyOf(practices);
    }
}
