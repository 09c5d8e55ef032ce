package org.seedbed.campaign.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckoutRedirectTest {

    @Test
    void sendsToStripeAsItIs() {
        String stripe = "https://checkout.stripe.com/c/pay/cs_test_a1b2";

        assertThat(CheckoutRedirect.target(stripe, "/seedbed")).isEqualTo(stripe);
        assertThat(CheckoutRedirect.target(stripe, "")).isEqualTo(stripe);
    }

    @Test
    void putsTheContextPathBeforeTheSandboxPage() {
        String sandbox = "/c/suzhou/pay/sandbox.xhtml?session=sbx_cs_1";

        assertThat(CheckoutRedirect.target(sandbox, "")).isEqualTo(sandbox);
        assertThat(CheckoutRedirect.target(sandbox, null)).isEqualTo(sandbox);
        assertThat(CheckoutRedirect.target(sandbox, "/seedbed")).isEqualTo("/seedbed" + sandbox);
    }

    @Test
    void leavesAnAddressWithoutSchemeAlone() {
        assertThat(CheckoutRedirect.target("//elsewhere.example/pay", "/seedbed"))
                .isEqualTo("//elsewhere.example/pay");
    }
}
