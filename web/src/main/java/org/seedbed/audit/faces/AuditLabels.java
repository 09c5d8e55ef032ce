package org.seedbed.audit.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * Audit actions and subjects in words, in the language of the view, wherever the trail is shown
 * (the dashboard, a profile's history, the audit log): the first label the bundle has, else the
 * code as recorded, so that a new action never shows as a missing key.
 */
@Named
@ApplicationScoped
public class AuditLabels {

    public String action(String action) {
        return label(action, "audit." + action, "auditLog.action." + action);
    }

    public String subject(String type) {
        return label(type, "subject." + type, "auditLog.subject." + type);
    }

    /** The first of the keys the bundle has; else the value as recorded. */
    public static String label(String raw, String... keys) {
        if (raw == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        for (String key : keys) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return raw;
    }
}
