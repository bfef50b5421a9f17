package org.tadreeb.certificates;

/** Who signs certificates, in both languages (configured; copied onto each certificate when it is issued). */
public record Signatory(String nameArabic, String nameEnglish, String titleArabic, String titleEnglish) {
}
