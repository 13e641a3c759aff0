package org.equicity.report;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.people.Access;
import org.equicity.people.RoleGrant;
import org.equicity.report.Reports.ActionExample;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the actions of accepted reports that serve as examples for an item of any framework, such as a key factor
 * of a benchmark: an action counts when the plan action it reports was tagged with the item, or when it is
 * classified (commitment of its cycle's framework, track, field of activity) under an item the crosswalk relates to
 * it. Only accepted reports are public, so nothing else is searched.
 */
@Component
class ReportExamples {

    private static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");

    /** Examples are read by people, a page at a time; more would only load report versions nobody reads. */
    private static final int MAX_EXAMPLES = 100;

    /** An empty string stands for "no code" in a query: no code is empty, and an empty list is no valid parameter. */
    private static final List<String> NONE = List.of("");

    private final EntityManager entities;
    private final Frameworks frameworks;
    private final Access access;
    private final ReportLookup lookup;
    private final SubmissionRepository submissions;

    ReportExamples(
            EntityManager entities,
            Frameworks frameworks,
            Access access,
            ReportLookup lookup,
            SubmissionRepository submissions) {
        this.entities = entities;
        this.frameworks = frameworks;
        this.access = access;
        this.lookup = lookup;
        this.submissions = submissions;
    }

    /** The most recently accepted first; never the city's or the reader's own. */
    List<ActionExample> accepted(ItemRef item, CityId forCity, int limit) {
        var reach = frameworks.reach(item);
        var found = entities.createQuery(
                        "select a from AcceptedActionRecord a, Cycle c, CityReport r"
                                + " where c.id = a.cycleId and r.id = a.reportId and r.status = :accepted"
                                + " and a.cityId not in :excluded and (concat(c.framework, ':', a.commitment) in :items"
                                + " or a.track in :tracks"
                                + " or exists (select 1 from AcceptedActionRecord x join x.fields f"
                                + "   where x.id = a.id and f in :fields)"
                                + " or exists (select 1 from AcceptedActionRecord y join y.tags t"
                                + "   where y.id = a.id and t in :items))"
                                + " order by a.acceptedAt desc, a.title, a.id",
                        AcceptedActionRecord.class)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .setParameter("excluded", excluded(forCity))
                .setParameter("items", reach.stream().map(ItemRef::toString).toList())
                .setParameter("tracks", codes(reach, TRACKS))
                .setParameter("fields", codes(reach, ReportGrouping.FIELDS_OF_ACTIVITY))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_EXAMPLES))
                .getResultList();
        var cycles = new HashMap<CycleId, Cycle>();
        var cities = new HashMap<CityId, CitySummary>();
        var contents = new HashMap<String, ReportContent>();
        return found.stream()
                .map(record -> {
                    var cycle = cycles.computeIfAbsent(record.cycle(), lookup::cycleOf);
                    var city = cities.computeIfAbsent(record.city(), lookup::city);
                    var content = contents.computeIfAbsent(
                            record.report().value() + "#" + record.versionNumber(), key -> content(record));
                    return new ActionExample(
                            record.summary(city.name()),
                            city.slug(),
                            cycle.name(),
                            content.actions().stream()
                                    .filter(action -> action.id().equals(record.id()))
                                    .findFirst()
                                    .orElseThrow(() -> new NotFoundException("Accepted action", record.id())));
                })
                .toList();
    }

    private ReportContent content(AcceptedActionRecord record) {
        return submissions
                .findByReportIdAndNumber(record.report().value(), record.versionNumber())
                .orElseThrow(() -> new NotFoundException("Report version", record.versionNumber()))
                .content();
    }

    private static List<String> codes(Set<ItemRef> reach, FrameworkRef framework) {
        var codes = reach.stream()
                .filter(ref -> ref.framework().equals(framework))
                .map(ItemRef::code)
                .toList();
        return codes.isEmpty() ? NONE : codes;
    }

    private Set<UUID> excluded(CityId forCity) {
        var excluded = new HashSet<UUID>();
        // the nil id keeps "not in" well-formed when nobody is excluded
        excluded.add(forCity == null ? new UUID(0, 0) : forCity.value());
        access.current().stream()
                .flatMap(person -> person.grants().stream())
                .map(RoleGrant::city)
                .filter(Objects::nonNull)
                .forEach(city -> excluded.add(city.value()));
        return excluded;
    }
}
