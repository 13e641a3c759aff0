package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.support.Lines;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.springframework.format.annotation.DateTimeFormat;

/** A progress update as typed into its form; evidence links one per line. */
class ProgressUpdateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    private ActionStatus status;

    private Integer progress;

    private String narrative;

    private String challenges;

    private String evidenceLinks;

    private String language;

    ProgressReport report() {
        return new ProgressReport(
                reportedOn, status, progress, narrative, challenges, Lines.split(evidenceLinks), language);
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getChallenges() {
        return challenges;
    }

    public void setChallenges(String challenges) {
        this.challenges = challenges;
    }

    public String getEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(String evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
    }

    /** The language the texts are written in (ISO 639-1). */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
