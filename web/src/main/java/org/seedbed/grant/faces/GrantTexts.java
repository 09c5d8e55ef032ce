package org.seedbed.grant.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.seedbed.faces.Language;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.IndicatorTarget;

/**
 * Names on the grantee's and evaluators' pages in the language of the page: the call's title and
 * the indicators of the city's catalogue, which come in Chinese and English; and how far each
 * indicator's target is reached.
 */
@Named
@RequestScoped
public class GrantTexts {

    @Inject
    Language language;

    public String callTitle(GrantView grant) {
        return pick(grant.callTitleZh(), grant.callTitleEn(), language.getLocale());
    }

    public String indicatorName(IndicatorTarget indicator) {
        return name(indicator, language.getLocale());
    }

    public String indicatorUnit(IndicatorTarget indicator) {
        return unit(indicator, language.getLocale());
    }

    /** How much of the indicator's target the latest approved report reached, in whole percent. */
    public int reachedPercent(IndicatorTarget indicator) {
        return GrantProgress.percent(indicator.actual(), indicator.target());
    }

    static String name(IndicatorTarget indicator, Locale locale) {
        return pick(indicator.nameZh(), indicator.nameEn(), locale);
    }

    static String unit(IndicatorTarget indicator, Locale locale) {
        return pick(indicator.unitZh(), indicator.unitEn(), locale);
    }

    /** The English text on English pages when there is one; Chinese is always there. */
    static String pick(String chinese, String english, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        return zh || english == null || english.isBlank() ? chinese : english;
    }
}
