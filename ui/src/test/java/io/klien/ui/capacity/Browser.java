package io.klien.ui.capacity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, over plain HTTP: its own cookie jar (the app's JSESSIONID, Keycloak's session cookies), and
 * redirects followed by hand so each hop can be checked. Talks to loopback addresses only: a benchmark must never be
 * pointed at somebody else's server.
 */
public final class Browser {

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSWORD_FIELD = Pattern.compile("<input[^>]*\\bname=\"password\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEEDBACK = Pattern.compile(
            "(?:kc-feedback-text|instruction|input-error[\\w-]*)\"[^>]*>\\s*([^<]+)", Pattern.CASE_INSENSITIVE);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final HttpClient http;
    final URI app;

    public Browser(URI app) {
        this.app = requireLoopback(app);
        this.http = HttpClient.newBuilder().cookieHandler(new CookieJar()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Refuses any address that is not this machine's loopback. */
    static URI requireLoopback(URI uri) {
        boolean loopback;
        try {
            loopback = uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException("The load generator only talks to loopback addresses, not " + uri);
        }
        return uri;
    }

    /**
     * Signs in as a browser does with the app's OIDC code flow (PKCE is the app's and Keycloak's business: the browser
     * only carries the redirects): opens {@code path}, is sent to Keycloak's login page, posts the username and (on
     * the organization-aware identity-first form) then the password, follows the redirects back through the app's
     * callback and ends on {@code path}, signed in. Returns the page's HTML.
     */
    public String signIn(String path, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = follow(get(app.resolve(path)));
        for (int step = 0; step < 3 && isLoginPage(response); step++) {
            String html = response.body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            if (PASSWORD_FIELD.matcher(html).find()) {
                form.put("password", password);
                form.put("credentialId", "");
            }
            response = follow(post(URI.create(loginAction(html)), form));
        }
        if (isLoginPage(response) || !response.uri().getPath().equals(app.resolve(path).getPath())
                || response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " ended on " + response.uri() + " with "
                    + response.statusCode() + ": " + feedback(response.body()));
        }
        return response.body();
    }

    /** What Keycloak's page tells the person (its feedback or error text), or the start of the page. */
    private static String feedback(String html) {
        Matcher message = FEEDBACK.matcher(html);
        return message.find() ? message.group(1).strip() : UiState.abbreviate(html);
    }

    /** The action of Keycloak's login form in the page, HTML entities decoded. */
    static String loginAction(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form in the page: " + UiState.abbreviate(html));
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form has no action: " + form.group());
        }
        return action.group(1).replace("&amp;", "&").replace("&#x3d;", "=").replace("&#61;", "=");
    }

    private static boolean isLoginPage(HttpResponse<String> response) {
        return response.statusCode() == 200 && FORM.matcher(response.body()).find();
    }

    HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(requireLoopback(uri)).timeout(TIMEOUT).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build();
    }

    private HttpRequest post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(requireLoopback(uri)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends the request and follows redirects (GET after any 30x, as browsers do after a form post). */
    HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("Redirect without Location from " + request.uri()));
            response = http.send(get(response.uri().resolve(location)), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }
}
