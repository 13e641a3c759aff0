/** Good practices: actions and submissions that a network's scientific committee designates, and their public library. */
@ApplicationModule(
        allowedDependencies = {"city", "framework", "mail", "network", "people", "report", "shared", "translation"})
package org.equicity.practice;

import org.springframework.modulith.ApplicationModule;
