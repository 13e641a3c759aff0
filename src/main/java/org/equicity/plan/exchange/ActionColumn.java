package org.equicity.plan.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the action spreadsheet, in the order templates and exports write them. The header names are
 * stable (they never change with the reader's language), so that a city's spreadsheet keeps importing.
 */
public enum ActionColumn {
    REF("ref", true),
    COMMITMENT("commitment", true),
    TITLE("title", true),
    DESCRIPTION("description", false),
    TRACK("track", false),
    ACTOR_GROUPS("actor_groups", false),
    FIELDS_OF_ACTIVITY("fields_of_activity", false),
    CITY_ROLES("city_roles", false),
    TARGET_GROUPS("target_groups", false),
    DEPARTMENTS("departments", false),
    CONTACT_PERSON("contact_person", false),
    START("start", false),
    END("end", false),
    BUDGET_AMOUNT("budget_amount", false),
    BUDGET_CURRENCY("budget_currency", false),
    FUNDING_SOURCE("funding_source", false),
    REGULAR_BUDGET("regular_budget", false),
    STATUS("status", false),
    PROGRESS("progress", false),
    /**
     * Filled only by an export in another language than the texts': the language the row's texts were machine
     * translated from. Such a row is not imported back, so that no translation ever replaces what the city wrote.
     */
    MACHINE_TRANSLATED_FROM("machine_translated_from", false);

    /** Several values in one cell (codes, departments) are separated by one of these, or by line breaks. */
    public static final String SEPARATOR = "; ";

    private final String header;
    private final boolean required;

    ActionColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Whether the column must be present in an imported file and filled in every row. */
    public boolean isRequired() {
        return required;
    }

    public static Optional<ActionColumn> byHeader(String header) {
        var name = header == null ? "" : header.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }
}
