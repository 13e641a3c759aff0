/** The public entry pages and the navigation that ties the modules together. */
@ApplicationModule(allowedDependencies = {"city", "network", "people", "plan", "report", "shared", "translation"})
package org.equicity.site;

import org.springframework.modulith.ApplicationModule;
