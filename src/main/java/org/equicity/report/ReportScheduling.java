package org.equicity.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily deadline reminders run on Spring's scheduler, whichever other module also uses it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportScheduling {}
