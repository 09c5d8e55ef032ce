package org.seedbed.call.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.seedbed.call.boundary.CategoryForm;

/**
 * One row of the categories editor of staff/call.xhtml. The code of a category of a published call
 * is locked, since submissions refer to it.
 */
public class CategoryDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameZh;
    private String nameEn;
    private BigDecimal budget;
    private boolean locked;

    static CategoryDraft of(CategoryForm form, boolean locked) {
        CategoryDraft draft = new CategoryDraft();
        draft.code = form.code();
        draft.nameZh = form.nameZh();
        draft.nameEn = form.nameEn();
        draft.budget = form.budget();
        draft.locked = locked;
        return draft;
    }

    CategoryForm toForm() {
        // Codes are capitals; officers type them as they come.
        String cleanCode = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        return new CategoryForm(cleanCode, nameZh, nameEn, budget);
    }

    /** A row nobody filled in is left out rather than refused. */
    boolean isBlank() {
        return blank(code) && blank(nameZh) && blank(nameEn) && budget == null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public boolean isLocked() {
        return locked;
    }
}
