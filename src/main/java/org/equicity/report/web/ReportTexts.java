package org.equicity.report.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.equicity.translation.FieldRef;
import org.equicity.translation.PageTexts;
import org.equicity.translation.ShownText;
import org.equicity.translation.Translations;

/**
 * The translatable texts of a report as its reader sees them, for the fragments of {@code translation/reading.html}.
 * Only the texts of the latest submitted version were sent for translation: a text that differs from it (a returned
 * report being revised, an earlier version) is shown as written, never with the translation of another text.
 */
final class ReportTexts {

    private final ReportId report;
    private final String language;
    private final PageTexts page;
    private final Map<FieldRef, ShownText> shown;

    private ReportTexts(ReportId report, String language, PageTexts page, Map<FieldRef, ShownText> shown) {
        this.report = report;
        this.language = language;
        this.page = page;
        this.shown = shown;
    }

    /**
     * @param submitted the texts as last submitted ({@link Reports#submittedTexts}), which translations exist of
     * @param originals whether the reader asked for every text as written
     */
    static ReportTexts of(
            Translations translations,
            ReportId report,
            ReportContent content,
            Map<FieldRef, String> submitted,
            Locale reader,
            boolean originals) {
        var texts = content.translatableFields(report);
        var translatable = new LinkedHashMap<FieldRef, String>();
        texts.forEach((field, text) -> {
            if (text != null && Objects.equals(submitted.get(field), text)) {
                translatable.put(field, text);
            }
        });
        var page = translations.forReader(translatable, reader, originals);
        var shown = new HashMap<FieldRef, ShownText>();
        texts.forEach((field, text) -> {
            var read = translatable.containsKey(field) ? page.get(field) : null;
            shown.put(
                    field,
                    read != null && read.language() != null
                            ? read
                            // not translated, nor known to the translation module: the report says what it is in
                            : new ShownText(
                                    field,
                                    text,
                                    content.language(),
                                    text,
                                    content.language(),
                                    null,
                                    ShownText.Marker.NONE));
        });
        return new ReportTexts(report, content.language(), page, shown);
    }

    /** The language the report is written in, for its texts that are never translated (names, durations). */
    public String language() {
        return language;
    }

    /** The page's texts as a whole, for the page-wide toggle and the print notes. */
    public PageTexts page() {
        return page;
    }

    /** A text of the action by its field name ({@code title}, {@code objectives}...); null for untranslated fields. */
    public ShownText action(ReportedAction action, String field) {
        return shown.get(new FieldRef(Reports.TRANSLATION_OWNER, action.id().value(), field));
    }

    /** A Level 1 text by its component name; null for the fields that are not translated (names, contacts). */
    public ShownText level1(String component) {
        return shown.get(ReportContent.level1Field(report, component));
    }

    /** The explanation given for a commitment without action; null when none was given. */
    public ShownText explanation(String commitment) {
        return commitment == null ? null : shown.get(ReportContent.explanationField(report, commitment));
    }
}
