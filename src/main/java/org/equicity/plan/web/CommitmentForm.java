package org.equicity.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.Responsibility;
import org.equicity.plan.support.Lines;

/** A commitment as typed into the model template; lists are typed one entry per line. */
class CommitmentForm {

    private String frameworkCode;

    private String ownTitle;

    private String goal;

    private String targetGroups;

    private List<UUID> coordinationDepartments = new ArrayList<>();

    private String coordinationExternal;

    private List<UUID> implementationDepartments = new ArrayList<>();

    private String implementationExternal;

    private String specificObjectives;

    private List<String> humanRightsPrinciples = new ArrayList<>();

    private String expectedOutcome;

    private String expectedImpact;

    private String progressIndicators;

    private String outcomeIndicators;

    private long version;

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public void setFrameworkCode(String frameworkCode) {
        this.frameworkCode = frameworkCode;
    }

    public String getOwnTitle() {
        return ownTitle;
    }

    public void setOwnTitle(String ownTitle) {
        this.ownTitle = ownTitle;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public List<UUID> getCoordinationDepartments() {
        return coordinationDepartments;
    }

    public void setCoordinationDepartments(List<UUID> coordinationDepartments) {
        this.coordinationDepartments = coordinationDepartments;
    }

    public String getCoordinationExternal() {
        return coordinationExternal;
    }

    public void setCoordinationExternal(String coordinationExternal) {
        this.coordinationExternal = coordinationExternal;
    }

    public List<UUID> getImplementationDepartments() {
        return implementationDepartments;
    }

    public void setImplementationDepartments(List<UUID> implementationDepartments) {
        this.implementationDepartments = implementationDepartments;
    }

    public String getImplementationExternal() {
        return implementationExternal;
    }

    public void setImplementationExternal(String implementationExternal) {
        this.implementationExternal = implementationExternal;
    }

    public String getSpecificObjectives() {
        return specificObjectives;
    }

    public void setSpecificObjectives(String specificObjectives) {
        this.specificObjectives = specificObjectives;
    }

    public List<String> getHumanRightsPrinciples() {
        return humanRightsPrinciples;
    }

    public void setHumanRightsPrinciples(List<String> humanRightsPrinciples) {
        this.humanRightsPrinciples = humanRightsPrinciples;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public void setExpectedOutcome(String expectedOutcome) {
        this.expectedOutcome = expectedOutcome;
    }

    public String getExpectedImpact() {
        return expectedImpact;
    }

    public void setExpectedImpact(String expectedImpact) {
        this.expectedImpact = expectedImpact;
    }

    public String getProgressIndicators() {
        return progressIndicators;
    }

    public void setProgressIndicators(String progressIndicators) {
        this.progressIndicators = progressIndicators;
    }

    public String getOutcomeIndicators() {
        return outcomeIndicators;
    }

    public void setOutcomeIndicators(String outcomeIndicators) {
        this.outcomeIndicators = outcomeIndicators;
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

    CommitmentContent content() {
        return new CommitmentContent(
                frameworkCode,
                ownTitle,
                goal,
                targetGroups,
                new Responsibility(Lines.departments(coordinationDepartments), coordinationExternal),
                new Responsibility(Lines.departments(implementationDepartments), implementationExternal),
                Lines.split(specificObjectives),
                humanRightsPrinciples,
                expectedOutcome,
                expectedImpact,
                Lines.split(progressIndicators),
                Lines.split(outcomeIndicators),
                language);
    }

    void fill(CommitmentContent content, long version) {
        this.frameworkCode = content.frameworkCode();
        this.ownTitle = content.ownTitle();
        this.goal = content.goal();
        this.targetGroups = content.targetGroups();
        this.coordinationDepartments = Lines.ids(content.coordination().departments());
        this.coordinationExternal = content.coordination().externalBodies();
        this.implementationDepartments = Lines.ids(content.implementation().departments());
        this.implementationExternal = content.implementation().externalBodies();
        this.specificObjectives = Lines.join(content.specificObjectives());
        this.humanRightsPrinciples = new ArrayList<>(content.humanRightsPrinciples());
        this.expectedOutcome = content.expectedOutcome();
        this.expectedImpact = content.expectedImpact();
        this.progressIndicators = Lines.join(content.progressIndicators());
        this.outcomeIndicators = Lines.join(content.outcomeIndicators());
        this.language = content.language();
        this.version = version;
    }
}
