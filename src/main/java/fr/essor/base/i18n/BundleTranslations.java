package fr.essor.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Every word the UI shows comes from here. French is the default: it is listed first, so a browser
 * asking for any other language than English gets French. The bundles never fall back to the
 * machine's locale, so a server running in English still serves French to French users.
 */
@Component
public class BundleTranslations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private record Message(String key, Locale locale) {
    }

    /**
     * Each message's parsed format, kept: parsing a pattern with a number or choice style costs more than the
     * formatting (JDK 25 also throws and catches an exception inside for each such style, three per page).
     * A {@link MessageFormat} is not safe to share between threads: each use formats a copy.
     */
    private final ConcurrentMap<Message, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format = formats.computeIfAbsent(new Message(key, supported), m -> new MessageFormat(pattern, supported));
            return ((MessageFormat) format.clone()).format(params);
        } catch (MissingResourceException missing) {
            // Visible on purpose: a missing key must be noticed, not papered over.
            return "!" + key + "!";
        }
    }

    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
