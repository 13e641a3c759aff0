/**
 * Importing good practices from the documents they are published in: a compendium (PDF, DOCX, ODT, HTML, Markdown or
 * text) is read, split into practices and previewed with its problems; the network's secretariat corrects owners, maps
 * unknown section labels, deselects, and imports the whole document in one transaction, in the background. The
 * practices are written through the practice module's collections, which keep them idempotent across editions.
 */
@ApplicationModule(allowedDependencies = {"framework", "network", "people", "practice", "shared", "translation"})
@NullMarked
package org.equicity.practice.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
