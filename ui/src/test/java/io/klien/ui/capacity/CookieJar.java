package io.klien.ui.capacity;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A browser's cookie jar for loopback addresses. Unlike {@link java.net.CookieManager} it sends {@code Secure}
 * cookies over plain http to localhost, as browsers do (they treat http://localhost as a secure context): Keycloak
 * marks its login-session cookie {@code SameSite=None; Secure} and answers 400 "cookie not found" without it.
 */
final class CookieJar extends CookieHandler {

    private record Key(String host, String path, String name) {
    }

    private record Stored(String value, long expiresAtMillis) {
    }

    private final Map<Key, Stored> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        long now = System.currentTimeMillis();
        List<String> pairs = new ArrayList<>();
        cookies.forEach((key, stored) -> {
            if (stored.expiresAtMillis < now) {
                cookies.remove(key);
            } else if (key.host.equals(host) && path.startsWith(key.path)) {
                pairs.add(key.name + "=" + stored.value);
            }
        });
        return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if (header == null || !header.equalsIgnoreCase("Set-Cookie")) {
                return;
            }
            for (String value : values) {
                for (HttpCookie cookie : HttpCookie.parse(value)) {
                    String path = cookie.getPath() == null ? defaultPath(uri) : cookie.getPath();
                    Key key = new Key(uri.getHost().toLowerCase(Locale.ROOT), path, cookie.getName());
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(key);
                    } else {
                        long expires = cookie.getMaxAge() < 0 ? Long.MAX_VALUE
                                : System.currentTimeMillis() + cookie.getMaxAge() * 1000;
                        cookies.put(key, new Stored(cookie.getValue(), expires));
                    }
                }
            }
        });
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || !path.startsWith("/")) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last == 0 ? "/" : path.substring(0, last);
    }
}
