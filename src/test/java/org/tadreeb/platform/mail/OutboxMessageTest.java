package org.tadreeb.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.Language;

/** The outbox message's own rules: its states, the retry schedule and what counts as an address. */
class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final RetrySchedule DEFAULT_SCHEDULE = RetrySchedule.ofSeconds(30, 3600);

    private static OutboxMessage aMessage() {
        return new OutboxMessage(new MailAddress("salma@example.org"), Language.ARABIC, MailKind.INVITATION,
                new MailTemplates.Rendered("subject", "text", "<p>html</p>"), NOW);
    }

    @Test
    void theRetryDelayStartsAt30SecondsAndDoublesUpToAnHour() {
        List<Long> delays = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(attempts -> DEFAULT_SCHEDULE.delayAfter(attempts).toSeconds()).toList();
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L), delays);
        assertEquals(Duration.ofHours(1), DEFAULT_SCHEDULE.delayAfter(Integer.MAX_VALUE), "no overflow after many failures");
        assertThrows(IllegalArgumentException.class, () -> DEFAULT_SCHEDULE.delayAfter(0));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.ofSeconds(0, 10));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.ofSeconds(60, 30));
    }

    @Test
    void aNewMessageIsDueAtOnce() {
        OutboxMessage message = aMessage();
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(0, message.getAttempts());
        assertEquals(NOW, message.getNextAttemptAt());
        assertEquals(NOW, message.getCreatedAt());
    }

    @Test
    void eachFailureIsCountedKeepsItsErrorAndWaitsLongerBeforeTheNextAttempt() {
        OutboxMessage message = aMessage();
        message.recordFailure("MailConnectException: Connection refused", NOW, DEFAULT_SCHEDULE);
        assertEquals(OutboxStatus.FAILING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals(NOW.plusSeconds(30), message.getNextAttemptAt());
        assertEquals("MailConnectException: Connection refused", message.getLastError());

        Instant later = NOW.plusSeconds(30);
        message.recordFailure("x".repeat(5000), later, DEFAULT_SCHEDULE);
        assertEquals(2, message.getAttempts());
        assertEquals(later.plusSeconds(60), message.getNextAttemptAt());
        assertEquals(OutboxMessage.MAX_ERROR_LENGTH, message.getLastError().length(), "a long error is cut to fit");
        assertNull(message.getClaimedBy());
    }

    @Test
    void aSentMessageCountsItsAttemptAndCannotBeRetriedOrFailed() {
        OutboxMessage message = aMessage();
        message.recordFailure("down", NOW, DEFAULT_SCHEDULE);
        message.markSent(NOW.plusSeconds(31));
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertEquals(2, message.getAttempts());
        assertEquals(NOW.plusSeconds(31), message.getSentAt());
        assertFalse(message.isRetryable());
        BusinessException refused = assertThrows(BusinessException.class, () -> message.retryNow(NOW.plusSeconds(40)));
        assertEquals("mail.outbox.error.alreadySent", refused.messageKey());
        assertThrows(IllegalStateException.class, () -> message.recordFailure("late", NOW, DEFAULT_SCHEDULE));
    }

    @Test
    void retryingNowMakesAFailingMessageDueAndKeepsItsHistory() {
        OutboxMessage message = aMessage();
        message.recordFailure("down", NOW, DEFAULT_SCHEDULE);
        Instant soon = NOW.plusSeconds(5);
        message.retryNow(soon);
        assertEquals(soon, message.getNextAttemptAt());
        assertEquals(OutboxStatus.FAILING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals("down", message.getLastError());
        assertTrue(message.isRetryable());
    }

    @Test
    void theMessageIdIsTheSameForEveryAttempt() {
        assertEquals("<outbox-null@tadreeb.local>", aMessage().messageId("tadreeb.local"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"salma@example.org", "  o.haddad+training@police.gov.jo ", "a@localhost"})
    void aBareAddressIsAccepted(String address) {
        assertEquals(address.strip(), new MailAddress(address).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "salma", "salma@", "@example.org", "Salma <salma@example.org>",
            "a@example.org, b@example.org", "sal ma@example.org", "salma@exa mple.org"})
    void anythingElseIsRefusedWithAClearMessage(String address) {
        BusinessException refused = assertThrows(BusinessException.class, () -> new MailAddress(address));
        assertEquals("mail.error.invalidAddress", refused.messageKey());
        assertEquals(address.strip(), refused.arguments()[0]);
    }

    @Test
    void anAddressLongerThan254CharactersIsRefused() {
        String local = "a".repeat(64);
        String tooLong = local + "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + ".org";
        assertTrue(tooLong.length() > MailAddress.MAX_LENGTH);
        assertThrows(BusinessException.class, () -> new MailAddress(tooLong));
    }
}
