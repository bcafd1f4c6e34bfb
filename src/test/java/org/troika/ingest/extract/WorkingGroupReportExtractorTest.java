package org.troika.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Response;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * The rules of reading a Working Group report, each shown on a small excerpt of a real report (symbol and
 * lines given); expected values are read off the excerpt by hand.
 */
class WorkingGroupReportExtractorTest {

    private final WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(StateRegistry.bundled());

    /** A/HRC/14/10 (Kazakhstan 2010), lines 342-352: a first-cycle list numbered inside paragraph 95. */
    static final String FIRST_CYCLE = """
            II. Conclusions and/or recommendations
            95. The recommendations formulated during the interactive dialogue and listed below enjoy the support of Kazakhstan:
            1.
            To accomplish human rights voluntary goals as established by Human Rights Council resolution 9/12, including the ratification of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto (Brazil);

            2.
            To sign and ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Spain);

            3.
            To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); ratify the Convention on the Rights of Persons with Disabilities (Republic of Korea);
            """;

    @Test
    void numbers_first_cycle_recommendations_inside_their_paragraph() {
        Extraction e = extractor.extract(FIRST_CYCLE);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("95.1", "95.2", "95.3");
        assertThat(e.recommendations().get(1).text())
                .isEqualTo("To sign and ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Spain)");
        assertThat(e.recommendations().get(1).line()).isEqualTo(6);
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void reads_the_states_of_each_clause_of_a_joint_recommendation() {
        ExtractedRecommendation third = extractor.extract(FIRST_CYCLE).recommendations().get(2);

        assertThat(third.states()).containsExactly("SVN", "KOR");
        assertThat(third.stateNames()).containsExactly("Slovenia", "Republic of Korea");
    }

    /** A/HRC/28/10 (Kazakhstan 2014), lines 313-320 and 470-475: "124.1" numbers and the three kinds of chapeau. */
    @Test
    void reads_the_response_from_the_paragraph_above_each_list() {
        String text = """
                 II. Conclusions and/or recommendations**
                 ** The conclusions and recommendations have not been edited.
                124. The following recommendations enjoy the support of Kazakhstan, which considers that they have already been implemented.


                124.1 Adopt legislative measures to criminalize torture, violence against women and trafficking in persons in line with international standards (Mexico);
                125. The following recommendations enjoy the support of Kazakhstan, which considers that they are in the process of being implemented.


                125.1 Finalize the ratification of the Convention on the Rights of Persons with Disabilities (CRPD) (Egypt);\s
                126. The following recommendations did not enjoy the support of Kazakhstan and would thus be noted:


                126.1 Consider the possibility of acceding to the International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families (ICRMW) (Egypt);
                127. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review. They should not be construed as endorsed by the Working Group as a whole.
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("124.1", "125.1", "126.1");
        assertThat(e.recommendations()).extracting(r -> r.response().orElseThrow())
                .containsExactly(Response.SUPPORTED, Response.SUPPORTED, Response.NOTED);
        assertThat(e.recommendations().get(1).text())
                .isEqualTo("Finalize the ratification of the Convention on the Rights of Persons with Disabilities (CRPD) (Egypt)");
        assertThat(e.recommendations().get(1).states()).containsExactly("EGY");
    }

    /** A/HRC/43/15 (Slovenia 2019), lines 751-762: "will be examined ... in due time" leaves the response open. */
    @Test
    void leaves_the_response_open_for_recommendations_still_to_be_examined() {
        String text = """
                II. Conclusions and/or recommendations
                    122. The following recommendations will be examined by Slovenia, which will
                    provide responses in due time, but no later than the forty-third session of the Human
                    Rights Council:
                          122.1     Complete the process of ratification of the Optional Protocol to the
                          International Covenant on Economic, Social and Cultural Rights (Senegal);
                          122.2    Ratify the International Convention on the Protection of the Rights of
                          All Migrant Workers and Members of Their Families (Bangladesh) (Egypt);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::response).containsOnly(Optional.empty());
        assertThat(e.recommendations().get(1).states()).containsExactly("BGD", "EGY");
        assertThat(e.recommendations().get(1).text()).isEqualTo(
                "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Bangladesh) (Egypt)");
    }

