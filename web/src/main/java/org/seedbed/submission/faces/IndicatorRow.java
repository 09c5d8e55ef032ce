package org.seedbed.submission.faces;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;

/** One expected result of an indicator table as the wizard (ngo/submission.xhtml) edits it. */
public class IndicatorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;

    static IndicatorRow of(JsonObject cells) {
        IndicatorRow row = new IndicatorRow();
        row.name = JsonCells.text(cells, "name");
        row.unit = JsonCells.text(cells, "unit");
        row.baseline = JsonCells.number(cells, "baseline");
        row.target = JsonCells.number(cells, "target");
        return row;
    }

    /** A row nobody typed into yet; such rows are not saved. */
    boolean isBlank() {
        return JsonCells.blank(name) && JsonCells.blank(unit) && baseline == null && target == null;
    }

    JsonObject toJson() {
        JsonObjectBuilder cells = Json.createObjectBuilder();
        JsonCells.put(cells, "name", name);
        JsonCells.put(cells, "unit", unit);
        JsonCells.put(cells, "baseline", baseline);
        JsonCells.put(cells, "target", target);
        return cells.build();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }
}
