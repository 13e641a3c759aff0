package org.equicity.practice;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily reminders of calls for practices run on Spring's scheduler, whichever other module also uses it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PracticeScheduling {}
