package org.seedbed.account.boundary;

/** A token just created: the only moment its secret is known to anyone but the caller. */
public record IssuedToken(TokenView token, String secret) {}
