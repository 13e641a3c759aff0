/** Review of good practices: the secretariat assigns reviewers, who rate the criteria, and records the committee's decision. */
@ApplicationModule(
        allowedDependencies = {"framework", "network", "people", "practice", "report", "shared", "translation"})
package org.equicity.review;

import org.springframework.modulith.ApplicationModule;
