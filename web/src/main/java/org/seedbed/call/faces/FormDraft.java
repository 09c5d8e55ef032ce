package org.seedbed.call.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.QuestionType;

/**
 * The application form being built on staff/call-form.xhtml: its pages and questions, mutable, with
 * the page and question selected for editing. Turned into a {@link FormDefinition} to save.
 */
public class FormDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<PageDraft> pages = new ArrayList<>();
    private int pageIndex = -1;
    private int questionIndex = -1;

    static FormDraft of(FormDefinition definition) {
        FormDraft draft = new FormDraft();
        definition.pages().forEach(p -> draft.pages.add(PageDraft.of(p)));
        draft.select(0, -1);
        return draft;
    }

    FormDefinition toDefinition() {
        return new FormDefinition(pages.stream().map(PageDraft::toPage).toList());
    }

    /** Selects a page and one of its questions (-1 for none), within what exists. */
    void select(int page, int question) {
        pageIndex = pages.isEmpty() ? -1 : Math.max(0, Math.min(page, pages.size() - 1));
        int count = pageIndex < 0 ? 0 : pages.get(pageIndex).getQuestions().size();
        questionIndex = question < 0 || count == 0 ? -1 : Math.min(question, count - 1);
    }

    void addPage() {
        Set<String> keys = new HashSet<>();
        pages.forEach(p -> keys.add(p.getKey()));
        pages.add(PageDraft.blank(QuestionKeys.unique("page_" + (pages.size() + 1), keys)));
        select(pages.size() - 1, -1);
    }

    void movePage(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= pages.size() || target < 0 || target >= pages.size()) {
            return;
        }
        pages.add(target, pages.remove(index));
        select(target, pageIndex == index ? questionIndex : -1);
    }

    void removePage(int index) {
        if (index >= 0 && index < pages.size()) {
            pages.remove(index);
            select(Math.min(index, pages.size() - 1), -1);
        }
    }

    /** Adds a question of the type at the end of the selected page, and selects it. */
    void addQuestion(QuestionType type) {
        PageDraft page = getPage();
        if (page == null || type == null) {
            return;
        }
        String key = QuestionKeys.suggest(null, type, keys(null));
        page.getQuestions().add(QuestionDraft.blank(type, key));
        select(pageIndex, page.getQuestions().size() - 1);
    }

    void moveQuestion(int index, int delta) {
        PageDraft page = getPage();
        if (page == null) {
            return;
        }
        List<QuestionDraft> questions = page.getQuestions();
        int target = index + delta;
        if (index < 0 || index >= questions.size() || target < 0 || target >= questions.size()) {
            return;
        }
        questions.add(target, questions.remove(index));
        select(pageIndex, target);
    }

    void removeQuestion(int index) {
        PageDraft page = getPage();
        if (page != null && index >= 0 && index < page.getQuestions().size()) {
            page.getQuestions().remove(index);
            select(pageIndex, Math.min(index, page.getQuestions().size() - 1));
        }
    }

    /** Keys of all questions but one, which a new or renamed key must not repeat. */
    Set<String> keys(QuestionDraft except) {
        Set<String> keys = new HashSet<>();
        for (PageDraft page : pages) {
            for (QuestionDraft question : page.getQuestions()) {
                if (question != except && question.getKey() != null) {
                    keys.add(question.getKey());
                }
            }
        }
        return keys;
    }

    void clearProblems() {
        pages.forEach(PageDraft::clearProblems);
    }

    public List<PageDraft> getPages() {
        return pages;
    }

    public PageDraft getPage() {
        return pageIndex < 0 ? null : pages.get(pageIndex);
    }

    public QuestionDraft getQuestion() {
        PageDraft page = getPage();
        return page == null || questionIndex < 0 ? null : page.getQuestions().get(questionIndex);
    }

    public int getPageIndex() {
        return pageIndex;
    }

    public int getQuestionIndex() {
        return questionIndex;
    }
}
