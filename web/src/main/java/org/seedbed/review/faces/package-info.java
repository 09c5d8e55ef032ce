/** Pages of the review feature: what experts see of their panels and assignments. */
package org.seedbed.review.faces;
