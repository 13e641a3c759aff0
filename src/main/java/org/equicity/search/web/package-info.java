/** The search's page and API: the query read from the address, the hits linked to where they are read. */
@NullMarked
package org.equicity.search.web;

import org.jspecify.annotations.NullMarked;
