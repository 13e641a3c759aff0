package org.equicity.shared.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The message source of the whole application (pages, mails, PDFs, problem details): Spring Boot's, configured by
 * {@code spring.messages} as before, but formatting with ICU (see {@link IcuMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new IcuMessageSource();
        source.setBasenames(properties.getBasename().stream()
                .flatMap(names -> StringUtils.commaDelimitedListToSet(names).stream())
                .map(String::strip)
                .toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        var cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            source.setCacheMillis(cacheDuration.toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }
}
