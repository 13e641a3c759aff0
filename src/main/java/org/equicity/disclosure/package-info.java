/**
 * Disclosure control: protects a table of figures about people before it is published (primary and secondary
 * suppression, rounding, collapsing categories, markers and their legend), and gives the city's own people the
 * unprotected figures marked as not for publication. Pure computation over the table it is given.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.equicity.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
