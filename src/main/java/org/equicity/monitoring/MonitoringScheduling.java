package org.equicity.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily reminders of information requests run on Spring's scheduler, whichever other module also uses it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringScheduling {}
