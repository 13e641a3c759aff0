package org.equicity.practice;

/** What a contributor of practices is when it is not a city. */
public enum ContributorKind {
    REGION,
    NATIONAL_AUTHORITY,
    NGO,
    NETWORK,
    EUROPEAN_BODY,
    INTERNATIONAL_BODY
}
