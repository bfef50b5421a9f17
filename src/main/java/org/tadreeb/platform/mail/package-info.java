/**
 * The persistent mail outbox: every e-mail Tadreeb sends is queued with {@link org.tadreeb.platform.mail.Outbox}
 * in the transaction that decides to send it, rendered from its {@link org.tadreeb.platform.mail.MailKind}'s
 * templates in the recipient's language, and delivered in the background by
 * {@link org.tadreeb.platform.mail.OutboxSender}, which retries until the mail server accepts it.
 */
package org.tadreeb.platform.mail;
