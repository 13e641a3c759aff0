/** Sign-in, invitation, password-reset, account and people-administration pages and the people API. */
package org.equicity.people.web;
