package org.equicity.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people of a language write them: shown with the language's grouping and decimal marks, and read as
 * typed, with or without grouping ("12000,50" and "12.000,50" in German, "12,000.50" and "12000.50" in English). The
 * one way every form reads a number ({@link NumberFormatting} registers it for the form records' number fields).
 */
public final class LocalNumbers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2009]");

    private LocalNumbers() {}

    /**
     * The number typed, or null when nothing is typed.
     *
     * @throws NumberFormatException when the text is no number in the reader's language
     */
    public static @Nullable BigDecimal parse(@Nullable String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        var text = typed.strip().replace('\u2212', '-');
        if (Character.isSpaceChar(grouping) || grouping == '\u00a0' || grouping == '\u202f') {
            text = SPACES.matcher(text).replaceAll("");
            grouping = ' ';
        }
        var whole = text;
        var fraction = "";
        int mark = text.lastIndexOf(decimal);
        if (mark >= 0) {
            whole = text.substring(0, mark);
            fraction = text.substring(mark + 1);
        } else if (decimalPoint(text, grouping)) {
            // "12000.50" in German or French: a single point that groups nothing is the point of a keypad
            int point = text.indexOf('.');
            whole = text.substring(0, point);
            fraction = text.substring(point + 1);
        }
        whole = grouping == ' ' ? whole : ungrouped(whole, grouping);
        if (!whole.matches("[-+]?\\d+") || !fraction.matches("\\d*")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    }

    /** A whole number typed in the reader's language, or null when nothing is typed. */
    public static @Nullable Integer parseWhole(@Nullable String typed, Locale locale) {
        var number = parse(typed, locale);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new NumberFormatException(typed);
        }
    }

    /** A number as the reader's language writes it, with grouping and as many decimals as it has. */
    public static String format(@Nullable Number number, Locale locale) {
        if (number == null) {
            return "";
        }
        var format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(
                number instanceof BigDecimal decimal
                        ? Math.max(0, decimal.stripTrailingZeros().scale())
                        : 6);
        if (number instanceof BigDecimal decimal
                && decimal.scale() > 0
                && decimal.stripTrailingZeros().scale() > 0) {
            // amounts keep the decimals they were typed with (12.000,50, not 12.000,5)
            format.setMinimumFractionDigits(decimal.scale());
        }
        return format.format(number);
    }

    /** Groups of three after the first: what a grouping mark must separate; the marks removed, or as typed if not. */
    private static String ungrouped(String whole, char grouping) {
        var mark = Pattern.quote(String.valueOf(grouping));
        if (whole.indexOf(grouping) < 0) {
            return whole;
        }
        return whole.matches("[-+]?\\d{1,3}(" + mark + "\\d{3})+") ? whole.replace(String.valueOf(grouping), "") : "x";
    }

    private static boolean decimalPoint(String text, char grouping) {
        return text.indexOf('.') >= 0
                && text.indexOf('.') == text.lastIndexOf('.')
                && (grouping != '.' || !text.matches("[-+]?\\d{1,3}\\.\\d{3}"));
    }
}
