package org.equicity.framework;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports invalid framework data as a short list of problems at start-up, instead of a long stack trace. */
class FrameworkDataFailureAnalyzer extends AbstractFailureAnalyzer<FrameworkDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FrameworkDataException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the framework data files named above (shipped in classpath:frameworks, or in the directory"
                        + " set by equicity.frameworks.directory). A version that has been used is never edited in"
                        + " place: restore its file and publish the change as a new version.",
                cause);
    }
}