    /** A/HRC/21/16 (South Africa 2012), a text that lost its line breaks: paragraphs run on one line. */
    @Test
    void splits_paragraphs_run_together_on_one_line() {
        String text = "II. Conclusions and/or recommendations**  ** Conclusions and recommendations have not been edited. 124. The following "
                + "recommendations will be examined by South Africa, which will provide responses in due time:  124.1. Complete its accession "
                + "to the core human rights instruments that are still not yet ratified (Iraq);  124.2. Complete the ratification process for "
                + "human rights treaties that it has signed, including the International Covenant on Economic, Social and Cultural Rights "
                + "(ICESCR) and the Optional Protocol to the Convention against Torture (OP-CAT) (United Kingdom);  124.3. Finalise the "
                + "ratification process of the ICESCR (Hungary); 125. All conclusions and/or recommendations contained in the present report "
                + "reflect the position of the submitting State(s) and/or the State under review.";

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("124.1", "124.2", "124.3");
        assertThat(e.recommendations()).extracting(ExtractedRecommendation::states)
                .containsExactly(List.of("IRQ"), List.of("GBR"), List.of("HUN"));
        assertThat(e.recommendations().get(2).text()).isEqualTo("Finalise the ratification process of the ICESCR (Hungary)");
        assertThat(e.problems()).isEmpty();
    }

    /** A/HRC/59/15 (Slovenia 2025), lines 583-587: eight brackets in a row, the last one broken over two lines. */
    @Test
    void reads_every_bracket_of_a_run_of_states() {
        String text = """
                       II. Conclusions and/or recommendations
                              140. The following recommendations will be examined by Slovenia, which will
                              provide responses in due time, but no later than the fifty-ninth session of the Human
                              Rights Council:
                                     140.1    Ratify the International Convention on the Protection of the Rights of
                                     All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde)
                                     (Paraguay) (South Sudan) (Sri Lanka) (Togo) (Uruguay) (Bolivarian Republic
                                     of Venezuela);
                """;

        ExtractedRecommendation r = extractor.extract(text).recommendations().get(0);

        assertThat(r.states()).containsExactly("DZA", "CPV", "PRY", "SSD", "LKA", "TGO", "URY", "VEN");
        assertThat(r.stateNames()).last().isEqualTo("Bolivarian Republic of Venezuela");
    }

    /** A/HRC/43/15 (Slovenia 2019), lines 580-582: "(No. 29)" names no State and stays part of the text. */
    @Test
    void keeps_brackets_that_name_no_state_in_the_text() {
        String text = """
                II. Conclusions and/or recommendations
                    121. The recommendations formulated during the interactive dialogue/listed below
                    have been examined by Slovenia and enjoy the support of Slovenia:
                          121.3     Ratify and implement the International Labour Organization’s 2014
                          Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of
                          Great Britain and Northern Ireland);
                """;

        ExtractedRecommendation r = extractor.extract(text).recommendations().get(0);

        assertThat(r.states()).containsExactly("GBR");
        assertThat(r.stateNames()).containsExactly("United Kingdom of Great Britain and Northern Ireland");
        assertThat(r.text()).isEqualTo("Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour "
                + "Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland)");
        assertThat(r.response()).contains(Response.SUPPORTED);
    }

