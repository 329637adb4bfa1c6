package com.bistro92.pad.client;

import java.security.cert.CertificateException;

/** The server showed a certificate other than the one this pad pinned, or the pad pinned none for it. */
final class CertificateMismatch extends CertificateException {

    CertificateMismatch(String message) {
        super(message);
    }

    static CertificateMismatch of(String expected, String actual) {
        return new CertificateMismatch("The server's certificate does not match the one in the pairing code:"
                + " expected " + Fingerprints.shortForm(expected) + "…, got " + Fingerprints.shortForm(actual)
                + "…. Do not use this network; ask staff.");
    }

    static CertificateMismatch unpinned(String address) {
        return new CertificateMismatch("This pad has no certificate fingerprint for " + address
                + ". Pair it with the QR code from Tables & Pads, which carries one.");
    }

    /** The mismatch somewhere in {@code failure}'s causes, if there is one. */
    static CertificateMismatch in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateMismatch mismatch) {
                return mismatch;
            }
        }
        return null;
    }
}
