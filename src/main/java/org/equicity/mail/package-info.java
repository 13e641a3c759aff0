/** Outgoing mail: sent through SMTP in production and kept in a readable outbox in development. */
@ApplicationModule(allowedDependencies = {})
package org.equicity.mail;

import org.springframework.modulith.ApplicationModule;
