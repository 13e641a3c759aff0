package org.equicity.practice;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CollectionService implements PracticeCollections {

    private final PracticeCollectionRepository collections;
    private final ContributorRepository contributors;
    private final PracticeService practiceService;
    private final Owners owners;
    private final Networks networks;
    private final Access access;
    private final TemplateCodes codes;
    private final Clock clock;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;

    CollectionService(
            PracticeCollectionRepository collections,
            ContributorRepository contributors,
            PracticeService practiceService,
            Owners owners,
            Networks networks,
            Access access,
            TemplateCodes codes,
            Clock clock,
            EntityManager entities,
            ApplicationEventPublisher events) {
        this.entities = entities;
        this.events = events;
        this.collections = collections;
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
        var owner = owner(collection.network(), entry.owner(), currentMembers(collection.network()));
        var importer = access.current().map(CurrentPerson::id).orElse(null);
        return put(
                collection,
                entry,
                owner,
                collections.practiceOf(id.value(), entry.key()),
                importer,
                practiceService::changed);
    }

    @Override
    public List<Outcome> putAll(CollectionId id, List<CollectedEntry> entries, IntConsumer progress) {
        var collection = collectionOf(id);
        var members = currentMembers(collection.network());
        var owners = new HashMap<OwnerRef, Owner>();
        entries.forEach(
                entry -> owners.computeIfAbsent(entry.owner(), ref -> owner(collection.network(), ref, members)));
        var held = new HashMap<String, GoodPractice>();
        collections
                .practicesOf(id.value())
                .forEach(practice -> held.put(practice.origin().collectionKey(), practice));
        var importer = access.current().map(CurrentPerson::id).orElse(null);
        var outcomes = new ArrayList<Outcome>();
        var changed = new ArrayList<GoodPractice>();
        for (var entry : entries) {
            outcomes.add(put(
                    collection,
                    entry,
                    owners.get(entry.owner()),
                    Optional.ofNullable(held.get(entry.key())),
                    importer,
                    changed::add));
            progress.accept(outcomes.size());
        }
        changedTogether(changed);
        return outcomes;
    }

    /**
     * The practices' texts announced once per owner and language, and their change once for all: a compendium of
     * hundreds of practices is recorded for translation and indexed in batches, not in an event each.
     */
    private void changedTogether(List<GoodPractice> practices) {
        if (practices.isEmpty()) {
            return;
        }
        record Texts(CityId city, NetworkId network, String language) {}
        var texts = new LinkedHashMap<Texts, Map<FieldRef, String>>();
        for (var practice : practices) {
            var content = practice.content();
            var owner =
                    new Texts(practice.city(), practice.city() == null ? practice.network() : null, content.language());
            texts.computeIfAbsent(owner, key -> new LinkedHashMap<>())
                    .putAll(content.translatableFields(practice.id()));
        }
        texts.forEach((owner, fields) -> events.publishEvent(
                owner.city() != null
                        ? TextsSaved.of(owner.city(), owner.language(), fields)
                        : TextsSaved.of(owner.network(), owner.language(), fields)));
        events.publishEvent(
                new PracticesChanged(practices.stream().map(GoodPractice::id).toList()));
    }

    private Outcome put(
            PracticeCollection collection,
            CollectedEntry entry,
            Owner owner,
            Optional<GoodPractice> existing,
            PersonId importer,
            Consumer<GoodPractice> changed) {
        var id = collection.id();
        codes.check(entry.content());
        var now = clock.instant();
        var provenance = new Provenance(collection.document(), entry.locator(), id, importer, now);
        if (existing.isEmpty()) {
            var practice = GoodPractice.collected(owner, collection.network(), entry.content(), id, entry.key(), now);
            practice.origin().record(provenance);
            if (entry.designation() != null) {
                practice.designatedElsewhere(entry.designation(), now);
            }
            // persisted rather than saved: its id is assigned, and a merge would first look for it in the database
            entities.persist(practice);
            changed.accept(practice);
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
        changed.accept(practice);
        return Outcome.UPDATED;
    }

    /** A member city of the collection's network, or one of its contributors: an id from elsewhere is refused. */
    private Owner owner(NetworkId network, OwnerRef ref, Set<CityId> members) {
        if (ref.city() != null) {
            if (!members.contains(ref.city())) {
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

    private Set<CityId> currentMembers(NetworkId network) {
        return networks.members(network).stream()
                .filter(Networks.Member::isCurrent)
                .map(Networks.Member::city)
                .collect(Collectors.toSet());
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
