package org.equicity.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.equicity.plan.PlanChanged;
import org.equicity.practice.PracticeChanged;
import org.equicity.practice.PracticesChanged;
import org.equicity.report.ReportAccepted;
import org.equicity.search.SearchDocument.Source;
import org.equicity.translation.TranslationStored;
import org.equicity.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index following committed content. A change of a plan, a practice or a report, as its owning module
 * publishes it, is noted in the search backlog inside the saving transaction (so it cannot be lost, whatever the state
 * of the index), and once the save has committed the source's documents are derived again and written to the index,
 * in the background. Whatever fails then is only logged: the save has succeeded,
 * and the backlog entry stays until the index has taken the documents, so that the next round on any node
 * ({@code equicity.search.retry-interval}) tries again. The same rounds pick up English archive translations that
 * have arrived meanwhile: after an English translation is stored on this node, the documents still waiting for theirs
 * are derived again, once each. Without such a round, documents whose translation will not come soon (no engine for
 * their language, a failed job) would be derived again and again for nothing.
 */
@Component
class Indexing {

    private static final Logger log = LoggerFactory.getLogger(Indexing.class);

    private final SearchBacklogRepository backlog;
    private final SearchDocumentRepository documents;
    private final Map<Source, SourceDocuments> sources = new EnumMap<>(Source.class);
    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchSettings settings;
    private final TransactionTemplate separately;

    /** The documents derived before this may lack an English translation stored since; the start counts as one. */
    private volatile Instant lastEnglishArrival;

    /** One derivation of a source at a time on this node, see {@link #lockOf}. */
    private final Object[] locks = Stream.generate(Object::new).limit(64).toArray();

    private final Clock clock;

