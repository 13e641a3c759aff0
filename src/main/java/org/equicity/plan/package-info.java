/** A city's action plans against racism: needs, commitments written with the model template, actions, adoption and their history. */
@ApplicationModule(allowedDependencies = {"city", "framework", "people", "shared", "translation"})
package org.equicity.plan;

import org.springframework.modulith.ApplicationModule;
