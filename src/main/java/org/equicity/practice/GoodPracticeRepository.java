package org.equicity.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoodPracticeRepository extends JpaRepository<GoodPractice, UUID> {

    Optional<GoodPractice> findByReportedActionId(UUID reportedActionId);

    List<GoodPractice> findByNetworkIdOrderBySubmittedAtDesc(UUID networkId);

    List<GoodPractice> findByCityIdOrderBySubmittedAtDesc(UUID cityId);

    List<GoodPractice> findByContributorId(UUID contributorId);

    @Query("select p.id from GoodPractice p")
    List<UUID> findAllIds();
}
