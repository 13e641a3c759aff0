/**
 * Notifications: when something waits for a person (a consultation opens for them, their comment is answered, their
 * city's report is returned or accepted, a review is assigned to them, an invitation they sent is accepted, a report's
 * deadline, a progress update or a plan's review falls due), a notice
 * in the product and a mail in their language, at once or in a daily digest, as each person chooses per kind. Hears
 * of what happened through the owning modules' events and reads only their facades.
 */
@ApplicationModule(
        allowedDependencies = {"assessment", "city", "mail", "network", "people", "plan", "report", "review", "shared"})
@NullMarked
package org.equicity.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
