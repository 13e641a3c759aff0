/** Full-text search across languages over published content (plans and their actions), respecting who may see what. */
package org.equicity.search;
