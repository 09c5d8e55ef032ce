package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator of the grant in the report editor of ngo/grant.xhtml: its name, unit and target
 * from the city's catalogue, and the actual the grantee reports.
 */
public class ActualRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final String unit;
    private final BigDecimal target;
    private BigDecimal actual;

    ActualRow(String code, String name, String unit, BigDecimal target, BigDecimal actual) {
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.target = target;
        this.actual = actual;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }
}
