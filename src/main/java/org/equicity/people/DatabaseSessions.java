package org.equicity.people;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

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

    /** H2's upsert; it waits for a concurrent insert of the same key and then updates, as PostgreSQL's does. */
    static final String H2_UPSERT_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES"
            + " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
            + " VALUES (?, ?, ?)";

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

    /**
     * Requests of one session at once (a double click, two tabs) may each add the same attribute, such as the notice
     * shown after a redirect: with Spring Session's plain insert, all but the first failed on the attributes' primary
     * key after their work was done, and the person saw an error page. Written as an upsert, the last value wins, as
     * it does for a session kept in memory.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAreUpserted(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
    }
}
