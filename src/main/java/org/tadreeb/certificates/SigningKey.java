package org.tadreeb.certificates;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The centre's Ed25519 signing key: made the first time it is needed and kept in one PEM file at
 * {@code tadreeb.certificates.key-path} (readable by the owner only; back it up — see docs/operations.md). The
 * private key never leaves this class: not in a response, not in a log. Instances of a cluster share the file.
 */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** An X.509 Ed25519 public key is a fixed 12-byte header followed by the 32 bytes of the key. */
    private static final int RAW_PUBLIC_KEY = 32;

    @Inject
    CertificateSettings settings;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        Path path = settings.keyPath().toAbsolutePath();
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            read(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException failed) {
            throw new IllegalStateException("The certificate signing key at " + path + " cannot be read or made", failed);
        }
        keyId = thumbprint();
    }

    private static void create(Path path) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.createDirectories(path.getParent());
        Path temporary = Files.createTempFile(path.getParent(), ".signing", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("Cannot restrict the permissions of the certificate signing key on this file system");
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            // Two instances starting at once: whichever links its key first wins (a link never replaces a file),
            // the other reads that one.
            Files.createLink(path, temporary);
            LOG.info("Made a new certificate signing key at " + path + ": back it up");
        } catch (FileAlreadyExistsException anotherWasFaster) {
            LOG.info("Another instance made the certificate signing key first");
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void read(String pem) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        Matcher matcher = PEM.matcher(pem);
        while (matcher.find()) {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
            switch (matcher.group(1)) {
                case "PRIVATE KEY" -> privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
                case "PUBLIC KEY" -> publicKey = factory.generatePublic(new X509EncodedKeySpec(der));
                default -> { }
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new GeneralSecurityException("The key file needs a PRIVATE KEY and a PUBLIC KEY block");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** The compact JWS (EdDSA) of a payload: header.payload.signature, each base64url without padding. */
    public String signCompact(String payloadJson, String type) {
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + keyId + "\",\"typ\":\"" + type + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("Signing failed", failed);
        }
    }

    /** Whether a compact JWS was signed with this key (the payload is not checked here). */
    public boolean verifies(String compact) {
        String[] parts = compact == null ? new String[0] : compact.strip().split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException notOurs) {
            return false;
        }
    }

    /** The public key as a JWK Set (RFC 8037: kty OKP, crv Ed25519). */
    public String jwks() {
        return "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x() + "\",\"kid\":\"" + keyId
                + "\",\"use\":\"sig\",\"alg\":\"EdDSA\"}]}";
    }

    public String keyId() {
        return keyId;
    }

    private String x() {
        byte[] encoded = publicKey.getEncoded();
        return base64Url(Arrays.copyOfRange(encoded, encoded.length - RAW_PUBLIC_KEY, encoded.length));
    }

    /** RFC 7638: the SHA-256 of the required members in lexicographic order. */
    private String thumbprint() {
        String members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x() + "\"}";
        try {
            return base64Url(MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
