package org.equicity.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.people.Access;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.Catalogue;
import org.equicity.plan.Plans.Choice;
import org.equicity.plan.Plans.Choices;
import org.equicity.plan.Plans.CommitmentView;
import org.equicity.plan.Plans.NeedView;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.Plans.Tag;
import org.equicity.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * A plan as pages read it: its commitments, actions and needs, the items of its frameworks its fields choose from,
 * and for each action the tags it has and the ones the frameworks' crosswalk suggests.
 */
@Component
class PlanViews {

    private final CommitmentRepository commitments;
    private final PlanActionRepository actions;
    private final NeedRepository needs;
    private final Access access;
    private final Cities cities;
    private final Frameworks frameworks;

    PlanViews(
            CommitmentRepository commitments,
            PlanActionRepository actions,
            NeedRepository needs,
            Access access,
            Cities cities,
            Frameworks frameworks) {
        this.commitments = commitments;
        this.actions = actions;
        this.needs = needs;
        this.access = access;
        this.cities = cities;
        this.frameworks = frameworks;
    }

    PlanView view(Plan plan) {
        var catalogue = catalogue(plan);
        var planActions = actions.findByPlanIdOrderByPosition(plan.id().value());
        var planNeeds =
                needs.findByPlanIdOrderByHeldOnAscDescriptionAsc(plan.id().value());
        // parsed once: hundreds of actions read the same references
        var refs = plan.frameworks();
        var ownFrameworks = refs.all().stream().map(FrameworkRef::id).collect(Collectors.toSet());
        // a plan's hundreds of actions share a few tracks and fields: look each item's relations up once per view
        var lookups = new Lookups(new HashMap<>(), new HashMap<>());
        var actionsByCommitment =
                planActions.stream().collect(Collectors.groupingBy(PlanAction::commitment, Collectors.toList()));
        var commitmentViews = commitments.findByPlanIdOrderByPosition(plan.id().value()).stream()
                .map(commitment -> new CommitmentView(
                        commitment.id(),
                        commitment.version(),
                        commitment.content(),
                        commitment.original(),
                        actionsByCommitment.getOrDefault(commitment.id(), List.of()).stream()
                                .map(action -> actionView(refs, commitment, action, ownFrameworks, lookups))
                                .toList()))
                .toList();
        var answeredBy = new HashMap<NeedId, List<ActionId>>();
        planActions.forEach(action -> action.content()
                .needs()
                .forEach(need ->
                        answeredBy.computeIfAbsent(need, n -> new ArrayList<>()).add(action.id())));
        var needViews = planNeeds.stream()
                .map(need -> new NeedView(
                        need.id(), need.version(), need.content(), answeredBy.getOrDefault(need.id(), List.of())))
                .toList();
        return new PlanView(
                plan.id(),
                plan.city(),
                plan.version(),
                plan.details(),
                plan.state(),
                refs,
                plan.decision(),
                plan.previous(),
                plan.supersededBy(),
                commitmentViews,
                needViews,
                catalogue,
                access.canManageCity(plan.city()));
    }

    Catalogue catalogue(Plan plan) {
        var refs = plan.frameworks();
        return new Catalogue(
                choices(refs.commitments()),
                choices(refs.tracks()),
                choices(refs.actorGroups()),
                choices(refs.fieldsOfActivity()),
                choices(refs.cityRoles()),
                choices(refs.humanRightsPrinciples()),
                choices(refs.modelTemplate()),
                cities.departments(plan.city()));
    }

    private Choices choices(FrameworkRef ref) {
        return frameworks
                .find(ref)
                .map(framework -> new Choices(
                        ref,
                        framework.name(),
                        framework
                                .allItems()
                                .map(item -> new Choice(item.code(), item.label(), item.description()))
                                .toList()))
                .orElseGet(() -> new Choices(ref, LocalizedText.of("en", ref.toString()), List.of()));
    }

    private record Lookups(Map<ItemRef, List<ItemRef>> related, Map<String, Optional<Tag>> tags) {}

    private ActionView actionView(
            PlanFrameworks refs, Commitment commitment, PlanAction action, Set<String> own, Lookups lookups) {
        var content = action.content();
        var chosen = content.tags().stream()
                .map(ref -> lookups.tags().computeIfAbsent(ref, this::tagView))
                .flatMap(Optional::stream)
                .toList();
        var sources = Stream.concat(
                Stream.of(
                                item(refs.commitments(), commitment.content().frameworkCode()),
                                item(refs.tracks(), content.track()))
                        .filter(Objects::nonNull),
                content.fieldsOfActivity().stream().map(code -> item(refs.fieldsOfActivity(), code)));
        var suggested = new LinkedHashSet<String>();
        sources.flatMap(source -> lookups.related().computeIfAbsent(source, frameworks::related).stream())
                .filter(related -> !own.contains(related.framework().id()))
                .map(ItemRef::toString)
                .filter(ref -> !content.tags().contains(ref))
                .forEach(suggested::add);
        var suggestions = suggested.stream()
                .map(ref -> lookups.tags().computeIfAbsent(ref, this::tagView))
                .flatMap(Optional::stream)
                .toList();
        return new ActionView(
                action.id(),
                action.commitment(),
                action.version(),
                content,
                action.original(),
                chosen,
                suggestions,
                action.source());
    }

    private static ItemRef item(FrameworkRef framework, String code) {
        return code == null ? null : new ItemRef(framework, code);
    }

    Optional<Tag> tagView(String text) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(text);
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
        return frameworks
                .find(ref.framework())
                .flatMap(framework -> framework
                        .item(ref.code())
                        .map(item -> new Tag(ref.toString(), framework.name(), item.label())));
    }
}
