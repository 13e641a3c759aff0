package org.equicity.shared;

/**
 * The characters a stored text may hold: those XML 1.0 allows (tab, line feed, carriage return, and every other
 * character from U+0020 except lone surrogates, U+FFFE and U+FFFF). The others (NUL and the other control characters,
 * half a surrogate pair, the non-characters) cannot be written into a PDF, an XLSX or an XML document, and nobody types
 * them on purpose: they come from pasted binary or broken encodings.
 */
public final class TextCharacters {

    private TextCharacters() {}

    /** The index of the first character a text may not hold, or -1 when it holds none. */
    public static int firstRefused(CharSequence text) {
        int i = 0;
        while (i < text.length()) {
            int point = Character.codePointAt(text, i);
            if (!allowed(point)) {
                return i;
            }
            i += Character.charCount(point);
        }
        return -1;
    }

    /** The text without the characters it may not hold, for texts stored before they were refused. */
    public static String printable(String text) {
        if (text == null || firstRefused(text) < 0) {
            return text;
        }
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(TextCharacters::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int point) {
        return point == '\t'
                || point == '\n'
                || point == '\r'
                || (point >= 0x20 && point < Character.MIN_SURROGATE)
                || (point > Character.MAX_SURROGATE && point <= 0xFFFD)
                || (point >= Character.MIN_SUPPLEMENTARY_CODE_POINT && point <= Character.MAX_CODE_POINT);
    }
}
