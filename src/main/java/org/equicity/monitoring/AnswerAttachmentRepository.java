package org.equicity.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerAttachmentRepository extends JpaRepository<AnswerAttachment, UUID> {

    List<AnswerAttachment> findByRecipientIdInOrderByAddedAt(Collection<UUID> recipients);

    long countByRecipientId(UUID recipient);
}
