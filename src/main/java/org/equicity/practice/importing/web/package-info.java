/** The import of compendia of good practices over HTTP and in the secretariat's pages. */
@NullMarked
package org.equicity.practice.importing.web;

import org.jspecify.annotations.NullMarked;
