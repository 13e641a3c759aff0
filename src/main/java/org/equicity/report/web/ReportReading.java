package org.equicity.report.web;

import java.util.Locale;
import org.equicity.report.Reports;
import org.equicity.report.Reports.PublicReport;
import org.equicity.report.Reports.ReportExport;
import org.equicity.report.Reports.ReportView;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;

/**
 * Reads a report's texts in the reader's language, for the report's pages and its PDF; viewing them asks for the
 * translations that are missing.
 */
@Component
class ReportReading {

    private final Reports reports;
    private final Translations translations;

    ReportReading(Reports reports, Translations translations) {
        this.reports = reports;
        this.translations = translations;
    }

    ReportTexts of(ReportView report, Locale reader, boolean originals) {
        return ReportTexts.of(
                translations, report.id(), report.content(), reports.submittedTexts(report.id()), reader, originals);
    }

    ReportTexts of(ReportExport report, Locale reader, boolean originals) {
        return ReportTexts.of(
                translations, report.id(), report.content(), reports.submittedTexts(report.id()), reader, originals);
    }

    /** An accepted report is its latest submitted version: its texts are the ones sent for translation. */
    ReportTexts of(PublicReport report, Locale reader, boolean originals) {
        var content = report.content();
        return ReportTexts.of(
                translations, report.id(), content, content.translatableFields(report.id()), reader, originals);
    }
}
