/** Statistics: a network's public figures from accepted reports and designated good practices, as charts, tables and CSV. */
@ApplicationModule(allowedDependencies = {"city", "framework", "network", "practice", "report", "shared"})
@NullMarked
package org.equicity.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
