package org.seedbed.review.faces;

import java.io.Serializable;
import java.util.Locale;
import org.seedbed.review.control.RubricCriterion;

/** One criterion as typed in the rubric editor; numbers left empty count as zero. */
public class CriterionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameZh;
    private String nameEn;
    private Integer weight;
    private Integer min;
    private Integer max;
    private String guidanceZh;
    private String guidanceEn;

    static CriterionDraft blank() {
        CriterionDraft d = new CriterionDraft();
        d.weight = 10;
        d.min = 0;
        d.max = 10;
        return d;
    }

    static CriterionDraft of(RubricCriterion c) {
        CriterionDraft d = new CriterionDraft();
        d.code = c.code();
        d.nameZh = c.nameZh();
        d.nameEn = c.nameEn();
        d.weight = c.weight();
        d.min = c.min();
        d.max = c.max();
        d.guidanceZh = c.guidanceZh();
        d.guidanceEn = c.guidanceEn();
        return d;
    }

    RubricCriterion toCriterion() {
        return new RubricCriterion(
                code == null ? null : code.strip().toUpperCase(Locale.ROOT),
                trim(nameZh),
                trim(nameEn),
                weight == null ? 0 : weight,
                min == null ? 0 : min,
                max == null ? 0 : max,
                trim(guidanceZh),
                trim(guidanceEn));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public Integer getMin() {
        return min;
    }

    public void setMin(Integer min) {
        this.min = min;
    }

    public Integer getMax() {
        return max;
    }

    public void setMax(Integer max) {
        this.max = max;
    }

    public String getGuidanceZh() {
        return guidanceZh;
    }

    public void setGuidanceZh(String guidanceZh) {
        this.guidanceZh = guidanceZh;
    }

    public String getGuidanceEn() {
        return guidanceEn;
    }

    public void setGuidanceEn(String guidanceEn) {
        this.guidanceEn = guidanceEn;
    }
}
