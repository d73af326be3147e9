package fr.essor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The failed sign-in counts, in the database (table sign_in_failure): shared by every node, kept across restarts.
 * Each change reads the row under a lock and writes it back in a transaction of its own, so two failures at the
 * same moment are both counted, whoever started a transaction around the sign-in.
 */
@Repository
class SignInFailures {

    enum Kind { NAME, ADDRESS, PAIR }

    /** A subject's count: failures since it was last forgotten, when the last one happened, and any block. */
    record Count(int failures, Instant lastFailure, @Nullable Instant blockedUntil) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    private final JdbcClient sql;
    private final TransactionTemplate ownTransaction;

    SignInFailures(JdbcClient sql, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Count> read(Kind kind, String subject) {
        return sql.sql("select failures, last_failure, blocked_until from sign_in_failure where kind = ? and subject = ?")
                .params(kind.name(), digest(subject))
                .query((row, number) -> new Count(row.getInt(1), instant(row.getObject(2, OffsetDateTime.class)),
                        nullableInstant(row.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    /** Replaces a subject's count by what {@code change} makes of it (null when it has none yet). */
    void change(Kind kind, String subject, UnaryOperator<@Nullable Count> change) {
        String key = digest(subject);
        try {
            ownTransaction.executeWithoutResult(status -> changeLocked(kind, key, change));
        } catch (DuplicateKeyException firstFailureAtTheSameMoment) {
            // Another request inserted the row between our read and our insert: it exists now, update it.
            ownTransaction.executeWithoutResult(status -> changeLocked(kind, key, change));
        }
    }

    private void changeLocked(Kind kind, String key, UnaryOperator<@Nullable Count> change) {
        @Nullable Count before = sql.sql("select failures, last_failure, blocked_until from sign_in_failure"
                        + " where kind = ? and subject = ? for update")
                .params(kind.name(), key)
                .query((row, number) -> new Count(row.getInt(1), instant(row.getObject(2, OffsetDateTime.class)),
                        nullableInstant(row.getObject(3, OffsetDateTime.class))))
                .optional().orElse(null);
        Count after = change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        if (before == null) {
            sql.sql("insert into sign_in_failure (kind, subject, failures, last_failure, blocked_until) values (?, ?, ?, ?, ?)")
                    .params(kind.name(), key, after.failures(), time(after.lastFailure()), time(after.blockedUntil()))
                    .update();
        } else {
            sql.sql("update sign_in_failure set failures = ?, last_failure = ?, blocked_until = ? where kind = ? and subject = ?")
                    .params(after.failures(), time(after.lastFailure()), time(after.blockedUntil()), kind.name(), key)
                    .update();
        }
    }

    void forget(Kind kind, String subject) {
        sql.sql("delete from sign_in_failure where kind = ? and subject = ?").params(kind.name(), digest(subject)).update();
    }

    /** Drops the counts nobody has added to since {@code before} and that block nothing any more. */
    int forgetOlderThan(Instant before, Instant now) {
        return sql.sql("delete from sign_in_failure where last_failure < ? and (blocked_until is null or blocked_until < ?)")
                .params(time(before), time(now)).update();
    }

    /** Only a digest is stored: a password typed into the name field by mistake is not kept in clear. */
    static String digest(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
