/** City networks, the framework versions they use, their reporting period and their member cities. */
@ApplicationModule(allowedDependencies = {"city", "framework", "people", "shared"})
package org.equicity.network;

import org.springframework.modulith.ApplicationModule;
