/** A city's action plans against racism: needs, commitments written with the model template, actions, adoption and their history. */
package org.equicity.plan;
