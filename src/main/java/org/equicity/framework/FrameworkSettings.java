package org.equicity.framework;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where frameworks come from besides the ones shipped: {@code equicity.frameworks.directory} names a directory laid
 * out like {@code classpath:frameworks} ({@code <id>/<version>.yaml}, {@code crosswalk/<version>.yaml}), so that a
 * network can bring its own framework without a new build of the application.
 */
@ConfigurationProperties("equicity.frameworks")
record FrameworkSettings(Path directory) {}
