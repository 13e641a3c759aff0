package org.equicity.plan.web;

import org.equicity.plan.PlanDetails;

/** The plan's title and period, and for a new plan the frameworks it follows and the plan it builds on. */
class PlanForm {

    private String title;

    private Integer startYear;

    private Integer endYear;

    private String commitmentsFramework;

    private String tracksFramework;

    private String previousPlan;

    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public String getCommitmentsFramework() {
        return commitmentsFramework;
    }

    public void setCommitmentsFramework(String commitmentsFramework) {
        this.commitmentsFramework = commitmentsFramework;
    }

    public String getTracksFramework() {
        return tracksFramework;
    }

    public void setTracksFramework(String tracksFramework) {
        this.tracksFramework = tracksFramework;
    }

    public String getPreviousPlan() {
        return previousPlan;
    }

    public void setPreviousPlan(String previousPlan) {
        this.previousPlan = previousPlan;
    }

    public long getVersion() {
        return version;
    }

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    PlanDetails details() {
        return new PlanDetails(title, startYear == null ? 0 : startYear, endYear == null ? 0 : endYear, language);
    }

    void fill(PlanDetails details, long version) {
        this.title = details.title();
        this.startYear = details.startYear();
        this.endYear = details.endYear();
        this.language = details.language();
        this.version = version;
    }
}
