package org.equicity.selfassessment.peerreview;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeerReviewRepository extends JpaRepository<PeerReview, UUID> {

    List<PeerReview> findByCityIdOrderByCreatedAtDesc(UUID cityId);

    List<PeerReview> findByCityIdAndPublishedAtNotNullOrderByPublishedAtDesc(UUID cityId);

    @Query("select distinct r from PeerReview r join r.members m where m.email = :email order by r.createdAt desc")
    List<PeerReview> findByMemberEmail(String email);
}
