package org.equicity.plan.web;

import java.time.LocalDate;
import org.equicity.plan.CouncilDecision;
import org.springframework.format.annotation.DateTimeFormat;

/** The council decision that adopts a plan. */
class DecisionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private String reference;

    private String link;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    CouncilDecision decision() {
        return new CouncilDecision(date, reference, link);
    }
}
