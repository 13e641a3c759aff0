package org.equicity.translation;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.equicity.translation.Translations.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the job queue on every application node. Each job is claimed by a guarded update in a short
 * transaction of its own, the engine is called outside any transaction, and the result is stored in another short
 * transaction that first checks the job is still this node's and the text is still the one translated. A failed
 * attempt is retried later, waiting twice as long after each failure.
 */
@Component
class TranslationWorker {

    private static final Logger log = LoggerFactory.getLogger(TranslationWorker.class);

    private final SourceTextRepository sources;
    private final FieldTranslationRepository translations;
    private final TranslationJobRepository jobs;
    private final EngineRouter engines;
    private final TranslationSettings.Worker settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Clock clock;

    TranslationWorker(
            SourceTextRepository sources,
            FieldTranslationRepository translations,
            TranslationJobRepository jobs,
            EngineRouter engines,
            TranslationSettings settings,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.sources = sources;
        this.translations = translations;
        this.jobs = jobs;
        this.engines = engines;
        this.settings = settings.worker();
        this.transactions = transactions;
        this.events = events;
    }

    @Scheduled(
            fixedDelayString = "${equicity.translation.worker.interval:PT5S}",
            initialDelayString = "${equicity.translation.worker.interval:PT5S}")
    void runScheduled() {
        if (settings.enabled()) {
            engines.refresh();
            runDueJobs(clock.instant());
        }
    }

    /** Jobs parked for want of an engine get another chance after a restart, which may have brought new routes. */
    @EventListener(ApplicationReadyEvent.class)
    void requeueJobsWithoutEngine() {
        transactions.executeWithoutResult(
                status -> jobs.findByState(JobState.NO_ENGINE).forEach(job -> job.requeue(clock.instant())));
    }

    /** Works the jobs due at the given time, at most one batch; answers how many were worked (claimed). */
    int runDueJobs(Instant now) {
        var due = transactions.execute(
                status -> jobs.findDue(now, now.minus(settings.lease()), Limit.of(settings.batchSize())));
        int worked = 0;
        for (var job : due) {
            var claimed = transactions.execute(status -> jobs.claim(job.id(), job.version(), node, now) == 1);
            if (Boolean.TRUE.equals(claimed)) {
                work(job.id(), job.version() + 1, now);
                worked++;
            }
        }
        return worked;
    }

    private record Work(SourceText source, String target, TranslationEngine engine) {}

    private void work(UUID jobId, long claimedVersion, Instant now) {
        var work = transactions.execute(status -> prepare(jobId, claimedVersion));
        if (work == null) {
            return;
        }
        TranslationEngine.Result result;
        String translated;
        try {
            var source = work.source();
            var segmented = Segmenter.split(
                    source.content(), source.language(), work.engine().maxSegmentLength());
            result = work.engine().translate(segmented.segments(), source.language(), work.target());
            translated = segmented.join(result.segments());
        } catch (RuntimeException ex) {
            log.warn("Translation job {} failed: {}", jobId, ex.getMessage());
            var error = describe(ex);
            transactions.executeWithoutResult(status -> jobs.findById(jobId)
                    .filter(job -> job.version() == claimedVersion)
                    .ifPresent(job -> job.failed(error, now, settings)));
            return;
        }
        try {
            transactions.executeWithoutResult(status -> store(jobId, claimedVersion, work, result, translated, now));
        } catch (DataIntegrityViolationException ex) {
            // another node stored the same translation first; the next attempt finds it current and completes
            transactions.executeWithoutResult(status -> jobs.findById(jobId)
                    .filter(job -> job.version() == claimedVersion)
                    .ifPresent(job -> job.failed(describe(ex), now, settings)));
        }
    }

    /** The failure as administrators read it: what failed, and the underlying cause (a refused connection...). */
    static String describe(RuntimeException failure) {
        var error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        var cause = NestedExceptionUtils.getMostSpecificCause(failure);
        if (cause != failure) {
            error += " (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        }
        return error;
    }

    /** What the job needs, or null when there is nothing to translate (the job is then done and deleted). */
    private Work prepare(UUID jobId, long claimedVersion) {
        var job =
                jobs.findById(jobId).filter(j -> j.version() == claimedVersion).orElse(null);
        if (job == null) {
            return null;
        }
        var source = sources.findByKey(job.key()).orElse(null);
        var target = job.targetLanguage();
        if (source == null || source.isBlank() || source.language().equals(target)) {
            jobs.delete(job);
            return null;
        }
        var existing = translations.findByKeyAndLanguage(job.key(), target);
        if (existing.filter(t -> t.isHuman() || t.translates(source)).isPresent()) {
            jobs.delete(job);
            return null;
        }
        var engine = engines.engineFor(source.language(), target);
        if (engine.isEmpty()) {
            job.noEngine();
            return null;
        }
        return new Work(source, target, engine.get());
    }

    private void store(
            UUID jobId,
            long claimedVersion,
            Work work,
            TranslationEngine.Result result,
            String translated,
            Instant now) {
        var job =
                jobs.findById(jobId).filter(j -> j.version() == claimedVersion).orElse(null);
        if (job == null) {
            return;
        }
        var source = sources.findByKey(job.key()).orElse(null);
        if (source == null
                || !source.fingerprint().equals(work.source().fingerprint())
                || !source.language().equals(work.source().language())) {
            job.sourceMovedOn(now);
            return;
        }
        var existing =
                translations.findByKeyAndLanguage(job.key(), work.target()).orElse(null);
        if (existing == null) {
            translations.save(FieldTranslation.machine(source, work.target(), translated, result, now));
        } else if (!existing.isHuman()) {
            existing.machineTranslated(source, translated, result, now);
        }
        jobs.delete(job);
        if (existing == null || !existing.isHuman()) {
            events.publishEvent(new TranslationStored(source.key().ref(), work.target()));
        }
    }
}
