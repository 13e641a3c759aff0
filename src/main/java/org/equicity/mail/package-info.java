/** Outgoing mail: sent through SMTP in production and kept in a readable outbox in development. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.equicity.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
