package org.seedbed.call.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedbed.call.form.FormPage;

/** One page of the form in the form builder of staff/call-form.xhtml: its titles and questions. */
public class PageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String titleZh;
    private String titleEn;
    private final List<QuestionDraft> questions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    static PageDraft of(FormPage page) {
        PageDraft draft = new PageDraft();
        draft.key = page.key();
        draft.titleZh = page.titleZh();
        draft.titleEn = page.titleEn();
        page.questions().forEach(q -> draft.questions.add(QuestionDraft.of(q)));
        return draft;
    }

    static PageDraft blank(String key) {
        PageDraft draft = new PageDraft();
        draft.key = key;
        return draft;
    }

    FormPage toPage() {
        return new FormPage(
                key,
                Drafts.trim(titleZh),
                Drafts.trim(titleEn),
                questions.stream().map(QuestionDraft::toQuestion).toList());
    }

    /** The title an applicant reads; empty while the officer has not given one. */
    public String title(Locale locale) {
        return toPage().title(locale);
    }

    /** Whether the page or one of its questions has a problem from the last save. */
    public boolean isFaulty() {
        return !problems.isEmpty()
                || questions.stream().anyMatch(q -> !q.getProblems().isEmpty());
    }

    void clearProblems() {
        problems.clear();
        questions.forEach(q -> q.getProblems().clear());
    }

    String getKey() {
        return key;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public List<String> getProblems() {
        return problems;
    }
}
