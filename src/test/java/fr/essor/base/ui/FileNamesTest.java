package fr.essor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void a_name_becomes_ascii_words_joined_by_single_dashes() {
        assertThat(FileNames.slug("Air France-KLM Cargo")).isEqualTo("air-france-klm-cargo");
        assertThat(FileNames.slug("Groupe Démo")).isEqualTo("groupe-demo");
        assertThat(FileNames.slug("<b>Acme</b><img src=x onerror=alert(1)>")).isEqualTo("b-acme-b-img-src-x-onerror-alert-1");
    }

    @Test
    void a_name_with_nothing_left_is_called_deployment() {
        assertThat(FileNames.slug("<>«»")).isEqualTo("deployment");
        assertThat(FileNames.slug("北京")).isEqualTo("deployment");
    }
}