    /**
     * Long official, short and former names as the reports print them: A/HRC/59/15 140.48 and 140.167,
     * A/HRC/43/15 121.50, A/HRC/14/10 95.28 and the Working Group report on Kiribati (2010, rochelleterman/uprs
     * kiribati2010.txt) 66.25-66.26.
     */
    @Test
    void maps_official_short_and_former_names_to_the_same_states() {
        String text = """
                140.48 Lift restrictions on dual nationality for naturalized Slovene citizens
                (Türkiye);
                140.167 Adopt specific measures to promote women’s equal participation in
                the labour market, particularly in innovative sectors such as the digital sector
                (Venezuela (Bolivarian Republic of));
                121.50    Improve the living, working and social conditions of migrants and
                refugees and their access to health care (Turkey);
                95.28 To strengthen measures aimed at eliminating child labour; to protect girls, children with disabilities, children in institutions and children born out of wedlock against discrimination; and to increase the attention accorded to protecting the rights of the child in the area of juvenile justice (Czech Republic);
                66.25. Make greater efforts to establish a national institution for human rights and cooperate with the Office of the United Nations High Commissioner for Human Rights and other relevant United Nations organs, and seek from the international community the necessary financial support to attain that objective (Libyan Arab Jamahiriya); 66.26. Promptly establish a National Human Rights Institution that operates in accordance with the Paris Principles, seeking international assistance as necessary (United Kingdom of Great Britain and Northern Ireland);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::states).containsExactly(
                List.of("TUR"), List.of("VEN"), List.of("TUR"), List.of("CZE"), List.of("LBY"), List.of("GBR"));
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void knows_the_names_the_un_used_before_states_renamed_themselves() {
        StateRegistry registry = StateRegistry.bundled();
        RecommendingStates states = new RecommendingStates(registry);

        assertThat(states.in("Ratify the Convention (the former Yugoslav Republic of Macedonia) (Czechia) (Swaziland) (Cape Verde);").iso3())
                .containsExactly("MKD", "CZE", "SWZ", "CPV");
    }

    /** A/HRC/21/16 124.119, read with reference data that lacks Côte d'Ivoire. */
    @Test
    void reports_an_unknown_state_with_its_line_and_paragraph() {
        List<State> withoutCoteDIvoire = StateRegistry.bundled().all().stream().filter(s -> !s.iso3().equals("CIV")).toList();
        WorkingGroupReportExtractor partial = new WorkingGroupReportExtractor(new StateRegistry(withoutCoteDIvoire));
        String text = """
                124.118. Seek necessary technical assistance from OHCHR, other relevant UN agencies and funds with a view to effectively implement its key national priorities for 2009–2014 related to health, education, land reform and food security (Malaysia);
                124.119. Pursue its efforts in the development of its rural policies to improve the existing strategies and policies and gradually
                strengthen the right to food for vulnerable groups (Côte d’Ivoire);
                """;

        Extraction e = partial.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("124.118", "124.119");
        assertThat(e.recommendations().get(1).states()).isEmpty();
        assertThat(e.problems()).containsExactly(new ExtractionProblem(3, "124.119",
                "unknown recommending State 'Côte d’Ivoire' (add the name to reference/states.tsv if it is a State)"));
    }

    /** A/HRC/21/16 124.5 with its bracket "(Chad)" taken away. */
    @Test
    void reports_a_recommendation_that_names_no_state() {
        Extraction e = extractor.extract("124.5. Ratify ICESCR;\n");

        assertThat(e.recommendations()).hasSize(1);
        assertThat(e.problems()).containsExactly(new ExtractionProblem(1, "124.5", "no recommending State in brackets at the end of the recommendation"));
    }

    /** A/HRC/43/15, lines 600-606 across the foot of page 11 and the head of page 12. */
    @Test
    void removes_page_numbers_running_headers_and_job_numbers_between_pages() {
        String text = """
                          121.15   Take effective steps to finalize and implement a national plan for the
                          prevention of family violence and violence against women, including guidelines
                          for working with sexually abused children (Botswana);



                                                                                                   11
                A/HRC/43/15


                              121.16     Continue to strengthen its efforts through a comprehensive strategy
                              to protect older persons from violence and all forms of abuse, and ensure that
                              cases of elderly abuse are investigated and prosecuted (Maldives);
                              121.17     Strengthen measures to prevent trafficking for the purposes of sex
                GE.19-21936(E)
                              and forced labour (Australia);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::text).containsExactly(
                "Take effective steps to finalize and implement a national plan for the prevention of family violence and violence against "
                        + "women, including guidelines for working with sexually abused children (Botswana)",
                "Continue to strengthen its efforts through a comprehensive strategy to protect older persons from violence and all forms "
                        + "of abuse, and ensure that cases of elderly abuse are investigated and prosecuted (Maldives)",
                "Strengthen measures to prevent trafficking for the purposes of sex and forced labour (Australia)");
        assertThat(e.recommendations().get(1).line()).isEqualTo(11);
        assertThat(e.problems()).isEmpty();
    }

    /**
     * A/HRC/43/15 122.153 keeps "non-\nrefoulement" a compound as printed (lines 1249-1250); 122.154 and 122.150
     * are the report's text wrapped as a PDF converter that hyphenates would wrap it ("under-\nstand",
     * "non-re-\nfoulement"); 121.52 writes "non-refoulement" on one line.
     */
    @Test
    void keeps_the_hyphen_of_a_compound_and_rejoins_a_word_hyphenated_across_lines() {
        String text = """
                122.153 Strengthen the asylum system to fully respect the principle of non-
                refoulement (Cyprus);
                122.154 Ensure that border and police guards provide adequate information to asylum seekers and migrants about relevant procedures and their rights in the language that they under-
                stand (Malta);
                121.52 Ensure respect for the principle of non-refoulement through individual assessment of each migratory situation (Peru);
                122.150 Strengthen education programmes on the human rights of migrants and refugees, for migration officials, security forces, the army, prosecutors and judges, with special focus on the principle of non-re-
                foulement (Mexico);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::text).containsExactly(
                "Strengthen the asylum system to fully respect the principle of non-refoulement (Cyprus)",
                "Ensure that border and police guards provide adequate information to asylum seekers and migrants about relevant "
                        + "procedures and their rights in the language that they understand (Malta)",
                "Ensure respect for the principle of non-refoulement through individual assessment of each migratory situation (Peru)",
                "Strengthen education programmes on the human rights of migrants and refugees, for migration officials, security forces, "
                        + "the army, prosecutors and judges, with special focus on the principle of non-refoulement (Mexico)");
    }

    /** A/HRC/14/10 line 456 "(Slovenia);2" and A/HRC/28/10 line 394 "employment1 (Belarus)": footnote marks are not text. */
    @Test
    void drops_footnote_marks() {
        String text = """
                95.38 To ensure the use of vocabulary that does not stigmatize children with disabilities or children born out of wedlock (Slovenia);2
                125.27 Continue applying an inclusive approach for the implementation of national programmes in the area of employment1 (Belarus);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::text).containsExactly(
                "To ensure the use of vocabulary that does not stigmatize children with disabilities or children born out of wedlock (Slovenia)",
                "Continue applying an inclusive approach for the implementation of national programmes in the area of employment (Belarus)");
    }

    /** A/HRC/14/10, lines 14-22 (contents) and 342-345: the contents line is not the section. */
    @Test
    void finds_the_section_itself_not_its_line_in_the_table_of_contents() {
        String text = """
                Contents
                Paragraphs Page
                II. Conclusions and/or recommendations..................................................................... 95–98 14 Annex Composition of the delegation ......................................................................................................... 24

                94.
                Kazakhstan was carrying out a phased policy regarding the abolition of the death penalty.

                II. Conclusions and/or recommendations
                95. The recommendations formulated during the interactive dialogue and listed below enjoy the support of Kazakhstan:
                1.
                To accomplish human rights voluntary goals (Brazil);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("95.1");
        assertThat(e.recommendations().get(0).line()).isEqualTo(10);
    }

    /** A/HRC/14/10, lines 1-30: the report's own account of its review. */
    @Test
    void reads_the_facts_of_the_review_from_the_introduction() {
        String text = """
                United Nations A/HRC/14/10
                Distr.: General
                Kazakhstan
                Introduction
                1.
                The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1 of 18 June 2007, held its seventh session from 8 to 19 February 2010.  The review of Kazakhstan was held at the 9th meeting, on 12 February 2010. The delegation of Kazakhstan was headed the Deputy Prime Minster, Yerbol Orynbayev.

                2.
                On 7 September 2009, the Human Rights Council selected the following group of rapporteurs (troika) to facilitate the review of Kazakhstan: Bangladesh, Cuba and Mauritius.

                3.
                In accordance with paragraph 15 of the annex to resolution 5/1, the following documents were issued for the review of Kazakhstan:
                (a)
                A national report submitted/written presentation made in accordance with paragraph 15 (a) (A/HRC/WG.6/7/KAZ/1);
                (b)
                A compilation prepared by the Office of the United Nations High Commissioner for Human Rights (OHCHR) in accordance with paragraph 15 (b) (A/HRC/WG.6/7/KAZ/2) and A/HRC/WG.6/7/KAZ/2/Corr.1;
                (c)
                A summary prepared by OHCHR in accordance with paragraph 15 (c) (A/HRC/WG.6/7/KAZ/3).
                """ + FIRST_CYCLE;

        ReportFacts facts = extractor.extract(text).facts();

        assertThat(facts).isEqualTo(new ReportFacts(Optional.of("A/HRC/14/10"), Optional.of("KAZ"), Optional.of(7),
                Optional.of(java.time.LocalDate.of(2010, 2, 12)), List.of("BGD", "CUB", "MUS"), Optional.of("A/HRC/WG.6/7/KAZ/1"),
                Optional.of("A/HRC/WG.6/7/KAZ/2"), Optional.of("A/HRC/WG.6/7/KAZ/3")));
    }

    @Test
    void reads_a_file_of_recommendation_paragraphs_without_their_report() {
        String text = """
                118.7 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (Argentina) (Côte d’Ivoire);
                118.12 Adopt a comprehensive anti-discrimination strategy in consultation with representatives of civil society (Luxembourg);
                """;

        Extraction e = extractor.extract(text);

        assertThat(e.recommendations()).extracting(ExtractedRecommendation::paragraph).containsExactly("118.7", "118.12");
        assertThat(e.recommendations().get(0).states()).containsExactly("ARG", "CIV");
        assertThat(e.recommendations().get(0).stateNames()).containsExactly("Argentina", "Côte d’Ivoire");
        assertThat(e.recommendations()).extracting(ExtractedRecommendation::response).containsOnly(Optional.empty());
        assertThat(e.facts()).isEqualTo(ReportFacts.unknown());
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void says_so_when_there_is_nothing_to_extract() {
        Extraction e = extractor.extract("The Working Group adopted the report on Slovenia.\n");

        assertThat(e.recommendations()).isEmpty();
        assertThat(e.problems()).extracting(ExtractionProblem::message).singleElement().asString()
                .startsWith("no section 'Conclusions and/or recommendations'");
    }
}
