package org.equicity.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Files people upload to keep with their work (a self-assessment's evidence, a department's attachments to its answer)
 * and the file a compendium is imported from. What a file is comes from Apache Tika's detection of its content, since
 * the name may lie; a document kept to be read by others is one of {@link #DOCUMENT_TYPES}: nothing a browser would
 * run when the file is opened.
 */
public final class UploadedFiles {

    /** The largest document kept: a document, not a recording or an archive. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The kinds of document kept, by the media type detected from the content. */
    public static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.presentation",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg");

    private static final int MAX_NAME = 200;

    /**
     * Loads every detector Tika finds on the classpath, so it is made when this class is first used (the first
     * upload), not at start.
     */
    private static final Detector DETECTOR = new DefaultDetector();

    private UploadedFiles() {}

    /** A file as sent: the name the person's computer gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {}

    /** What a kept file is: its name, its detected media type and its size in bytes. */
    public record AttachedFile(String name, String mediaType, long size) {}

    public record StoredFile(AttachedFile file, byte[] content) {}

    /**
     * A document to keep: not empty, at most {@link #MAX_BYTES}, of one of the {@link #DOCUMENT_TYPES}, with its name
     * without the folders of the sender's computer. Refused beside the form's field {@code file}.
     */
    public static AttachedFile checkedDocument(Upload file) {
        var content = file.content();
        if (content.length == 0) {
            throw RuleViolationException.about("file", "common.file.empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolationException.about("file", "common.file.too-large", "file", MAX_BYTES / 1024 / 1024);
        }
        var name = name(file.fileName());
        var type = detectedType(name, content);
        if (type == null || !DOCUMENT_TYPES.contains(type)) {
            throw RuleViolationException.about("file", "common.file.type", "file", type == null ? "?" : type);
        }
        return new AttachedFile(name, type, content.length);
    }

    /** The media type Tika detects from the content (the name only settles a tie); null where it cannot be read. */
    public static @Nullable String detectedType(@Nullable String fileName, byte[] content) {
        var metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (var in = new ByteArrayInputStream(content)) {
            return DETECTOR.detect(in, metadata).getBaseType().toString();
        } catch (IOException | RuntimeException unreadable) {
            // a detector meeting a malformed container may fail in any way: it is the file that cannot be read
            return null;
        }
    }

    private static String name(String sent) {
        var base = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            return "document";
        }
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }
}