    Indexing(
            SearchBacklogRepository backlog,
            SearchDocumentRepository documents,
            List<SourceDocuments> sources,
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            SearchSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.clock = clock;
        this.lastEnglishArrival = clock.instant();
        this.backlog = backlog;
        this.documents = documents;
        sources.forEach(each -> this.sources.put(each.source(), each));
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * In the saving transaction, and only this: the backlog entry is the promise that the source will be indexed,
     * committed with the save or not at all. The index itself is written by {@link #on(PlanChanged)} afterwards.
     */
    @EventListener
    void note(PlanChanged event) {
        noted(plan(event));
    }

    @EventListener
    void note(PracticeChanged event) {
        noted(practice(event));
    }

    @EventListener
    void note(ReportAccepted event) {
        noted(report(event));
    }

    /** Practices changed together (a compendium imported): each noted, persisted without looking for it first. */
    @EventListener
    void note(PracticesChanged event) {
        var now = clock.instant();
        practices(event).forEach(source -> entityManager.persist(new SearchBacklog(source, now)));
    }

    /**
     * Once the save has committed, in the background: the source's documents are derived again and indexed. Each
     * step has a transaction of its own (none is held meanwhile), and a failure leaves the backlog entry for the
     * retry rounds.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PlanChanged event) {
        indexNoted(plan(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PracticeChanged event) {
        indexNoted(practice(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReportAccepted event) {
        indexNoted(report(event));
    }

    /**
     * Practices changed together are derived and indexed {@link SearchSettings#batchSize} at a time: one transaction
     * to derive a batch, one indexing plan to write it, rather than three transactions and a plan for each.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PracticesChanged event) {
        var sources = practices(event);
        for (int from = 0; from < sources.size(); from += settings.batchSize()) {
            var batch = sources.subList(from, Math.min(sources.size(), from + settings.batchSize()));
            try {
                locked(batch.stream().map(this::lockOf).distinct().toList(), () -> indexTogether(batch));
            } catch (RuntimeException failure) {
                log.warn(
                        "Search index not updated for {} practices; retried later: {}",
                        batch.size(),
                        failure.toString());
            }
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TranslationStored event) {
        if (Translations.ARCHIVE_LANGUAGE.equals(event.language())) {
            lastEnglishArrival = clock.instant();
        }
    }

    private static SourceRef plan(PlanChanged event) {
        return new SourceRef(Source.PLAN, event.plan().value());
    }

    private static SourceRef practice(PracticeChanged event) {
        return new SourceRef(Source.PRACTICE, event.practice().value());
    }

    /**
     * Runs the work holding the locks of a batch's sources, taken in the one order of {@link #locks} so that two
     * batches never wait for each other crosswise.
     */
    private void locked(List<Object> held, Runnable work) {
        var ordered = new java.util.ArrayList<>(held);
        ordered.sort(java.util.Comparator.comparingInt(
                lock -> java.util.Arrays.asList(locks).indexOf(lock)));
        lockedFrom(ordered, 0, work);
    }

    private static void lockedFrom(List<Object> held, int from, Runnable work) {
        if (from == held.size()) {
            work.run();
            return;
        }
        synchronized (held.get(from)) {
            lockedFrom(held, from + 1, work);
        }
    }

    private static List<SourceRef> practices(PracticesChanged event) {
        return event.practices().stream()
                .map(practice -> new SourceRef(Source.PRACTICE, practice.value()))
                .toList();
    }

    private static SourceRef report(ReportAccepted event) {
        return new SourceRef(Source.REPORT, event.report().value());
    }

    private void noted(SourceRef source) {
        backlog.save(new SearchBacklog(source, clock.instant()));
    }

    /**
     * Indexes a source noted in the backlog, unless that was done meanwhile: a save that records several changes of
     * one plan publishes an event for each, and the first of their listeners takes every entry of the save.
     */
    private void indexNoted(SourceRef source) {
        synchronized (lockOf(source)) {
            var waiting = separately.execute(status -> !backlog.findBySourceTypeAndSourceId(source.type(), source.id())
                    .isEmpty());
            if (Boolean.TRUE.equals(waiting)) {
                indexQuietly(List.of(source));
            }
        }
    }

    /**
     * One derivation of a source at a time on this node: listeners and retry rounds run side by side, and two
     * derivations of the same documents would collide.
     */
    private Object lockOf(SourceRef source) {
        return locks[Math.floorMod(source.hashCode(), locks.length)];
    }

    @Scheduled(
            fixedDelayString = "${equicity.search.retry-interval:PT30S}",
            initialDelayString = "${equicity.search.retry-interval:PT30S}")
    void retryScheduled() {
        retry(clock.instant().minus(settings.retryInterval()));
    }

    /**
     * Indexes the sources whose backlog entries are older than the given time (their indexing failed or their node
     * stopped) and, after an English translation arrived, the sources whose English archive was incomplete. Answers
     * how many sources it indexed.
     */
    int retry(Instant notedBefore) {
        var due = separately.execute(status -> {
            var waiting =
                    new LinkedHashSet<>(backlog.findSourcesWaitingSince(notedBefore, Limit.of(settings.batchSize())));
            waiting.addAll(documents.findSourcesWithArchivePendingDerivedBefore(
                    lastEnglishArrival, Limit.of(settings.batchSize())));
            return List.copyOf(waiting);
        });
        return indexQuietly(due);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOnStart() {
        if (settings.rebuildOnStart()) {
            log.info("Rebuilding the search index (equicity.search.rebuild-on-start)");
            rebuild();
        }
    }

    /** Derives the documents of every plan, practice and accepted report again, then rewrites the whole index. */
    long rebuild() {
        var started = clock.instant();
        for (var documents : sources.values()) {
            var ids = separately.execute(status -> documents.allIds());
            for (var id : ids) {
                separately.executeWithoutResult(status -> documents.derive(id));
            }
        }
        try {
            org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                    .scope(SearchDocument.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    // One segment afterwards: facet counting joins the terms of all segments on every search.
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search index rebuild interrupted", interrupted);
        }
        separately.executeWithoutResult(status -> backlog.deleteAll(backlog.findAll().stream()
                .filter(entry -> entry.createdAt().isBefore(started))
                .toList()));
        var count = separately.execute(status -> documents.count());
        log.info("Search index rebuilt: {} documents", count);
        return count;
    }

    private int indexQuietly(List<SourceRef> due) {
        int indexed = 0;
        for (var source : due) {
            try {
                index(source);
                indexed++;
            } catch (RuntimeException failure) {
                log.warn("Search index not updated for {}; retried later: {}", source, failure.toString());
            }
        }
        return indexed;
    }

    /** Derives the source's documents, writes them to the index, then forgets the backlog entries seen before. */
    void index(SourceRef source) {
        synchronized (lockOf(source)) {
            indexAlone(source);
        }
    }

    private void indexAlone(SourceRef source) {
        indexTogether(List.of(source));
    }

    /**
     * Derives the sources' documents in one transaction, writes them in one indexing plan, then forgets their backlog
     * entries seen before. A retry round may derive one of them meanwhile only once its entry is older than the retry
     * interval; should the two collide, the entries stay for the next round.
     */
    private void indexTogether(List<SourceRef> batch) {
        var work = separately.execute(status -> {
            var entries = new java.util.ArrayList<UUID>();
            var written = new java.util.ArrayList<UUID>();
            var removed = new java.util.ArrayList<UUID>();
            for (var source : batch) {
                backlog.findBySourceTypeAndSourceId(source.type(), source.id())
                        .forEach(entry -> entries.add(entry.id()));
                var derived = sources.get(source.type()).derive(source.id());
                written.addAll(derived.written());
                removed.addAll(derived.removed());
            }
            return new Work(entries, new SourceDocuments.Derived(written, removed));
        });
        separately.executeWithoutResult(status -> {
            var indexingPlan = org.hibernate.search.mapper.orm.Search.session(entityManager)
                    .indexingPlan();
            documents.findAllById(work.derived().written()).forEach(indexingPlan::addOrUpdate);
            work.derived().removed().forEach(id -> indexingPlan.purge(SearchDocument.class, id, null));
            indexingPlan.execute();
        });
        separately.executeWithoutResult(status -> backlog.deleteAllById(work.entries()));
    }

    private record Work(List<UUID> entries, SourceDocuments.Derived derived) {}
}
