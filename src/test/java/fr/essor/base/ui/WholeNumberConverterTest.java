package fr.essor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import org.junit.jupiter.api.Test;

class WholeNumberConverterTest {

    private final WholeNumberConverter converter = new WholeNumberConverter("not a number", "too many digits");

    private Integer read(String text) {
        Result<Integer> result = converter.convertToModel(text, new ValueContext());
        return result.getOrThrow(IllegalArgumentException::new);
    }

    private String error(String text) {
        return converter.convertToModel(text, new ValueContext()).getMessage().orElse("no error");
    }

    @Test
    void numbers_are_read_as_french_and_english_users_type_them() {
        assertThat(read("170000")).isEqualTo(170_000);
        assertThat(read("170 000")).isEqualTo(170_000);
        assertThat(read("170\u202F000")).isEqualTo(170_000);
        assertThat(read("170,000")).isEqualTo(170_000);
        assertThat(read(" 1230 ")).isEqualTo(1230);
    }

    @Test
    void an_empty_field_means_no_figure() {
        assertThat(read("")).isNull();
        assertThat(read("   ")).isNull();
    }

    @Test
    void a_negative_number_is_read_so_the_rules_can_name_the_limit() {
        assertThat(read("-5")).isEqualTo(-5);
    }

    @Test
    void words_and_decimals_are_refused_as_not_a_number() {
        assertThat(error("douze")).isEqualTo("not a number");
        assertThat(error("12k")).isEqualTo("not a number");
    }

    @Test
    void a_number_beyond_what_a_count_holds_is_refused_for_its_size_not_as_a_typo() {
        assertThat(read("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(error("2147483648")).isEqualTo("too many digits");
        assertThat(error("2 147 483 648")).isEqualTo("too many digits");
        assertThat(error("99999999999")).isEqualTo("too many digits");
        assertThat(error("-99999999999")).isEqualTo("too many digits");
    }

    @Test
    void a_count_typed_with_a_decimal_separator_is_refused_not_read_as_a_bigger_number() {
        assertThat(error("1.5")).isEqualTo("not a number");
        assertThat(error("12,5")).isEqualTo("not a number");
        assertThat(error("0.75")).isEqualTo("not a number");
        assertThat(error("1,50")).isEqualTo("not a number");
        assertThat(error("1,500.000")).isEqualTo("not a number");
        // Groups of three behind one separator are still grouping.
        assertThat(read("1.500")).isEqualTo(1500);
        assertThat(read("1 234 567")).isEqualTo(1_234_567);
    }
}
