/**
 * The demo content of the peer review: the demo module may not refer to a nested module, so this sibling of the
 * peer review module loads it when the demo loader hands over its people ({@link org.equicity.shared.DemoContentPart}).
 */
@ApplicationModule(
        displayName = "Peer review demo content",
        allowedDependencies = {"city", "selfassessment", "selfassessment.peerreview", "shared"})
@NullMarked
package org.equicity.selfassessment.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
