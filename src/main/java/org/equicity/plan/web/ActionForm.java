package org.equicity.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Budget;
import org.equicity.plan.NeedId;
import org.equicity.plan.support.Lines;
import org.springframework.format.annotation.DateTimeFormat;

/** An action as typed into its form. */
class ActionForm {

    private String title;

    private String description;

    private String track;

    private List<String> actorGroups = new ArrayList<>();

    private List<String> fieldsOfActivity = new ArrayList<>();

    private List<String> cityRoles = new ArrayList<>();

    private String targetGroups;

    private List<UUID> responsibleDepartments = new ArrayList<>();

    private String contactPerson;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private BigDecimal budgetAmount;

    private String budgetCurrency;

    private String fundingSource;

    private boolean withinRegularBudget;

    private ActionStatus status;

    private Integer progress;

    private List<UUID> needs = new ArrayList<>();

    private List<String> tags = new ArrayList<>();

    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public List<String> getActorGroups() {
        return actorGroups;
    }

    public void setActorGroups(List<String> actorGroups) {
        this.actorGroups = actorGroups;
    }

    public List<String> getFieldsOfActivity() {
        return fieldsOfActivity;
    }

    public void setFieldsOfActivity(List<String> fieldsOfActivity) {
        this.fieldsOfActivity = fieldsOfActivity;
    }

    public List<String> getCityRoles() {
        return cityRoles;
    }

    public void setCityRoles(List<String> cityRoles) {
        this.cityRoles = cityRoles;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public List<UUID> getResponsibleDepartments() {
        return responsibleDepartments;
    }

    public void setResponsibleDepartments(List<UUID> responsibleDepartments) {
        this.responsibleDepartments = responsibleDepartments;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(BigDecimal budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public String getBudgetCurrency() {
        return budgetCurrency;
    }

    public void setBudgetCurrency(String budgetCurrency) {
        this.budgetCurrency = budgetCurrency;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public boolean isWithinRegularBudget() {
        return withinRegularBudget;
    }

    public void setWithinRegularBudget(boolean withinRegularBudget) {
        this.withinRegularBudget = withinRegularBudget;
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

    public List<UUID> getNeeds() {
        return needs;
    }

    public void setNeeds(List<UUID> needs) {
        this.needs = needs;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
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

    ActionContent content() {
        return new ActionContent(
                title,
                description,
                track,
                actorGroups,
                fieldsOfActivity,
                cityRoles,
                targetGroups,
                Lines.departments(responsibleDepartments),
                contactPerson,
                start,
                end,
                new Budget(budgetAmount, budgetCurrency, fundingSource, withinRegularBudget),
                status,
                progress,
                needs.stream().map(NeedId::new).toList(),
                tags,
                language);
    }

    void fill(ActionContent content, long version) {
        this.title = content.title();
        this.description = content.description();
        this.track = content.track();
        this.actorGroups = new ArrayList<>(content.actorGroups());
        this.fieldsOfActivity = new ArrayList<>(content.fieldsOfActivity());
        this.cityRoles = new ArrayList<>(content.cityRoles());
        this.targetGroups = content.targetGroups();
        this.responsibleDepartments = Lines.ids(content.responsibleDepartments());
        this.contactPerson = content.contactPerson();
        this.start = content.start();
        this.end = content.end();
        this.budgetAmount = content.budget().amount();
        this.budgetCurrency = content.budget().currency();
        this.fundingSource = content.budget().fundingSource();
        this.withinRegularBudget = content.budget().withinRegularBudget();
        this.status = content.status();
        this.progress = content.progress();
        this.needs = new ArrayList<>(content.needs().stream().map(NeedId::value).toList());
        this.tags = new ArrayList<>(content.tags());
        this.language = content.language();
        this.version = version;
    }
}
