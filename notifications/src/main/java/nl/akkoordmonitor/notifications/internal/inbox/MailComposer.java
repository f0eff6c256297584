package nl.akkoordmonitor.notifications.internal.inbox;

import nl.akkoordmonitor.notifications.internal.PagePaths;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.internal.Links;
import nl.akkoordmonitor.notifications.internal.Texts;
import nl.akkoordmonitor.notifications.internal.outbox.MailContent;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes mails: the same Dutch text as plain text and as HTML, every value escaped in the HTML,
 * with a link to the thing and a link that switches mail off. A mail holds only the
 * notification's own text, which was written for this recipient.
 */
@Singleton
class MailComposer {

    private final Links links;

    MailComposer(Links links) {
        this.links = links;
    }

    MailContent single(String username, Message message, String unsubscribeUrl) {
        String url = links.absolute(message.link());
        String text = Texts.text("mail.greeting", username) + "\n\n"
                + message.body() + "\n\n"
                + Texts.text("mail.open") + "\n" + url + "\n\n"
                + footerText(unsubscribeUrl);
        String html = page(message.subject(),
                "<p>" + escape(Texts.text("mail.greeting", username)) + "</p>\n"
                        + "<p>" + escape(message.body()) + "</p>\n"
                        + "<p><a href=\"" + escape(url) + "\">" + escape(Texts.text("mail.open")) + " " + escape(message.subject()) + "</a></p>\n",
                unsubscribeUrl);
        return new MailContent(message.subject(), text, html);
    }

    MailContent digest(String username, LocalDate weekStart, List<Message> messages, String unsubscribeUrl) {
        String subject = Texts.text("digest.subject", Texts.date(weekStart), messages.size());
        StringBuilder text = new StringBuilder(Texts.text("mail.greeting", username)).append("\n\n")
                .append(Texts.text("digest.intro", Texts.date(weekStart))).append("\n\n");
        StringBuilder items = new StringBuilder("<ul>\n");
        for (Message message : messages) {
            String url = links.absolute(message.link());
            text.append("- ").append(message.subject()).append("\n  ").append(message.body()).append("\n  ").append(url).append("\n\n");
            items.append("<li><p><a href=\"").append(escape(url)).append("\"><strong>").append(escape(message.subject()))
                    .append("</strong></a><br>").append(escape(message.body())).append("</p></li>\n");
        }
        items.append("</ul>\n");
        text.append(footerText(unsubscribeUrl));
        String html = page(subject, "<p>" + escape(Texts.text("mail.greeting", username)) + "</p>\n<p>"
                + escape(Texts.text("digest.intro", Texts.date(weekStart))) + "</p>\n" + items, unsubscribeUrl);
        return new MailContent(subject, text.toString(), html);
    }

    private String footerText(String unsubscribeUrl) {
        return "--\n" + Texts.text("mail.footer") + "\n" + unsubscribeUrl + "\n" + Texts.text("mail.settings") + "\n"
                + links.absolute(PagePaths.calendar()) + "\n";
    }

    private String page(String title, String content, String unsubscribeUrl) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
                + "<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em\">\n"
                + "<h1 style=\"font-size: 20px\">" + escape(title) + "</h1>\n" + content
                + "<hr>\n<p style=\"font-size: 14px; color: #4d4d4d\">" + escape(Texts.text("mail.footer")) + " <a href=\""
                + escape(unsubscribeUrl) + "\">" + escape(Texts.text("mail.footer.link")) + "</a>.<br>"
                + escape(Texts.text("mail.settings")) + " <a href=\"" + escape(links.absolute(PagePaths.calendar())) + "\">"
                + escape(links.absolute(PagePaths.calendar())) + "</a></p>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
