package org.equicity.translation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests annotated {@link Required} read Debian's FreeDict dictionaries from {@code /usr/share/dictd}: where one is
 * not installed they are skipped with a message saying what to install, except on CI ({@code CI=true}), where they
 * fail, because {@code .ci/run} installs them.
 */
final class FreeDictInstalled {

    static final List<String> LANGUAGES = List.of("deu", "fra", "ita", "nld", "swe", "por", "pol", "spa");

    private FreeDictInstalled() {}

    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(FreeDictInstalled.Extension.class)
    @interface Required {}

    static final class Extension implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            var missing = LANGUAGES.stream()
                    .map(language -> "freedict-" + language + "-eng")
                    .filter(name -> !Files.isReadable(FreeDictDictionaries.DICTD.resolve(name + ".index")))
                    .toList();
            if (!missing.isEmpty()) {
                var message = "FreeDict dictionaries are needed but missing: " + missing
                        + "; install the Debian packages dict-" + String.join(" dict-", missing);
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(message);
                }
                Assumptions.abort(message + " (test skipped)");
            }
        }
    }
}
