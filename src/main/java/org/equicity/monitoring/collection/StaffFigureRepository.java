package org.equicity.monitoring.collection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffFigureRepository extends JpaRepository<StaffFigure, UUID> {

    List<StaffFigure> findByDatasetIdAndYear(UUID datasetId, int year);

    @Query("select distinct f.year from StaffFigure f where f.datasetId = :datasetId order by f.year desc")
    List<Integer> yearsOf(UUID datasetId);

    long countByDatasetId(UUID datasetId);

    Optional<StaffFigure> findFirstByDatasetIdOrderByYearAsc(UUID datasetId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from StaffFigure f where f.datasetId = :datasetId and f.year = :year")
    int deleteYear(UUID datasetId, int year);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from StaffFigure f where f.datasetId = :datasetId and f.year < :year")
    int deleteBefore(UUID datasetId, int year);
}
