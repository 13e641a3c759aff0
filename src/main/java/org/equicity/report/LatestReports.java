package org.equicity.report;

import java.util.List;
import org.equicity.report.Reports.AcceptedReportLink;

/**
 * The reports accepted last, across every network: what the home page links to. Public. Read in one query with its
 * limit, so that the home page costs the same however many networks and reports the platform holds.
 */
public interface LatestReports {

    /** Up to {@code limit} accepted reports, the latest accepted first. */
    List<AcceptedReportLink> latestAccepted(int limit);
}
