package org.seedbed.call.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.entity.CallFile;
import org.seedbed.call.entity.CallStatus;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.organization.boundary.DocumentContent;
import org.seedbed.organization.control.DocumentStore;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Files a call publishes with it: guidelines (申报指南), templates and policies. Officers add and
 * remove them; everyone may read those of a published call, only staff those of a draft.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class CallFiles {

    static final int MAX_FILES = 20;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    DocumentStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public CallFileView upload(long callId, String title, String fileName, InputStream content) {
        FundingCall call = call(callId);
        if (call.status() == CallStatus.ARCHIVED) {
            throw new ConflictException("call.archived");
        }
        if (list(call).size() >= MAX_FILES) {
            throw new ConflictException("call.file.tooMany", MAX_FILES);
        }
        DocumentStore.Accepted stored = store.accept(content, fileName, "file");
        String shown = title == null || title.isBlank() ? stored.fileName() : title.strip();
        if (shown.length() > 200) {
            store.delete(stored.key());
            throw InvalidInputException.of("title", "field.tooLong", 200);
        }
        CallFile file = new CallFile(
                call,
                shown,
                stored.fileName(),
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                stored.key(),
                callers.name(),
                Instant.now(clock));
        em.persist(file);
        em.flush();
        CallFileView view = view(file);
        audit.record("call.fileAdded", "call", callId, null, view);
        return view;
    }

    @PermitAll
    public List<CallFileView> of(long callId) {
        return list(visible(callId)).stream().map(CallFiles::view).toList();
    }

    @PermitAll
    public DocumentContent content(long callId, long fileId) {
        CallFile file = file(visible(callId), fileId);
        return new DocumentContent(
                file.fileName(), file.contentType(), file.sizeBytes(), store.file(file.storageKey()));
    }

    public void delete(long callId, long fileId) {
        CallFile file = file(call(callId), fileId);
        CallFileView before = view(file);
        em.remove(file);
        em.flush();
        store.deleteAfterCommit(file.storageKey());
        audit.record("call.fileRemoved", "call", callId, before, null);
    }

    private List<CallFile> list(FundingCall call) {
        return em.createQuery("select f from CallFile f where f.call = :call order by f.id", CallFile.class)
                .setParameter("call", call)
                .getResultList();
    }

    private FundingCall call(long callId) {
        return Optional.ofNullable(em.find(FundingCall.class, callId))
                .orElseThrow(() -> new NotFoundException("call", callId));
    }

    /** A draft call and its files do not exist for anyone but staff. */
    private FundingCall visible(long callId) {
        FundingCall call = call(callId);
        if (call.status() == CallStatus.DRAFT && !callers.isStaff()) {
            throw new NotFoundException("call", callId);
        }
        return call;
    }

    private CallFile file(FundingCall call, long fileId) {
        CallFile file = em.find(CallFile.class, fileId);
        if (file == null || !file.call().id().equals(call.id())) {
            throw new NotFoundException("file", fileId);
        }
        return file;
    }

    private static CallFileView view(CallFile f) {
        return new CallFileView(f.id(), f.title(), f.fileName(), f.contentType(), f.sizeBytes(), f.uploadedAt());
    }
}
