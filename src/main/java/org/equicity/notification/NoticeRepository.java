package org.equicity.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, UUID> {

    List<Notice> findByPersonIdOrderByCreatedAtDesc(UUID person, Pageable page);

    List<Notice> findByPersonIdAndReadAtIsNull(UUID person);

    long countByPersonIdAndReadAtIsNull(UUID person);

    boolean existsByPersonIdAndKindAndAbout(UUID person, NoticeKind kind, String about);

    List<Notice> findByDigestDueTrueAndCreatedAtBeforeOrderByCreatedAt(Instant before);
}
