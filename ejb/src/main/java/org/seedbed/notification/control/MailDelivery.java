package org.seedbed.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.seedbed.platform.Settings;

/**
 * Hands a message to the SMTP relay configured on the server, or, in the embedded default, writes
 * it as an .eml file into {@code <data dir>/outbox} where a developer can open it.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    @Resource(lookup = "java:jboss/mail/seedbed")
    Session smtpSession;

    public void deliver(MailMessage message) {
        try {
            if (Settings.smtpConfigured()) {
                Transport.send(toMime(smtpSession, message));
                LOG.infof("mail sent to %s: %s", message.to(), message.subject());
            } else {
                Path file = writeToOutbox(message);
                LOG.infof("mail to %s written to %s", message.to(), file);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("mail to " + message.to() + " failed", e);
        }
    }

    public static Path outbox() {
        return Settings.dataDir().resolve("outbox");
    }

    private Path writeToOutbox(MailMessage message) throws MessagingException {
        try {
            Path dir = Files.createDirectories(outbox());
            Path file = dir.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                toMime(Session.getInstance(new Properties()), message).writeTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage toMime(Session session, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(Settings.value("SEEDBED_MAIL_FROM").orElse("no-reply@seedbed.local")));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to()));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(new java.util.Date());
        return mime;
    }
}
