package org.equicity.report.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.report.ReportedAction;
import org.equicity.report.ReportedActionId;

/** One reported action as the coordinator edits it; lists are typed one entry per line. */
class ActionForm {

    private long version;

    private String planAction;

    private String title;

    private String objectives;

    private String methods;

    private String duration;

    private String impact;

    private String department;

    private String commitment;

    private List<String> fieldsOfActivity = List.of();

    private String track;

    private ActionStatus status;

    private Integer progress;

    private String evidenceLinks;

    static ActionForm of(long version, ReportedAction action) {
        var form = new ActionForm();
        form.version = version;
        if (action != null) {
            form.planAction = action.planAction() == null
                    ? null
                    : action.planAction().value().toString();
            form.title = action.title();
            form.objectives = action.objectives();
            form.methods = action.methods();
            form.duration = action.duration();
            form.impact = action.impact();
            form.department = action.department();
            form.commitment = action.commitment();
            form.fieldsOfActivity = action.fieldsOfActivity();
            form.track = action.track();
            form.status = action.status();
            form.progress = action.progress();
            form.evidenceLinks = String.join("\n", action.evidenceLinks());
        }
        return form;
    }

    /** The hidden link to the plan's action; anything that is no id (a tampered form) links to nothing. */
    private ActionId planActionId() {
        try {
            return planAction == null || planAction.isBlank() ? null : new ActionId(UUID.fromString(planAction));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** @param id the action this form edits, null for a new one */
    ReportedAction action(ReportedActionId id) {
        return new ReportedAction(
                id,
                planActionId(),
                title,
                objectives,
                methods,
                duration,
                impact,
                department,
                commitment,
                fieldsOfActivity,
                track,
                status,
                progress,
                evidenceLinks == null ? List.of() : Arrays.asList(evidenceLinks.split("\\R")));
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getPlanAction() {
        return planAction;
    }

    public void setPlanAction(String planAction) {
        this.planAction = planAction;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getMethods() {
        return methods;
    }

    public void setMethods(String methods) {
        this.methods = methods;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public List<String> getFieldsOfActivity() {
        return fieldsOfActivity;
    }

    public void setFieldsOfActivity(List<String> fieldsOfActivity) {
        this.fieldsOfActivity = fieldsOfActivity;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
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

    public String getEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(String evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
    }
}
