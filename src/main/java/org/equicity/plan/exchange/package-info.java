/**
 * A plan in and out of spreadsheets: exports (XLSX, CSV, PDF) and the two-step import of actions from a city's
 * spreadsheet, with the uploads waiting for confirmation. Imported actions are written through the plan's facade,
 * which records them in the plan's history.
 */
@ApplicationModule(allowedDependencies = {"city", "people", "plan", "plan::support", "shared", "translation"})
package org.equicity.plan.exchange;

import org.springframework.modulith.ApplicationModule;
