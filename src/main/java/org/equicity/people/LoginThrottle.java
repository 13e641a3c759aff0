package org.equicity.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within the window, the account (the address typed, whether
 * it exists or not) and the client address are each locked for the lock time. Counted in the database, so the limit
 * holds across all nodes. An attempt is counted as a failure before its password is checked, under a lock of the
 * key's row, so that simultaneous guesses cannot all pass the check before any of them is counted; a successful
 * sign-in takes its count back. While locked, attempts are not counted, so a lock ends on time.
 */
@Component
class LoginThrottle {

    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";

    @ConfigurationProperties("equicity.login")
    record Settings(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockTime) {}

    /** One key's count as stored. */
    private record Counter(int failures, Instant windowStart, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** A count whose window or lock is over starts again. */
        Counter current(Instant now, Duration window) {
            var over = lockedUntil != null || !windowStart.plus(window).isAfter(now);
            return over ? new Counter(0, now, null) : this;
        }
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Settings settings, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Counts an attempt at signing in to the account from the address, unless either is locked.
     *
     * @return false when locked: the password must not be checked
     */
    @Transactional
    boolean attempt(String account, String address) {
        var now = clock.instant();
        // Always the account's row before the address's, so that two attempts never wait for each other.
        var accountCount = lock(ACCOUNT, account, now);
        var addressCount = lock(ADDRESS, address, now);
        if (accountCount.lockedAt(now) || addressCount.lockedAt(now)) {
            return false;
        }
        count(ACCOUNT, account, accountCount.current(now, settings.window()), now);
        count(ADDRESS, address, addressCount.current(now, settings.window()), now);
        return true;
    }

    /** The password was right: the account's failures are forgotten, and the address's count of this attempt. */
    @Transactional
    void succeeded(String account, String address) {
        jdbc.sql("delete from login_throttle where kind = ? and login_key = ?")
                .params(ACCOUNT, account)
                .update();
        jdbc.sql("""
                        update login_throttle set failures = failures - 1,
                            locked_until = case when failures - 1 < ? then null else locked_until end
                        where kind = ? and login_key = ? and failures > 0""").params(settings.maxFailures(), ADDRESS, address).update();
    }

    /** Keeps the table small: counts whose window and lock are long over are of no use any more. */
    @Transactional
    void forgetStale() {
        var now = clock.instant();
        jdbc.sql("""
                        delete from login_throttle
                        where window_start < ? and (locked_until is null or locked_until < ?)""")
                .params(utc(now.minus(settings.window().plus(settings.lockTime()))), utc(now))
                .update();
    }

    private Counter lock(String kind, String key, Instant now) {
        // A row deleted as stale between the insert and the lock is simply created again.
        for (int tries = 0; ; tries++) {
            jdbc.sql("""
                            insert into login_throttle (kind, login_key, failures, window_start)
                            values (?, ?, 0, ?) on conflict do nothing""").params(kind, key, utc(now)).update();
            var counter = jdbc.sql("""
                            select failures, window_start, locked_until from login_throttle
                            where kind = ? and login_key = ? for update""")
                    .params(kind, key)
                    .query((rs, row) -> new Counter(
                            rs.getInt(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            instant(rs.getObject(3, OffsetDateTime.class))))
                    .optional();
            if (counter.isPresent() || tries == 2) {
                return counter.orElseThrow();
            }
        }
    }

    private void count(String kind, String key, Counter counter, Instant now) {
        var failures = counter.failures() + 1;
        var lockedUntil = failures >= settings.maxFailures() ? utc(now.plus(settings.lockTime())) : null;
        jdbc.sql("""
                        update login_throttle set failures = ?, window_start = ?, locked_until = ?
                        where kind = ? and login_key = ?""")
                .params(failures, utc(counter.windowStart()), lockedUntil, kind, key)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
