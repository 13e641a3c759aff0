/**
 * Backup and restore of everything the application keeps: a portable archive of every table of the database, the
 * same for H2 and PostgreSQL, written and read by the application itself.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.equicity.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
