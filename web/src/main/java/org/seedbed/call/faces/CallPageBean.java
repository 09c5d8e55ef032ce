package org.seedbed.call.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.seedbed.call.boundary.CallView;
import org.seedbed.call.boundary.Calls;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Public page call.xhtml?id=: one call with its terms, timeline, categories, eligibility rules and
 * the outline of its application form (and of its letter of intent, for a two-stage call). Drafts
 * are "not found" for everyone but the city's staff.
 */
@Named
@ViewScoped
public class CallPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One page of the application form: its title and how many questions it asks. */
    public record OutlinePage(String title, int questions) implements Serializable {}

    /** One date of the timeline; {@code past} once it has come. */
    public record Milestone(String label, String when, boolean past) implements Serializable {}

    @Inject
    Calls calls;

    @Inject
    Language language;

    @Inject
    CallFormat format;

    private String id;
    private CallView call;
    private List<OutlinePage> outline = List.of();
    private List<OutlinePage> intentOutline = List.of();
    private boolean notFound;

    /** View action. */
    public void load() {
        Long callId = AddressIds.parse(id);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            call = calls.find(callId);
        } catch (NotFoundException e) {
            notFound = true;
            return;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
            return;
        }
        outline = outline(() -> calls.draftForm(callId), language.getLocale());
        if (isTwoStage()) {
            intentOutline = outline(() -> calls.draftIntentForm(callId), language.getLocale());
        }
    }

    private static List<OutlinePage> outline(Supplier<FormDefinition> source, Locale locale) {
        try {
            FormDefinition form = source.get();
            return form.pages().stream()
                    .map(p -> new OutlinePage(p.title(locale), p.questions().size()))
                    .toList();
        } catch (NotFoundException noVersion) {
            // A call that was never published has no form for the public: the outline stays empty.
            return List.of();
        }
    }

    /**
     * Opening, the letters of intent's deadline of a two-stage call, the deadline (all in the city's
     * zone), review, public notice (公示) and start.
     */
    public List<Milestone> getTimeline() {
        List<Milestone> timeline = new ArrayList<>();
        if (call == null) {
            return timeline;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(CallFormat.zoneOf(call.timeZone()));
        timeline.add(
                new Milestone(Texts.text("call.timeline.opens"), format.opening(call), !now.isBefore(call.opensAt())));
        if (isTwoStage() && call.intentDeadlineAt() != null) {
            timeline.add(new Milestone(
                    Texts.text("call.timeline.intentDeadline"),
                    format.intentDeadline(call),
                    !now.isBefore(call.intentDeadlineAt())));
        }
        timeline.add(new Milestone(
                Texts.text(isTwoStage() ? "call.timeline.proposalDeadline" : "call.timeline.deadline"),
                format.deadline(call),
                !now.isBefore(call.deadlineAt())));
        addDay(timeline, "call.timeline.review", call.reviewOn(), today);
        addDay(timeline, "call.timeline.notice", call.noticeOn(), today);
        addDay(timeline, "call.timeline.start", call.startOn(), today);
        return timeline;
    }

    private void addDay(List<Milestone> timeline, String key, LocalDate day, LocalDate today) {
        if (day != null) {
            timeline.add(new Milestone(Texts.text(key), format.date(day), !today.isBefore(day)));
        }
    }

    public List<String> getEligibility() {
        return call == null
                ? List.of()
                : EligibilitySentences.of(
                        call.eligibility(), call.orgUnitName(language.getLocale()), language.getLocale());
    }

    public String categoryName(CategoryForm category) {
        return category.name(language.getLocale());
    }

    public CallPhase getPhase() {
        return call == null ? null : format.phase(call);
    }

    public int getQuestionCount() {
        return outline.stream().mapToInt(OutlinePage::questions).sum();
    }

    public int getIntentQuestionCount() {
        return intentOutline.stream().mapToInt(OutlinePage::questions).sum();
    }

    /** A letter of intent first, then full proposals from the organizations invited. */
    public boolean isTwoStage() {
        return call != null && call.stages() == CallStages.TWO_STAGE;
    }

    /**
     * A two-stage call past its letters' deadline that still takes the proposals of the
     * organizations it invited, but no new applications.
     */
    public boolean isInvitedOnly() {
        return isTwoStage() && !call.acceptingNewApplications() && call.acceptingSubmissions();
    }

    public CallView getCall() {
        return call;
    }

    public List<OutlinePage> getOutline() {
        return outline;
    }

    public List<OutlinePage> getIntentOutline() {
        return intentOutline;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
