/** The city's pages and API: the public list and profile, the coordinators' profile, departments and people. */
@NullMarked
package org.equicity.city.web;

import org.jspecify.annotations.NullMarked;
