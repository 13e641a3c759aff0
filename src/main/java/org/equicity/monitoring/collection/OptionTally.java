package org.equicity.monitoring.collection;

/** How often an option of a question of a survey was chosen. */
record OptionTally(int question, int choice, long count) {}
