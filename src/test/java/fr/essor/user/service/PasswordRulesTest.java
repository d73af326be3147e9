package fr.essor.user.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @ParameterizedTest
    @CsvSource({"password1234", "Password1234", "QWERTYUIOPASDF", "iloveyou1234", "1qaz2wsx3edc"})
    void a_password_from_the_common_and_breached_lists_is_refused_whatever_its_case(String password) {
        assertThat(PasswordRules.refusal(password, "nina")).contains(PasswordChange.COMMON);
    }

    @ParameterizedTest
    @CsvSource({"aaaaaaaaaaaa", "ÀÀÀÀÀÀÀÀÀÀÀÀ", "abababababab", "abcabcabcabc", "zZzZzZzZzZzZzZ", "abcdabcdabcd",
            "sunflowerSUNFLOWER", "tea4two-tea4two-"})
    void any_unit_typed_again_and_again_is_refused(String password) {
        assertThat(PasswordRules.refusal(password, "nina")).contains(PasswordChange.REPEATED);
    }

    @ParameterizedTest
    @CsvSource({"nina.nouvelle, nina.nouvelle", "Nina.Nouvelle2024!, nina.nouvelle", "admin-admin-admin, admin",
            "Essor2024!!!!, nina", "essor essor essor, nina", "ESSOR-admin-2025, admin"})
    void the_user_name_or_essor_with_only_digits_or_signs_around_is_refused(String password, String username) {
        assertThat(PasswordRules.refusal(password, username)).contains(PasswordChange.NAME_BASED);
    }

    @Test
    void a_phrase_is_accepted_even_when_it_holds_the_service_name_inside_a_word() {
        for (String phrase : List.of("a long enough phrase", "my professor likes green tea", "Essor tracks our rollout well")) {
            assertThat(PasswordRules.refusal(phrase, "nina")).as(phrase).isEmpty();
        }
    }

    @Test
    void the_length_rules_still_come_first() {
        assertThat(PasswordRules.refusal("aaaa", "nina")).contains(PasswordChange.TOO_SHORT);
        assertThat(PasswordRules.refusal("é".repeat(37), "nina")).contains(PasswordChange.TOO_LONG);
        assertThat(PasswordRules.refusal("é".repeat(36), "nina")).isEqualTo(Optional.of(PasswordChange.REPEATED));
    }

    @Test
    void the_shipped_list_holds_tens_of_thousands_of_passwords_as_long_as_the_minimum() throws Exception {
        try (var in = Objects.requireNonNull(PasswordRules.class.getResourceAsStream(PasswordRules.COMMON_PASSWORDS))) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();

            assertThat(lines).hasSizeGreaterThan(40_000).doesNotHaveDuplicates()
                    .allMatch(line -> line.codePointCount(0, line.length()) >= PasswordChange.MIN_LENGTH)
                    .allMatch(line -> line.equals(line.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
