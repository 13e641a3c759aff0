package org.equicity.mail;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

    List<MailMessage> findByOrderByCreatedAtDesc(Pageable page);
}
