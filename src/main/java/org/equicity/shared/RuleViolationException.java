package org.equicity.shared;

/**
 * A request that is well-formed but breaks a business rule (a transition that is not allowed now, a duplicate
 * name). The message key is resolved in the reader's language; pages show it next to the form, the API as a
 * 422 problem detail.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
