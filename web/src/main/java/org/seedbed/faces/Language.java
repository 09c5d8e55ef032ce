package org.seedbed.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.seedbed.account.boundary.Accounts;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;

/**
 * The language of the pages: a choice made with the language switch ({@code ?lang=en}) is kept in
 * a cookie and in the signed-in person's profile; otherwise the person's profile, then the
 * browser's preference, then the city's default.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "seedbed_lang";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    TenantRegistry cities;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose();
        }
        return locale;
    }

    public boolean isChinese() {
        return getLocale().getLanguage().equals("zh");
    }

    /** The current page's address with the other language selected. */
    public String switchUrl(String language) {
        String uri = request.getAttribute("jakarta.servlet.forward.request_uri") instanceof String original
                ? original
                : request.getRequestURI();
        String query = request.getAttribute("jakarta.servlet.forward.query_string") instanceof String q
                ? q
                : request.getQueryString();
        String kept = query == null
                ? ""
                : String.join(
                        "&",
                        Arrays.stream(query.split("&"))
                                .filter(p -> !p.startsWith("lang="))
                                .toList());
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
    }

    private Locale choose() {
        String asked = request.getParameter("lang");
        if ("zh".equals(asked) || "en".equals(asked)) {
            Locale chosen = toLocale(asked);
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            ((HttpServletResponse) jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getResponse())
                    .addCookie(cookie);
            if (currentUser.isSignedIn()) {
                accounts.changeLanguage(chosen);
            }
            return chosen;
        }
        Optional<String> remembered = request.getCookies() == null
                ? Optional.empty()
                : Arrays.stream(request.getCookies())
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .filter(v -> v.equals("zh") || v.equals("en"))
                        .findFirst();
        if (remembered.isPresent()) {
            return toLocale(remembered.get());
        }
        Optional<Locale> profile = currentUser.caller().map(c -> c.locale());
        if (profile.isPresent()) {
            return toLocale(profile.get().getLanguage());
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (language.equals("zh") || language.equals("en")) {
                        return toLocale(language);
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header counts as no preference.
            }
        }
        return TenantContext.currentCity()
                .flatMap(cities::find)
                .map(t -> toLocale(Locale.forLanguageTag(t.locale()).getLanguage()))
                .orElse(Locale.SIMPLIFIED_CHINESE);
    }

    private static Locale toLocale(String language) {
        return language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
