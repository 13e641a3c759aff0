/** Translations of free-text content with their provenance (human or machine, engine, source fingerprint), made in the background by configurable translation engines. */
package org.equicity.translation;
