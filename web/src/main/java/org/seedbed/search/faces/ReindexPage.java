package org.seedbed.search.faces;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.search.boundary.ReindexJobView;

/**
 * What both reindex pages share: the job the page follows (polled every second until it is
 * finished) and the recent jobs. Opening the page follows the newest job, so that coming back
 * during a run shows its progress.
 */
public abstract class ReindexPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jobId;
    private ReindexJobView job;
    private transient List<ReindexJobView> recent;

    /** Starts a job; throws {@link ConflictException} while one of its cities is being reindexed. */
    abstract ReindexJobView startJob();

    abstract ReindexJobView find(String id);

    abstract List<ReindexJobView> findRecent();

    @PostConstruct
    void followNewest() {
        List<ReindexJobView> jobs = getRecent();
        if (!jobs.isEmpty()) {
            follow(jobs.get(0));
        }
    }

    /** Starts reindexing; a run already going is followed instead of failing. */
    void start() {
        try {
            follow(startJob());
            Texts.info("searchIndex.started");
        } catch (ConflictException running) {
            Texts.error("searchIndex.running");
            recent = null;
            getRecent().stream().filter(j -> !j.finished()).findFirst().ifPresent(this::follow);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    /** Poll listener: the job's latest state, and the recent jobs with it. */
    public void refresh() {
        recent = null;
        if (jobId == null) {
            return;
        }
        try {
            job = find(jobId);
        } catch (NotFoundException e) {
            // Finished jobs are forgotten after a day; the last state seen stays on the page.
            jobId = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            jobId = null;
        }
    }

    /** Shows a job from the recent list. */
    public void show(ReindexJobView chosen) {
        follow(chosen);
        refresh();
    }

    /** Whether the poll should stop: no job, or the job is finished. */
    public boolean isIdle() {
        return job == null || job.finished() || jobId == null;
    }

    /** Whether a job is running, which disables the start buttons. */
    public boolean isRunning() {
        return !isIdle();
    }

    public String getPhaseLabel() {
        return job == null ? "" : Texts.text("searchIndex.phase." + job.phase().name());
    }

    /** Seconds the followed job has run, or took. */
    public long getElapsedSeconds() {
        if (job == null || job.startedAt() == null) {
            return 0;
        }
        Instant end = job.finishedAt() == null ? Instant.now() : job.finishedAt();
        return Duration.between(job.startedAt(), end).toSeconds();
    }

    public ReindexJobView getJob() {
        return job;
    }

    public List<ReindexJobView> getRecent() {
        if (recent == null) {
            try {
                recent = findRecent();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                recent = List.of();
            }
        }
        return recent;
    }

    private void follow(ReindexJobView chosen) {
        jobId = chosen.id();
        job = chosen;
        recent = null;
    }
}
