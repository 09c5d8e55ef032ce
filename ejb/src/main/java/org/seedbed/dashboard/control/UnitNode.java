package org.seedbed.dashboard.control;

/** An org unit as read for rolling units up to their district; the city's root has no parent. */
public record UnitNode(long id, Long parentId, String nameZh, String nameEn) {}
