package org.equicity.plan.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.tracking.PlanTracking.ActionTracking;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingId;
import org.equicity.plan.tracking.PlanTracking.MeetingView;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateId;
import org.equicity.translation.FieldRef;

/** The texts of progress updates and meetings as the translation module knows them, as {@link PlanTexts} for plans. */
public final class TrackingTexts {

    public static final String PROGRESS_UPDATE = "progress_update";
    public static final String MEETING = "meeting";

    private TrackingTexts() {}

    /** What happened and what stands in the way; empty fields included as for commitments. */
    public static Map<FieldRef, String> of(ProgressUpdateId update, ProgressReport report) {
        var texts = new LinkedHashMap<FieldRef, String>();
        texts.put(new FieldRef(PROGRESS_UPDATE, update.value(), "narrative"), report.narrative());
        texts.put(new FieldRef(PROGRESS_UPDATE, update.value(), "challenges"), report.challenges());
        return texts;
    }

    public static Map<FieldRef, String> of(MeetingId meeting, MeetingContent content) {
        var texts = new LinkedHashMap<FieldRef, String>();
        texts.put(new FieldRef(MEETING, meeting.value(), "participants"), content.participants());
        texts.put(new FieldRef(MEETING, meeting.value(), "minutes"), content.minutes());
        return texts;
    }

    /** The meetings of a list. */
    public static Map<FieldRef, String> of(List<MeetingView> meetings) {
        var texts = new LinkedHashMap<FieldRef, String>();
        meetings.forEach(meeting -> texts.putAll(of(meeting.id(), meeting.content())));
        return texts;
    }

    /** Every text an action's tracking page shows: the action's title, its progress updates and its meetings. */
    public static Map<FieldRef, String> of(ActionTracking action) {
        var texts = new LinkedHashMap<FieldRef, String>();
        texts.put(PlanTexts.title(action.id()), action.title());
        action.updates().forEach(update -> texts.putAll(of(update.id(), update.report())));
        texts.putAll(of(action.meetings()));
        return texts;
    }
}
