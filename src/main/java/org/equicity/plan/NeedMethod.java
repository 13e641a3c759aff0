package org.equicity.plan;

/** How a need was heard (the consultation methods of the ECCAR toolkit, step 4). */
public enum NeedMethod {
    FOCUS_GROUP,
    SURVEY,
    WORLD_CAFE,
    PUBLIC_CONSULTATION,
    ROUND_TABLE,
    EXPERT_VISIT
}
