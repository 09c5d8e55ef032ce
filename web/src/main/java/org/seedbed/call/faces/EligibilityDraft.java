package org.seedbed.call.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.seedbed.call.control.EligibilityRules;

/** The eligibility rules as the call editor of staff/call.xhtml edits them: checkboxes and numbers. */
public class EligibilityDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean requireVerified;
    // Kind names, not enums: a generic List<enum> would be filled with strings by Faces.
    private List<String> kinds = new ArrayList<>();
    private Integer minMonthsFounded;
    private boolean servesCallUnit;
    private boolean notDebarred;
    private Integer maxSubmissionsPerOrganization;

    static EligibilityDraft of(EligibilityRules rules) {
        EligibilityRules source = rules == null ? EligibilityRules.defaults() : rules;
        EligibilityDraft draft = new EligibilityDraft();
        draft.requireVerified = source.requireVerified();
        draft.kinds = new ArrayList<>(source.kinds());
        draft.minMonthsFounded = source.minMonthsFounded();
        draft.servesCallUnit = source.servesCallUnit();
        draft.notDebarred = source.notDebarred();
        draft.maxSubmissionsPerOrganization = source.maxSubmissionsPerOrganization();
        return draft;
    }

    /** Zero months or zero applications mean no such rule, as an empty field does. */
    EligibilityRules toRules() {
        return new EligibilityRules(
                requireVerified,
                kinds == null ? null : new HashSet<>(kinds),
                positiveOrNull(minMonthsFounded),
                servesCallUnit,
                notDebarred,
                positiveOrNull(maxSubmissionsPerOrganization));
    }

    private static Integer positiveOrNull(Integer number) {
        return number == null || number <= 0 ? null : number;
    }

    public boolean isRequireVerified() {
        return requireVerified;
    }

    public void setRequireVerified(boolean requireVerified) {
        this.requireVerified = requireVerified;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public Integer getMinMonthsFounded() {
        return minMonthsFounded;
    }

    public void setMinMonthsFounded(Integer minMonthsFounded) {
        this.minMonthsFounded = minMonthsFounded;
    }

    public boolean isServesCallUnit() {
        return servesCallUnit;
    }

    public void setServesCallUnit(boolean servesCallUnit) {
        this.servesCallUnit = servesCallUnit;
    }

    public boolean isNotDebarred() {
        return notDebarred;
    }

    public void setNotDebarred(boolean notDebarred) {
        this.notDebarred = notDebarred;
    }

    public Integer getMaxSubmissionsPerOrganization() {
        return maxSubmissionsPerOrganization;
    }

    public void setMaxSubmissionsPerOrganization(Integer maxSubmissionsPerOrganization) {
        this.maxSubmissionsPerOrganization = maxSubmissionsPerOrganization;
    }
}
