package org.equicity.practice;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CollectionService implements PracticeCollections {

    private final PracticeCollectionRepository collections;
    private final GoodPracticeRepository practices;
    private final ContributorRepository contributors;
    private final PracticeService practiceService;
    private final Owners owners;
    private final Networks networks;
    private final Access access;
    private final TemplateCodes codes;
    private final Clock clock;

    CollectionService(
            PracticeCollectionRepository collections,
            GoodPracticeRepository practices,
            ContributorRepository contributors,
            PracticeService practiceService,
            Owners owners,
            Networks networks,
            Access access,
            TemplateCodes codes,
            Clock clock) {
        this.collections = collections;
        this.practices = practices;
        this.contributors = contributors;
        this.practiceService = practiceService;
        this.owners = owners;
        this.networks = networks;
        this.access = access;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public CollectionId collection(NetworkId network, SourceDocument document) {
        access.requireNetworkManagement(network);
        var collection = collections
                .findByNetworkIdAndTitleIgnoreCase(network.value(), document.title())
                .orElseGet(() -> collections.save(new PracticeCollection(network, document)));
        collection.describe(document);
        return collection.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CollectionId> find(NetworkId network, String title) {
        access.requireNetworkManagement(network);
        return collections
                .findByNetworkIdAndTitleIgnoreCase(network.value(), title)
                .map(PracticeCollection::id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CollectedPractice> practices(CollectionId id) {
        collectionOf(id);
        var found = new LinkedHashMap<String, CollectedPractice>();
        for (var practice : collections.practicesOf(id.value())) {
            var key = practice.origin().collectionKey();
            var provenance = practice.origin().provenance();
            found.put(
                    key,
                    new CollectedPractice(
                            practice.id(),
                            key,
                            ownerRef(practice),
                            practice.content(),
                            provenance == null ? null : provenance.locator(),
                            practice.status()));
        }
        return found;
    }

    @Override
    public Outcome put(CollectionId id, CollectedEntry entry) {
        var collection = collectionOf(id);
        var owner = owner(collection.network(), entry.owner());
        codes.check(entry.content());
        var now = clock.instant();
        var importer = access.current().map(CurrentPerson::id).orElse(null);
        var provenance = new Provenance(collection.document(), entry.locator(), id, importer, now);
        var existing = collections.practiceOf(id.value(), entry.key());
        if (existing.isEmpty()) {
            var practice = GoodPractice.collected(owner, collection.network(), entry.content(), id, entry.key(), now);
            practice.origin().record(provenance);
            if (entry.designation() != null) {
                practice.designatedElsewhere(entry.designation(), now);
            }
            practices.save(practice);
            practiceService.changed(practice);
            return Outcome.CREATED;
        }
        var practice = existing.get();
        var recorded = practice.origin().provenance();
        if (ownerRef(practice).equals(entry.owner())
                && practice.content().sameAs(entry.content())
                && Objects.equals(recorded == null ? null : recorded.locator(), entry.locator())
                && (entry.designation() == null
                        || entry.designation().equals(practice.origin().outsideDesignation()))) {
            return Outcome.UNCHANGED;
        }
        practice.ownedBy(owner);
        practice.revise(practice.version(), entry.content());
        practice.origin().record(provenance);
        if (entry.designation() != null) {
            practice.designatedElsewhere(entry.designation(), now);
        }
        practiceService.changed(practice);
        return Outcome.UPDATED;
    }

    /** A member city of the collection's network, or one of its contributors: an id from elsewhere is refused. */
    private Owner owner(NetworkId network, OwnerRef ref) {
        if (ref.city() != null) {
            var member = networks.members(network).stream()
                    .anyMatch(candidate ->
                            candidate.isCurrent() && candidate.city().equals(ref.city()));
            if (!member) {
                throw RuleViolationException.about("owner", "practice.rule.not-member");
            }
            return Owners.of(owners.city(ref.city()));
        }
        return contributors
                .findById(ref.contributor().value())
                .filter(contributor -> contributor.network().equals(network))
                .map(Contributor::owner)
                .orElseThrow(() ->
                        new NotFoundException("Contributor", ref.contributor().value()));
    }

    private static OwnerRef ownerRef(GoodPractice practice) {
        return new OwnerRef(practice.city(), practice.contributor());
    }

    private PracticeCollection collectionOf(CollectionId id) {
        var collection =
                collections.findById(id.value()).orElseThrow(() -> new NotFoundException("Collection", id.value()));
        access.requireNetworkManagement(collection.network());
        return collection;
    }
}
