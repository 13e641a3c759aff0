package org.equicity.practice;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.people.Access;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;

/**
 * Finds designated practices of other cities that serve as examples for an item of any framework, such as a key
 * factor of a benchmark: practices are classified with the vocabularies the practice pages offer, so an item of
 * another framework reaches them through the crosswalk.
 */
@Component
class PracticeExamples {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");

    /** An empty string stands for "no code" in a query: no code is empty, and an empty list is no valid parameter. */
    private static final List<String> NONE = List.of("");

    private final EntityManager entities;
    private final Frameworks frameworks;
    private final Access access;

    PracticeExamples(EntityManager entities, Frameworks frameworks, Access access) {
        this.entities = entities;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** The most recently designated first; never a contributor's practice, the city's or the reader's own. */
    List<GoodPractice> designated(ItemRef item, CityId forCity, int limit) {
        var reach = frameworks.reach(item);
        var commitments = codes(reach, COMMITMENTS);
        var tracks = codes(reach, TRACKS);
        var activities = codes(reach, FIELDS_OF_ACTIVITY);
        var fieldsOfAction = codes(reach, TemplateCodes.FIELDS_OF_ACTION);
        if (Stream.of(commitments, tracks, activities, fieldsOfAction).allMatch(NONE::equals)) {
            return List.of();
        }
        return entities.createQuery(
                        "select p from GoodPractice p where p.status = :status and p.cityId is not null"
                                + " and p.cityId not in :excluded and (p.commitment in :commitments"
                                + " or p.track in :tracks"
                                + " or exists (select 1 from GoodPractice a join a.fieldsOfActivity f"
                                + "   where a.id = p.id and f in :activities)"
                                + " or exists (select 1 from GoodPractice b join b.fieldsOfAction g"
                                + "   where b.id = p.id and g in :fieldsOfAction))"
                                + " order by p.decidedAt desc nulls last, p.title, p.id",
                        GoodPractice.class)
                .setParameter("status", PracticeStatus.DESIGNATED)
                .setParameter("excluded", excluded(forCity))
                .setParameter("commitments", commitments)
                .setParameter("tracks", tracks)
                .setParameter("activities", activities)
                .setParameter("fieldsOfAction", fieldsOfAction)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The codes of one framework among the items reached; {@link #NONE} when there are none. */
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
                .filter(city -> city != null)
                .forEach(city -> excluded.add(city.value()));
        return excluded;
    }
}
