/** The translation's pages and API: jobs, the languages a network translates into at once, links to read. */
@NullMarked
package org.equicity.translation.web;

import org.jspecify.annotations.NullMarked;
