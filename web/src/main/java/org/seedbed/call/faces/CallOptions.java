package org.seedbed.call.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.form.QuestionType;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.problem.SeedbedProblem;

/**
 * Choices of the officers' call pages (staff/call.xhtml, staff/call-form.xhtml): the org units that
 * can run a call, organization kinds, one or two stages, and the kinds of question.
 */
@Named
@RequestScoped
public class CallOptions {

    @Inject
    OrgUnits orgUnits;

    @Inject
    Language language;

    private List<UnitChoice> units;
    private Map<Long, String> unitNames;

    /** Org units as an indented tree, the city first. */
    public List<UnitChoice> getUnits() {
        if (units == null) {
            List<OrgUnitView> all;
            try {
                all = orgUnits.all();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
            units = UnitChoice.of(all, language.getLocale());
            unitNames = new HashMap<>();
            all.forEach(u -> unitNames.put(u.id(), u.name(language.getLocale())));
        }
        return units;
    }

    /** The unit's name without indent or level, or null when there is none by that id. */
    String unitName(Long id) {
        getUnits();
        return id == null ? null : unitNames.get(id);
    }

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }

    public List<CallStages> getStages() {
        return List.of(CallStages.values());
    }

    public List<QuestionType> getQuestionTypes() {
        return List.of(QuestionType.values());
    }
}
