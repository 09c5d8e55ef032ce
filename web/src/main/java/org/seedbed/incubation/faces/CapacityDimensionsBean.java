package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.problem.SeedbedProblem;

/**
 * The city admin's editor of capacity dimensions on staff/incubators.xhtml. Codes of saved
 * dimensions are fixed because past scores refer to them; a dimension is retired, not deleted.
 */
@Named
@ViewScoped
public class CapacityDimensionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One dimension being edited; {@code added} until it was saved once. */
    public static class DimensionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String nameZh;
        private String nameEn;
        private Integer sortOrder;
        private boolean active = true;
        private final boolean added;

        DimensionRow(DimensionView view) {
            this.code = view.code();
            this.nameZh = view.nameZh();
            this.nameEn = view.nameEn();
            this.sortOrder = view.sortOrder();
            this.active = view.active();
            this.added = false;
        }

        DimensionRow(int sortOrder) {
            this.sortOrder = sortOrder;
            this.added = true;
        }

        DimensionView toView() {
            String upper = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
            return new DimensionView(upper, nameZh, nameEn, sortOrder == null ? 0 : sortOrder, active);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public Integer getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(Integer sortOrder) {
            this.sortOrder = sortOrder;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public boolean isAdded() {
            return added;
        }
    }

    @Inject
    Incubators incubators;

    private List<DimensionRow> rows;

    public List<DimensionRow> getRows() {
        if (rows == null) {
            rows = toRows(incubators.dimensions());
        }
        return rows;
    }

    public void add() {
        int next = getRows().stream()
                        .mapToInt(r -> r.getSortOrder() == null ? 0 : r.getSortOrder())
                        .max()
                        .orElse(0)
                + 1;
        rows.add(new DimensionRow(next));
    }

    public void save() {
        try {
            rows = toRows(incubators.saveDimensions(
                    getRows().stream().map(DimensionRow::toView).toList()));
            Texts.info("incubator.dimensions.done");
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    /** Forgets unsaved changes and added rows. */
    public void reset() {
        rows = null;
    }

    private static List<DimensionRow> toRows(List<DimensionView> views) {
        List<DimensionRow> fresh = new ArrayList<>();
        views.forEach(v -> fresh.add(new DimensionRow(v)));
        return fresh;
    }
}
