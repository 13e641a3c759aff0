/** Statistics: a network's public figures from accepted reports and designated good practices, as charts, tables and CSV. */
package org.equicity.statistics;
