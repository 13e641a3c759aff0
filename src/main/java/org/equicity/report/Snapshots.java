package org.equicity.report;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What a submitted version freezes besides its content: its indicators' published figures and, where the cycle asks
 * for it, the city's published monitoring, as they stand at submission.
 */
@Component
class Snapshots {

    private final ReportIndicators indicators;
    private final ReportMonitoring monitoring;

    Snapshots(ReportIndicators indicators, ReportMonitoring monitoring) {
        this.indicators = indicators;
        this.monitoring = monitoring;
    }

    Submission freeze(CityReport report, Cycle cycle, int number, ReportContent content, Instant at) {
        return new Submission(
                report.id(), number, content, indicators.of(report.city(), content), monitoring.of(report, cycle), at);
    }
}
