package org.equicity.plan.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.consultation.PlanConsultation.Consultation;
import org.equicity.translation.FieldRef;

/**
 * The texts of consultation comments and their answers as the translation module knows them, as {@link PlanTexts}
 * for plans. These names are stored with every translation: renaming one orphans its translations.
 */
public final class ConsultationTexts {

    public static final String COMMENT = "comment";

    private ConsultationTexts() {}

    /** A consultation comment's text; its answers are the comment's fields {@code answer_0}, {@code answer_1}... */
    public static FieldRef comment(CommentId comment) {
        return new FieldRef(COMMENT, comment.value(), "text");
    }

    public static FieldRef answer(CommentId comment, int position) {
        return new FieldRef(COMMENT, comment.value(), "answer_" + position);
    }

    /** The consultation's comments and answers. */
    public static Map<FieldRef, String> of(Consultation consultation) {
        var texts = new LinkedHashMap<FieldRef, String>();
        for (var comment : consultation.comments()) {
            texts.put(comment(comment.id()), comment.text());
            for (int i = 0; i < comment.answers().size(); i++) {
                texts.put(answer(comment.id(), i), comment.answers().get(i).text());
            }
        }
        return texts;
    }
}
