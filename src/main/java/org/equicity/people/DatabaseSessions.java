package org.equicity.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database that every application node shares (Spring Session JDBC, tables from
 * {@code V44__http_sessions.sql}), so a load balancer may send each request to any node. During a rolling update,
 * a node may find a session attribute written by another version that it cannot read (a class changed): the
 * attribute is then treated as absent — at worst the person signs in again — instead of failing every request of
 * that session with an error page.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSessions {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSessions.class);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableAttributesAreDropped(ResourceLoader resources) {
        var deserializer = new DeserializingConverter(resources.getClassLoader());
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, source -> {
            try {
                return deserializer.convert((byte[]) source);
            } catch (SerializationFailedException unreadable) {
                log.info("Session attribute dropped, written by another version: {}", unreadable.getMessage());
                return null;
            }
        });
        return repository -> repository.setConversionService(conversions);
    }
}
