package org.seedbed.campaign.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.seedbed.campaign.boundary.SandboxPaymentView;
import org.seedbed.campaign.boundary.SandboxPayments;
import org.seedbed.campaign.entity.SandboxPayment;
import org.seedbed.faces.CityLinks;
import org.seedbed.faces.Texts;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;

/**
 * The sandbox payment page pay/sandbox.xhtml?session= of cities without Stripe: the donor pays
 * with a test card or declines, and goes on to the thank-you page, which waits for the payment's
 * event as it would for Stripe's. No money moves.
 */
@Named
@ViewScoped
public class SandboxPaymentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stripe's test card, which the sandbox takes as a card that pays. */
    static final String TEST_CARD = "4242 4242 4242 4242";

    @Inject
    SandboxPayments payments;

    @Inject
    CityLinks links;

    private String session;
    private SandboxPaymentView payment;
    private boolean notFound;
    private String card = TEST_CARD;

    /** View action. */
    public void load() {
        if (session == null || session.isBlank() || session.length() > 200) {
            notFound = true;
            return;
        }
        try {
            payment = payments.get(session);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    public void pay() throws IOException {
        complete(() -> payments.pay(session, card));
    }

    public void decline() throws IOException {
        complete(() -> payments.decline(session));
    }

    /** Done either way: the thank-you page tells the donor how it went. */
    private void complete(Supplier<SandboxPaymentView> step) throws IOException {
        if (payment == null) {
            return;
        }
        try {
            payment = step.get();
        } catch (SeedbedProblem notOpenAnyMore) {
            Texts.problem(notOpenAnyMore);
            load();
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect(getThanksUrl());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public boolean isOpen() {
        return payment != null && payment.status() == SandboxPayment.Status.OPEN;
    }

    public String getThanksUrl() {
        return payment == null
                ? links.to("/campaigns.xhtml")
                : links.to("/thanks.xhtml") + "?token="
                        + URLEncoder.encode(payment.receiptToken(), StandardCharsets.UTF_8);
    }

    public SandboxPaymentView getPayment() {
        return payment;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }
}
