@NullMarked
package org.equicity.notification.web;

import org.jspecify.annotations.NullMarked;
