/**
 * The implementation of a city's adopted plans: progress updates from the departments, the progress and coverage
 * they add up to, what needs the coordinator's attention, the department meetings, and each person's own actions.
 * Changes to a plan's actions go through the plan's facade, which records them in the plan's history.
 */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "indicator",
            "notification",
            "people",
            "plan",
            "plan::support",
            "shared",
            "translation"
        })
@NullMarked
package org.equicity.plan.tracking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
