/**
 * What the plan module shares with its nested modules ({@code plan.tracking} and the others): the rules the texts a
 * city types follow, the column converter for lists, and the helpers of the pages' forms. Not for other modules.
 */
@NamedInterface("support")
@NullMarked
package org.equicity.plan.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
