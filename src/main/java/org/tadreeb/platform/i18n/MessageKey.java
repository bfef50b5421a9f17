package org.tadreeb.platform.i18n;

import java.io.Serializable;

/**
 * A message argument that is itself a bundle key (a status name, say), put into the reader's language when the
 * message is: {@code new BusinessException("cohort.error.transition", code, new MessageKey("cohort.status.OPEN"))}.
 */
public record MessageKey(String key) implements Serializable {
}
