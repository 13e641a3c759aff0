/** Network reporting: cycles opened by a network's secretariat, the cities' reports, their submission and review status. */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "disclosure",
            "framework",
            "indicator",
            "mail",
            "monitoring",
            "network",
            "people",
            "plan",
            "shared",
            "translation"
        })
package org.equicity.report;

import org.springframework.modulith.ApplicationModule;
