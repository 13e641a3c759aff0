package org.equicity.backup;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --equicity.backup=<file>} or {@code --equicity.restore=<file>}: the application starts on its configured
 * database (migrating it, which prepares a fresh installation for a restore), does that one thing and stops, with
 * exit status 0 or 1. It runs before any other start-up work, so a restore is not preceded by the first-start setup.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

    static final String BACKUP = "equicity.backup";
    static final String RESTORE = "equicity.restore";

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final Backups backups;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    BackupCommand(Backups backups, Environment environment, ConfigurableApplicationContext context) {
        this.backups = backups;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var backup = environment.getProperty(BACKUP);
        var restore = environment.getProperty(RESTORE);
        if (backup == null && restore == null) {
            return;
        }
        int status = 0;
        try {
            if (backup != null && restore != null) {
                throw new Backups.BackupException("Give either " + BACKUP + " or " + RESTORE + ", not both");
            }
            if (backup != null) {
                var summary = backups.backup(Path.of(backup));
                log.info(
                        "Backed up {} rows of {} tables (schema version {}) to {}",
                        total(summary),
                        summary.rows().size(),
                        summary.schemaVersion(),
                        backup);
            } else {
                var summary = backups.restore(Path.of(restore));
                log.info(
                        "Restored {} rows of {} tables (schema version {}) from {}; start the application once with"
                                + " --equicity.search.rebuild-on-start=true to rebuild the search index",
                        total(summary),
                        summary.rows().size(),
                        summary.schemaVersion(),
                        restore);
            }
        } catch (Backups.BackupException ex) {
            log.error(ex.getMessage(), ex);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static long total(Backups.Summary summary) {
        return summary.rows().values().stream().mapToLong(Long::longValue).sum();
    }
}
