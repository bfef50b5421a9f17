package org.tadreeb.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A GreenMail SMTP server on a fixed free port of 127.0.0.1 that a test can stop and start again, to play a mail
 * server outage. Messages received before a stop are kept, so a test can count every copy a recipient got.
 */
public final class TestSmtpServer implements AutoCloseable {

    private final ServerSetup setup;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    private TestSmtpServer(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** A server on a port nothing listens on yet; it is not started. */
    public static TestSmtpServer onFreePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new TestSmtpServer(probe.getLocalPort());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public String host() {
        return setup.getBindAddress();
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized TestSmtpServer start() {
        if (greenMail == null) {
            greenMail = new GreenMail(setup);
            greenMail.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            earlier.addAll(Arrays.asList(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Every message this server received for the address, in the order received. */
    public synchronized List<MimeMessage> messagesFor(String address) {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        }
        return all.stream().filter(message -> isFor(message, address)).toList();
    }

    /** The first message for the address, waiting for it up to the timeout. */
    public MimeMessage awaitMessageFor(String address, Duration timeout) {
        return Eventually.await(() -> messagesFor(address), messages -> !messages.isEmpty(), timeout).get(0);
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
