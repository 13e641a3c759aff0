/** Review of good practices: the secretariat assigns reviewers, who rate the criteria, and records the committee's decision. */
package org.equicity.review;
