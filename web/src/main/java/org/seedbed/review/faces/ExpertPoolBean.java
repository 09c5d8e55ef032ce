package org.seedbed.review.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.ExpertPool;
import org.seedbed.review.boundary.ExpertView;

/**
 * Officers' page staff/experts.xhtml: the city's expert pool (专家库), filtered by what a person
 * types (expertise, name or employer), and the dialog that adds someone with an account to it or
 * changes an expert's description, load cap and availability.
 */
@Named
@ViewScoped
public class ExpertPoolBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "expertsForm";

    @Inject
    ExpertPool pool;

    @Inject
    OrgUnits orgUnits;

    @Inject
    ExpertiseLabels labels;

    @Inject
    Language language;

    private List<ExpertView> all;
    private Map<Long, String> unitNames;
    private String filter;
    private ExpertDraft draft = ExpertDraft.blank();

    /** The experts matching the filter, in the order they joined the pool. */
    public List<ExpertView> getExperts() {
        List<ExpertView> experts = getAll();
        if (filter == null || filter.isBlank()) {
            return experts;
        }
        String text = filter.strip().toLowerCase(Locale.ROOT);
        return experts.stream()
                .filter(e -> labels.matches(e.expertise(), text)
                        || contains(e.name(), text)
                        || contains(e.username(), text)
                        || contains(e.employer(), text))
                .toList();
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public List<ExpertView> getAll() {
        if (all == null) {
            try {
                all = pool.all();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                all = List.of();
            }
        }
        return all;
    }

    public long getAvailableCount() {
        return getAll().stream().filter(ExpertView::available).count();
    }

    /** The org unit's name in the page's language, or null for none. */
    public String unitName(Long id) {
        if (id == null) {
            return null;
        }
        if (unitNames == null) {
            unitNames = new HashMap<>();
            try {
                for (OrgUnitView unit : orgUnits.all()) {
                    unitNames.put(unit.id(), unit.name(language.getLocale()));
                }
            } catch (SeedbedProblem problem) {
                // Without names the column stays empty; the pool itself still shows.
                return null;
            }
        }
        return unitNames.get(id);
    }

    public void startAdd() {
        draft = ExpertDraft.blank();
    }

    public void edit(ExpertView expert) {
        draft = ExpertDraft.of(expert);
    }

    /** Adds or saves; on a problem the dialog stays open with the message beside the field. */
    public void save() {
        try {
            ExpertView saved =
                    draft.isCreating() ? pool.add(draft.toForm()) : pool.update(draft.getId(), draft.toForm());
            Texts.info(draft.isCreating() ? "experts.added" : "experts.saved", saved.name());
            draft = ExpertDraft.blank();
            all = null;
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM, draft.isCreating() ? "username" : "employer");
        }
    }

    public ExpertDraft getDraft() {
        return draft;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
