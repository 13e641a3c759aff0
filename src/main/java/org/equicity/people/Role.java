package org.equicity.people;

/**
 * The roles a person can hold. Each is held within a scope: the platform, one network, or one city (a department
 * contact also within one department of that city).
 */
public enum Role {
    PLATFORM_ADMIN(Scope.PLATFORM),
    NETWORK_SECRETARIAT(Scope.NETWORK),
    REVIEWER(Scope.NETWORK),
    CITY_COORDINATOR(Scope.CITY),
    DEPARTMENT_CONTACT(Scope.DEPARTMENT),
    CIVIL_SOCIETY_PARTNER(Scope.CITY);

    public enum Scope {
        PLATFORM,
        NETWORK,
        CITY,
        DEPARTMENT
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
