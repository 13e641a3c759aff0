/** People, their roles in networks and cities, invitations, sign-in and the access rules every write goes through. */
package org.equicity.people;
