package org.seedbed.dashboard.control;

/** A category code with the names one call gives it. */
public record CategoryName(String code, String nameZh, String nameEn) {}
