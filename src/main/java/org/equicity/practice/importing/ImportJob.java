package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.List;
import org.equicity.practice.PracticeCollections;
import org.equicity.practice.PracticeCollections.CollectedEntry;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.ImportResult;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a confirmed document in the background, as the secretariat who confirmed it: every practice in one
 * transaction, so that a failure leaves nothing of the compendium behind, and its progress written in transactions
 * of their own, so that the preview shows it while the import runs.
 */
@Component
class ImportJob {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PROGRESS_EVERY = 10;

    private final PracticeCollections collections;
    private final PracticeImportRepository imports;
    private final TransactionTemplate importing;
    private final TransactionTemplate apart;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("practice-import-");

    ImportJob(
            PracticeCollections collections,
            PracticeImportRepository imports,
            PlatformTransactionManager transactions) {
        this.collections = collections;
        this.imports = imports;
        this.importing = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        executor.setConcurrencyLimit(2);
    }

    record Work(
            ImportId id,
            NetworkId network,
            SourceDocument document,
            List<CollectedEntry> entries,
            List<String> titles,
            int skipped) {}

    /** Runs once the confirming transaction has committed, as the person who confirmed. */
    void start(Work work) {
        var task = new DelegatingSecurityContextRunnable(() -> run(work), SecurityContextHolder.getContext());
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        executor.execute(task);
                    }
                });
    }

    private void run(Work work) {
        try {
            var result = importing.execute(status -> importAll(work));
            apart.executeWithoutResult(status -> imports.findById(work.id().value())
                    .ifPresent(upload -> upload.finish(JSON.writeValueAsString(result))));
        } catch (RuntimeException failed) {
            LOG.warn(
                    "Import {} of {} failed; nothing was written",
                    work.id().value(),
                    work.document().title(),
                    failed);
            var reason = failed instanceof RuleViolationException rule ? rule.messageKey() : "practice.import.failed";
            apart.executeWithoutResult(
                    status -> imports.findById(work.id().value()).ifPresent(upload -> upload.fail(reason)));
        }
    }

    private ImportResult importAll(Work work) {
        var collection = collections.collection(work.network(), work.document());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var updatedTitles = new ArrayList<String>();
        var outcomes = collections.putAll(collection, work.entries(), done -> {
            if (done % PROGRESS_EVERY == 0) {
                apart.executeWithoutResult(
                        status -> imports.findById(work.id().value()).ifPresent(upload -> upload.progress(done)));
            }
        });
        for (var i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i)) {
                case CREATED -> created++;
                case UPDATED -> {
                    updated++;
                    updatedTitles.add(work.titles().get(i));
                }
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportResult(created, updated, unchanged, work.skipped(), updatedTitles);
    }
}
