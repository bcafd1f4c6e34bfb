package org.troika.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.troika.support.SharedData;

/** Troika's own State list, checked against the public data set in ../shared. */
class StateReferenceDataTest {

    private final StateRegistry registry = StateRegistry.bundled();

    @Test
    void holds_all_193_members_and_2_observers() {
        assertThat(registry.all()).hasSize(195);
        assertThat(registry.all().stream().filter(State::unMember)).hasSize(193);
        assertThat(registry.all().stream().filter(s -> !s.unMember())).extracting(State::iso3).containsExactlyInAnyOrder("VAT", "PSE");
    }

    @Test
    void agrees_with_the_shared_state_list_on_codes_groups_and_membership() throws Exception {
        for (CSVRecord row : sharedStates()) {
            State state = registry.byCode(row.get("iso3")).orElseThrow(() -> new AssertionError("missing " + row.get("iso3")));
            assertThat(state.iso2()).as(row.get("iso3")).isEqualTo(row.get("iso2"));
            assertThat(state.m49()).as(row.get("iso3")).isEqualTo(row.get("m49"));
            assertThat(state.unMember()).as(row.get("iso3")).isEqualTo(Boolean.parseBoolean(row.get("un_member")));
            assertThat(state.regionalGroup().map(RegionalGroup::label).orElse("")).as(row.get("iso3")).isEqualTo(row.get("un_regional_group"));
            assertThat(registry.byName(row.get("name"))).as(row.get("name")).contains(state);
            assertThat(registry.byName(row.get("upr_info_name"))).as(row.get("upr_info_name")).contains(state);
            assertThat(registry.byName(row.get("unterm_formal_name"))).as(row.get("unterm_formal_name")).contains(state);
        }
    }

    private static List<CSVRecord> sharedStates() throws Exception {
        try (Reader in = Files.newBufferedReader(SharedData.data("states.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void knows_the_names_un_documents_use() {
        assertThat(registry.byName("United Kingdom of Great Britain and Northern Ireland")).map(State::iso3).contains("GBR");
        assertThat(registry.byName("Bolivarian Republic of Venezuela (the)")).map(State::iso3).contains("VEN");
        assertThat(registry.byName("the Bolivarian Republic of Venezuela")).map(State::iso3).contains("VEN");
        assertThat(registry.byName("Türkiye")).map(State::iso3).contains("TUR");
        assertThat(registry.byName("Turkey")).map(State::iso3).contains("TUR");
        assertThat(registry.byName("Czechia")).map(State::iso3).contains("CZE");
        assertThat(registry.byName("the Czech Republic")).map(State::iso3).contains("CZE");
        assertThat(registry.byName("Côte d’Ivoire")).map(State::iso3).contains("CIV");
        assertThat(registry.byName("Côte d'Ivoire")).map(State::iso3).contains("CIV");
        assertThat(registry.byName("Cote d'Ivoire")).map(State::iso3).contains("CIV");
        assertThat(registry.byName("Republic of Moldova")).map(State::iso3).contains("MDA");
        assertThat(registry.byName("Islamic Republic of Iran")).map(State::iso3).contains("IRN");
        assertThat(registry.byName("Lao People’s Democratic Republic")).map(State::iso3).contains("LAO");
        assertThat(registry.byName("the former Yugoslav Republic of Macedonia")).map(State::iso3).contains("MKD");
        assertThat(registry.byName("Libyan Arab Jamahiriya")).map(State::iso3).contains("LBY");
        assertThat(registry.byName("Democratic Republic of the Congo")).map(State::iso3).contains("COD");
        assertThat(registry.byName("Congo")).map(State::iso3).contains("COG");
    }

    @Test
    void names_matching_no_state_are_not_guessed() {
        assertThat(registry.byName("Atlantis")).isEmpty();
        assertThat(registry.byCode("XYZ")).isEmpty();
    }

    @Test
    void every_recommending_state_in_the_upr_info_export_is_known() throws Exception {
        try (Reader in = Files.newBufferedReader(SharedData.data("upr_recommendations.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String name = row.get("recommending_state");
                String iso3 = row.get("recommending_iso3");
                if (!iso3.isBlank()) {
                    assertThat(registry.byName(name)).as("line " + row.getRecordNumber() + ": " + name).map(State::iso3).contains(iso3);
                }
            }
        }
    }
}
