package org.equicity.practice.importing;

import java.util.Locale;

/**
 * What a labelled section of a compendium's practice holds, by the name the section-label data file gives it; {@link
 * #IGNORED} is what the secretariat maps a label to whose text is not to be kept (a reviewer's comment).
 */
public enum Section {
    CHAPTER,
    MEASURE_TYPE,
    AREA_OF_INTERVENTION,
    DURATION,
    MAIN_PURPOSE,
    PURPOSE,
    AIMS,
    RATIONALE,
    PROCESS,
    IMPACT,
    EVALUATION,
    LEADING_AUTHORITY,
    IMPLEMENTING_PARTNERS,
    REFERENCES,
    CONTACT,
    DEPARTMENT,
    /** The practice's page or section in its source document, as the library's export writes it. */
    SOURCE_SECTION,
    /** The language the practice is written in, by its ISO 639-1 code or its name. */
    LANGUAGE,
    /** Field-of-action codes confirmed before, as the library's export writes them. */
    FIELDS_OF_ACTION,
    IGNORED;

    /** {@code area-of-intervention} names {@link #AREA_OF_INTERVENTION}. */
    static Section named(String field) {
        return valueOf(field.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
