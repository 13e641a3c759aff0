package org.equicity.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token of a mail's unsubscribe link: the person and what the link stops (a kind, or the daily digest), signed
 * with this installation's key, so that the link works without signing in and cannot be made up for someone else.
 * The key is made on first use and kept in the database, so that links keep working after a restart and on every
 * node.
 */
@Component
class UnsubscribeTokens {

    /** What a link stops: a kind's name, or this for the daily digest. */
    static final String DIGEST = "DIGEST";

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    record Scope(PersonId person, String what) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String sign(PersonId person, String what) {
        var payload = person.value() + ":" + what;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(payload));
    }

    /** Empty for anything this installation did not sign. */
    Optional<Scope> read(String token) {
        var dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            var payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            var signature = DECODER.decode(token.substring(dot + 1));
            var colon = payload.indexOf(':');
            if (colon < 0 || !MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            return Optional.of(new Scope(
                    new PersonId(UUID.fromString(payload.substring(0, colon))), payload.substring(colon + 1)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }

    private byte[] key() {
        var known = key;
        if (known != null) {
            return known;
        }
        String stored;
        try {
            stored = ownTransaction.execute(status -> stored().orElseGet(this::created));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // another node made the key at the same moment: theirs is the one
            stored = ownTransaction.execute(status -> stored().orElseThrow(() -> takenMeanwhile));
        }
        var decoded = DECODER.decode(Objects.requireNonNull(stored));
        key = decoded;
        return decoded;
    }

    private Optional<String> stored() {
        return jdbc.sql("select secret from notice_signing_key where id = 1")
                .query(String.class)
                .optional();
    }

    private String created() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var secret = ENCODER.encodeToString(bytes);
        jdbc.sql("insert into notice_signing_key (id, secret) values (1, ?)")
                .param(secret)
                .update();
        return secret;
    }
}
