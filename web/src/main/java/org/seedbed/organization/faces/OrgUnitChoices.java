package org.seedbed.organization.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.faces.Language;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The city's org units as choices for a select: in tree order, each indented by its level, so
 * that a district's streets and communities follow it. Used by the directory, the staff list and
 * the profile editor.
 */
@Named
@RequestScoped
public class OrgUnitChoices {

    /** Non-breaking spaces survive in option labels, where ordinary ones collapse. */
    private static final String INDENT = "\u00a0\u00a0\u00a0";

    @Inject
    OrgUnits orgUnits;

    @Inject
    Language language;

    private List<SelectItem> items;

    /** Every unit below the city itself. */
    public List<SelectItem> getItems() {
        if (items == null) {
            items = build();
        }
        return items;
    }

    private List<SelectItem> build() {
        if (TenantContext.currentCity().isEmpty()) {
            return List.of();
        }
        List<OrgUnitView> units;
        try {
            units = orgUnits.all();
        } catch (SeedbedProblem problem) {
            // Without units the selects only offer "any"; the page itself still works.
            return List.of();
        }
        Map<Long, List<OrgUnitView>> children = new LinkedHashMap<>();
        List<OrgUnitView> roots = new ArrayList<>();
        Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (OrgUnitView unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        List<SelectItem> result = new ArrayList<>();
        Locale locale = language.getLocale();
        for (OrgUnitView root : roots) {
            add(root, children, locale, result);
        }
        return result;
    }

    private static void add(
            OrgUnitView unit, Map<Long, List<OrgUnitView>> children, Locale locale, List<SelectItem> result) {
        // The city itself is no useful choice: "any" stands for it.
        if (unit.level() != OrgUnitLevel.CITY) {
            int depth = Math.max(0, unit.level().ordinal() - 1);
            result.add(new SelectItem(unit.id(), INDENT.repeat(depth) + unit.name(locale)));
        }
        for (OrgUnitView child : children.getOrDefault(unit.id(), List.of())) {
            add(child, children, locale, result);
        }
    }
}
