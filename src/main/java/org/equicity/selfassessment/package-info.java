/**
 * A city's self-assessment against an assessment framework (the EUROCITIES anti-discrimination benchmark first):
 * per key factor the answers to its guide questions, the judgement on the framework's scale, the evidence and the
 * context factors that explain it; its sign-off, the baseline later ones are compared with, and the development
 * plan whose actions become actions of the city's action plan.
 */
@ApplicationModule(allowedDependencies = {"city", "framework", "indicator", "monitoring", "people", "plan", "shared"})
@NullMarked
package org.equicity.selfassessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
