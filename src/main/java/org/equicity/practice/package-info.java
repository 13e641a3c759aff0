/** Good practices: actions and submissions that a network's scientific committee designates, and their public library. */
package org.equicity.practice;
