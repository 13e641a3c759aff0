package org.equicity.framework;

import java.util.List;
import java.util.Optional;

/** The framework catalogue loaded at start-up, and the crosswalk that relates items across frameworks. */
public interface Frameworks {

    /** Every loaded framework version, ordered by id, newest version first. */
    List<Framework> all();

    Optional<Framework> find(FrameworkRef ref);

    /** The item with its related items in other frameworks, as given by the crosswalk. */
    List<ItemRef> related(ItemRef item);

    /**
     * Records that a version is used (a network chose it). From then on its data file may not change: the next
     * start-up refuses a changed file for a used version, and a new version must be published instead.
     */
    void recordUse(FrameworkRef ref, String usedBy);

    boolean isInUse(FrameworkRef ref);
}
