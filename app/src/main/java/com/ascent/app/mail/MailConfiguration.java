package com.ascent.app.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work: the outbox's retries and the daily reminders. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {
}
