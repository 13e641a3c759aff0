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

/** The translation of one field into one language, with its provenance and the fingerprint of the text it translates. */
@Entity
@Table(name = "field_translation")
class FieldTranslation {

    @Id
    private UUID id;

    @Embedded
    private FieldKey key;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    private String engine;

    @Column(name = "engine_version")
    private String engineVersion;

    @Column(name = "source_language", nullable = false)
    private String sourceLanguage;

    @Column(name = "source_fingerprint", nullable = false)
    private String sourceFingerprint;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    @Column(name = "translated_by")
    private UUID translatedBy;

    @Version
    private long version;

    protected FieldTranslation() {}

    private FieldTranslation(FieldKey key, String language) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.language = language;
    }

    static FieldTranslation machine(
            SourceText source, String language, String content, TranslationEngine.Result by, Instant now) {
        var translation = new FieldTranslation(source.key(), language);
        translation.machineTranslated(source, content, by, now);
        return translation;
    }

    static FieldTranslation human(SourceText source, String language, String content, UUID person, Instant now) {
        var translation = new FieldTranslation(source.key(), language);
        translation.correct(source, content, person, now);
        return translation;
    }

    /** An engine's translation of the current text; a person's translation is never replaced by an engine. */
    void machineTranslated(SourceText source, String newContent, TranslationEngine.Result by, Instant now) {
        if (origin == Origin.HUMAN) {
            throw new IllegalStateException("A human translation is never overwritten by a machine: " + key);
        }
        this.origin = Origin.MACHINE;
        this.engine = by.engine();
        this.engineVersion = by.version();
        this.translatedBy = null;
        translates(source, newContent, now);
    }

    /** A person writes or corrects the translation: from now on it is theirs, translating the current text. */
    void correct(SourceText source, String newContent, UUID person, Instant now) {
        this.origin = Origin.HUMAN;
        this.engine = null;
        this.engineVersion = null;
        this.translatedBy = person;
        translates(source, newContent, now);
    }

    private void translates(SourceText source, String newContent, Instant now) {
        this.content = newContent;
        this.sourceLanguage = source.language();
        this.sourceFingerprint = source.fingerprint();
        this.translatedAt = now;
    }

    boolean isHuman() {
        return origin == Origin.HUMAN;
    }

    boolean translates(SourceText source) {
        return source.fingerprint().equals(sourceFingerprint)
                && source.language().equals(sourceLanguage);
    }

    FieldKey key() {
        return key;
    }

    String language() {
        return language;
    }

    Translations.Translation view(SourceText source) {
        return new Translations.Translation(
                key.ref(),
                language,
                content,
                origin,
                engine,
                engineVersion,
                translatedAt,
                sourceLanguage,
                source == null || !translates(source));
    }
}
