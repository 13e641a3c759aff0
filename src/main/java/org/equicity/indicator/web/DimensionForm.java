package org.equicity.indicator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.indicator.OwnDimensions.DimensionContent;
import org.equicity.indicator.OwnDimensions.Entry;
import org.equicity.indicator.OwnDimensions.OwnDimension;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UiSettings;

/**
 * An own breakdown dimension as typed: its code (when added), its name in each interface language ({@code name[de]}),
 * and its categories one per line, {@code code | broader category | English | Deutsch | …} in the order of the
 * interface languages ({@link UiSettings#OFFERED}), where only the code and one label are needed.
 */
record DimensionForm(String code, Map<String, String> name, String categories, long version) {

    static final List<String> LANGUAGES = UiSettings.OFFERED;

    DimensionForm {
        name = name == null ? Map.of() : name;
    }

    static DimensionForm blank() {
        return new DimensionForm(null, Map.of(), null, 0);
    }

    /** The newest version as the form shows it. */
    static DimensionForm of(OwnDimension dimension) {
        var content = dimension.content();
        var lines = new ArrayList<String>();
        for (var entry : content.categories()) {
            var cells = new ArrayList<String>();
            cells.add(entry.code());
            cells.add(entry.parent() == null ? "" : entry.parent());
            LANGUAGES.forEach(language -> cells.add(entry.label().values().getOrDefault(language, "")));
            lines.add(
                    String.join(" | ", cells).replaceAll("(\\s*\\|\\s*)+$", "").strip());
        }
        return new DimensionForm(
                dimension.code(), content.name().values(), String.join("\n", lines), dimension.rowVersion());
    }

    DimensionForm over(long stored) {
        return new DimensionForm(code, name, categories, stored);
    }

    DimensionContent content() {
        var typed = new LinkedHashMap<String, String>();
        LANGUAGES.forEach(language -> typed.put(language, name.get(language)));
        return new DimensionContent(new LocalizedText(typed), entries());
    }

    private List<Entry> entries() {
        var entries = new ArrayList<Entry>();
        var lines = categories == null ? new String[0] : categories.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            var cells = lines[n].split("\\|", -1);
            if (cells.length < 3 || cells.length > 2 + LANGUAGES.size()) {
                throw RuleViolationException.about("categories", "indicator.rule.category-line", n + 1);
            }
            Map<String, String> label = new LinkedHashMap<>();
            for (int l = 2; l < cells.length; l++) {
                label.put(LANGUAGES.get(l - 2), cells[l].strip());
            }
            entries.add(new Entry(cells[0].strip(), cells[1].strip(), new LocalizedText(label)));
        }
        return entries;
    }
}
