package org.seedbed.orgunit.boundary;

import java.util.List;
import org.seedbed.problem.FieldProblem;

/** What an import did: units created, units already present, and problems (then nothing changed). */
public record ImportReport(int created, int alreadyPresent, List<FieldProblem> problems) {

    public boolean applied() {
        return problems.isEmpty();
    }
}
