package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.equicity.practice.Description.Reference;

/** A reference document as a practice keeps it. */
@Embeddable
class PracticeReference {

    @Column(nullable = false)
    private String label;

    private String address;

    protected PracticeReference() {}

    PracticeReference(Reference reference) {
        this.label = reference.label();
        this.address = reference.address();
    }

    Reference reference() {
        return new Reference(label, address);
    }
}
