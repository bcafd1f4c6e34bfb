package org.troika.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateMentionsTest {

    private final StateMentions mentions = new StateMentions(StateRegistry.bundled());

    @Test
    void finds_every_state_in_a_list_of_speakers() {
        String text = "Violations were reported by the Czech Republic, Costa Rica, Estonia, Great Britain, USA and Belgium.";

        assertThat(mentions.find(text)).extracting(StateMentions.Mention::iso3)
                .containsExactly("CZE", "CRI", "EST", "GBR", "BEL");
    }

    @Test
    void prefers_the_longest_name() {
        assertThat(mentions.find("the Democratic Republic of the Congo and the Congo"))
                .extracting(StateMentions.Mention::iso3).containsExactly("COD", "COG");
    }

    @Test
    void folds_diacritics_and_apostrophes_without_moving_offsets() {
        String text = "Delegations of Côte d’Ivoire and Türkiye spoke.";

        var found = mentions.find(text);

        assertThat(found).extracting(StateMentions.Mention::iso3).containsExactly("CIV", "TUR");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Côte d’Ivoire");
    }

    @Test
    void does_not_read_niger_inside_nigeria() {
        assertThat(mentions.find("Nigeria welcomed the report")).extracting(StateMentions.Mention::iso3).containsExactly("NGA");
    }
}
