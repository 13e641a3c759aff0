package org.equicity.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.equicity.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class FrameworksTests {

    static final FrameworkRef COMMITMENTS = new FrameworkRef("eccar-commitments", "2023");

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    @AfterEach
    void forgetTestFramework() {
        // The test framework below exists only in a temporary directory; left recorded as used, it would stop the
        // next application start on the same database.
        jdbc.sql("delete from framework_use where framework_id = 'test-goals'").update();
    }

    /** What a start-up with {@code equicity.frameworks.directory} set to the temporary directory loads. */
    private FrameworkCatalogue shippedAndTemporary() {
        var files = new java.util.ArrayList<>(FrameworkLoader.fromClasspath());
        files.addAll(FrameworkLoader.fromDirectory(directory));
        return FrameworkLoader.load(files);
    }

    @Test
    void everyShippedFrameworkIsInTheCatalogueOrderedByIdNewestFirst() {
        assertThat(frameworks.all()).hasSize((int) FrameworkLoader.fromClasspath().stream()
                .filter(file -> !file.isCrosswalk())
                .count());
        assertThat(frameworks.all().stream().map(framework -> framework.ref().id()))
                .isSorted()
                .contains("eccar-commitments", "ici-fields-of-action", "eurocities-benchmark-key-factors");
        assertThat(frameworks.find(COMMITMENTS))
                .hasValueSatisfying(framework -> assertThat(
                                framework.item("7").orElseThrow().label().in("en"))
                        .isEqualTo("Fair Access to Housing"));
    }

    @Test
    void theCrosswalkRelatesFairAccessToHousingToTheHousingFieldsInBothDirections() {
        var commitment = ItemRef.parse("eccar-commitments@2023:7");
        var field = ItemRef.parse("eccar-fields-of-activity@2023:housing");
        var fieldOfAction = ItemRef.parse("ici-fields-of-action@2019:housing");

        assertThat(frameworks.related(commitment)).contains(field, fieldOfAction);
        assertThat(frameworks.related(field)).contains(commitment);
        assertThat(frameworks.related(fieldOfAction)).contains(commitment);
    }

    @Test
    void aKeyFactorReachesTheItemsTheCrosswalkRelatesToItWithTheirSubItems() {
        var keyFactor = ItemRef.parse("eurocities-benchmark-key-factors@2012:kf7");

        assertThat(frameworks.reach(keyFactor))
                .startsWith(keyFactor)
                .contains(
                        ItemRef.parse("eccar-commitments@2023:7"),
                        ItemRef.parse("ici-fields-of-action@2019:public-services"),
                        ItemRef.parse("ici-fields-of-action@2019:security-safety"))
                .doesNotContain(ItemRef.parse("eccar-commitments@2023:1"));
        assertThat(frameworks.reach(ItemRef.parse("eurocities-benchmark-key-factors@2012:kf99")))
                .containsExactly(ItemRef.parse("eurocities-benchmark-key-factors@2012:kf99"));
    }

    @Test
    void aRecordedUseIsRememberedOnceAndOnlyForThatVersion() {
        frameworks.recordUse(COMMITMENTS, "network:frameworks-test");
        frameworks.recordUse(COMMITMENTS, "network:frameworks-test");

        assertThat(frameworks.isInUse(COMMITMENTS)).isTrue();
        assertThat(frameworks.isInUse(new FrameworkRef("eccar-commitments", "2024")))
                .isFalse();
        assertThat(jdbc.sql("select count(*) from framework_use where used_by = 'network:frameworks-test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aVersionThatIsNotLoadedCannotBeUsed() {
        assertThatThrownBy(() -> frameworks.recordUse(new FrameworkRef("nothing", "1"), "network:x"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void startingWithAChangedFileOfAUsedVersionIsRefused() throws IOException {
        var ref = new FrameworkRef("test-goals", "1");
        var file = directory.resolve("test-goals/1.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, FrameworkLoaderTests.framework("test-goals", "1", FrameworkLoaderTests.item("a", "Goal A")));
        new CatalogueFrameworks(shippedAndTemporary(), jdbc, Clock.systemDefaultZone())
                .recordUse(ref, "network:restart-test");

        new CatalogueFrameworks(shippedAndTemporary(), jdbc, Clock.systemDefaultZone());
        Files.writeString(
                file, FrameworkLoaderTests.framework("test-goals", "1", FrameworkLoaderTests.item("a", "Goal B")));

        assertThatThrownBy(() -> new CatalogueFrameworks(shippedAndTemporary(), jdbc, Clock.systemDefaultZone()))
                .hasMessageContaining("test-goals@1 is used by network:restart-test")
                .hasMessageContaining("publish a new version");
    }
}
