package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The module table in README.md (section Architecture) is where the next engineer learns what each module is for
 * and what it may use; it must name every module and the modules each one really depends on.
 */
class ModuleTableTests {

    private static final String HEADER = "| module | purpose | depends on (besides `shared`) |";
    private static final String SHARED = "shared";

    @Test
    void readmeNamesEveryModuleWithTheModulesItDependsOn() throws IOException {
        var inCode = new TreeMap<String, Set<String>>();
        ModularityTests.MODULES.forEach(module -> inCode.put(name(module), dependencies(module)));

        assertThat(tableInReadme()).isEqualTo(inCode);
    }

    private static Set<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(ModularityTests.MODULES)
                .uniqueModules()
                .map(ModuleTableTests::name)
                .filter(name -> !SHARED.equals(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    /** Module name to the names in its "depends on" column ("—" for none). */
    private static Map<String, Set<String>> tableInReadme() throws IOException {
        var lines = Files.readAllLines(Path.of("README.md"));
        var header = lines.indexOf(HEADER);
        assertThat(header)
                .as("README.md has the module table headed %s", HEADER)
                .isNotNegative();
        var table = new TreeMap<String, Set<String>>();
        // the header is followed by the separator row; the table ends at the first line that is not a row
        for (var line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            var cells = line.split("\\|");
            var module = cells[1].strip().replace("`", "");
            var dependsOn = cells[cells.length - 1].strip();
            table.put(
                    module,
                    "—".equals(dependsOn)
                            ? new TreeSet<>()
                            : Arrays.stream(dependsOn.split(","))
                                    .map(String::strip)
                                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return table;
    }
}
