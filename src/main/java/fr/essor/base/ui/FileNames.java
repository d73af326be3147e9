package fr.essor.base.ui;

import java.text.Normalizer;
import java.util.Locale;

/** The part of a downloaded file's name that comes from a deployment's name. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * "air-france-klm-cargo", "groupe-demo": ASCII letters and digits joined by single dashes, so every system
     * keeps the name; "deployment" when nothing of the name is left (a name of symbols or markup only).
     */
    public static String slug(String organisation) {
        String slug = Normalizer.normalize(organisation, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "deployment" : slug;
    }
}
