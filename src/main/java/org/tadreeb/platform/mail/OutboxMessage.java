package org.tadreeb.platform.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.Language;

/**
 * One e-mail in the outbox, rendered in the recipient's language when it was queued. It waits until it is due,
 * is claimed by one application instance for one attempt, and is either sent or scheduled for another attempt
 * after a growing delay. It is never deleted: the outbox is also the record of what was sent to whom.
 *
 * <p>It has no optimistic version on purpose: the claim already lets only one attempt run at a time, and an
 * administrator's "retry now" must never make the record of a delivery fail (the message would go out twice).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int MAX_ERROR_LENGTH = 1000;
    static final int MAX_SUBJECT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MailAddress.MAX_LENGTH, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 5, updatable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private MailKind kind;

    @Column(nullable = false, length = MAX_SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMessage() {
    }

    public OutboxMessage(MailAddress recipient, Language language, MailKind kind, MailTemplates.Rendered mail, Instant now) {
        if (mail.subject().isBlank() || mail.subject().length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("A subject needs 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        this.recipient = recipient.value();
        this.language = language;
        this.kind = kind;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Attaches a file, rendered by its source when the message is delivered. */
    public void attach(MailAttachment attachment) {
        attachments.add(new OutboxAttachment(this, attachment));
    }

    /** What the message attaches, in the order attached. */
    public List<MailAttachment> attachments() {
        return attachments.stream().map(OutboxAttachment::describe).toList();
    }

    /**
     * The Message-ID header, the same for every attempt: if a crash after the server accepted the message leads
     * to a second delivery, the recipient's mail program (and the administrator) can recognise the duplicate.
     */
    public String messageId(String domain) {
        return "<outbox-" + id + "@" + domain + ">";
    }

    public void markSent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        release();
    }

    /** Records a failed attempt and schedules the next one after the schedule's delay for this many failures. */
    public void recordFailure(String error, Instant now, RetrySchedule schedule) {
        if (status == OutboxStatus.SENT) {
            throw new IllegalStateException("Message " + id + " was already sent");
        }
        attempts++;
        status = OutboxStatus.FAILING;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = now.plus(schedule.delayAfter(attempts));
        release();
    }

    /**
     * Makes a waiting message due at once, for an administrator who fixed the problem. An attempt already under
     * way keeps its claim, so the message is never sent twice at the same time.
     */
    public void retryNow(Instant now) {
        if (status == OutboxStatus.SENT) {
            throw new BusinessException("mail.outbox.error.alreadySent");
        }
        nextAttemptAt = now;
    }

    public boolean isRetryable() {
        return status != OutboxStatus.SENT;
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
