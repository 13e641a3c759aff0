package org.equicity;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.springframework.context.ApplicationContext;

/**
 * Counts the SQL statements Hibernate prepares while something runs, through its statistics, switched on only for
 * that while, so that a test can say a page reads a fixed number of times however much it shows, without a context of
 * its own. Nothing else may use the database meanwhile (wait for background listeners with {@link EventsSettled}).
 */
public final class Statements {

    private Statements() {}

    /** The statements prepared while {@code work} ran. */
    public static long counted(ApplicationContext context, Callable<?> work) throws Exception {
        var statistics = context.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            work.call();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
