/**
 * Grants after the award (资助项目): the agreement (签约), tranches paid out against conditions
 * (分期拨付), reports, mid-term and final evaluations (中期评估/结项评估), outcome indicators from the
 * city's catalogue and notes on an organization's credit record.
 */
package org.seedbed.grant.entity;
