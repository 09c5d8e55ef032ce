package org.seedbed.call.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.faces.Texts;
import org.seedbed.orgunit.boundary.OrgUnitView;

/**
 * An org unit that can run a call (the city's bureau, a district, a street or a community), for the
 * select of staff/call.xhtml: labelled with an indent for its level, so that the flat list reads
 * like the tree.
 */
public record UnitChoice(long id, String label) implements Serializable {

    /** Non-breaking spaces survive in option labels, where ordinary ones collapse. */
    private static final String INDENT = "\u00a0\u00a0\u00a0\u00a0";

    private static final Comparator<OrgUnitView> ORDER =
            Comparator.comparingInt(OrgUnitView::sortOrder).thenComparing(OrgUnitView::nameZh);

    /** Every unit, the city first, each followed by the units below it. */
    static List<UnitChoice> of(List<OrgUnitView> units, Locale language) {
        Map<Long, OrgUnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<OrgUnitView>> children = new HashMap<>();
        List<OrgUnitView> roots = new ArrayList<>();
        for (OrgUnitView unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        List<UnitChoice> choices = new ArrayList<>();
        roots.stream().sorted(ORDER).forEach(root -> add(root, children, language, choices));
        return choices;
    }

    private static void add(
            OrgUnitView unit, Map<Long, List<OrgUnitView>> children, Locale language, List<UnitChoice> choices) {
        String indent = INDENT.repeat(unit.level().ordinal());
        choices.add(new UnitChoice(
                unit.id(),
                indent + unit.name(language) + " · "
                        + Texts.text("level." + unit.level().name())));
        children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(ORDER)
                .forEach(child -> add(child, children, language, choices));
    }
}
