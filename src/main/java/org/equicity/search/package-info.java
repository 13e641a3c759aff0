/** Full-text search across languages over plans and their actions, good practices and accepted reports, respecting who may see what. */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "framework",
            "network",
            "people",
            "plan",
            "practice",
            "report",
            "shared",
            "translation"
        })
package org.equicity.search;

import org.springframework.modulith.ApplicationModule;
