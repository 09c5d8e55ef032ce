package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.incubation.entity.IncubationService;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.SeedbedProblem;

/**
 * Officers' page staff/incubators.xhtml: the incubators with their load, and the form to create
 * or describe one. Staff and capacity dimensions have their own beans on the same page.
 */
@Named
@ViewScoped
public class IncubatorAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incubators incubators;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Language language;

    private List<IncubatorView> all;
    private List<UnitOption> units;
    private IncubatorEdit form = new IncubatorEdit();

    public List<IncubatorView> getAll() {
        if (all == null) {
            all = incubators.all();
        }
        return all;
    }

    /** Org units of the levels that incubators belong to, as an indented tree. */
    public List<UnitOption> getUnits() {
        if (units == null) {
            units = UnitOption.attachable(orgUnits.all(), language.getLocale());
        }
        return units;
    }

    public List<IncubationService> getServices() {
        return List.of(IncubationService.values());
    }

    /** Loads the incubator afresh, so that the form carries its current version. */
    public void edit(IncubatorView incubator) {
        try {
            form = IncubatorEdit.of(incubators.find(incubator.id()));
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public void startNew() {
        form = new IncubatorEdit();
    }

    public void save() {
        try {
            IncubatorView saved = form.isCreating()
                    ? incubators.create(form.toForm())
                    : incubators.update(form.getId(), form.toForm());
            Texts.info(form.isCreating() ? "incubator.created" : "incubator.saved", saved.name(language.getLocale()));
            form = IncubatorEdit.of(saved);
            all = null;
        } catch (ConflictException conflict) {
            // Someone else saved meanwhile: show the list as it is now, to edit from there.
            FormProblems.show(conflict);
            all = null;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    /** After the staff of an incubator changed elsewhere on the page. */
    void refresh() {
        all = null;
    }

    public long percentTaken(IncubatorView incubator) {
        return IncubatorPlatformBean.percentTaken(incubator);
    }

    public IncubatorEdit getForm() {
        return form;
    }
}
