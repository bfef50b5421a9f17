package org.tadreeb.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM for the application to send to. Start it before deploying and
 * hand {@link #settings()} to {@link Deployments#tadreeb(TestDatabase, Map)}.
 */
public final class TestMailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+token=[A-Za-z0-9_-]+");

    private final int port;
    private GreenMail server;
    /** What earlier runs of the server received: a stop (an outage drill) loses no test's mail. */
    private final List<MimeMessage> earlier = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TestMailbox() {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
        start();
    }

    /** The settings that point the application at this server and make it send at once. */
    public Map<String, String> settings() {
        return Map.of("tadreeb.smtp.host", "127.0.0.1", "tadreeb.smtp.port", Integer.toString(port),
                "tadreeb.mail.poll-seconds", "1");
    }

    /** Starts the server; after a {@link #stop()} the messages received before are kept. */
    public void start() {
        if (server != null) {
            earlier.addAll(List.of(server.getReceivedMessages()));
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    /** Waits up to 30 s for the mailbox to hold at least this many messages, and returns them all. */
    public List<MimeMessage> await(int count) {
        if (!server.waitForIncomingEmail(30_000, count - earlier.size())) {
            throw new AssertionError("Expected " + count + " message(s), got " + received().size());
        }
        return received();
    }

    public List<MimeMessage> received() {
        List<MimeMessage> all = new java.util.ArrayList<>(earlier);
        all.addAll(List.of(server.getReceivedMessages()));
        return List.copyOf(all);
    }

    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().contains(address);
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    /** The plain-text part of a message, decoded. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = text(child);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (IOException | jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The first link with a token in a message's text. */
    public static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + text(message));
        }
        return matcher.group();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits up to 30 s for a message to the address whose plain text is wanted, and returns that text. Static and
     * typed loosely for test classes that are also loaded inside the server, where GreenMail is absent: they keep
     * the mailbox in an {@code AutoCloseable} field and must not name this class in a field or lambda.
     */
    public static String awaitText(AutoCloseable mailbox, String address, java.util.function.Predicate<String> wanted) {
        TestMailbox box = (TestMailbox) mailbox;
        return Eventually.await(() -> box.receivedBy(address).stream().map(TestMailbox::text).filter(wanted)
                .findFirst().orElse(null), text -> text != null, java.time.Duration.ofSeconds(30));
    }

    /** How many messages the address has received (see {@link #awaitText} for why it is static). */
    public static int countTo(AutoCloseable mailbox, String address) {
        return ((TestMailbox) mailbox).receivedBy(address).size();
    }

    /** The subjects of the messages the address has received, in arrival order (static: see {@link #awaitText}). */
    public static List<String> subjectsTo(AutoCloseable mailbox, String address) {
        return ((TestMailbox) mailbox).receivedBy(address).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    /** Waits up to 30 s for the subjects the address has received to be as wanted, and returns them. */
    public static List<String> awaitSubjects(AutoCloseable mailbox, String address,
                                             java.util.function.Predicate<List<String>> wanted) {
        return Eventually.await(() -> subjectsTo(mailbox, address), wanted, java.time.Duration.ofSeconds(30));
    }

    /**
     * Waits up to 30 s for the address to have received at least this many messages, and returns them in arrival
     * order (static: see {@link #awaitText}).
     */
    public static List<MimeMessage> awaitMessages(AutoCloseable mailbox, String address, int count) {
        TestMailbox box = (TestMailbox) mailbox;
        return Eventually.await(() -> box.receivedBy(address), received -> received.size() >= count,
                java.time.Duration.ofSeconds(30));
    }

    /** Stops the SMTP server, as an outage would (static: see {@link #awaitText}). */
    public static void stop(AutoCloseable mailbox) {
        ((TestMailbox) mailbox).stop();
    }

    /** Starts it again after {@link #stop(AutoCloseable)}. */
    public static void start(AutoCloseable mailbox) {
        ((TestMailbox) mailbox).start();
    }
}
