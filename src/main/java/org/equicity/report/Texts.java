package org.equicity.report;

import org.equicity.shared.TextRules;

/** The text rules of reports, with the report module's messages. */
final class Texts {

    static final TextRules RULES = new TextRules("report");

    private Texts() {}
}
