package org.equicity.plan;

import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a plan: its city's own people read it before adoption, everyone after; whoever manages the
 * city changes it, and nothing more is recorded for a plan that is closed or superseded.
 */
@Component
class PlanAccess {

    private final PlanRepository plans;
    private final Access access;

    PlanAccess(PlanRepository plans, Access access) {
        this.plans = plans;
        this.access = access;
    }

    /** The city's own people read plans before adoption: coordinators, department contacts, partners. */
    boolean seesDrafts(CityId city) {
        return access.belongsToCity(city) || access.isPlatformAdmin();
    }

    Plan readable(PlanId id) {
        return plans.findById(id.value())
                .filter(plan -> plan.state().isPublic() || seesDrafts(plan.city()))
                .orElseThrow(() -> new NotFoundException("Plan", id));
    }

    Plan writable(PlanId id) {
        var plan = plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
        access.requireCityManagement(plan.city());
        return plan;
    }

    Plan writableForWork(PlanId id) {
        var plan = writable(id);
        plan.requireOpenForWork();
        return plan;
    }

    static void requireVersion(long stored, long editorsVersion, Class<?> type, Object id) {
        if (stored != editorsVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
