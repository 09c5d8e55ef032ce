package org.seedbed.dashboard.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Rolls org units up to their district, the unit one level below the city's root: a street's or a
 * community's money counts for the district it lies in. The root counts for itself, so that calls
 * of the city as a whole have a row of their own.
 */
public final class Districts {

    private Districts() {}

    /** Each unit's district by the unit's id; units whose chain of parents breaks off or loops are left out. */
    public static Map<Long, UnitNode> of(Collection<UnitNode> units) {
        Map<Long, UnitNode> byId = new HashMap<>();
        for (UnitNode unit : units) {
            byId.put(unit.id(), unit);
        }
        Map<Long, UnitNode> districts = new HashMap<>();
        for (UnitNode unit : units) {
            UnitNode district = districtOf(unit, byId);
            if (district != null) {
                districts.put(unit.id(), district);
            }
        }
        return districts;
    }

    private static UnitNode districtOf(UnitNode unit, Map<Long, UnitNode> byId) {
        UnitNode current = unit;
        // A tree is never deeper than it has units: more steps mean a loop.
        for (int steps = 0; steps <= byId.size(); steps++) {
            if (current.parentId() == null) {
                return current;
            }
            UnitNode parent = byId.get(current.parentId());
            if (parent == null) {
                return null;
            }
            if (parent.parentId() == null) {
                return current;
            }
            current = parent;
        }
        return null;
    }
}
