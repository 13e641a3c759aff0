package org.equicity.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.equicity.shared.UploadedFiles.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files in and out of pages and the API: what a form's file field sent, and a kept file served back only as
 * a download under its own name, never shown in the browser's own page nor sniffed into something it could run.
 */
public final class FileDownloads {

    private FileDownloads() {}

    /** Whether a form's file field was used: a browser sends an empty part without a name for a field left empty. */
    public static boolean chosen(@Nullable MultipartFile file) {
        var name = file == null ? null : file.getOriginalFilename();
        return file != null && (!file.isEmpty() || (name != null && !name.isBlank()));
    }

    /** The file a form or a request sent; none at all is an empty one, refused as such beside the field. */
    public static Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            return new Upload("", new byte[0]);
        }
        try {
            var name = file.getOriginalFilename();
            return new Upload(name == null ? "" : name, file.getBytes());
        } catch (IOException unreadable) {
            throw RuleViolationException.about("file", "common.file.empty", "file");
        }
    }

    /** A kept file as a download under its own name and detected type. */
    public static ResponseEntity<byte[]> download(StoredFile stored) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.file().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(stored.file().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }
}
