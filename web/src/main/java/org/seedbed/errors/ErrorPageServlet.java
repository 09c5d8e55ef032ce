package org.seedbed.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.seedbed.api.ApiLanguage;
import org.seedbed.api.Problems;

/**
 * Error pages in the visitor's language, never with a stack trace: a plain page for people, a
 * problem-details body for API clients. Rendered without Faces so it works whatever failed.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String page =
                switch (status) {
                    case 400, 403, 404, 500 -> String.valueOf(status);
                    default -> "other";
                };
        if (failure != null && isExpiredView(failure)) {
            status = 400;
            page = "expired";
        } else if (failure != null) {
            LOG.errorf(failure, "request to %s failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        if (uri.contains("/api/")) {
            Problems.write(response, request, status, "status." + status);
            return;
        }
        Locale locale = languageOf(request);
        ResourceBundle texts = ResourceBundle.getBundle(
                "org.seedbed.web.Messages", locale, getClass().getClassLoader());
        String titleKey = "error." + page + ".title";
        String textKey = "error." + page + ".text";
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.printf(
                "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                        + " content=\"width=device-width, initial-scale=1\"><title>%s</title>"
                        + "<link rel=\"stylesheet\" href=\"%s/jakarta.faces.resource/css/seedbed.css.xhtml\"></head>"
                        + "<body class=\"error-page\"><main class=\"card\"><h1>%d · %s</h1><p>%s</p>"
                        + "<p class=\"muted\">%s</p><p><a href=\"%s/\">%s</a></p></main></body></html>",
                locale.getLanguage(),
                escape(texts.getString(titleKey)),
                request.getContextPath(),
                status,
                escape(texts.getString(titleKey)),
                escape(texts.getString(textKey)),
                MDC.get("requestId") == null
                        ? ""
                        : escape(texts.getString("error.requestId")) + " "
                                + escape(String.valueOf(MDC.get("requestId"))),
                request.getContextPath(),
                escape(texts.getString("error.home")));
    }

    private static boolean isExpiredView(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Locale languageOf(HttpServletRequest request) {
        if (request.getCookies() != null) {
            String chosen = Arrays.stream(request.getCookies())
                    .filter(c -> "seedbed_lang".equals(c.getName()))
                    .map(Cookie::getValue)
                    .findFirst()
                    .orElse(null);
            if ("en".equals(chosen)) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(chosen)) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        String accept = request.getHeader("Accept-Language");
        return accept == null ? Locale.SIMPLIFIED_CHINESE : ApiLanguage.of(accept);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
