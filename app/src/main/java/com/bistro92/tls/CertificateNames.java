package com.bistro92.tls;

import com.bistro92.net.LanAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the server's certificate says it is: {@code CN=Bistro92 <hostname>}, and the names and
 * addresses in its SubjectAlternativeNames, which a browser on a tablet checks against the address
 * it opened. When they change, the suite issues the certificate again (pads and displays pin the
 * restaurant's root, which stays).
 *
 * @param hostname    this computer's name, for the subject
 * @param dnsNames    DNS names: {@code localhost}, the hostname and {@code <hostname>.local}
 * @param ipAddresses IP addresses: loopback and the LAN addresses
 */
public record CertificateNames(String hostname, List<String> dnsNames, List<String> ipAddresses) {

    public CertificateNames {
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
    }

    /** The names of this computer as it is now. */
    public static CertificateNames thisComputer() {
        return of(computerName(), LanAddress.all());
    }

    static CertificateNames of(String hostname, List<String> lanAddresses) {
        List<String> dns = new ArrayList<>(List.of("localhost"));
        // a name that is not a plain DNS label (a Windows name with spaces or accents) cannot be a dNSName
        if (hostname.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?") && !hostname.equalsIgnoreCase("localhost")) {
            dns.add(hostname);
            // the name a tablet finds this computer by on the LAN through mDNS
            if (!hostname.contains(".")) {
                dns.add(hostname + ".local");
            }
        }
        List<String> ips = new ArrayList<>(List.of("127.0.0.1", "::1"));
        lanAddresses.stream().filter(a -> !ips.contains(a)).forEach(ips::add);
        return new CertificateNames(hostname, dns, ips);
    }

    /** This computer's name, as the system gives it ({@code localhost} when it gives none). */
    public static String computerName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
