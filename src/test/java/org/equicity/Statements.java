package org.equicity;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.springframework.context.ApplicationContext;

/**
 * Counts the SQL statements Hibernate prepares while something runs, through its statistics, switched on only for
 * that while, so that a test can say a page reads a fixed number of times however much it shows, without a context of
 * its own. The statistics count every thread's statements, and background jobs (translation, indexing) poll the
 * database now and then: {@link #fewest} runs the work a few times and keeps the count least disturbed by them.
 */
public final class Statements {

    private Statements() {}

    /** The fewest statements prepared while {@code work} ran, of three runs. */
    public static long fewest(ApplicationContext context, Callable<?> work) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            fewest = Math.min(fewest, counted(context, work));
        }
        return fewest;
    }

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
