/**
 * Monitoring of racism and discrimination as the toolkit's monitoring chapter describes it: a city's monitoring
 * programmes (the political decision, mandate, budget, who collects the data, cycle, topics and life spheres, the
 * indicators on their own it follows), the steering group responsible for implementing it, and information requests
 * sent to departments, each answering in the product. Nothing here is published yet: it is the city's alone.
 */
@ApplicationModule(allowedDependencies = {"city", "framework", "indicator", "mail", "people", "shared"})
@NullMarked
package org.equicity.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
