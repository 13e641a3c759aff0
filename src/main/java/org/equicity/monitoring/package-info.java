/**
 * Monitoring of racism and discrimination as the toolkit's monitoring chapter describes it: a city's monitoring
 * programmes (the political decision, mandate, budget, who collects the data, cycle, topics and life spheres, the
 * indicators on their own it follows), the steering group responsible for implementing it, information requests
 * sent to departments, each answering in the product, and the report with its approval. Everything is the city's
 * alone but the summary and the recommendations of a published report; a department's findings are confidential
 * feedback for that department. Published reports' recommendations are followed up (and may become plan actions),
 * and each edition of a programme starts from the previous one.
 */
@ApplicationModule(
        allowedDependencies = {"city", "disclosure", "framework", "indicator", "mail", "people", "plan", "shared"})
@NullMarked
package org.equicity.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
