package org.seedbed.incubation.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.faces.Texts;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.entity.OrgUnitLevel;

/**
 * An org unit an incubator can be attached to (district, street or community), labelled with
 * an indent for its level so that a flat list reads like the tree.
 */
public record UnitOption(long id, String label, OrgUnitLevel level) implements Serializable {

    private static final String INDENT = "\u00a0\u00a0\u00a0\u00a0";

    /** Districts, each followed by its streets, each followed by its communities. */
    static List<UnitOption> attachable(List<OrgUnitView> units, Locale language) {
        Map<Long, List<OrgUnitView>> children = new HashMap<>();
        List<OrgUnitView> roots = new ArrayList<>();
        for (OrgUnitView unit : units) {
            if (unit.parentId() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        List<UnitOption> options = new ArrayList<>();
        roots.forEach(root -> addTree(root, children, language, options));
        return options;
    }

    private static void addTree(
            OrgUnitView unit, Map<Long, List<OrgUnitView>> children, Locale language, List<UnitOption> options) {
        if (unit.level() != OrgUnitLevel.CITY) {
            String indent = INDENT.repeat(Math.max(0, unit.level().ordinal() - 1));
            options.add(new UnitOption(
                    unit.id(),
                    indent + unit.name(language) + " · "
                            + Texts.text("level." + unit.level().name()),
                    unit.level()));
        }
        children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(OrgUnitView::sortOrder).thenComparing(OrgUnitView::nameZh))
                .forEach(child -> addTree(child, children, language, options));
    }
}
