/** Applications of organizations to calls (申报): drafts, submission, revisions, screening. */
package org.seedbed.submission;
