/**
 * Accounts of one city (or of the platform): users, their roles, personal access tokens for the
 * API and the one-time tokens behind e-mail verification and password reset.
 */
package org.seedbed.account;
