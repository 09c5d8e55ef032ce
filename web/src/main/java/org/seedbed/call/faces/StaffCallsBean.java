package org.seedbed.call.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.faces.Texts;
import org.seedbed.problem.SeedbedProblem;

/** Officers' page staff/calls.xhtml: every call of the city, drafts included, newest first. */
@Named
@RequestScoped
public class StaffCallsBean {

    @Inject
    Calls calls;

    private List<CallView> all;

    public List<CallView> getAll() {
        if (all == null) {
            try {
                all = calls.all();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
        }
        return all;
    }

    /** How many calls have a status, for the tiles above the list. */
    public long count(String status) {
        CallStatus wanted = CallStatus.valueOf(status);
        return getAll().stream().filter(c -> c.status() == wanted).count();
    }

    /** The form version applicants get, and whether officers changed the form since it was published. */
    public String formVersion(CallView call) {
        return call.formVersion() == null
                ? Texts.text("call.staff.formNotPublished")
                : Texts.text("call.staff.formVersion", call.formVersion());
    }
}
