/**
 * Indicators that measure what a city's plan promises, or what monitoring follows on its own: definition, unit,
 * direction, breakdowns (dimensions as data files), baseline, targets, observations per period with their status,
 * locked periods, progress to target, charts and tidy spreadsheets. Plan objects are referenced by id and checked
 * against the plan module's facade; everything published passes one method ({@code Publication}), which
 * hands it to the disclosure module.
 */
@ApplicationModule(
        allowedDependencies = {"city", "disclosure", "framework", "network", "people", "plan", "shared", "translation"})
package org.equicity.indicator;

import org.springframework.modulith.ApplicationModule;
