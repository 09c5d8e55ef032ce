/**
 * Grants after the award (立项之后): the grant made from a final award, its agreement, tranches
 * released only when their conditions hold, reports, evaluations and the organizations' credit record.
 */
package org.seedbed.grant.boundary;
