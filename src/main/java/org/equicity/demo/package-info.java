/** Demo content (a fictional network, two fictional cities and one person per role), loaded only when asked for. */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "framework",
            "indicator",
            "network",
            "people",
            "plan",
            "practice",
            "selfassessment",
            "shared",
            "monitoring",
            "report"
        })
package org.equicity.demo;

import org.springframework.modulith.ApplicationModule;
