package fr.essor.rollout;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An organisation's name as it is kept and compared: two names a reader cannot tell apart are one name.
 * Unicode compatibility forms are folded (NFKC: "Ｏｒａｎｇｅ", "Oﬃce" become "Orange", "Office"),
 * invisible characters (zero-width space, joiners, soft hyphen, BOM) are dropped, and every kind of
 * space (no-break, narrow, ideographic…) becomes one plain space. Bidirectional controls, which can make
 * a name read differently from what it holds, are refused rather than silently removed.
 */
final class OrganisationName {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200D\\u2060-\\u2064\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private OrganisationName() {
    }

    static String normalise(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return SPACES.matcher(INVISIBLE.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    static boolean hasBidiControls(String name) {
        return BIDI_CONTROLS.matcher(name).find();
    }
}
