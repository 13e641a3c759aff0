package org.equicity.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeCollectionRepository extends JpaRepository<PracticeCollection, UUID> {

    Optional<PracticeCollection> findByNetworkIdAndTitleIgnoreCase(UUID networkId, String title);

    @Query("select p from GoodPractice p where p.origin.collectionId = ?1")
    List<GoodPractice> practicesOf(UUID collectionId);

    @Query("select p from GoodPractice p where p.origin.collectionId = ?1 and p.origin.collectionKey = ?2")
    Optional<GoodPractice> practiceOf(UUID collectionId, String key);
}
