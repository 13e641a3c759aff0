package org.equicity.people;

import java.nio.charset.StandardCharsets;
import org.equicity.shared.RuleViolationException;

/**
 * Length is what makes a password hard to guess, so that is the rule, rather than character classes. The upper
 * bound is bcrypt's: it reads only 72 bytes.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw RuleViolationException.about("password", "people.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw RuleViolationException.about("password", "people.password.too-long", MAX_BYTES);
        }
        if (password.strip().equalsIgnoreCase(email)) {
            throw RuleViolationException.about("password", "people.password.equals-email");
        }
    }
}
