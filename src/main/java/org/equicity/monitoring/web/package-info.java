/** The monitoring pages of a city's people and the monitoring API. */
@NullMarked
package org.equicity.monitoring.web;

import org.jspecify.annotations.NullMarked;
