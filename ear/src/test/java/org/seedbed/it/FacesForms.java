package org.seedbed.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Submits Faces forms over plain HTTP the way a browser does: with the page's view state. */
public final class FacesForms {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"%s\"[^>]*action=\"([^\"]+)\"");

    private FacesForms() {}

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("page has a view state").isTrue();
        return matcher.group(1);
    }

    public static String action(String html, String formId) {
        Matcher matcher =
                Pattern.compile(FORM_ACTION.pattern().formatted(formId)).matcher(html);
        assertThat(matcher.find()).as("page has form " + formId).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    /** Posts {@code formId} of the page at {@code pagePath} with the given field values. */
    public static HttpResponse<String> submit(
            Http http, String pagePath, String formId, String button, Map<String, String> fields) {
        HttpResponse<String> page = http.get(pagePath);
        assertThat(page.statusCode()).as(pagePath).isEqualTo(200);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(formId, formId);
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, "x");
        values.put("jakarta.faces.ViewState", viewState(page.body()));
        return http.postForm(action(page.body(), formId), encode(values));
    }

    public static HttpResponse<String> login(Http http, String city, String username, String password) {
        HttpResponse<String> response = submit(
                http,
                "/c/" + city + "/login.xhtml",
                "loginForm",
                "submit",
                Map.of("username", username, "password", password));
        assertThat(response.statusCode())
                .as("login redirects on success: " + response.body())
                .isEqualTo(302);
        return response;
    }

    static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
