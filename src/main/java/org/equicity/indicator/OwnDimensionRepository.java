package org.equicity.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OwnDimensionRepository extends JpaRepository<OwnDimensionRow, UUID> {

    @Query("select d from OwnDimensionRow d where d.code = ?1")
    Optional<OwnDimensionRow> byCode(String code);

    /** The dimensions a city's indicators may use: its own and those of the networks it belongs to. */
    @Query("select d from OwnDimensionRow d where d.cityId = ?1 or d.networkId in ?2 order by d.code")
    List<OwnDimensionRow> usableBy(UUID city, Collection<UUID> networks);

    @Query("select d from OwnDimensionRow d where d.cityId = ?1 order by d.code")
    List<OwnDimensionRow> ofCity(UUID city);

    @Query("select d from OwnDimensionRow d where d.networkId = ?1 order by d.code")
    List<OwnDimensionRow> ofNetwork(UUID network);

    @Query("select v from OwnDimensionVersion v where v.dimensionId = ?1 and v.number = ?2")
    Optional<OwnDimensionVersion> version(UUID dimension, int number);

    /** The newest version of each dimension given. */
    @Query("select v from OwnDimensionVersion v, OwnDimensionRow d where v.dimensionId = d.id"
            + " and v.number = d.currentVersion and d.id in ?1")
    List<OwnDimensionVersion> newest(Collection<UUID> dimensions);
}
