/** Cities, their stored Level 1 profile and their departments. */
@ApplicationModule(allowedDependencies = {"people", "shared"})
package org.equicity.city;

import org.springframework.modulith.ApplicationModule;
