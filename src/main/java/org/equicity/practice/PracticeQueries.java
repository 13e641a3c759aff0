package org.equicity.practice;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.report.CycleId;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;

/**
 * The library's queries. Filtering, ordering, counting and paging happen in the database, over the indexes of
 * {@code good_practice}, so that a network with thousands of practices answers a page without loading them all.
 */
@Component
class PracticeQueries {

    record Found(List<GoodPractice> practices, long total) {}

    private final EntityManager entities;

    PracticeQueries(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param fieldsOfAction the field of action asked for with its sub-fields; empty for any
     * @param networks the only networks to look in, or null for all
     */
    Found library(LibraryQuery query, Collection<String> fieldsOfAction, Collection<UUID> networks) {
        var where = new StringBuilder(" where p.status = :status");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", query.status());
        if (networks != null) {
            where.append(" and p.networkId in :networks");
            parameters.put("networks", networks);
        }
        if (query.country() != null) {
            where.append(" and exists (select 1 from GoodPractice c join c.countries k"
                    + " where c.id = p.id and k = :country)");
            parameters.put("country", query.country());
        }
        condition(
                where,
                parameters,
                "p.contributorId = :contributor",
                "contributor",
                query.contributor() == null ? null : query.contributor().value());
        condition(where, parameters, "p.ownerLevel = :level", "level", query.level());
        condition(
                where,
                parameters,
                "p.cityId = :city",
                "city",
                query.city() == null ? null : query.city().value());
        condition(where, parameters, "p.commitment = :commitment", "commitment", query.commitment());
        condition(where, parameters, "p.track = :track", "track", query.track());
        condition(where, parameters, "p.year = :year", "year", query.year());
        condition(
                where,
                parameters,
                "p.networkId = :network",
                "network",
                query.network() == null ? null : query.network().value());
        if (!fieldsOfAction.isEmpty()) {
            where.append(" and exists (select 1 from GoodPractice q join q.fieldsOfAction f"
                    + " where q.id = p.id and f in :fields)");
            parameters.put("fields", fieldsOfAction);
        }
        var count = entities.createQuery("select count(p) from GoodPractice p" + where, Long.class);
        parameters.forEach(count::setParameter);
        var total = count.getSingleResult();
        if (total == 0) {
            return new Found(List.of(), 0);
        }
        var select = entities.createQuery(
                "select p from GoodPractice p" + where + " order by " + order(query.sort()), GoodPractice.class);
        parameters.forEach(select::setParameter);
        var practices = select.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        return new Found(practices, total);
    }

    /**
     * Designated practices of other owners (cities or contributors) ranked by what they share with the given one: one point per common field
     * of action, one for the commitment, one for the track. Those sharing nothing are left out.
     */
    List<UUID> similar(GoodPractice practice, int limit) {
        var content = practice.content();
        var fields = content.template().fieldsOfAction();
        var classification = content.classification();
        // Empty strings stand for "nothing to share": no code is empty, and a typed parameter avoids null guessing.
        var sql = "select s.id from (select p.id as id, p.decided_at as decided_at,"
                + " (select count(*) from good_practice_field_of_action f"
                + "   where f.practice_id = p.id and f.code in (:fields))"
                + " + case when p.commitment = :commitment then 1 else 0 end"
                + " + case when p.track = :track then 1 else 0 end as score"
                + " from good_practice p where p.status = 'DESIGNATED' and coalesce(p.city_id, p.contributor_id) <> :owner) s"
                + " where s.score > 0 order by s.score desc, s.decided_at desc, s.id";
        @SuppressWarnings("unchecked")
        List<Object> ids = entities.createNativeQuery(sql)
                .setParameter("fields", fields.isEmpty() ? List.of("") : fields)
                .setParameter("commitment", nonNull(classification.commitment()))
                .setParameter("track", nonNull(classification.track()))
                .setParameter(
                        "owner",
                        practice.city() != null
                                ? practice.city().value()
                                : practice.contributor().value())
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(PracticeQueries::uuid).toList();
    }

    /** Drivers hand a native uuid column back as a UUID (PostgreSQL) or as its 16 bytes (H2). */
    private static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            var buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    List<Practices.DesignatedCount> designatedByCommitment(NetworkId network) {
        return entities
                .createQuery(
                        "select p.cycleId, p.commitment, count(p) from GoodPractice p"
                                + " where p.networkId = :network and p.status = :status"
                                + " group by p.cycleId, p.commitment",
                        Object[].class)
                .setParameter("network", network.value())
                .setParameter("status", PracticeStatus.DESIGNATED)
                .getResultList()
                .stream()
                .map(row -> new Practices.DesignatedCount(
                        row[0] == null ? null : new CycleId((UUID) row[0]), (String) row[1], (Long) row[2]))
                .toList();
    }

    private static String nonNull(String code) {
        return code == null ? "" : code;
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static String order(Practices.LibrarySort sort) {
        return switch (sort) {
            case NEWEST -> "p.decidedAt desc nulls last, p.submittedAt desc, p.title, p.id";
            case YEAR -> "p.year desc nulls last, p.title, p.id";
            case CITY -> "p.ownerName, p.title, p.id";
            case TITLE -> "p.title, p.id";
        };
    }
}
