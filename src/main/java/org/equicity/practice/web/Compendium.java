package org.equicity.practice.web;

import java.time.LocalDate;
import java.util.List;

/**
 * A compiled compendium as both printers lay it out: a cover ({@code title}, {@code selection}, the date and the
 * count), a table of contents by theme and then country, and each practice under them, numbered, with its fields in
 * the template's order and its source. {@code machineTranslated} says whether any text was translated by a machine,
 * which the cover then explains; each such text is marked where it stands.
 */
record Compendium(
        String title,
        String selection,
        String languageName,
        LocalDate generated,
        int count,
        boolean machineTranslated,
        List<Theme> themes) {

    Compendium {
        themes = List.copyOf(themes);
    }

    record Theme(String name, List<Country> countries) {

        Theme {
            countries = List.copyOf(countries);
        }
    }

    record Country(String name, List<Practice> practices) {

        Country {
            practices = List.copyOf(practices);
        }
    }

    /** {@code anchor} links the table of contents to the practice. */
    record Practice(int number, String anchor, Text title, String owner, List<Field> fields, String source) {

        Practice {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field's label and text; {@code text} is the original or, where {@code machine}, a machine translation. A long
     * text is CommonMark ({@code markdown}), printed with its paragraphs, lists and emphasis; the others as written.
     */
    record Field(String label, Text text, boolean markdown) {}

    record Text(String text, boolean machine) {}
}
