/** Outgoing mail: sent through SMTP in production and kept in a readable outbox in development. */
package org.equicity.mail;
