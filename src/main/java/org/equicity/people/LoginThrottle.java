package org.equicity.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within the window, the account (the address typed, whether
 * it exists or not) and the client address are each locked for the lock time. Counted in the database, so the
 * limit holds across all nodes. While locked, attempts are not counted, so a lock ends on time.
 */
@Component
@Transactional
class LoginThrottle {

    @ConfigurationProperties("equicity.login")
    record Settings(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockTime) {}

    private final LoginFailureRepository failures;
    private final Settings settings;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, Settings settings, Clock clock) {
        this.clock = clock;
        this.failures = failures;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    boolean locked(String account, String address) {
        var now = clock.instant();
        return locked(LoginFailure.ACCOUNT, account, now) || locked(LoginFailure.ADDRESS, address, now);
    }

    private boolean locked(String kind, String key, Instant now) {
        return failures.findFirstByKindAndLoginKeyOrderByFailedAtDesc(kind, key)
                .map(LoginFailure::failedAt)
                .filter(latest -> latest.plus(settings.lockTime()).isAfter(now))
                .map(latest -> failures.countByKindAndLoginKeyAndFailedAtBetween(
                                kind, key, latest.minus(settings.window()), latest)
                        >= settings.maxFailures())
                .orElse(false);
    }

    void failed(String account, String address) {
        var now = clock.instant();
        failures.forgetOlderThan(now.minus(settings.window().plus(settings.lockTime())));
        failures.save(new LoginFailure(LoginFailure.ACCOUNT, account, now));
        failures.save(new LoginFailure(LoginFailure.ADDRESS, address, now));
    }

    void succeeded(String account) {
        failures.forget(LoginFailure.ACCOUNT, account);
    }
}
