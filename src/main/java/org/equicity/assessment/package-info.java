/**
 * Step 12 of a plan: its yearly follow-up and final assessment (per action the method, findings, what the indicators
 * show, lessons learnt), when the plan is due for review and the coordinator's reminder, and the assessment the next
 * plan starts from.
 */
@ApplicationModule(allowedDependencies = {"city", "framework", "people", "plan", "shared"})
@NullMarked
package org.equicity.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
