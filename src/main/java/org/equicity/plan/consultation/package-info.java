/**
 * How people outside the plan's coordinators take part: the consultation on a draft (the city's people comment,
 * coordinators answer and resolve) and civil society following a published plan (its public page, and a mail to
 * each follower when the plan takes its next step or an action changes status). Reads plans through the plan's
 * facade and hears of their changes through {@code PlanChanged}.
 */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "mail",
            "notification",
            "people",
            "plan",
            "plan::support",
            "shared",
            "translation"
        })
@NullMarked
package org.equicity.plan.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
