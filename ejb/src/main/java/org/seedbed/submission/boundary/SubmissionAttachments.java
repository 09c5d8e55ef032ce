package org.seedbed.submission.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.QuestionType;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.organization.entity.Membership;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.control.ReviewAccess;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionAttachment;

/**
 * Files answering a submission's file questions: applicants add and remove them while the
 * submission is editable; applicants and, once submitted, officers read them.
 */
@Stateless
@RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN"})
public class SubmissionAttachments {

    static final int MAX_FILES_PER_QUESTION = 10;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    DocumentStore store;

    @Inject
    ReviewAccess reviewers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed("NGO_MEMBER")
    public AttachmentView upload(long submissionId, String questionKey, String fileName, InputStream content) {
        Submission submission = editable(submissionId);
        long already = em.createQuery(
                        "select count(a) from SubmissionAttachment a where a.submission = :s and a.questionKey = :key",
                        Long.class)
                .setParameter("s", submission)
                .setParameter("key", questionKey)
                .getSingleResult();
        if (already >= MAX_FILES_PER_QUESTION) {
            throw new ConflictException("submission.attachment.tooMany", MAX_FILES_PER_QUESTION);
        }
        FormDefinition form = FormDefinition.fromJson(submission.formVersion().definition());
        if (questionKey == null
                || form.question(questionKey)
                        .filter(q -> q.type() == QuestionType.FILE)
                        .isEmpty()) {
            throw InvalidInputException.of("questionKey", "submission.attachment.question", questionKey);
        }
        DocumentStore.Accepted stored = store.accept(content, fileName, "file");
        SubmissionAttachment attachment = new SubmissionAttachment(
                submission,
                questionKey,
                stored.fileName(),
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                stored.key(),
                callers.name(),
                Instant.now(clock));
        em.persist(attachment);
        em.flush();
        AttachmentView view = view(attachment);
        audit.record("submission.attachmentAdded", "submission", submissionId, null, view);
        return view;
    }

    /** The file, for the organization's members, staff once submitted, and experts it was given to. */
    @RolesAllowed({"NGO_MEMBER", "PROGRAM_OFFICER", "CITY_ADMIN", "REVIEWER"})
    public DocumentContent content(long submissionId, long attachmentId) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, submissionId))
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
        boolean member = isMember(submission);
        if (!member && !(callers.isStaff() && submission.wasSubmitted()) && !reviewers.reviews(submission)) {
            throw new NotFoundException("submission", submissionId);
        }
        SubmissionAttachment attachment = attachment(submission, attachmentId);
        return new DocumentContent(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sizeBytes(),
                store.file(attachment.storageKey()));
    }

    @RolesAllowed("NGO_MEMBER")
    public void delete(long submissionId, long attachmentId) {
        Submission submission = editable(submissionId);
        SubmissionAttachment attachment = attachment(submission, attachmentId);
        // What was submitted stays: a reopened application may add files, not take back submitted ones.
        if (submission.submittedAt() != null && !attachment.uploadedAt().isAfter(submission.submittedAt())) {
            throw new ConflictException("submission.attachment.submitted");
        }
        AttachmentView before = view(attachment);
        em.remove(attachment);
        em.flush();
        store.deleteAfterCommit(attachment.storageKey());
        audit.record("submission.attachmentRemoved", "submission", submissionId, before, null);
    }

    private Submission editable(long submissionId) {
        Submission submission = Optional.ofNullable(em.find(Submission.class, submissionId))
                .filter(this::isMember)
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
        if (!submission.editableAt(Instant.now(clock))) {
            throw new ConflictException("submission.notEditable");
        }
        return submission;
    }

    private SubmissionAttachment attachment(Submission submission, long attachmentId) {
        SubmissionAttachment attachment = em.find(SubmissionAttachment.class, attachmentId);
        if (attachment == null || !attachment.submission().id().equals(submission.id())) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachment;
    }

    private boolean isMember(Submission submission) {
        return callers.isSignedIn()
                && em.find(
                                Membership.class,
                                new Membership.Key(
                                        submission.organization().id(),
                                        callers.current().id()))
                        != null;
    }

    private static AttachmentView view(SubmissionAttachment a) {
        return new AttachmentView(
                a.id(), a.questionKey(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt());
    }
}
