/** City networks, the framework versions they use, their reporting period and their member cities. */
package org.equicity.network;
