package org.tadreeb.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one outbox message to the SMTP server of the {@code tadreeb.smtp.*} settings, through Jakarta Mail:
 * a {@code multipart/alternative} message with the plain-text part first and the HTML part second, in UTF-8;
 * with attachments, that message is the first part of a {@code multipart/mixed} one and the files follow.
 */
@ApplicationScoped
public class SmtpMailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.from")
    String from;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.starttls")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.ssl")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "tadreeb.smtp.timeout-seconds")
    int timeoutSeconds;

    private Session session;
    private InternetAddress sender;
    private String messageIdDomain;

    @PostConstruct
    void configure() {
        try {
            sender = new InternetAddress(from, true);
        } catch (AddressException invalid) {
            throw new IllegalStateException("tadreeb.smtp.from is not a valid address: " + from, invalid);
        }
        messageIdDomain = sender.getAddress().substring(sender.getAddress().lastIndexOf('@') + 1);
        String timeout = String.valueOf(timeoutSeconds * 1000L);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.from", sender.getAddress());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        properties.put("mail.smtp.ssl.enable", String.valueOf(ssl));
        // Asking for STARTTLS means requiring it: never fall back to sending passwords and mail in clear text.
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        session = Session.getInstance(properties);
    }

    /** Sends the message, with its attachments rendered (then it is {@code multipart/mixed}, text and HTML first). */
    public void send(OutboxMessage message, List<AttachmentSources.Rendered> attachments) throws MessagingException {
        MimeMessage mime = compose(message, attachments);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(host, port, username.orElse(null), password.orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        }
    }

    private MimeMessage compose(OutboxMessage message, List<AttachmentSources.Rendered> attachments)
            throws MessagingException {
        String messageId = message.messageId(messageIdDomain);
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(sender);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), UTF_8);
        mime.setSentDate(new Date());
        mime.setHeader("Content-Language", message.getLanguage().code());
        mime.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        if (attachments.isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (AttachmentSources.Rendered attachment : attachments) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }
}
