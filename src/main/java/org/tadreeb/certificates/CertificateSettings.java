package org.tadreeb.certificates;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificate settings (docs/configuration.md). The Arabic defaults live here rather than in
 * microprofile-config.properties, which is read as ISO-8859-1; environment variables may carry UTF-8 text.
 */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.prefix", defaultValue = "CPTC")
    String prefix;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.centre-name-ar", defaultValue = "مركز التدريب على الشرطة المجتمعية")
    String centreNameArabic;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.centre-name-en", defaultValue = "Community Policing Training Centre")
    String centreNameEnglish;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.signatory.name-ar", defaultValue = "العميد سامر النجار")
    String signatoryNameArabic;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.signatory.name-en", defaultValue = "Brigadier Samer Al-Najjar")
    String signatoryNameEnglish;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.signatory.title-ar", defaultValue = "مدير مركز التدريب")
    String signatoryTitleArabic;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.signatory.title-en", defaultValue = "Director of the Training Centre")
    String signatoryTitleEnglish;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.key-path")
    String keyPath;

    @Inject
    @ConfigProperty(name = "tadreeb.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.verify.max-failures", defaultValue = "10")
    int maxFailedLookups;

    @Inject
    @ConfigProperty(name = "tadreeb.certificates.verify.block-minutes", defaultValue = "10")
    int blockMinutes;

    @PostConstruct
    void check() {
        if (!CertificateNumber.isValidPrefix(prefix)) {
            throw new IllegalStateException("tadreeb.certificates.prefix must be 1 to 12 capital letters or digits, "
                    + "starting with a letter; it is '" + prefix + "'");
        }
    }

    public String prefix() {
        return prefix;
    }

    public String centreNameArabic() {
        return centreNameArabic;
    }

    public String centreNameEnglish() {
        return centreNameEnglish;
    }

    public Signatory signatory() {
        return new Signatory(signatoryNameArabic, signatoryNameEnglish, signatoryTitleArabic, signatoryTitleEnglish);
    }

    public Path keyPath() {
        return Path.of(keyPath);
    }

    /** The public address without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where the QR code leads: the public verification page of this certificate, with its code. */
    public String verificationUrl(String number, String code) {
        return publicUrl() + "/verify/" + number + "?code=" + code;
    }

    public int maxFailedLookups() {
        return maxFailedLookups;
    }

    public int blockMinutes() {
        return blockMinutes;
    }
}
