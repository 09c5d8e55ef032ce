package org.seedbed.campaign.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seedbed.campaign.boundary.PaymentSettingsAdmin;
import org.seedbed.campaign.boundary.PaymentSettingsForm;
import org.seedbed.campaign.boundary.PaymentSettingsView;
import org.seedbed.faces.Texts;
import org.seedbed.organization.faces.FieldMessages;
import org.seedbed.problem.SeedbedProblem;

/**
 * The city admin's payment settings, admin/payments.xhtml: whether donors pay through the sandbox
 * or the city's own Stripe account, the Stripe keys (written, never shown again: the secret fields
 * always start empty and an empty one keeps what is stored), the payment methods offered, the
 * smallest and largest gift and the preset amounts of the donation form.
 */
@Named
@ViewScoped
public class PaymentSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "settingsForm";

    /** Stripe's names of the methods donors may be offered, in the order shown. */
    static final List<String> METHODS = List.of("card", "alipay", "wechat_pay");

    @Inject
    PaymentSettingsAdmin admin;

    private PaymentSettingsView view;

    private String stripeSecretKey;
    private String stripePublishableKey;
    private String stripeWebhookSecret;
    private List<String> methods = new ArrayList<>();
    private BigDecimal minDonation;
    private BigDecimal maxDonation;
    private String presets;

    /** View action: the settings as stored, into the form. */
    public void load() {
        try {
            show(admin.get());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private void show(PaymentSettingsView settings) {
        view = settings;
        stripeSecretKey = null;
        stripeWebhookSecret = null;
        stripePublishableKey = settings.publishableKey();
        methods = new ArrayList<>(settings.methods() == null ? List.of() : settings.methods());
        minDonation = settings.minDonation();
        maxDonation = settings.maxDonation();
        presets = PaymentPresets.format(settings.presets());
    }

    public void save() {
        Optional<List<BigDecimal>> amounts = PaymentPresets.parse(presets);
        if (amounts.isEmpty()) {
            presetsUnreadable();
            return;
        }
        update(
                new PaymentSettingsForm(
                        stripeSecretKey,
                        stripePublishableKey,
                        stripeWebhookSecret,
                        false,
                        methods,
                        minDonation,
                        maxDonation,
                        amounts.get()),
                "paymentAdmin.saved");
    }

    /** Forgets the Stripe keys: donors pay in the sandbox again, nothing real is charged. */
    public void returnToSandbox() {
        if (view == null) {
            return;
        }
        // Only the mode changes: the stored methods and amounts are sent back as they are.
        update(
                new PaymentSettingsForm(null, null, null, true, view.methods(), null, null, List.of()),
                "paymentAdmin.sandboxDone");
    }

    private void update(PaymentSettingsForm form, String doneKey) {
        try {
            show(admin.update(form));
            Texts.info(doneKey);
        } catch (SeedbedProblem problem) {
            // The secrets typed are not kept on the page, even when the form comes back.
            stripeSecretKey = null;
            stripeWebhookSecret = null;
            FieldMessages.show(problem, FORM);
        }
    }

    private void presetsUnreadable() {
        FacesContext context = FacesContext.getCurrentInstance();
        FacesMessage message =
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("paymentAdmin.presets.unreadable"), null);
        UIComponent input = context.getViewRoot().findComponent(FORM + ":presets");
        context.addMessage(input == null ? null : input.getClientId(context), message);
        context.validationFailed();
    }

    /** "sk_test_…": the city's Stripe account is in test mode, nothing real is charged. */
    public boolean isTestMode() {
        return view != null
                && view.secretKeyHint() != null
                && view.secretKeyHint().contains("_test_");
    }

    public List<String> getMethodChoices() {
        return METHODS;
    }

    public PaymentSettingsView getView() {
        return view;
    }

    public String getStripeSecretKey() {
        return stripeSecretKey;
    }

    public void setStripeSecretKey(String stripeSecretKey) {
        this.stripeSecretKey = stripeSecretKey;
    }

    public String getStripePublishableKey() {
        return stripePublishableKey;
    }

    public void setStripePublishableKey(String stripePublishableKey) {
        this.stripePublishableKey = stripePublishableKey;
    }

    public String getStripeWebhookSecret() {
        return stripeWebhookSecret;
    }

    public void setStripeWebhookSecret(String stripeWebhookSecret) {
        this.stripeWebhookSecret = stripeWebhookSecret;
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = methods == null ? new ArrayList<>() : new ArrayList<>(methods);
    }

    public BigDecimal getMinDonation() {
        return minDonation;
    }

    public void setMinDonation(BigDecimal minDonation) {
        this.minDonation = minDonation;
    }

    public BigDecimal getMaxDonation() {
        return maxDonation;
    }

    public void setMaxDonation(BigDecimal maxDonation) {
        this.maxDonation = maxDonation;
    }

    public String getPresets() {
        return presets;
    }

    public void setPresets(String presets) {
        this.presets = presets;
    }
}
