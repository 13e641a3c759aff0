package org.equicity.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes every table of the database into one archive and restores such an archive into a database of the same
 * schema version, on H2 or PostgreSQL alike (an archive of one restores into the other). Everything the application
 * keeps is in the database; the search index on disk is derived from it and rebuilt after a restore.
 */
public interface Backups {

    /**
     * Whether the command line asks for a backup ({@code --equicity.backup=<file>}) or a restore
     * ({@code --equicity.restore=<file>}), which the application does instead of serving.
     */
    static boolean requestedBy(String... args) {
        for (var arg : args) {
            if (arg.startsWith("--equicity.backup=") || arg.startsWith("--equicity.restore=")) {
                return true;
            }
        }
        return false;
    }

    /** Writes a consistent snapshot of the whole database to the file (a zip archive), replacing the file. */
    Summary backup(Path file);

    /**
     * Replaces the whole content of the database with the archive's. The database must have been migrated to the
     * archive's schema version (the same version of the application).
     *
     * @throws BackupException when the file is no such archive or its schema version differs
     */
    Summary restore(Path file);

    /** The schema version of the archive and the rows of each table written or restored. */
    record Summary(String schemaVersion, Map<String, Long> rows) {

        public Summary {
            rows = Map.copyOf(rows);
        }
    }

    /** The archive cannot be read or does not fit this installation; the message says why. */
    class BackupException extends RuntimeException {

        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
