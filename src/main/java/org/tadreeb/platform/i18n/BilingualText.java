package org.tadreeb.platform.i18n;

import java.io.Serializable;

/** A message argument known in both languages (a venue's name, a person's name): the reader's one is shown. */
public record BilingualText(String arabic, String english) implements Serializable {

    public String in(Language language) {
        String preferred = language == Language.ARABIC ? arabic : english;
        return preferred == null || preferred.isBlank() ? (language == Language.ARABIC ? english : arabic) : preferred;
    }
}
