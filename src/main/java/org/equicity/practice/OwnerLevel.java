package org.equicity.practice;

/** The level of government or action a practice's owner works at; a city's practices are local. */
public enum OwnerLevel {
    LOCAL,
    REGIONAL,
    NATIONAL,
    EUROPEAN,
    INTERNATIONAL
}
