package fr.essor.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny OpenID Connect provider for tests: discovery, keys, an authorization endpoint that signs in
 * whoever {@link #nextUser} names without asking, and a token endpoint that answers with a signed ID token
 * carrying the nonce Essor sent.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "essor";
    static final String CLIENT_SECRET = "essor-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, String> nonceByCode = new ConcurrentHashMap<>();
    /** The claims of the user the next authorization signs in. */
    volatile Map<String, Object> nextUser = Map.of();

    FakeIdentityProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test").generate();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","subject_types_supported":["public"],"response_types_supported":["code"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer())));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        nonceByCode.put(code, query.getOrDefault("nonce", ""));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String nonce = nonceByCode.remove(form.get("code"));
        if (nonce == null) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                    .subject(UUID.randomUUID().toString()).issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("nonce", nonce);
            nextUser.forEach(claims::claim);
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            idToken.sign(new RSASSASigner(key));
            json(exchange, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"id_token":"%s"}"""
                    .formatted(UUID.randomUUID(), idToken.serialize()));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
