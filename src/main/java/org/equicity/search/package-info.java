/** Full-text search across languages over plans and their actions, good practices and accepted reports, respecting who may see what. */
package org.equicity.search;
