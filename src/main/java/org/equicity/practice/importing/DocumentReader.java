package org.equicity.practice.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UploadedFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.xml.sax.SAXException;

/**
 * Reads what an uploaded file is (as every upload is detected, {@link UploadedFiles}) and the text of a compendium,
 * through Apache Tika's standard parsers. Text is never
 * read from images (no OCR): a scanned compendium has no text to split, and says so.
 */
@Component
class DocumentReader {

    /** The kinds of document a compendium is read from, by the media type Tika detects. */
    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("application/pdf", Kind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", Kind.DOCUMENT),
            Map.entry("text/html", Kind.DOCUMENT),
            Map.entry("application/xhtml+xml", Kind.DOCUMENT),
            Map.entry("text/x-web-markdown", Kind.MARKDOWN),
            Map.entry("text/markdown", Kind.MARKDOWN),
            Map.entry("text/plain", Kind.DOCUMENT),
            Map.entry("text/csv", Kind.CSV),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.XLSX),
            Map.entry("application/json", Kind.JSON));

    /** A compendium's text is far shorter than this; a longer one is refused rather than held in memory. */
    static final int MAX_CHARACTERS = 10_000_000;

    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown");

    enum Kind {
        DOCUMENT,
        MARKDOWN,
        CSV,
        XLSX,
        JSON
    }

    /** Created on the first document: it loads every parser Tika finds on the classpath, which no start needs. */
    private final SingletonSupplier<AutoDetectParser> parser = SingletonSupplier.of(AutoDetectParser::new);

    /** @throws RuleViolationException for a kind of file that is not read */
    String mediaType(@Nullable String fileName, byte[] content) {
        var type = UploadedFiles.detectedType(fileName, content);
        if (type == null) {
            throw RuleViolationException.about("file", "practice.import.unreadable");
        }
        if ("text/plain".equals(type) && fileName != null && TEXT_EXTENSIONS.contains(extension(fileName))) {
            return "text/markdown";
        }
        if (!KINDS.containsKey(type)) {
            throw RuleViolationException.about("file", "practice.import.unsupported", type);
        }
        return type;
    }

    /** The document's text, one line per paragraph or line as the document holds them. */
    String text(byte[] content, String mediaType) {
        var handler = new BodyContentHandler(MAX_CHARACTERS);
        var metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        var context = new ParseContext();
        var ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        try (var in = new ByteArrayInputStream(content)) {
            parser.obtain().parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException locked) {
            throw RuleViolationException.about("file", "practice.import.encrypted");
        } catch (SAXException tooLong) {
            if (WriteLimitReachedException.isWriteLimitReached(tooLong)) {
                throw RuleViolationException.about("file", "practice.import.too-long");
            }
            throw RuleViolationException.about("file", "practice.import.unreadable");
        } catch (IOException | TikaException | RuntimeException unreadable) {
            // a parser meeting a malformed file may fail in any way: it is the file that cannot be read
            throw RuleViolationException.about("file", "practice.import.unreadable");
        }
        var text = handler.toString();
        if (text.isBlank()) {
            throw RuleViolationException.about("file", "practice.import.empty");
        }
        return KINDS.get(mediaType) == Kind.MARKDOWN ? plain(text) : text;
    }

    /** Markdown's heading marks, emphasis and list bullets are layout, not words of the compendium. */
    private static String plain(String markdown) {
        return markdown.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?m)^\\s*[*+]\\s+", "- ");
    }

    private static String extension(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
