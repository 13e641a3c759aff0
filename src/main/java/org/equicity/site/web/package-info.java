/** The site's own pages: the home page, a city's public page and a signed-in person's work. */
@NullMarked
package org.equicity.site.web;

import org.jspecify.annotations.NullMarked;
