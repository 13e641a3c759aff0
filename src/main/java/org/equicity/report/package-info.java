/** Network reporting: cycles opened by a network's secretariat, the cities' reports, their submission and review status. */
package org.equicity.report;
