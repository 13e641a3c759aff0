package org.equicity.translation;

/** Who made a translation: a person (never overwritten by an engine) or a translation engine. */
public enum Origin {
    HUMAN,
    MACHINE
}
