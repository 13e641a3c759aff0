package org.equicity.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.plan.PlanChanged;
import org.equicity.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index following committed content. A change is noted in the search backlog inside the saving
 * transaction (so it cannot be lost), and after the commit the plan's documents are derived again and written to
 * the index. Whatever fails after the commit is only logged: the save has succeeded, and the backlog entry stays
 * until the index has taken the documents, so that the next round on any node ({@code equicity.search.
 * retry-interval}) tries again. The same rounds pick up English archive translations that have arrived meanwhile.
 */
@Component
class Indexing {

    private static final Logger log = LoggerFactory.getLogger(Indexing.class);

    private final SearchBacklogRepository backlog;
    private final SearchDocumentRepository documents;
    private final PlanDocuments planDocuments;
    private final Plans plans;
    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchSettings settings;
    private final TransactionTemplate separately;

    Indexing(
            SearchBacklogRepository backlog,
            SearchDocumentRepository documents,
            PlanDocuments planDocuments,
            Plans plans,
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            SearchSettings settings,
            PlatformTransactionManager transactionManager) {
        this.backlog = backlog;
        this.documents = documents;
        this.planDocuments = planDocuments;
        this.plans = plans;
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the saving transaction: notes the plan once per transaction and indexes it once the transaction commits. */
    @EventListener
    void on(PlanChanged event) {
        var plan = event.plan().value();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            backlog.save(new SearchBacklog(plan, Instant.now()));
            indexQuietly(List.of(plan));
            return;
        }
        @SuppressWarnings("unchecked")
        var noted = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
        if (noted == null) {
            var plansOfTransaction = new LinkedHashSet<UUID>();
            TransactionSynchronizationManager.bindResource(this, plansOfTransaction);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Indexing.this);
                    if (status == STATUS_COMMITTED) {
                        indexQuietly(plansOfTransaction);
                    }
                }
            });
            noted = plansOfTransaction;
        }
        if (noted.add(plan)) {
            backlog.save(new SearchBacklog(plan, Instant.now()));
        }
    }

    @Scheduled(
            fixedDelayString = "${equicity.search.retry-interval:PT30S}",
            initialDelayString = "${equicity.search.retry-interval:PT30S}")
    void retryScheduled() {
        retry(Instant.now().minus(settings.retryInterval()));
    }

    /**
     * Indexes the plans whose backlog entries are older than the given time (their indexing failed or their node
     * stopped) and the plans whose English archive was incomplete. Answers how many plans it indexed.
     */
    int retry(Instant notedBefore) {
        var due = separately.execute(status -> {
            var planIds =
                    new LinkedHashSet<>(backlog.findPlansWaitingSince(notedBefore, Limit.of(settings.batchSize())));
            planIds.addAll(documents.findPlansWithArchivePending(Limit.of(settings.batchSize())));
            return planIds;
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

    /** Derives every plan's documents again, then rewrites the whole index from them. */
    long rebuild() {
        var started = Instant.now();
        for (var plan : plans.allIds()) {
            separately.executeWithoutResult(status -> planDocuments.derive(plan.value()));
        }
        try {
            org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                    .scope(SearchDocument.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
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

    private int indexQuietly(Set<UUID> planIds) {
        return indexQuietly(List.copyOf(planIds));
    }

    private int indexQuietly(List<UUID> planIds) {
        int indexed = 0;
        for (var plan : planIds) {
            try {
                index(plan);
                indexed++;
            } catch (RuntimeException failure) {
                log.warn("Search index not updated for plan {}; retried later: {}", plan, failure.toString());
            }
        }
        return indexed;
    }

    /** Derives the plan's documents, writes them to the index, then forgets the backlog entries seen before. */
    void index(UUID plan) {
        var work = separately.execute(status -> {
            var entries =
                    backlog.findByPlanId(plan).stream().map(SearchBacklog::id).toList();
            return new Work(entries, planDocuments.derive(plan));
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

    private record Work(List<UUID> entries, PlanDocuments.Derived derived) {}
}
