package org.equicity.plan;

import java.util.List;
import org.equicity.plan.support.Texts;
import org.equicity.shared.RuleViolationException;

/**
 * A commitment written with the 10 categories of the model template. It answers a framework commitment
 * ({@code frameworkCode}), is the city's own ({@code ownTitle}), or both (the city's wording of a framework
 * commitment). Human-rights principles are item codes of the plan's principles framework.
 */
public record CommitmentContent(
        String frameworkCode,
        String ownTitle,
        String goal,
        String targetGroups,
        Responsibility coordination,
        Responsibility implementation,
        List<String> specificObjectives,
        List<String> humanRightsPrinciples,
        String expectedOutcome,
        String expectedImpact,
        List<String> progressIndicators,
        List<String> outcomeIndicators,
        String language) {

    public CommitmentContent {
        language = Texts.language(language);
        frameworkCode = Texts.optional(frameworkCode, 100, "frameworkCode");
        ownTitle = Texts.optional(ownTitle, 300, "ownTitle");
        if (frameworkCode == null && ownTitle == null) {
            throw new RuleViolationException("plan.rule.commitment-title");
        }
        goal = Texts.optional(goal, 10_000, "goal");
        targetGroups = Texts.optional(targetGroups, 10_000, "targetGroups");
        coordination = coordination == null ? Responsibility.none() : coordination;
        implementation = implementation == null ? Responsibility.none() : implementation;
        Texts.once(coordination.departments(), "coordinationDepartments");
        Texts.once(implementation.departments(), "implementationDepartments");
        specificObjectives = Texts.lines(specificObjectives, 2_000, "specificObjectives");
        humanRightsPrinciples = Texts.lines(humanRightsPrinciples, 100, "humanRightsPrinciples");
        expectedOutcome = Texts.optional(expectedOutcome, 10_000, "expectedOutcome");
        expectedImpact = Texts.optional(expectedImpact, 10_000, "expectedImpact");
        progressIndicators = Texts.lines(progressIndicators, 2_000, "progressIndicators");
        outcomeIndicators = Texts.lines(outcomeIndicators, 2_000, "outcomeIndicators");
    }

    CommitmentContent writtenIn(String language) {
        return new CommitmentContent(
                frameworkCode,
                ownTitle,
                goal,
                targetGroups,
                coordination,
                implementation,
                specificObjectives,
                humanRightsPrinciples,
                expectedOutcome,
                expectedImpact,
                progressIndicators,
                outcomeIndicators,
                language);
    }
}
