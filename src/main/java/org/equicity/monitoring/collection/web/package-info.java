/** The pages of a programme's data collection, the anonymous survey page staff open by their link, and its API. */
@NullMarked
package org.equicity.monitoring.collection.web;

import org.jspecify.annotations.NullMarked;
