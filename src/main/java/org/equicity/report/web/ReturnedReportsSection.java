package org.equicity.report.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.people.WorkListSection;
import org.equicity.report.ReportStatus;
import org.equicity.report.Reports;
import org.springframework.stereotype.Component;

/**
 * On a coordinator's work list: their cities' reports that the secretariat returned for revision, each with the
 * reason given, linking to the report to revise.
 */
@Component
class ReturnedReportsSection implements WorkListSection {

    private static final int QUOTE_LENGTH = 240;

    private final Reports reports;

    ReturnedReportsSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> reports.dueFor(city.id()).stream()
                        .filter(due -> due.status() == ReportStatus.RETURNED && due.report() != null)
                        .map(due -> {
                            var decision =
                                    reports.versions(due.report()).stream().reduce((first, second) -> second);
                            return new Entry(
                                    "/manage/cities/" + city.slug() + "/reports/"
                                            + due.report().value(),
                                    "report.worklist.returned.entry",
                                    List.of(due.cycle().name(), due.cycle().networkName(), city.name()),
                                    decision.map(version -> quote(version.comments()))
                                            .orElse(null),
                                    "report.worklist.returned.on",
                                    List.of(due.statusChangedAt()
                                            .atOffset(ZoneOffset.UTC)
                                            .toLocalDate()),
                                    due.overdue());
                        }))
                .toList();
        return Optional.of(new Section("report.worklist.returned.heading", "report.worklist.returned.none", entries));
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
    }
}
