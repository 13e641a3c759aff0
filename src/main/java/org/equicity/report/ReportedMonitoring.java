package org.equicity.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published monitoring report of the city as a report shares it with the network when its cycle asks for it: only
 * what the city itself publishes (the title, the public summaries, the recommendations with their status and the
 * totals of the programme's indicators after disclosure control), never its sections, findings or statements.
 */
public record ReportedMonitoring(
        UUID programme,
        String title,
        String publicSummary,
        String easyToRead,
        LocalDate publishedOn,
        int edition,
        List<Recommendation> recommendations,
        List<Indicator> indicators) {

    public ReportedMonitoring {
        recommendations = List.copyOf(recommendations);
        indicators = List.copyOf(indicators);
    }

    /** {@code status}: OPEN, IN_PROGRESS, IMPLEMENTED or NOT_ACCEPTED. */
    public record Recommendation(String text, String addressee, LocalDate due, String status) {}

    public record Indicator(String name, List<Figure> figures) {

        public Indicator {
            figures = List.copyOf(figures);
        }
    }

    /** A period's total; where disclosure control or a gap leaves no value, {@code marker} says why ({@code [s]}). */
    public record Figure(String period, BigDecimal value, String marker) {}

    public long implemented() {
        return recommendations.stream()
                .filter(recommendation -> "IMPLEMENTED".equals(recommendation.status()))
                .count();
    }
}
