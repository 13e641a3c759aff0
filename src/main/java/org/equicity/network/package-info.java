/** City networks, the framework versions they use, their reporting period and their member cities. */
@ApplicationModule(allowedDependencies = {"city", "framework", "people", "shared"})
@NullMarked
package org.equicity.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
