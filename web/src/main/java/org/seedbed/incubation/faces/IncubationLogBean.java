package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.boundary.MilestoneForm;
import org.seedbed.incubation.boundary.ServiceForm;
import org.seedbed.incubation.entity.IncubationService;
import org.seedbed.problem.SeedbedProblem;

/** The services log and the milestones of work/incubation.xhtml, kept by mentors and officers. */
@Named
@ViewScoped
public class IncubationLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incubations incubations;

    @Inject
    IncubationPageBean page;

    @Inject
    IncubationCalendar calendar;

    private IncubationService service;
    private LocalDate providedOn;
    private BigDecimal hours;
    private String serviceNote;
    private String title;
    private LocalDate dueOn;

    /** View action after the page's load: a service is usually logged on the day it was given. */
    public void prefill() {
        service = null;
        providedOn = calendar.getToday();
        hours = null;
        serviceNote = null;
        title = null;
        dueOn = null;
    }

    public List<IncubationService> getServices() {
        return List.of(IncubationService.values());
    }

    public void recordService() {
        try {
            page.show(
                    incubations.recordService(page.getId(), new ServiceForm(service, providedOn, hours, serviceNote)));
            Texts.info("incubation.service.done");
            service = null;
            hours = null;
            serviceNote = null;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public void planMilestone() {
        try {
            page.show(incubations.planMilestone(page.getId(), new MilestoneForm(title, dueOn)));
            Texts.info("incubation.milestone.done");
            title = null;
            dueOn = null;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    /** Marks a milestone reached today, the city's today. */
    public void achieve(long milestoneId) {
        try {
            page.show(incubations.achieveMilestone(page.getId(), milestoneId, null));
            Texts.info("incubation.milestone.achievedDone");
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public IncubationService getService() {
        return service;
    }

    public void setService(IncubationService service) {
        this.service = service;
    }

    public LocalDate getProvidedOn() {
        return providedOn;
    }

    public void setProvidedOn(LocalDate providedOn) {
        this.providedOn = providedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getServiceNote() {
        return serviceNote;
    }

    public void setServiceNote(String serviceNote) {
        this.serviceNote = serviceNote;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
