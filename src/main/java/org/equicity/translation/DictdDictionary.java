package org.equicity.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A dictd dictionary read directly from its two files: the {@code .index} (one line per headword: the headword in
 * lower case, then the offset and length of its definition in dictd's base-64 digits) and the {@code .dict.dz}. The
 * index stays in memory as bytes with the start of every line, ordered by headword, and is searched by bisection.
 */
final class DictdDictionary {

    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final byte[] index;
    private final int[] lines;
    private final DictZip definitions;

    private DictdDictionary(byte[] index, int[] lines, DictZip definitions) {
        this.index = index;
        this.lines = lines;
        this.definitions = definitions;
    }

    static DictdDictionary open(Path indexFile, Path dictFile) throws IOException {
        var index = Files.readAllBytes(indexFile);
        int count = 0;
        for (byte b : index) {
            count += b == '\n' ? 1 : 0;
        }
        var lines = new int[count];
        int line = 0;
        for (int i = 0, start = 0; i < index.length; i++) {
            if (index[i] == '\n') {
                lines[line++] = start;
                start = i + 1;
            }
        }
        var dictionary = new DictdDictionary(index, lines, DictZip.open(dictFile));
        return dictionary.sorted() ? dictionary : dictionary.withSortedLines();
    }

    /** Whether the word has an entry; answered from the index alone. */
    boolean contains(String word) {
        var key = key(word);
        int first = firstLine(key);
        return first < lines.length && compare(lines[first], key) == 0;
    }

    /** Every definition of the word, in the order of the dictionary; empty when it has no entry. */
    List<String> definitions(String word) throws IOException {
        var key = key(word);
        var found = new ArrayList<String>();
        for (int i = firstLine(key); i < lines.length && compare(lines[i], key) == 0; i++) {
            var fields = new String(index, lines[i], lineEnd(lines[i]) - lines[i], StandardCharsets.UTF_8).split("\t");
            if (fields.length >= 3) {
                found.add(definitions.read(number(fields[1]), (int) number(fields[2])));
            }
        }
        return found;
    }

    private static byte[] key(String word) {
        return word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    /** The first line whose headword is not before the key. */
    private int firstLine(byte[] key) {
        int low = 0;
        int high = lines.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(lines[middle], key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Compares the headword of the line starting at {@code start} with the key, byte by byte (unsigned). */
    private int compare(int start, byte[] key) {
        int i = 0;
        for (; start + i < index.length && index[start + i] != '\t' && index[start + i] != '\n'; i++) {
            if (i == key.length) {
                return 1;
            }
            int difference = (index[start + i] & 0xff) - (key[i] & 0xff);
            if (difference != 0) {
                return difference;
            }
        }
        return i == key.length ? 0 : -1;
    }

    private int lineEnd(int start) {
        int end = start;
        while (end < index.length && index[end] != '\n') {
            end++;
        }
        return end;
    }

    private static long number(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 64 + DIGITS.indexOf(digits.charAt(i));
        }
        return value;
    }

    private String headword(int start) {
        int end = start;
        while (end < index.length && index[end] != '\t' && index[end] != '\n') {
            end++;
        }
        return new String(index, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private boolean sorted() {
        for (int i = 1; i < lines.length; i++) {
            if (headword(lines[i - 1]).compareTo(headword(lines[i])) > 0) {
                return false;
            }
        }
        return true;
    }

    /** dictd sorts its indexes, but not every tool byte by byte: bisection needs that order. */
    private DictdDictionary withSortedLines() {
        var ordered = Arrays.stream(lines)
                .boxed()
                .sorted((a, b) -> headword(a).compareTo(headword(b)))
                .mapToInt(Integer::intValue)
                .toArray();
        return new DictdDictionary(index, ordered, definitions);
    }
}
