package org.equicity.framework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One framework data file as read, before parsing: where it came from (for messages), the folder it lies in (the
 * framework id, or {@code crosswalk}), the version its name gives, and its content.
 */
record DataFile(String location, String folder, String version, byte[] content) {

    static final String CROSSWALK = "crosswalk";
    static final String SUFFIX = ".yaml";

    boolean isCrosswalk() {
        return CROSSWALK.equals(folder);
    }

    /**
     * SHA-256 of the content with line endings normalised, so that a checkout with CRLF line endings does not read
     * as an edit of a version in use.
     */
    String fingerprint() {
        var text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
