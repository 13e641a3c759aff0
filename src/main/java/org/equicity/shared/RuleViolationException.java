package org.equicity.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well-formed but breaks a business rule (a transition that is not allowed now, a duplicate
 * name). The message key is resolved in the reader's language; pages show it next to the form, the API as a
 * 422 problem detail. A rule about one field names it ({@link #about}), so that a page shows the message beside
 * that field and puts the field's label in the reader's language where the message names the field.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final @Nullable String field;

    public RuleViolationException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolationException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * A rule about the field of this name (the name of the form's and the API body's field); where the message
     * names the field, it is the first argument.
     */
    public static RuleViolationException about(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The field the rule is about, or null for a rule about the whole request. */
    public @Nullable String field() {
        return field;
    }
}
