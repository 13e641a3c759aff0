/** Demo content (a fictional network, two fictional cities and one person per role), loaded only when asked for. */
@ApplicationModule(allowedDependencies = {"city", "framework", "network", "people", "plan", "selfassessment", "shared"})
package org.equicity.demo;

import org.springframework.modulith.ApplicationModule;
