/** Network reporting: cycles opened by a network's secretariat, the cities' reports, their submission and review status. */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "framework",
            "indicator",
            "mail",
            "network",
            "people",
            "plan",
            "shared",
            "translation"
        })
package org.equicity.report;

import org.springframework.modulith.ApplicationModule;
