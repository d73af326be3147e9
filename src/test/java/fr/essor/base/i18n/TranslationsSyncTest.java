package fr.essor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.DatePrecision;
import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import fr.essor.rollout.EventKind;
import fr.essor.user.domain.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English say the same things, and every key the code uses exists in both. */
class TranslationsSyncTest {

    /** A quoted literal shaped like a bundle key: "deployment.headcount", "validation.required". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    /** Literals of that shape that are not keys: packages and resource names. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|js|ts|json|html|csv|png|svg)");
    private static final Set<String> NOT_KEYS_PREFIXES = Set.of("fr.essor", "com.vaadin", "vaadin-i18n", "org.", "java.");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TranslationsSyncTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("fr").stringPropertyNames());
    }

    @Test
    void no_message_is_empty_or_uses_a_straight_apostrophe_that_message_format_would_eat() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void every_key_in_the_code_and_every_enum_label_is_translated() throws IOException {
        Set<String> used = new TreeSet<>(keysInSources(Path.of("src/main/java")));
        enumKeys(used, "platform.", Platform.values());
        enumKeys(used, "groupPolicy.", GroupPolicy.values());
        enumKeys(used, "eventKind.", EventKind.values());
        enumKeys(used, "admin.role.", Role.values());
        java.util.List.of(EventKind.USAGE_CHARTER, EventKind.DEDICATED_TEAM, EventKind.ROI_REVIEW, EventKind.TRAINING_WAVE)
                .forEach(kind -> used.add("compare.market.step." + kind.name()));
        Arrays.stream(Platform.values()).filter(p -> p != Platform.HOME_GROWN && p != Platform.OTHER)
                .forEach(platform -> used.add("compare.market.platform." + platform.name()));
        used.add("app.language.fr");
        used.add("app.language.en");
        assertThat(DatePrecision.values()).hasSize(3); // shown through formats, not labels

        Set<String> french = bundle("fr").stringPropertyNames();
        assertThat(used).isNotEmpty();
        assertThat(new TreeSet<>(used)).allSatisfy(key -> assertThat(french).as("key " + key).contains(key));
    }

    private static void enumKeys(Set<String> keys, String prefix, Enum<?>[] values) {
        Arrays.stream(values).forEach(value -> keys.add(prefix + value.name()));
    }

    private static Set<String> keysInSources(Path root) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (NOT_KEYS_PREFIXES.stream().noneMatch(literal::startsWith) && !FILE_NAME.matcher(literal).matches()) {
                        keys.add(literal);
                    }
                }
            }
        }
        return keys;
    }
}
