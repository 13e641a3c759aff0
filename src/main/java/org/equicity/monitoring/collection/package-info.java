/**
 * The data a monitoring programme collects by the methods the toolkit's monitoring chapter describes, besides the
 * information requests of the parent module: the anonymous inner-administrative survey of the city's staff, round
 * tables and interviews, staff diversity figures and incident records from anti-discrimination offices and
 * counselling services. Every dataset records its purpose, legal basis, retention period and who may see it; a
 * scheduled job deletes what is past retention, and the data protection officer gets a list of what is held. Figures
 * about people leave only through disclosure control; a survey answer is stored so that it cannot be linked to the
 * person who gave it.
 */
@ApplicationModule(
        allowedDependencies = {"city", "disclosure", "framework", "indicator", "monitoring", "people", "shared"})
@NullMarked
package org.equicity.monitoring.collection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
