package org.seedbed.review.faces;

import java.io.Serializable;

/**
 * One of the call's categories on the panel settings form: how many experts review each of its
 * applications, or none to keep the panel's number.
 */
public class CategoryReviewers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private Integer reviewers;

    CategoryReviewers(String code, String name, Integer reviewers) {
        this.code = code;
        this.name = name;
        this.reviewers = reviewers;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getReviewers() {
        return reviewers;
    }

    public void setReviewers(Integer reviewers) {
        this.reviewers = reviewers;
    }
}
