package org.equicity.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Progress of a set of actions: the mean of the latest progress figure of every action that has one (completed
 * actions count 100 %), rounded to a whole percent; {@code percent} is absent when no action has a figure.
 * Actions without any figure are {@code noData}; discontinued actions are left out and only counted.
 */
public record Progress(Integer percent, int counted, List<ActionRef> noData, int discontinued) {

    public Progress {
        noData = List.copyOf(noData);
    }

    public static Progress of(List<Plans.ActionView> actions) {
        int discontinued = 0;
        int sum = 0;
        int counted = 0;
        var noData = new ArrayList<ActionRef>();
        for (var action : actions) {
            var content = action.content();
            if (content.status() == ActionStatus.DISCONTINUED) {
                discontinued++;
            } else if (content.progress() != null || content.status() == ActionStatus.COMPLETED) {
                sum += content.progress() != null ? content.progress() : 100;
                counted++;
            } else {
                noData.add(new ActionRef(action.id(), content.title()));
            }
        }
        Integer percent = counted == 0 ? null : Math.round((float) sum / counted);
        return new Progress(percent, counted, noData, discontinued);
    }

    public boolean hasData() {
        return percent != null;
    }

    /** An action named in a progress figure. */
    public record ActionRef(ActionId id, String title) {}
}
