package org.equicity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** The events of one type that a piece of work publishes, on whatever thread it runs, caught as they are published. */
public final class PublishedEvents {

    private PublishedEvents() {}

    public static <T> List<T> during(ApplicationContext context, Class<T> type, Runnable work) {
        var caught = new CopyOnWriteArrayList<T>();
        var listener = new ApplicationListener<ApplicationEvent>() {
            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> published && type.isInstance(published.getPayload())) {
                    caught.add(type.cast(published.getPayload()));
                }
            }
        };
        var configurable = (ConfigurableApplicationContext) context;
        configurable.addApplicationListener(listener);
        try {
            work.run();
        } finally {
            configurable.removeApplicationListener(listener);
        }
        return List.copyOf(caught);
    }
}
