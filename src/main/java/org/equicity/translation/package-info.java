/** Translations of free-text content with their provenance (human or machine, engine, source fingerprint), made in the background by configurable translation engines. */
@ApplicationModule(allowedDependencies = {"city", "network", "people", "shared"})
package org.equicity.translation;

import org.springframework.modulith.ApplicationModule;
