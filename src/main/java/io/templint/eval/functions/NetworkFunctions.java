package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.num;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;
import static io.templint.eval.functions.Defs.variadic;

import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Terraform's IP network functions, over IPv4 and IPv6, without any name resolution. */
final class NetworkFunctions {

    private NetworkFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("cidrhost", NetworkFunctions::cidrhost, str("prefix"), num("hostnum")),
                fn("cidrnetmask", NetworkFunctions::cidrnetmask, str("prefix")),
                fn("cidrsubnet", NetworkFunctions::cidrsubnet, str("prefix"), num("newbits"), num("netnum")),
                variadic("cidrsubnets", num("newbits"), NetworkFunctions::cidrsubnets, str("prefix"))
            ), Type.STRING,
            Map.of("cidrsubnets", Type.list(Type.STRING)));
    }

    /** A network: its first address, prefix length and address width (32 or 128). */
    record Cidr(BigInteger base, int length, int bits) {
        BigInteger size() {
            return BigInteger.ONE.shiftLeft(bits - length);
        }

        String format(BigInteger address) {
            return bits == 32 ? ipv4(address) : ipv6(address);
        }
    }

    static Cidr parseCidr(String s, int arg) throws FunctionException {
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new FunctionException(arg, "invalid CIDR address: " + s + ".");
        }
        BigInteger ip;
        int bits;
        String addr = s.substring(0, slash);
        if (addr.contains(":")) {
            ip = parseIpv6(addr);
            bits = 128;
        } else {
            ip = parseIpv4(addr);
            bits = 32;
        }
        String len = s.substring(slash + 1);
        if (ip == null || !len.matches("[0-9]{1,3}") || Integer.parseInt(len) > bits) {
            throw new FunctionException(arg, "invalid CIDR address: " + s + ".");
        }
        int length = Integer.parseInt(len);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
            .xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
        return new Cidr(ip.and(mask), length, bits);
    }

    static BigInteger parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long v = 0;
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return null;
            }
            v = v << 8 | Integer.parseInt(p);
        }
        return BigInteger.valueOf(v);
    }

    static BigInteger parseIpv6(String s) {
        int groupsNeeded = 8;
        String tail4 = null;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.', lastColon) > 0) {
            tail4 = s.substring(lastColon + 1);
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        if (dbl >= 0) {
            String head = s.substring(0, dbl);
            String tail = s.substring(dbl + 2);
            List<String> h = head.isEmpty() ? List.of() : List.of(head.split(":", -1));
            List<String> t = tail.isEmpty() ? List.of() : List.of(tail.split(":", -1));
            if (h.size() + t.size() >= groupsNeeded) {
                return null;
            }
            groups.addAll(h);
            for (int i = h.size() + t.size(); i < groupsNeeded; i++) {
                groups.add("0");
            }
            groups.addAll(t);
        } else {
            groups.addAll(List.of(s.split(":", -1)));
        }
        if (groups.size() != groupsNeeded) {
            return null;
        }
        BigInteger v = BigInteger.ZERO;
        for (String g : groups) {
            if (!g.matches("[0-9a-fA-F]{1,4}")) {
                return null;
            }
            v = v.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(g, 16)));
        }
        if (tail4 != null) {
            BigInteger t = parseIpv4(tail4);
            if (t == null) {
                return null;
            }
            v = v.shiftRight(32).shiftLeft(32).or(t);
        }
        return v;
    }

    static String ipv4(BigInteger a) {
        long v = a.longValue();
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }

    /** RFC 5952 text, as Go prints IPv6 addresses. */
    static String ipv6(BigInteger a) {
        int[] g = new int[8];
        for (int i = 7; i >= 0; i--) {
            g[i] = a.intValue() & 0xffff;
            a = a.shiftRight(16);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    private static BigInteger whole(BigDecimal n, int arg) throws FunctionException {
        if (!Numbers.isInteger(n) || n.abs().compareTo(BigDecimal.TEN.pow(60)) > 0) {
            throw new FunctionException(arg, "a whole number is required.");
        }
        return n.toBigIntegerExact();
    }

    private static Value cidrhost(List<Value> a, CallContext c) throws FunctionException {
        Cidr net = parseCidr(s(a, 0), 0);
        BigInteger host = whole(a.get(1).asNumber(), 1);
        BigInteger size = net.size();
        if (host.signum() < 0) {
            host = host.add(size);
        }
        if (host.signum() < 0 || host.compareTo(size) >= 0) {
            throw new FunctionException(1, "prefix of " + net.length() + " bits cannot accommodate a host numbered "
                + Numbers.format(a.get(1).asNumber()) + ".");
        }
        return Value.string(net.format(net.base().add(host)));
    }

    private static Value cidrnetmask(List<Value> a, CallContext c) throws FunctionException {
        Cidr net = parseCidr(s(a, 0), 0);
        if (net.bits() != 32) {
            throw new FunctionException(0, "IPv6 addresses cannot have a netmask: " + s(a, 0) + ".");
        }
        BigInteger all = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
        return Value.string(ipv4(all.xor(net.size().subtract(BigInteger.ONE))));
    }

    private static Value cidrsubnet(List<Value> a, CallContext c) throws FunctionException {
        Cidr net = parseCidr(s(a, 0), 0);
        BigInteger newbits = whole(a.get(1).asNumber(), 1);
        BigInteger netnum = whole(a.get(2).asNumber(), 2);
        int newLength = net.length() + newbits.intValue();
        if (newbits.signum() < 0 || newbits.intValue() > net.bits() || newLength > net.bits()) {
            throw new FunctionException(1, "insufficient address space to extend prefix of " + net.length()
                + " by " + newbits + ".");
        }
        if (netnum.signum() < 0 || netnum.compareTo(BigInteger.ONE.shiftLeft(newbits.intValue())) >= 0) {
            throw new FunctionException(2, "prefix extension of " + newbits + " does not accommodate a subnet numbered "
                + netnum + ".");
        }
        BigInteger addr = net.base().add(netnum.shiftLeft(net.bits() - newLength));
        return Value.string(net.format(addr) + "/" + newLength);
    }

    private static Value cidrsubnets(List<Value> a, CallContext c) throws FunctionException {
        Cidr net = parseCidr(s(a, 0), 0);
        int bits = net.bits();
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        List<Value> out = new ArrayList<>();
        if (a.size() == 1) {
            return Value.list(Type.STRING, out);
        }
        int firstLength = net.length() + whole(a.get(1).asNumber(), 1).min(BigInteger.valueOf(bits)).intValue();
        BigInteger current = align(net.base().subtract(BigInteger.ONE).mod(modulus), Math.min(firstLength, bits), bits);
        int currentLength = Math.min(firstLength, bits);
        BigInteger end = net.base().add(net.size());
        for (int i = 1; i < a.size(); i++) {
            BigInteger nb = whole(a.get(i).asNumber(), i);
            if (nb.signum() < 1) {
                throw new FunctionException(i, "must extend prefix by at least one bit.");
            }
            if (nb.compareTo(BigInteger.valueOf(32)) > 0) {
                throw new FunctionException(i, "may not extend prefix by more than 32 bits.");
            }
            int length = net.length() + nb.intValue();
            if (length > bits) {
                throw new FunctionException(i, "would extend prefix to " + length + " bits, which is too long for an"
                    + " IPv" + (bits == 32 ? 4 : 6) + " address.");
            }
            BigInteger currentLast = current.add(BigInteger.ONE.shiftLeft(bits - currentLength)).subtract(BigInteger.ONE);
            BigInteger start = align(currentLast, length, bits);
            BigInteger next = start.add(BigInteger.ONE.shiftLeft(bits - length));
            if (next.compareTo(modulus) >= 0 || next.compareTo(net.base()) < 0 || next.compareTo(end) >= 0) {
                throw new FunctionException(i, "not enough remaining address space for a subnet with a prefix of "
                    + length + " bits after " + net.format(current) + "/" + currentLength + ".");
            }
            current = next;
            currentLength = length;
            out.add(Value.string(net.format(current) + "/" + length));
        }
        return Value.list(Type.STRING, out);
    }

    private static BigInteger align(BigInteger address, int length, int bits) {
        return address.shiftRight(bits - length).shiftLeft(bits - length);
    }
}
