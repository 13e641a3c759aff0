package org.equicity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured but unreachable, the message stays in the outbox with the reason, and nobody sees an error. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=1"})
class SmtpFailureTests {

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFailedDeliveryIsRecordedOnTheMessageAfterTheSendersTransactionCommitted() {
        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(
                "someone@example.org", Locale.ITALIAN, "password-reset", "Sofia", "http://x/password-reset/t", 60)));

        // Delivery is attempted in the background once the sender's transaction has committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var sent = mailer.outbox(10).stream()
                    .filter(mail -> mail.recipient().equals("someone@example.org"))
                    .findFirst()
                    .orElseThrow();
            assertThat(sent.subject()).isEqualTo("Reimpostare la password di Equicity");
            assertThat(sent.body()).contains("Sofia").contains("60 minuti");
            assertThat(sent.status()).isEqualTo(OutboxEntry.Status.FAILED);
            assertThat(sent.failure()).isNotBlank();
            assertThat(sent.sentAt()).isNull();
        });
    }
}
