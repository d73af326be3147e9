package fr.essor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What visitors who never sign in cost the server: each visit opens the sign-in page as a browser with no cookie
 * does (GET /, its redirect to /login, the page; when the page is Vaadin's, the request that starts its view,
 * {@code ?v-r=init}, with the cookie the page set), then leaves. Prints the heap in use after a full collection
 * before and after the visits, and how long they took. Run by bench/anonymous.sh.
 * <p>
 * Arguments: base URL, server pid (for jcmd), number of visits, visits at once.
 */
public final class AnonymousVisitsBenchmark {

    private AnonymousVisitsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        int visits = Integer.parseInt(args[2]);
        int atOnce = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        visit(http, base); // the first one compiles and loads what every later one uses
        long before = LoadBenchmark.heapAfterFullGc(pid);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger vaadinPages = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
            for (int i = 0; i < visits; i++) {
                pool.submit(() -> {
                    try {
                        if (visit(http, base)) {
                            vaadinPages.incrementAndGet();
                        }
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = LoadBenchmark.heapAfterFullGc(pid);
        System.out.printf(Locale.ROOT, "%,d anonymous visits in %.1f s (%.0f a second), %,d of them started a Vaadin view, %d errors%n",
                visits, seconds, visits / seconds, vaadinPages.get(), errors.get());
        System.out.printf(Locale.ROOT, "heap after a full collection: before %,d KB, after %,d KB: %+,.1f MB, %.2f KB per visit%n",
                before, after, (after - before) / 1024.0, (after - before) / (double) visits);
    }

    /** One visitor: the address they typed, where it sends them, the page. True when the page started a Vaadin view. */
    private static boolean visit(HttpClient http, String base) throws Exception {
        HttpResponse<Void> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = cookieOf(home, "");
        String login = home.headers().firstValue("Location").orElse(base + "/login");
        HttpResponse<String> page = http.send(withCookie(HttpRequest.newBuilder(URI.create(login.startsWith("http") ? login : base + login)), cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("sign-in page answered " + page.statusCode());
        }
        cookie = cookieOf(page, cookie);
        if (!page.body().contains("window.Vaadin")) {
            return false;
        }
        HttpResponse<Void> init = http.send(withCookie(HttpRequest.newBuilder(
                URI.create(base + "/?v-r=init&location=login&query=")), cookie).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("view start answered " + init.statusCode());
        }
        return true;
    }

    private static String cookieOf(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')))
                .findFirst().orElse(otherwise);
    }

    private static HttpRequest.Builder withCookie(HttpRequest.Builder request, String cookie) {
        return cookie.isEmpty() ? request : request.header("Cookie", cookie);
    }
}
