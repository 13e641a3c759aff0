/** Nothing in this package is null unless it is marked {@code @Nullable}. */
@NullMarked
package org.equicity;

import org.jspecify.annotations.NullMarked;
