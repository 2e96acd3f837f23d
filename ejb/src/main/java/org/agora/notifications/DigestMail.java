package org.agora.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a digest as an e-mail, plain text with a simple HTML alternative, each notice worded as in the bell with
 * an absolute link to the page it opens, and hands it to the mail server of {@code java:jboss/mail/Agora}.
 */
@ApplicationScoped
class DigestMail {

    static final String SETTINGS_PAGE = "/settings/notifications.xhtml";
    private static final String SMTP_TIMEOUT_MILLIS = "30000";

    @Resource(lookup = "java:jboss/mail/Agora")
    Session mail;

    @Inject
    @ConfigProperty(name = "agora.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /**
     * WildFly's SMTP server settings have no timeouts, and without them a mail server that accepts the connection
     * but never answers would hold the digest run forever. Settings given in the session itself win.
     */
    @PostConstruct
    void limitWaiting() {
        Properties properties = mail.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", SMTP_TIMEOUT_MILLIS);
    }

    void send(Digest digest) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom();
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(digest.recipientEmail(), true));
            message.setSubject(subject(digest.total()), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(plainText(digest), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(digest), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DigestNotSent("The digest to " + digest.recipientEmail() + " was not sent: " + e.getMessage(), e);
        }
    }

    static String subject(int total) {
        return "Agora: " + total + (total == 1 ? " thing" : " things") + " you missed";
    }

    private String plainText(Digest digest) {
        StringBuilder text = new StringBuilder("Hello ").append(digest.recipientName()).append(",\n\n")
                .append("Here is what happened in Agora while you were away:\n\n");
        for (NotificationView notice : digest.notices()) {
            text.append("- ").append(notice.text()).append("\n  ").append(link(notice)).append("\n");
        }
        int more = digest.total() - digest.notices().size();
        if (more > 0) {
            text.append("\n...and ").append(more).append(" more: ").append(base()).append("/notifications.xhtml\n");
        }
        return text.append("\nChoose what you hear about, and how: ").append(base()).append(SETTINGS_PAGE).append("\n")
                .toString();
    }

    private String html(Digest digest) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif; color: #1f2937;\">")
                .append("<p>Hello ").append(escape(digest.recipientName())).append(",</p>")
                .append("<p>Here is what happened in Agora while you were away:</p><ul>");
        for (NotificationView notice : digest.notices()) {
            html.append("<li style=\"margin-bottom: 0.5em;\"><a href=\"").append(escape(link(notice))).append("\">")
                    .append(escape(notice.text())).append("</a></li>");
        }
        html.append("</ul>");
        int more = digest.total() - digest.notices().size();
        if (more > 0) {
            html.append("<p><a href=\"").append(escape(base() + "/notifications.xhtml")).append("\">...and ").append(more)
                    .append(" more</a></p>");
        }
        return html.append("<p style=\"color: #6b7280; font-size: 0.85em;\"><a href=\"")
                .append(escape(base() + SETTINGS_PAGE)).append("\">Choose what you hear about, and how</a></p>")
                .append("</body></html>").toString();
    }

    /** The page the notice opens in the bell: its post, its group, or the recipient's own profile. */
    String link(NotificationView notice) {
        if (notice.postId() != null) {
            return base() + "/posts/view.xhtml?id=" + notice.postId();
        }
        if (notice.groupSlug() != null) {
            return base() + "/groups/view.xhtml?slug=" + URLEncoder.encode(notice.groupSlug(), StandardCharsets.UTF_8);
        }
        return base() + "/people/profile.xhtml?id=" + notice.linkedEmployeeId();
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
