/** The policy frameworks (commitments, tracks, fields, criteria, key factors) as versioned data loaded at start-up, and the crosswalk between them. */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.equicity.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
