package org.equicity.practice;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Provenance.OutsideDesignation;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * Collections: the practices a network's secretariat imported from one published document (a compendium) and its
 * later editions. Each practice is known in its collection by a key (its title as the source writes it), so that
 * importing the same document again changes nothing and a new edition updates only what changed. Every practice
 * records the document as its provenance, and who imported it when. Only the network's secretariat writes them.
 */
public interface PracticeCollections {

    /**
     * The network's collection of this document, found by its title or created at its first import; its publisher,
     * date and address follow the latest edition.
     */
    CollectionId collection(NetworkId network, SourceDocument document);

    /** The network's collection of the document with this title, if it has one. */
    Optional<CollectionId> find(NetworkId network, String title);

    /** The practices of the collection by their keys. */
    Map<String, CollectedPractice> practices(CollectionId collection);

    /**
     * Records one practice of the collection: creates it, or updates the one with its key where its owner, content,
     * locator or outside designation changed. The owner must be a current member city of the network or one of its
     * contributors.
     */
    Outcome put(CollectionId collection, CollectedEntry entry);

    /**
     * {@link #put} for every entry of a document at once, in their order, telling {@code progress} how many are done
     * after each: the collection's practices, the network's members and the owners are read once before anything is
     * written, so that no query in between has to flush what was written so far.
     */
    List<Outcome> putAll(CollectionId collection, List<CollectedEntry> entries, IntConsumer progress);

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** A city or a contributor, exactly one of them. */
    record OwnerRef(CityId city, ContributorId contributor) {

        public OwnerRef {
            if ((city == null) == (contributor == null)) {
                throw new IllegalArgumentException("A practice has one owner: a city or a contributor");
            }
        }
    }

    /** {@code designation} is null when the practice goes through the network's own review. */
    record CollectedEntry(
            String key, OwnerRef owner, PracticeContent content, String locator, OutsideDesignation designation) {

        public CollectedEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(content, "content");
        }
    }

    record CollectedPractice(
            PracticeId id,
            String key,
            OwnerRef owner,
            PracticeContent content,
            String locator,
            PracticeStatus status) {}
}
