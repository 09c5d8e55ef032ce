package org.seedbed.submission.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.call.entity.CallStages;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.submission.boundary.EligibilityView;
import org.seedbed.submission.boundary.SubmissionFilter;
import org.seedbed.submission.boundary.SubmissionView;
import org.seedbed.submission.boundary.Submissions;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Officers' list of a call's submissions, staff/submissions.xhtml?call=: filtered by status,
 * category, eligibility and text, with counts per status. The counts ignore the filters, so that
 * they also say what the other statuses hold; the exports take the same filters as the table. A
 * two-stage call's list also says whether each one is a letter of intent or a full proposal.
 */
@Named
@ViewScoped
public class StaffSubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses officers see; drafts are the applicants' own. */
    static final List<SubmissionStatus> LISTED = List.of(
            SubmissionStatus.SUBMITTED,
            SubmissionStatus.MORE_INFO_REQUESTED,
            SubmissionStatus.ELIGIBLE,
            SubmissionStatus.INELIGIBLE,
            SubmissionStatus.WITHDRAWN);

    /** A status and how many submissions of the call are in it. */
    public record StatusCount(SubmissionStatus status, long count) implements Serializable {}

    @Inject
    Submissions submissions;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String callId;
    private CallView call;
    private boolean notFound;
    private SubmissionStatus status;
    private String category;
    private Boolean eligible;
    private String text;
    private List<StatusCount> counts = List.of();
    // Kept between requests: the table's own sorting and paging expect the same list.
    private List<SubmissionView> rows;

    /** View action: the call and the counts of its submissions. */
    public void load() {
        Long id = AddressIds.parse(callId);
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            call = calls.find(id);
            Map<SubmissionStatus, Long> byStatus = new EnumMap<>(SubmissionStatus.class);
            LISTED.forEach(s -> byStatus.put(s, 0L));
            submissions.ofCall(id, SubmissionFilter.none()).forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
            counts = LISTED.stream()
                    .map(s -> new StatusCount(s, byStatus.get(s)))
                    .toList();
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public List<SubmissionView> getRows() {
        if (rows == null) {
            rows = call == null ? List.of() : query();
        }
        return rows;
    }

    private List<SubmissionView> query() {
        try {
            return submissions.ofCall(
                    call.id(), new SubmissionFilter(status, blankToNull(category), null, eligible, blankToNull(text)));
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    /** Applies the filters as they are on the form. */
    public void search() {
        rows = null;
    }

    public void clear() {
        status = null;
        category = null;
        eligible = null;
        text = null;
        rows = null;
    }

    /** A click on a status count filters by it; a second click clears that filter. */
    public void toggleStatus(SubmissionStatus clicked) {
        status = clicked == status ? null : clicked;
        rows = null;
    }

    /** "passed" or "failed": the eligibility recorded at submission; "none" when none was recorded. */
    public String eligibility(SubmissionView submission) {
        List<EligibilityView> results = submission.eligibility();
        if (results.isEmpty()) {
            return "none";
        }
        return results.stream().allMatch(EligibilityView::passed) ? "passed" : "failed";
    }

    /** A category's name in the page's language, or the code of a category the call dropped. */
    public String categoryName(String code) {
        return CallCategories.name(call, code, language.getLocale());
    }

    /** The query of the export links: this call and the filters of the table. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("call=").append(call == null ? "" : call.id());
        append(query, "status", status == null ? null : status.name());
        append(query, "category", category);
        append(query, "eligible", eligible == null ? null : eligible.toString());
        append(query, "q", text);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A letter of intent first, then invited full proposals: the table shows each one's stage. */
    public boolean isTwoStage() {
        return call != null && call.stages() == CallStages.TWO_STAGE;
    }

    public List<SubmissionStatus> getStatuses() {
        return LISTED;
    }

    public List<CategoryForm> getCategories() {
        return call == null ? List.of() : call.categories();
    }

    public List<StatusCount> getCounts() {
        return counts;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public CallView getCall() {
        return call;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public void setStatus(SubmissionStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }
}
