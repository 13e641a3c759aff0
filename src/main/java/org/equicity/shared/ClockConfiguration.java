package org.equicity.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every "now" comes from, so that a test can fix the date (deadlines, reminders, "today") by replacing
 * this bean. It is the system clock in the server's default zone, the zone {@code LocalDate.now()} used before: the
 * dates it gives ("today" for deadlines, reminders sent at 06:00 server time) stay what they were, and instants do
 * not depend on the zone. Spring Modulith's event publication registry uses it too.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
