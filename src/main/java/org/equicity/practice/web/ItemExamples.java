package org.equicity.practice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.report.Reports;
import org.equicity.report.Reports.ActionExample;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;

/**
 * The examples from other cities for an item of a framework, as the page and the API show them: designated
 * practices and accepted report actions, with their titles and summaries in the reader's language.
 */
@Component
class ItemExamples {

    /** Enough to choose from without paging; each list is the most recent first. */
    static final int LIMIT = 20;

    private final Frameworks frameworks;
    private final Practices practices;
    private final Reports reports;
    private final Translations translations;

    ItemExamples(Frameworks frameworks, Practices practices, Reports reports, Translations translations) {
        this.frameworks = frameworks;
        this.practices = practices;
        this.reports = reports;
        this.translations = translations;
    }

    record Found(
            Framework framework,
            FrameworkItem item,
            List<LibraryEntry> practices,
            List<ActionExample> actions,
            PageTexts texts) {}

    /** @throws NotFoundException for a framework version or item that is malformed or not loaded */
    Found find(String id, String version, String code, CityId forCity, Locale reader, boolean originals) {
        FrameworkRef ref;
        try {
            ref = new FrameworkRef(id, version);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("Framework", id + "@" + version);
        }
        var framework = frameworks.find(ref).orElseThrow(() -> new NotFoundException("Framework", id + "@" + version));
        var item = framework
                .item(code)
                .orElseThrow(() -> new NotFoundException("Framework item", framework.ref() + ":" + code));
        var itemRef = new ItemRef(ref, item.code());
        var practiceExamples = practices.examples(itemRef, forCity, LIMIT);
        var actionExamples = reports.examples(itemRef, forCity, LIMIT);
        // only what the lists show is asked for in the reader's language, not every text of every example
        var written = new LinkedHashMap<FieldRef, String>();
        for (var entry : practiceExamples) {
            var practice = entry.summary().id().value();
            written.put(
                    new FieldRef(Practices.TRANSLATION_OWNER, practice, "title"),
                    entry.content().template().title());
            written.put(
                    new FieldRef(Practices.TRANSLATION_OWNER, practice, "main-purpose"),
                    entry.content().template().mainPurpose());
        }
        for (var example : actionExamples) {
            var action = example.action();
            written.put(new FieldRef(Reports.TRANSLATION_OWNER, action.id().value(), "title"), action.title());
            written.put(
                    new FieldRef(Reports.TRANSLATION_OWNER, action.id().value(), "objectives"), action.objectives());
        }
        return new Found(
                framework, item, practiceExamples, actionExamples, translations.forReader(written, reader, originals));
    }
}
