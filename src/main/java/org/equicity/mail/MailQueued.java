package org.equicity.mail;

import java.util.UUID;

/** A message was written to the outbox; it is delivered once the writing transaction has committed. */
record MailQueued(UUID message) {}
