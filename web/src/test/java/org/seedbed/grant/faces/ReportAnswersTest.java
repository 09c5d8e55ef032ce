package org.seedbed.grant.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seedbed.call.form.Choice;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

class ReportAnswersTest {

    private static final List<Choice> CHANNELS = List.of(
            new Choice("wechat", "微信群", "WeChat group"),
            new Choice("poster", "海报", "Posters"),
            new Choice("door", "上门", "Door to door"));

    private static final FormDefinition FORM = new FormDefinition(List.of(
            new FormPage(
                    "page_1",
                    "服务",
                    "Services",
                    List.of(
                            question("highlight", QuestionType.LONG_TEXT, "本期亮点", "Highlights", List.of()),
                            question("spent_own", QuestionType.MONEY, "自筹支出", "Own money spent", List.of()),
                            question("visits", QuestionType.NUMBER, "入户次数", "Home visits", List.of()))),
            new FormPage(
                    "page_2",
                    "宣传",
                    "Outreach",
                    List.of(
                            question("event_on", QuestionType.DATE, "活动日期", "Event date", List.of()),
                            question(
                                    "satisfied",
                                    QuestionType.SINGLE_CHOICE,
                                    "是否满意",
                                    "Satisfied",
                                    List.of(new Choice("yes", "满意", "Yes"), new Choice("no", "不满意", "No"))),
                            question("channels", QuestionType.MULTIPLE_CHOICE, "宣传渠道", "Channels", CHANNELS)))));

    private static final JsonObject ANSWERS = Json.createObjectBuilder()
            .add("highlight", "老人食堂开张")
            .add("spent_own", 350.5)
            .add("visits", 36)
            .add("event_on", "2026-05-04")
            .add("satisfied", "yes")
            .add("channels", Json.createArrayBuilder().add("door").add("wechat"))
            .build();

    private static Question question(String key, QuestionType type, String zh, String en, List<Choice> choices) {
        return new Question(key, type, zh, en, null, null, false, null, null, null, null, choices);
    }

    @Test
    void labelsQuestionsAndChoicesInThePageLanguage() {
        List<ReportAnswers.Page> pages = ReportAnswers.of(FORM, ANSWERS, Locale.ENGLISH);

        assertThat(pages).extracting(ReportAnswers.Page::title).containsExactly("Services", "Outreach");
        assertThat(pages.get(0).answers())
                .containsExactly(
                        new ReportAnswers.Answer("Highlights", "老人食堂开张"),
                        new ReportAnswers.Answer("Own money spent", "350.50"),
                        new ReportAnswers.Answer("Home visits", "36"));
        // Choices by their labels, in the order the form lists them.
        assertThat(pages.get(1).answers())
                .containsExactly(
                        new ReportAnswers.Answer("Event date", "2026-05-04"),
                        new ReportAnswers.Answer("Satisfied", "Yes"),
                        new ReportAnswers.Answer("Channels", "WeChat group, Door to door"));
    }

    @Test
    void joinsChineseChoicesTheChineseWay() {
        List<ReportAnswers.Page> pages = ReportAnswers.of(FORM, ANSWERS, Locale.SIMPLIFIED_CHINESE);

        assertThat(pages.get(1).answers())
                .extracting(ReportAnswers.Answer::text)
                .containsExactly("2026-05-04", "满意", "微信群、上门");
        assertThat(pages.get(0).answers())
                .extracting(ReportAnswers.Answer::label)
                .startsWith("本期亮点");
    }

    @Test
    void keepsUnansweredQuestionsAsBlank() {
        List<ReportAnswers.Page> pages = ReportAnswers.of(FORM, null, Locale.ENGLISH);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).answers()).allMatch(ReportAnswers.Answer::isBlank);
    }

    @Test
    void hasNothingToShowWithoutQuestions() {
        assertThat(ReportAnswers.of(FormDefinition.empty(), ANSWERS, Locale.ENGLISH))
                .isEmpty();
        assertThat(ReportAnswers.of(null, ANSWERS, Locale.ENGLISH)).isEmpty();
    }
}
