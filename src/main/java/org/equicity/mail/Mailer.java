package org.equicity.mail;

import java.util.List;

/**
 * Sends mail. Every message is kept in the outbox; where SMTP is configured ({@code spring.mail.host}) it is also
 * delivered, after the caller's transaction has committed. A failed delivery is recorded on the message and never
 * reaches the person whose action caused it.
 */
public interface Mailer {

    void send(OutgoingMail mail);

    /** The most recent messages first. */
    List<OutboxEntry> outbox(int limit);
}
