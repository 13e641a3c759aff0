package org.equicity.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** The last saved text of a field, which translations are made from and compared with. */
@Entity
@Table(name = "translation_source")
class SourceText {

    @Id
    private UUID id;

    @Embedded
    private FieldKey key;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SourceText() {}

    SourceText(FieldKey key, String language, String content, Instant now) {
        this.id = UUID.randomUUID();
        this.key = key;
        record(language, content, now);
    }

    static String fingerprint(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    /** Takes the newly saved text; answers whether it differs (in words or language) from the recorded one. */
    boolean change(String newLanguage, String newContent, Instant now) {
        if (newLanguage.equals(language) && fingerprint(newContent).equals(fingerprint)) {
            return false;
        }
        record(newLanguage, newContent, now);
        return true;
    }

    private void record(String newLanguage, String newContent, Instant now) {
        this.language = newLanguage;
        this.content = newContent;
        this.fingerprint = fingerprint(newContent);
        this.changedAt = now;
    }

    FieldKey key() {
        return key;
    }

    String language() {
        return language;
    }

    String content() {
        return content;
    }

    String fingerprint() {
        return fingerprint;
    }

    boolean isBlank() {
        return content.isBlank();
    }
}
