package org.equicity.translation;

/** A language a writer may say a text is written in, named in the writer's language, for a form's select. */
public record LanguageChoice(String code, String name) {}
