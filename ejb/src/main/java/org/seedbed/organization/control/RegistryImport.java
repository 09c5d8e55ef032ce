package org.seedbed.organization.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.organization.boundary.ImportJobView.Phase;
import org.seedbed.organization.boundary.ImportJobView.RowProblem;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.search.OrganizationSearch;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.FieldProblem;

/**
 * Runs an import on a worker thread of its city: reads the file, checks every row (also against
 * the city's organizations and against earlier rows), and unless it is a dry run or a row has a
 * problem, stores all rows in one transaction. Either every row is stored or none.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class RegistryImport {

    private static final Logger LOG = Logger.getLogger(RegistryImport.class);
    private static final int BATCH = 500;
    private static final int WRITE_TIMEOUT_SECONDS = 3600;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    AuditTrail audit;

    @Inject
    CityCalendar calendar;

    @Inject
    OrgUnitScope orgUnitScope;

    @Inject
    Clock clock;

    public void run(ImportJobs.Job job, Path file, boolean xlsx) {
        try {
            job.phase(Phase.READING, (int) Math.max(1, Files.size(file) / 120));
            RegistrySheet.Content content = RegistrySheet.read(file, xlsx, job::progress);
            if (!content.columns().contains(RegistrySheet.Column.NAME_ZH)) {
                job.problem(new RowProblem(1, null, FieldProblem.of("header", "import.header.noName")));
                job.checked(content.lines().size(), 0);
                job.done(0, false);
                return;
            }
            List<RegistryRow.Outcome> valid = check(job, content);
            if (job.dryRun() || valid.size() < content.lines().size() || valid.isEmpty()) {
                job.done(0, false);
                return;
            }
            write(job, valid);
        } catch (RegistrySheet.TooManyRows e) {
            job.problem(new RowProblem(0, null, FieldProblem.of("file", "import.tooManyRows", RegistrySheet.MAX_ROWS)));
            job.done(0, false);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "import %s failed", job.id());
            job.failed(e instanceof IOException ? "unreadable" : "error");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("could not delete the uploaded file %s", file);
            }
        }
    }

    private List<RegistryRow.Outcome> check(ImportJobs.Job job, RegistrySheet.Content content) throws IOException {
        job.phase(Phase.CHECKING, content.lines().size());
        Set<String> cityCodes = new HashSet<>();
        Set<String> cityNames = new HashSet<>();
        Map<String, Long> units;
        try {
            transaction.begin();
            em.createQuery("select o.creditCode from Organization o where o.creditCode is not null", String.class)
                    .getResultStream()
                    .forEach(cityCodes::add);
            em.createQuery("select o.nameZh from Organization o", String.class)
                    .getResultStream()
                    .forEach(cityNames::add);
            units = orgUnitScope.byPathAndName();
            transaction.commit();
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("could not read the city's organizations", e);
        }
        LocalDate today = calendar.today();
        String currency = calendar.currency();
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        List<RegistryRow.Outcome> valid = new ArrayList<>();
        int done = 0;
        for (RegistrySheet.Line line : content.lines()) {
            RegistryRow.Outcome outcome = RegistryRow.of(line, units::get, today);
            List<FieldProblem> problems = new ArrayList<>(outcome.problems());
            if (!OrganizationFormCheck.fitsCurrency(outcome.form().annualIncome(), currency)) {
                problems.add(FieldProblem.of("annual_income", "organization.income.invalid"));
            }
            String code = outcome.form().creditCode() == null
                    ? null
                    : UnifiedSocialCreditCode.normalize(outcome.form().creditCode());
            if (code != null && problems.stream().noneMatch(p -> p.field().equals("creditCode"))) {
                if (cityCodes.contains(code)) {
                    problems.add(FieldProblem.of("creditCode", "import.duplicate.codeInCity", code));
                } else if (codesInFile.containsKey(code)) {
                    problems.add(
                            FieldProblem.of("creditCode", "import.duplicate.codeInFile", code, codesInFile.get(code)));
                } else {
                    codesInFile.put(code, line.number());
                }
            }
            String name = outcome.form().nameZh();
            if (name != null) {
                if (cityNames.contains(name.trim())) {
                    problems.add(FieldProblem.of("nameZh", "import.duplicate.nameInCity", name));
                } else if (namesInFile.containsKey(name.trim())) {
                    problems.add(FieldProblem.of(
                            "nameZh", "import.duplicate.nameInFile", name, namesInFile.get(name.trim())));
                } else {
                    namesInFile.put(name.trim(), line.number());
                }
            }
            if (problems.isEmpty()) {
                valid.add(outcome);
            } else {
                for (FieldProblem problem : problems) {
                    job.problem(new RowProblem(line.number(), problem.field(), problem));
                }
            }
            if (++done % 1000 == 0) {
                job.progress(done);
            }
        }
        job.checked(content.lines().size(), valid.size());
        return valid;
    }

    private void write(ImportJobs.Job job, List<RegistryRow.Outcome> rows) {
        job.phase(Phase.WRITING, rows.size());
        String currency = calendar.currency();
        Instant now = Instant.now(clock);
        try {
            transaction.setTransactionTimeout(WRITE_TIMEOUT_SECONDS);
            transaction.begin();
            Map<Long, OrgUnit> units = new HashMap<>();
            int written = 0;
            for (RegistryRow.Outcome row : rows) {
                OrgUnit unit = units.computeIfAbsent(row.form().orgUnitId(), id -> em.getReference(OrgUnit.class, id));
                String code = row.form().creditCode() == null
                        ? null
                        : UnifiedSocialCreditCode.normalize(row.form().creditCode());
                em.persist(
                        Organization.imported(ProfileDetails.of(row.form(), unit, code, currency), job.owner(), now));
                if (++written % BATCH == 0) {
                    em.flush();
                    // Documents are built now and held until commit; the entities can then go.
                    OrganizationSearch.processPending(em);
                    em.clear();
                    units.clear();
                    job.progress(written);
                }
            }
            em.flush();
            audit.recordAs(
                    job.owner(),
                    "organization.imported",
                    "organization",
                    null,
                    null,
                    Map.of("created", written, "file", job.view().fileName()));
            transaction.commit();
            job.done(written, true);
            LOG.infof("import %s stored %d organizations", job.id(), written);
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("import " + job.id() + " was rolled back", e);
        } finally {
            try {
                transaction.setTransactionTimeout(0);
            } catch (Exception e) {
                LOG.debug("could not reset the transaction timeout", e);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.warn("rollback failed", e);
        }
    }
}
