/** Statistics: a network's public figures from accepted reports and designated good practices, as charts, tables and CSV. */
@ApplicationModule(allowedDependencies = {"city", "framework", "network", "practice", "report", "shared"})
package org.equicity.statistics;

import org.springframework.modulith.ApplicationModule;
