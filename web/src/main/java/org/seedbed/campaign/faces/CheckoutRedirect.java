package org.seedbed.campaign.faces;

/**
 * Where the browser goes to pay: Stripe's page is an absolute address and is used as it is; the
 * sandbox page is a path of this site ({@code /c/{city}/pay/sandbox.xhtml?session=}) without the
 * application's context path, which goes in front.
 */
final class CheckoutRedirect {

    private CheckoutRedirect() {}

    static String target(String checkoutUrl, String contextPath) {
        if (checkoutUrl.startsWith("/") && !checkoutUrl.startsWith("//")) {
            return (contextPath == null ? "" : contextPath) + checkoutUrl;
        }
        return checkoutUrl;
    }
}
