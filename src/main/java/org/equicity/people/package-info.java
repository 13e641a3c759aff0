/** People, their roles in networks and cities, invitations, sign-in and the access rules every write goes through. */
@ApplicationModule(allowedDependencies = {"mail", "shared"})
package org.equicity.people;

import org.springframework.modulith.ApplicationModule;
