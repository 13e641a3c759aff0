package org.equicity.translation;

/**
 * A translation of a field was stored, by an engine or by a person; published in the transaction that stores it, so
 * that those who show or index the translated text take it up once it is committed, rather than asking again and
 * again whether it has come.
 */
public record TranslationStored(FieldRef field, String language) {}
