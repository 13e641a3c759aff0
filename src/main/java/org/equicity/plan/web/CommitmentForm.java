package org.equicity.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.Responsibility;
import org.equicity.plan.support.Lines;

/**
 * A commitment as typed into the model template; lists are typed one entry per line; {@code version} is the one the
 * editor started from.
 */
record CommitmentForm(
        long version,
        String language,
        String frameworkCode,
        String ownTitle,
        String goal,
        String targetGroups,
        List<UUID> coordinationDepartments,
        String coordinationExternal,
        List<UUID> implementationDepartments,
        String implementationExternal,
        String specificObjectives,
        List<String> humanRightsPrinciples,
        String expectedOutcome,
        String expectedImpact,
        String progressIndicators,
        String outcomeIndicators)
        implements TextsForm {

    CommitmentForm {
        coordinationDepartments = coordinationDepartments == null ? List.of() : coordinationDepartments;
        implementationDepartments = implementationDepartments == null ? List.of() : implementationDepartments;
        humanRightsPrinciples = humanRightsPrinciples == null ? List.of() : humanRightsPrinciples;
    }

    static CommitmentForm blank(String language) {
        return new CommitmentForm(
                0, language, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static CommitmentForm of(CommitmentContent content, long version) {
        return new CommitmentForm(
                version,
                content.language(),
                content.frameworkCode(),
                content.ownTitle(),
                content.goal(),
                content.targetGroups(),
                Lines.ids(content.coordination().departments()),
                content.coordination().externalBodies(),
                Lines.ids(content.implementation().departments()),
                content.implementation().externalBodies(),
                Lines.join(content.specificObjectives()),
                new ArrayList<>(content.humanRightsPrinciples()),
                content.expectedOutcome(),
                content.expectedImpact(),
                Lines.join(content.progressIndicators()),
                Lines.join(content.outcomeIndicators()));
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    CommitmentForm over(long stored) {
        return new CommitmentForm(
                stored,
                language,
                frameworkCode,
                ownTitle,
                goal,
                targetGroups,
                coordinationDepartments,
                coordinationExternal,
                implementationDepartments,
                implementationExternal,
                specificObjectives,
                humanRightsPrinciples,
                expectedOutcome,
                expectedImpact,
                progressIndicators,
                outcomeIndicators);
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

    @Override
    public List<String> texts() {
        return PlanEditing.nonNull(ownTitle, goal, targetGroups);
    }
}
