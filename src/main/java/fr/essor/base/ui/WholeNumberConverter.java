package fr.essor.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole number typed the way people type them: "170000", "170 000", "170,000", "-5". Signs
 * are kept so that the rules can say "must be at least 0" rather than "not a number". A separator is
 * only grouping when groups of three digits follow it, all with the same separator: "1.5", "12,5" or
 * "0.75" is a decimal, and a headcount with a decimal is refused rather than read as 15, 125 or 75.
 */
public class WholeNumberConverter implements Converter<String, Integer> {

    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F,.'’]");
    private static final Pattern GROUPED = Pattern.compile("-?(\\d+|[1-9]\\d{0,2}([\\s\\u00A0\\u202F,.'’])\\d{3}(\\2\\d{3})*)");
    private final String notANumberMessage;
    private final String tooManyDigitsMessage;

    /**
     * @param tooManyDigitsMessage for a number written right but beyond what a count holds (above 2,147,483,647):
     *                             "not a whole number" would send the user looking for a typo that is not there
     */
    public WholeNumberConverter(String notANumberMessage, String tooManyDigitsMessage) {
        this.notANumberMessage = notANumberMessage;
        this.tooManyDigitsMessage = tooManyDigitsMessage;
    }

    @Override
    public Result<@Nullable Integer> convertToModel(@Nullable String text, ValueContext context) {
        if (text == null || text.isBlank()) {
            return Result.ok(null);
        }
        if (!GROUPED.matcher(text.strip()).matches()) {
            return Result.error(notANumberMessage);
        }
        String digits = GROUPING.matcher(text.strip()).replaceAll("");
        try {
            return Result.ok(Integer.parseInt(digits));
        } catch (NumberFormatException beyondAnInt) { // the pattern has checked the digits: only the size is left
            return Result.error(tooManyDigitsMessage);
        }
    }

    @Override
    public String convertToPresentation(@Nullable Integer value, ValueContext context) {
        return value == null ? "" : Integer.toString(value);
    }
}
