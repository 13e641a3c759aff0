package org.equicity.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final MailMessageRepository messages;
    private final MessageSource texts;
    /** Null where no mail server is configured: mail is then only stored. */
    private final @Nullable JavaMailSender smtp;

    private final String from;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxMailer(
            MailMessageRepository messages,
            MessageSource texts,
            ObjectProvider<JavaMailSender> smtp,
            ApplicationEventPublisher events,
            @Value("${equicity.mail.from:Equicity <no-reply@equicity.local>}") String from,
            Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.texts = texts;
        this.smtp = smtp.getIfAvailable();
        this.from = from;
        this.events = events;
    }

    /**
     * The message is written to the outbox in the caller's transaction, as part of the caller's change (a person must
     * get their invitation link): committed with it or not at all. Only its delivery, which waits on another system,
     * follows the commit.
     */
    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        var arguments = mail.arguments().toArray();
        var subject = texts.getMessage("mail." + mail.template() + ".subject", arguments, mail.language());
        var body = texts.getMessage("mail." + mail.template() + ".body", arguments, mail.language());
        var message = messages.save(new MailMessage(mail.to(), subject, body, smtp != null, clock.instant()));
        if (smtp == null) {
            return;
        }
        // Delivered only once the caller's work is committed: an invitation must not arrive for a role that was
        // rolled back. A node that stops before delivering delivers on its next start.
        events.publishEvent(new MailQueued(message.id()));
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        deliver(queued.message());
    }

    private void deliver(UUID id) {
        var sender = smtp;
        if (sender == null) {
            return;
        }
        messages.findById(id).ifPresent(message -> {
            try {
                var smtpMessage = new SimpleMailMessage();
                smtpMessage.setFrom(from);
                smtpMessage.setTo(message.recipient());
                smtpMessage.setSubject(message.subject());
                smtpMessage.setText(message.body());
                sender.send(smtpMessage);
                message.delivered(clock.instant());
            } catch (RuntimeException ex) {
                log.warn("Mail {} could not be delivered: {}", id, ex.getMessage());
                message.failed(ex.getMessage());
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(int limit) {
        return messages.findByOrderByCreatedAtDesc(PageRequest.ofSize(limit)).stream()
                .map(MailMessage::toEntry)
                .toList();
    }
}
