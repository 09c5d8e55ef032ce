package org.seedbed.orgunit.boundary;

/**
 * Fields of an org unit to create or change. {@code version} is the version the editor saw: a
 * change made meanwhile by someone else is refused instead of overwritten.
 */
public record OrgUnitForm(Long parentId, String nameZh, String nameEn, String code, Integer sortOrder, Long version) {}
