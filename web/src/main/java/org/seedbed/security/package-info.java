/**
 * Who is calling and what they may reach: the Jakarta Security authentication mechanism (form
 * login with a session for pages, personal access tokens for the API), the access rules per path,
 * security headers.
 */
package org.seedbed.security;
