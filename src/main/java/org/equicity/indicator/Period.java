package org.equicity.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.shared.RuleViolationException;

/**
 * A period an observation is for: a year ({@code 2025}), a quarter ({@code 2025-Q2}) or a month ({@code 2025-03}),
 * written as the spreadsheets and addresses write it. Periods of one frequency sort by their text.
 */
public record Period(int year, Frequency frequency, int part) implements Comparable<Period> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (year < 1900 || year > 2200) {
            throw new RuleViolationException("indicator.rule.period", String.valueOf(year));
        }
    }

    public static Period parse(String text) {
        var matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new RuleViolationException("indicator.rule.period", String.valueOf(text));
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return new Period(year, Frequency.QUARTERLY, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return new Period(year, Frequency.MONTHLY, Integer.parseInt(matcher.group(3)));
        }
        return new Period(year, Frequency.YEARLY, 0);
    }

    /** The last period of the frequency that has ended by {@code today}: the one whose figures are due. */
    public static Period lastEnded(Frequency frequency, LocalDate today) {
        return switch (frequency) {
            case YEARLY -> new Period(today.getYear() - 1, frequency, 0);
            case QUARTERLY -> {
                int quarter = (today.getMonthValue() - 1) / 3;
                yield quarter == 0
                        ? new Period(today.getYear() - 1, frequency, 4)
                        : new Period(today.getYear(), frequency, quarter);
            }
            case MONTHLY -> {
                var month = YearMonth.from(today).minusMonths(1);
                yield new Period(month.getYear(), frequency, month.getMonthValue());
            }
        };
    }

    /** The day the period ends, where a time axis places it. */
    public LocalDate end() {
        return switch (frequency) {
            case YEARLY -> LocalDate.of(year, 12, 31);
            case QUARTERLY -> YearMonth.of(year, part * 3).atEndOfMonth();
            case MONTHLY -> YearMonth.of(year, part).atEndOfMonth();
        };
    }

    @Override
    public int compareTo(Period other) {
        return end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case YEARLY -> String.valueOf(year);
            case QUARTERLY -> year + "-Q" + part;
            case MONTHLY -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }
}
