/** The self-assessment pages, API and exports, through the module's facade only. */
@NullMarked
package org.equicity.selfassessment.web;

import org.jspecify.annotations.NullMarked;
