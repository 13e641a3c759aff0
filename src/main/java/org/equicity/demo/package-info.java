/** Demo content (a fictional network, two fictional cities and one person per role), loaded only when asked for. */
package org.equicity.demo;
