package org.equicity.shared.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV the product offers: UTF-8 text after a byte order mark (so that spreadsheet programs read the
 * accents right), RFC 4180 quoting, and no cell a spreadsheet program would run as a formula. A text starting with
 * {@code = + - @}, a tab or a carriage return gets a single quote in front, as OWASP recommends against CSV
 * injection; so does one starting with a quote, so that {@link #read} can take off exactly the quote this class
 * added and an import gets back the text that was exported. Numbers are written as they are.
 */
public final class Csv implements Closeable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private Csv(Writer out, char delimiter) throws IOException {
        out.write('\uFEFF');
        printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
    }

    /** @param delimiter a comma, or {@link #delimiter(Locale)} for spreadsheets in the reader's language */
    public static Csv writer(Writer out, char delimiter) throws IOException {
        return new Csv(out, delimiter);
    }

    /** Commas in English, semicolons in the other languages, as their spreadsheet programs expect. */
    public static char delimiter(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ',' : ';';
    }

    /** One record; null cells are empty. */
    public Csv row(Iterable<?> cells) throws IOException {
        var written = new ArrayList<Object>();
        for (var cell : cells) {
            written.add(cell instanceof CharSequence text ? cell(text.toString()) : cell);
        }
        printer.printRecord(written);
        return this;
    }

    /** A text as written into a cell: with a quote in front where a spreadsheet would read a formula. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var first = text.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || first == '\'' ? "'" + text : text;
    }

    /** A cell read back from a CSV: without the quote {@link #cell} put in front, other cells as they are. */
    public static String read(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        var second = cell.charAt(1);
        return FORMULA_STARTS.indexOf(second) >= 0 || second == '\'' ? cell.substring(1) : cell;
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
