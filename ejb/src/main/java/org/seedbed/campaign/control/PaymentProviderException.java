package org.seedbed.campaign.control;

import jakarta.ejb.ApplicationException;

/** The payment provider could not be reached or refused a request; the donor is asked to try again. */
@ApplicationException(rollback = true)
public class PaymentProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentProviderException(String what, Exception cause) {
        super("payment provider failed to " + what + ": " + cause.getMessage(), cause);
    }
}
