/** The public entry pages and the navigation that ties the modules together. */
@ApplicationModule(
        allowedDependencies = {"city", "network", "people", "plan", "practice", "report", "shared", "translation"})
@NullMarked
package org.equicity.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
