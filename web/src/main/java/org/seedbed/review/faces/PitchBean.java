package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.PitchBoard;
import org.seedbed.review.boundary.Pitches;

/**
 * The chair's screen of live pitch mode, staff/pitch.xhtml: open an application's pitch with a
 * speaking time, watch the timer and who has scored, and see the aggregate once the seal lifts.
 * The page reloads its board when the server signals a change (a sheet came in).
 */
@Named
@ViewScoped
public class PitchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Pitches pitches;

    private String call;
    private Long callId;
    private boolean notFound;
    private PitchBoard board;
    private Integer minutes = Pitches.DEFAULT_MINUTES;

    public void load() {
        callId = AddressIds.parse(call);
        if (callId == null) {
            notFound = true;
            return;
        }
        try {
            board = pitches.board(callId);
        } catch (NotFoundException missing) {
            notFound = true;
        }
    }

    public void refresh() {
        if (callId != null && !notFound) {
            board = pitches.board(callId);
        }
    }

    public void open(long submissionId) {
        try {
            board = pitches.open(callId, submissionId, minutes);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void close() {
        try {
            board = pitches.close(callId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** When the current pitch's speaking time ends, for the timer in the page (0 without one). */
    public long getEndsAtMillis() {
        return board == null || board.current() == null
                ? 0
                : board.current().endsAt().toEpochMilli();
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public Long getCallId() {
        return callId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public PitchBoard getBoard() {
        return board;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
