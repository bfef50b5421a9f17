package org.tadreeb.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.tadreeb.platform.BusinessException;

/** A recipient's e-mail address: a bare {@code local@domain}, without a display name, at most 254 characters. */
public record MailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    public MailAddress {
        String address = value == null ? "" : value.strip();
        if (!isValid(address)) {
            throw new BusinessException("mail.error.invalidAddress", address);
        }
        value = address;
    }

    private static boolean isValid(String address) {
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || at < 1 || at == address.length() - 1) {
            return false;
        }
        try {
            return new InternetAddress(address, true).getAddress().equals(address);
        } catch (AddressException invalid) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
