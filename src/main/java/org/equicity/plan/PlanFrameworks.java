package org.equicity.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.equicity.framework.FrameworkRef;

/** The framework versions a plan follows; besides commitments and tracks, the catalogues its fields choose from. */
public record PlanFrameworks(
        FrameworkRef commitments,
        FrameworkRef tracks,
        FrameworkRef actorGroups,
        FrameworkRef fieldsOfActivity,
        FrameworkRef cityRoles,
        FrameworkRef humanRightsPrinciples,
        FrameworkRef modelTemplate) {

    public PlanFrameworks {
        Stream.of(commitments, tracks, actorGroups, fieldsOfActivity, cityRoles, humanRightsPrinciples, modelTemplate)
                .forEach(ref -> Objects.requireNonNull(ref, "framework"));
    }

    /** The ECCAR catalogues of 2023 for everything but the commitments and tracks the city chose. */
    public static PlanFrameworks following(FrameworkRef commitments, FrameworkRef tracks) {
        return new PlanFrameworks(
                commitments,
                tracks,
                FrameworkRef.parse("eccar-actor-groups@2023"),
                FrameworkRef.parse("eccar-fields-of-activity@2023"),
                FrameworkRef.parse("eccar-city-roles@2023"),
                FrameworkRef.parse("eccar-human-rights-principles@2023"),
                FrameworkRef.parse("eccar-model-template@2023"));
    }

    public List<FrameworkRef> all() {
        return List.of(
                commitments, tracks, actorGroups, fieldsOfActivity, cityRoles, humanRightsPrinciples, modelTemplate);
    }
}
