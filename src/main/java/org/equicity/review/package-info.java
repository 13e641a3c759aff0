/** Review of good practices: the secretariat assigns reviewers, who rate the criteria, and records the committee's decision. */
@ApplicationModule(
        allowedDependencies = {"framework", "network", "people", "practice", "report", "shared", "translation"})
@NullMarked
package org.equicity.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
