package org.equicity.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/**
 * Where a practice comes from, so that a researcher can cite it to its source: the document it was published in, its
 * page or section there ({@code locator}), and for an imported practice the collection it came in and who imported it
 * when ({@code collection}, {@code importedBy} and {@code importedAt} are null for a practice recorded by hand).
 */
public record Provenance(
        SourceDocument document, String locator, CollectionId collection, PersonId importedBy, Instant importedAt) {

    private static final TextRules RULES = new TextRules("practice");

    public Provenance {
        if (document == null) {
            throw new RuleViolationException("practice.rule.required", "sourceTitle");
        }
        locator = RULES.optional(locator, 300, "sourceLocator");
    }

    /**
     * A published document: its title, publisher, date of publication (a year {@code 2019} or a day
     * {@code 2019-03-01}) and web address, the last three optional.
     */
    public record SourceDocument(String title, String publisher, String date, String address) {

        public SourceDocument {
            title = RULES.required(title, 500, "sourceTitle");
            publisher = RULES.optional(publisher, 300, "sourcePublisher");
            date = RULES.optional(date, 10, "sourceDate");
            address = RULES.optional(address, 2_000, "sourceAddress");
            if (date != null && year(date) == null) {
                throw RuleViolationException.about("sourceDate", "practice.rule.period", "sourceDate", date);
            }
            if (address != null) {
                // checked as a reference document's address is: a web address, nothing a browser would run
                new Description.Reference(title, address);
            }
        }

        /** The year it was published, or null when the document gives no date. */
        public Integer year() {
            return date == null ? null : year(date);
        }

        private static Integer year(String date) {
            try {
                if (date.matches("\\d{4}")) {
                    return Integer.parseInt(date);
                }
                if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(date).getYear();
                }
            } catch (DateTimeParseException notADay) {
                return null;
            }
            return null;
        }
    }

    /**
     * That another body (a European programme, a national coalition) designated the practice: named, dated, and where
     * it says so. The network records it without a review of its own.
     */
    public record OutsideDesignation(String body, LocalDate on, String source) {

        public OutsideDesignation {
            body = RULES.required(body, 300, "designatedBy");
            if (on == null) {
                throw new RuleViolationException("practice.rule.required", "designatedOn");
            }
            source = RULES.required(source, 2_000, "designationSource");
        }
    }
}
