package org.equicity;

import java.util.Arrays;
import org.equicity.backup.Backups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic
@SpringBootApplication
@ConfigurationPropertiesScan
public class EquicityApplication {

    public static void main(String[] args) {
        SpringApplication.run(EquicityApplication.class, Backups.requestedBy(args) ? asCommand(args) : args);
    }

    /**
     * A backup or a restore serves no one: its web server listens on a free port of the loopback interface only, so
     * that it neither clashes with nor stands in for a node serving on the configured port.
     */
    private static String[] asCommand(String[] args) {
        var command = Arrays.copyOf(args, args.length + 2);
        command[args.length] = "--server.port=0";
        command[args.length + 1] = "--server.address=127.0.0.1";
        return command;
    }
}
