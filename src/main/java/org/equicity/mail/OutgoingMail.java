package org.equicity.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message to one recipient, in the recipient's language. Its texts come from the {@code mail} bundle: the
 * subject from {@code mail.<template>.subject}, the body from {@code mail.<template>.body}, both formatted with the
 * arguments.
 */
public record OutgoingMail(String to, Locale language, String template, List<Object> arguments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        arguments = List.copyOf(arguments);
    }

    public OutgoingMail(String to, Locale language, String template, Object... arguments) {
        this(to, language, template, List.of(arguments));
    }
}
