/** The assessment's pages, its API and its section of the work list. */
@NullMarked
package org.equicity.assessment.web;

import org.jspecify.annotations.NullMarked;
