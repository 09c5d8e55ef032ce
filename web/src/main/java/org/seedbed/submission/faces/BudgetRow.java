package org.seedbed.submission.faces;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import org.seedbed.call.form.BudgetLine;

/**
 * One line of a budget table as the wizard (ngo/submission.xhtml) edits it; its total and what it
 * asks of the call are computed as {@link BudgetLine} does on the server.
 */
public class BudgetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String item;
    private BigDecimal unitCost;
    private BigDecimal quantity;
    private BigDecimal own;
    private BigDecimal cofunding;

    static BudgetRow of(JsonObject cells) {
        BudgetRow row = new BudgetRow();
        row.category = JsonCells.text(cells, "category");
        row.item = JsonCells.text(cells, "item");
        row.unitCost = JsonCells.number(cells, "unitCost");
        row.quantity = JsonCells.number(cells, "quantity");
        row.own = JsonCells.number(cells, "own");
        row.cofunding = JsonCells.number(cells, "cofunding");
        return row;
    }

    /** A row nobody typed into yet; such rows are not saved. */
    boolean isBlank() {
        return JsonCells.blank(category)
                && JsonCells.blank(item)
                && unitCost == null
                && quantity == null
                && own == null
                && cofunding == null;
    }

    JsonObject toJson() {
        JsonObjectBuilder cells = Json.createObjectBuilder();
        JsonCells.put(cells, "category", category);
        JsonCells.put(cells, "item", item);
        JsonCells.put(cells, "unitCost", unitCost);
        JsonCells.put(cells, "quantity", quantity);
        JsonCells.put(cells, "own", own);
        JsonCells.put(cells, "cofunding", cofunding);
        return cells.build();
    }

    public BudgetLine line() {
        return new BudgetLine(category, item, unitCost, quantity, own, cofunding);
    }

    public BigDecimal getTotal() {
        return line().total();
    }

    public BigDecimal getRequested() {
        return line().requested();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getOwn() {
        return own;
    }

    public void setOwn(BigDecimal own) {
        this.own = own;
    }

    public BigDecimal getCofunding() {
        return cofunding;
    }

    public void setCofunding(BigDecimal cofunding) {
        this.cofunding = cofunding;
    }
}
