package org.equicity.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticePreferenceRepository extends JpaRepository<NoticePreference, UUID> {

    List<NoticePreference> findByPersonId(UUID person);

    Optional<NoticePreference> findByPersonIdAndKind(UUID person, NoticeKind kind);
}
