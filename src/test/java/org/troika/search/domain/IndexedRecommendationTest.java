package org.troika.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.troika.recommendation.RecommendationBuilder.aRecommendation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.StateRegistry;

/** What the index holds of a recommendation, and how typed field values are read. */
class IndexedRecommendationTest {

    final StateRegistry states = StateRegistry.bundled();
    final FieldValues values = new FieldValues(states);

    @Test
    void facet_values_of_a_joint_recommendation_with_labels() {
        Recommendation r = aRecommendation().in(new ReviewRef(1, "SVN", 34, 3, 2019)).paragraph("121.1").by("FRA", "LTU", "BRA")
                .noted().actionCategory(4).labelled(Taxonomy.UPR_INFO_ISSUE, "Death penalty")
                .labelled(Taxonomy.UHRI_THEME, "Enforced disappearances").labelled(Taxonomy.SDG_TARGET, "16.3")
                .labelled(Taxonomy.SDG_TARGET, "16.a").labelled(Taxonomy.AFFECTED_GROUP, "women").build();

        IndexedRecommendation indexed = IndexedRecommendation.of(r, states);

        assertThat(indexed.values(SearchField.STATE)).containsExactly("SVN");
        assertThat(indexed.values(SearchField.GROUP)).containsExactly("EEG");
        assertThat(indexed.values(SearchField.BY)).containsExactly("FRA", "LTU", "BRA");
        assertThat(indexed.values(SearchField.BY_GROUP)).containsExactly("WEOG", "EEG", "GRULAC");
        assertThat(indexed.values(SearchField.RESPONSE)).containsExactly("noted");
        assertThat(indexed.values(SearchField.THEME)).containsExactly("Death penalty", "Enforced disappearances");
        assertThat(indexed.values(SearchField.SDG)).containsExactly("16");
        assertThat(indexed.sdgTargets()).containsExactly("16.3", "16.a");
        assertThat(indexed.values(SearchField.ACTION)).containsExactly("4");
        assertThat(indexed.values(SearchField.SOURCE)).containsExactly("wg-report");
        assertThat(indexed.values(SearchField.YEAR)).containsExactly("2019");
    }

    @Test
    void a_changed_response_or_review_year_changes_the_version() {
        Recommendation r = aRecommendation().by("FRA").build();
        long version = IndexedRecommendation.of(r, states).version();

        assertThat(IndexedRecommendation.of(aRecommendation().by("FRA").build(), states).version()).isEqualTo(version);
        assertThat(IndexedRecommendation.of(aRecommendation().by("FRA").noted().build(), states).version()).isNotEqualTo(version);
        assertThat(IndexedRecommendation.of(aRecommendation().in(new ReviewRef(0, "KAZ", 7, 1, 2011)).by("FRA").build(), states)
                .version()).isNotEqualTo(version);
    }

    @Test
    void paragraphs_sort_by_their_numbers() {
        List<String> keys = List.of("124.15", "124.2", "95.1").stream()
                .map(p -> IndexedRecommendation.orderKey(20, "KAZ", p)).sorted().toList();
        assertThat(keys).containsExactly(IndexedRecommendation.orderKey(20, "KAZ", "95.1"),
                IndexedRecommendation.orderKey(20, "KAZ", "124.2"), IndexedRecommendation.orderKey(20, "KAZ", "124.15"));
    }

    @Test
    void the_order_key_pads_the_session_to_three_digits_and_each_number_to_nine() {
        // Indexes hold these keys: a different key would need a new index schema.
        assertThat(IndexedRecommendation.orderKey(7, "KAZ", "95.1")).isEqualTo("007|KAZ|000000095.000000001");
        assertThat(IndexedRecommendation.orderKey(34, "SVN", "A.12 bis")).isEqualTo("034|SVN|A.000000012 bis");
        assertThat(IndexedRecommendation.orderKey(124, "FRA", "")).isEqualTo("124|FRA|");
        assertThat(IndexedRecommendation.orderKey(1001, "FRA", "3")).isEqualTo("1001|FRA|000000003");
    }

    @Test
    void a_version_is_the_first_eight_bytes_of_its_sha_256() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("abc|KAZ|20|2014".getBytes(StandardCharsets.UTF_8));
        assertThat(IndexedRecommendation.version("abc|KAZ|20|2014")).isEqualTo(ByteBuffer.wrap(digest).getLong());
    }

    @Test
    void source_type_comes_from_the_document_symbol() {
        assertThat(SourceType.of(java.util.Optional.of("A/HRC/28/10"))).isEqualTo(SourceType.WG_REPORT);
        assertThat(SourceType.of(java.util.Optional.of("A/HRC/28/10/Add.1"))).isEqualTo(SourceType.ADDENDUM);
        assertThat(SourceType.of(java.util.Optional.of("CCPR/C/KAZ/CO/2"))).isEqualTo(SourceType.OTHER);
        assertThat(SourceType.of(java.util.Optional.empty())).isEqualTo(SourceType.NONE);
    }

    @Test
    void field_values_are_read_as_people_write_them() {
        assertThat(values.canonical(SearchField.BY, "France")).isEqualTo("FRA");
        assertThat(values.canonical(SearchField.BY, "fr")).isEqualTo("FRA");
        assertThat(values.canonical(SearchField.STATE, "Côte d’Ivoire")).isEqualTo("CIV");
        assertThat(values.canonical(SearchField.STATE, "cote d'ivoire")).isEqualTo("CIV");
        assertThat(values.canonical(SearchField.GROUP, "weog")).isEqualTo("WEOG");
        assertThat(values.canonical(SearchField.GROUP, "Western European and others")).isEqualTo("WEOG");
        assertThat(values.canonical(SearchField.BY_GROUP, "Asia-Pacific Group")).isEqualTo("APG");
        assertThat(values.canonical(SearchField.RESPONSE, "Rejected")).isEqualTo("noted");
        assertThat(values.canonical(SearchField.SDG, "SDG 16")).isEqualTo("16");
        assertThat(values.canonical(SearchField.SDG, "16.A")).isEqualTo("16.a");
        assertThat(values.label(SearchField.BY, "FRA")).isEqualTo("France");
        assertThat(values.label(SearchField.ACTION, "5")).isEqualTo("5 – specific action");
    }

    @Test
    void values_that_name_nothing_are_refused_naming_the_field() {
        assertThatThrownBy(() -> values.canonical(SearchField.BY, "Atlantis")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("'Atlantis' in field 'by'").extracting("parameter").isEqualTo("by");
        assertThatThrownBy(() -> values.canonical(SearchField.SDG, "18")).hasMessageContaining("goal 1 to 17");
        assertThatThrownBy(() -> values.canonical(SearchField.ACTION, "6")).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> values.canonical(SearchField.SOURCE, "tweet")).hasMessageContaining("wg-report");
        assertThatThrownBy(() -> values.canonical(SearchField.GROUP, "NATO")).hasMessageContaining("no regional group");
    }
}
