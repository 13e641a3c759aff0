package org.equicity.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/**
 * What compendia of good practices say of a practice beyond the intercultural-cities template: the type of measure
 * (a code of the {@code practice-measure-types} framework), the source's chapter or theme, aims, evaluation, who led
 * it and with whom, the area of intervention as the source words it, when it started and ended (a year or a day,
 * ISO 8601), and its reference documents. Long texts are CommonMark.
 */
public record Description(
        String measureType,
        String chapter,
        String aims,
        String evaluation,
        String leadingAuthority,
        String implementingPartners,
        String areaOfIntervention,
        String periodStart,
        String periodEnd,
        List<Reference> references) {

    private static final TextRules RULES = new TextRules("practice");

    public Description {
        measureType = RULES.optional(measureType, 100, "measureType");
        chapter = RULES.optional(chapter, 300, "chapter");
        aims = RULES.optional(aims, 10_000, "aims");
        evaluation = RULES.optional(evaluation, 10_000, "evaluation");
        leadingAuthority = RULES.optional(leadingAuthority, 500, "leadingAuthority");
        implementingPartners = RULES.optional(implementingPartners, 2_000, "implementingPartners");
        areaOfIntervention = RULES.optional(areaOfIntervention, 2_000, "areaOfIntervention");
        periodStart = RULES.optional(periodStart, 10, "periodStart");
        periodEnd = RULES.optional(periodEnd, 10, "periodEnd");
        var starts = bound(periodStart, "periodStart", true);
        var ends = bound(periodEnd, "periodEnd", false);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new RuleViolationException("practice.rule.period-order", periodStart, periodEnd);
        }
        references = references == null
                ? List.of()
                : references.stream().filter(Objects::nonNull).toList();
    }

    public static Description none() {
        return new Description(null, null, null, null, null, null, null, null, null, List.of());
    }

    /** The texts that are translated, by their field names in the translation module. */
    Map<String, String> translatableTexts() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("aims", aims);
        texts.put("evaluation", evaluation);
        return texts;
    }

    /** A year ({@code 2019}) or a day ({@code 2019-03-01}); a year starts on its first day and ends on its last. */
    private static LocalDate bound(String value, String field, boolean start) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                var year = Integer.parseInt(value);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException notADay) {
            // answered below, as any other value that is no year or day
        }
        throw new RuleViolationException("practice.rule.period", field, value);
    }

    /** A reference document: what it is called, and where it is read (a web address), if anywhere. */
    public record Reference(String label, String address) {

        public Reference {
            label = RULES.required(label, 500, "references");
            address = RULES.optional(address, 2_000, "references");
            if (address != null && !isWebAddress(address)) {
                throw new RuleViolationException("practice.rule.address", address);
            }
        }

        /** From a line as people write one: the label, then the web address if the line ends with one. */
        public static Reference of(String line) {
            var text = line.strip();
            var at = text.lastIndexOf(' ');
            var last = text.substring(at + 1);
            if (!last.startsWith("http://") && !last.startsWith("https://")) {
                return new Reference(text, null);
            }
            return new Reference(at < 0 ? last : text.substring(0, at), last);
        }

        private static boolean isWebAddress(String address) {
            try {
                var uri = new URI(address);
                return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException notAnAddress) {
                return false;
            }
        }
    }
}
