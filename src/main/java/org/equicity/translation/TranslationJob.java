package org.equicity.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Translations.JobState;

/** A translation to make in the background, with its attempts so far. Done jobs are deleted. */
@Entity
@Table(name = "translation_job")
class TranslationJob {

    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    private UUID id;

    @Embedded
    private FieldKey key;

    @Column(name = "target_language", nullable = false)
    private String targetLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TranslationJob() {}

    TranslationJob(FieldKey key, String targetLanguage, Instant now) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.targetLanguage = targetLanguage;
        this.state = JobState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A stopped job (failed, or without engine) is asked for again: it starts over now. */
    void requeue(Instant now) {
        if (state == JobState.FAILED || state == JobState.NO_ENGINE) {
            state = JobState.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    /** An administrator runs the job again now, with a fresh set of attempts. */
    void retryNow(Instant now) {
        if (state == JobState.RUNNING) {
            throw new RuleViolationException("translation.job.error.running");
        }
        state = JobState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        claimedAt = null;
    }

    /** The attempt failed: wait longer after every failure, and stop after the last allowed attempt. */
    void failed(String error, Instant now, TranslationSettings.Worker worker) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        claimedBy = null;
        claimedAt = null;
        if (attempts >= worker.maxAttempts()) {
            state = JobState.FAILED;
        } else {
            state = JobState.PENDING;
            nextAttemptAt = now.plus(worker.backoffAfter(attempts));
        }
    }

    /** No engine translates the pair; the job waits until the configuration changes (next start-up). */
    void noEngine() {
        state = JobState.NO_ENGINE;
        claimedBy = null;
        claimedAt = null;
    }

    /** The source changed while the job ran: translate the new text at once. */
    void sourceMovedOn(Instant now) {
        state = JobState.PENDING;
        nextAttemptAt = now;
        claimedBy = null;
        claimedAt = null;
    }

    UUID id() {
        return id;
    }

    FieldKey key() {
        return key;
    }

    String targetLanguage() {
        return targetLanguage;
    }

    JobState state() {
        return state;
    }

    long version() {
        return version;
    }

    Translations.Job view(String sourceLanguage) {
        return new Translations.Job(
                id, key.ref(), sourceLanguage, targetLanguage, state, attempts, nextAttemptAt, lastError, createdAt);
    }
}
