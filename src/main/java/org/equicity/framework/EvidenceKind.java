package org.equicity.framework;

import org.equicity.shared.LocalizedText;

/** A kind of document an assessment framework accepts as evidence (minutes, briefings, annual reports …). */
public record EvidenceKind(String code, LocalizedText label) {

    public EvidenceKind {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("Not an evidence kind code: " + code);
        }
    }
}
