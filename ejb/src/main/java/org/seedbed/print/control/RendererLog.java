package org.seedbed.print.control;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * The PDF renderer's messages in the server's log at their own level, instead of its default of
 * printing every timing note to standard error (which the server logs as errors). Only warnings
 * and worse are kept: a document that renders is not news.
 */
final class RendererLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.errorf(failure, "%s: %s", where, message);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warnf(failure, "%s: %s", where, message);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the server's logging configuration's to set.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
