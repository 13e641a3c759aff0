package org.equicity.framework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The framework catalogue loaded at start-up, and the crosswalk that relates items across frameworks. */
public interface Frameworks {

    /** Every loaded framework version, ordered by id, newest version first. */
    List<Framework> all();

    Optional<Framework> find(FrameworkRef ref);

    /** The items in other frameworks related to this one by the crosswalk (links are undirected). */
    List<ItemRef> related(ItemRef item);

    /**
     * What counts as being about an item: the item itself, the items the crosswalk relates to it, and the sub-items
     * of each (a practice on housing is one on public services), in that order. An item no loaded framework has
     * stands for itself only. For modules that find their content classified or tagged with an item.
     */
    Set<ItemRef> reach(ItemRef item);

    /** Every crosswalk link, in the order of the crosswalk files. */
    List<CrosswalkLink> crosswalk();

    /**
     * Records that a version is used (a network chose it). From then on its data file may not change: the next
     * start-up refuses a changed file for a used version, and a new version must be published instead. Recording
     * the same use twice changes nothing.
     *
     * @param usedBy who uses it, for example {@code network:<uuid>}; shown in the start-up error if the file changes
     * @throws org.equicity.shared.NotFoundException if no such version is loaded
     */
    void recordUse(FrameworkRef ref, String usedBy);

    boolean isInUse(FrameworkRef ref);
}
