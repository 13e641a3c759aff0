/** Cities, their stored Level 1 profile and their departments. */
package org.equicity.city;
