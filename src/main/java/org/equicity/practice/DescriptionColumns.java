package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** The texts of a practice's {@link Description} as kept with the practice; its references are a table of their own. */
@Embeddable
class DescriptionColumns {

    @Column(name = "measure_type")
    private String measureType;

    private String chapter;

    private String aims;

    private String evaluation;

    @Column(name = "leading_authority")
    private String leadingAuthority;

    @Column(name = "implementing_partners")
    private String implementingPartners;

    @Column(name = "area_of_intervention")
    private String areaOfIntervention;

    @Column(name = "period_start")
    private String periodStart;

    @Column(name = "period_end")
    private String periodEnd;

    Description read(List<Description.Reference> references) {
        return new Description(
                measureType,
                chapter,
                aims,
                evaluation,
                leadingAuthority,
                implementingPartners,
                areaOfIntervention,
                periodStart,
                periodEnd,
                references);
    }

    void write(Description description) {
        this.measureType = description.measureType();
        this.chapter = description.chapter();
        this.aims = description.aims();
        this.evaluation = description.evaluation();
        this.leadingAuthority = description.leadingAuthority();
        this.implementingPartners = description.implementingPartners();
        this.areaOfIntervention = description.areaOfIntervention();
        this.periodStart = description.periodStart();
        this.periodEnd = description.periodEnd();
    }
}
