package org.seedbed.grant.faces;

import java.io.Serializable;
import java.math.BigDecimal;

/** A target typed on the award form for one indicator of the city's catalogue. */
public class StaffTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private BigDecimal value;

    StaffTarget(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
