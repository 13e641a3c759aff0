package org.equicity.practice.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.equicity.practice.importing.CompendiumSplitter.FoundSection;

/**
 * Gathers the lines of one section into CommonMark: lines a PDF wrapped are joined again, a line after a finished
 * sentence starts a paragraph, and bulleted lines stay a list.
 */
final class FoundSectionBuilder {

    private static final Pattern BULLET = Pattern.compile("^[-•*–·]\\s*(.*)$");

    private final String wording;
    private final List<SectionLabels.Label> readings;
    private final StringBuilder text = new StringBuilder();
    private boolean paragraph;

    FoundSectionBuilder(String wording, List<SectionLabels.Label> readings) {
        this.wording = wording;
        this.readings = readings;
    }

    void add(String line) {
        var bullet = BULLET.matcher(line);
        if (text.isEmpty()) {
            text.append(bullet.matches() ? "- " + bullet.group(1) : line);
        } else if (bullet.matches()) {
            text.append(text.charAt(text.length() - 1) == ':' || lastIsItem() ? "\n" : "\n\n")
                    .append("- ")
                    .append(bullet.group(1));
        } else if (paragraph || text.toString().matches("(?s).*[.!?:;»”\"]$")) {
            text.append("\n\n").append(line);
        } else {
            text.append(' ').append(line);
        }
        paragraph = false;
    }

    void paragraph() {
        paragraph = !text.isEmpty();
    }

    FoundSection build() {
        if (readings.isEmpty()) {
            return new FoundSection(wording, null, null, text.toString().strip());
        }
        var section = readings.stream()
                .collect(Collectors.groupingBy(SectionLabels.Label::section, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
        var languages = readings.stream()
                .map(SectionLabels.Label::language)
                .collect(Collectors.toMap(Function.identity(), language -> 1, Integer::sum));
        var language = languages.size() == 1 ? languages.keySet().iterator().next() : null;
        return new FoundSection(wording, section, language, text.toString().strip());
    }

    private boolean lastIsItem() {
        var last = text.lastIndexOf("\n");
        return text.substring(last + 1).startsWith("- ");
    }
}
