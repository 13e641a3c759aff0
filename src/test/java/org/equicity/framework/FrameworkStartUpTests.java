package org.equicity.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.equicity.EquicityApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

class FrameworkStartUpTests {

    @TempDir
    Path directory;

    @Test
    void theApplicationRefusesToStartWithInvalidFrameworkDataAndSaysWhere() throws IOException {
        var file = directory.resolve("goals/1.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                FrameworkLoaderTests.framework(
                        "goals", "1", FrameworkLoaderTests.item("a", "A") + FrameworkLoaderTests.item("a", "B")));

        assertThatThrownBy(() -> new SpringApplicationBuilder(EquicityApplication.class)
                        .web(WebApplicationType.NONE)
                        .properties("equicity.frameworks.directory=" + directory)
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(FrameworkDataException.class)
                        .hasMessageContaining(file + ": item a: duplicate code"));
    }
}
