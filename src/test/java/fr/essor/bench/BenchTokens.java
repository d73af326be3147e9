package fr.essor.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An API token for a benchmark's user, written as ApiTokens keeps it (SHA-256 of the clear value) straight
 * into the running Essor's H2 file (started with AUTO_SERVER=TRUE): a benchmark writes through the API
 * without driving the tokens page.
 */
final class BenchTokens {

    private BenchTokens() {
    }

    /** @return the clear token */
    static String write(String dataDir, String user, String benchmark) throws Exception {
        String clear = "essor_bench" + System.nanoTime();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clear.getBytes(StandardCharsets.UTF_8)));
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/essor;AUTO_SERVER=TRUE", "sa", "");
             var insert = connection.prepareStatement("insert into api_token (version, user_id, name, token_hash, created_at) "
                     + "select 0, id, ?, ?, current_timestamp from app_user where username = ?")) {
            insert.setString(1, benchmark + " " + Instant.now());
            insert.setString(2, hash);
            insert.setString(3, user);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + user + ": start Essor with the demo profile");
            }
        }
        return clear;
    }
}
