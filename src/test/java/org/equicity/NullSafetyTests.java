package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The null rule of CONTRIBUTING.md: every main package is {@code @NullMarked} in its package-info.java, so that
 * NullAway checks it at compile time (it checks null-marked code only). A new package is marked from its first commit.
 */
class NullSafetyTests {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Packages not yet marked. A ratchet, not an exemption: the list may only shrink, and the test fails as soon as a
     * listed package is marked, so that it is taken off.
     */
    static final List<String> WAITING_FOR_NULL_MARKING = List.of(
            "org.equicity.city",
            "org.equicity.demo",
            "org.equicity.framework.web",
            "org.equicity.indicator",
            "org.equicity.indicator.web",
            "org.equicity.network.web",
            "org.equicity.people",
            "org.equicity.people.web",
            "org.equicity.plan",
            "org.equicity.plan.consultation.web",
            "org.equicity.plan.exchange",
            "org.equicity.plan.exchange.web",
            "org.equicity.plan.tracking.web",
            "org.equicity.plan.web",
            "org.equicity.practice",
            "org.equicity.practice.web",
            "org.equicity.report",
            "org.equicity.report.web",
            "org.equicity.review.web",
            "org.equicity.search",
            "org.equicity.shared.web",
            "org.equicity.statistics.web",
            "org.equicity.translation");

    @Test
    void everyMainPackageIsNullMarked() {
        var unmarked = new TreeSet<String>();
        for (var directory : packageDirectories()) {
            if (!isNullMarked(directory.resolve("package-info.java"))) {
                unmarked.add(
                        MAIN.relativize(directory).toString().replace('\\', '/').replace('/', '.'));
            }
        }
        assertThat(unmarked)
                .as("packages without @NullMarked in their package-info.java")
                .isSubsetOf(WAITING_FOR_NULL_MARKING);
        assertThat(unmarked)
                .as("listed as waiting for null marking, but already marked: take them off the list")
                .containsAll(WAITING_FOR_NULL_MARKING);
    }

    private static List<Path> packageDirectories() {
        try (Stream<Path> directories = Files.walk(MAIN)) {
            return directories
                    .filter(Files::isDirectory)
                    .filter(NullSafetyTests::holdsJava)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJava(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNullMarked(Path packageInfo) {
        try {
            return Files.exists(packageInfo)
                    && Files.readString(packageInfo)
                            .lines()
                            .anyMatch(line -> line.strip().equals("@NullMarked"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
