/** The public entry pages and the navigation that ties the modules together. */
package org.equicity.site;
