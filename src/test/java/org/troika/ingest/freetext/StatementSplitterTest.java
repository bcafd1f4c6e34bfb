package org.troika.ingest.freetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.document.domain.Statement;
import org.troika.state.StateMentions;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

class StatementSplitterTest {

    private final StatementSplitter splitter = new StatementSplitter(new StateMentions(StateRegistry.bundled()));

    @Test
    void every_statement_is_a_verbatim_quote_of_the_document() throws Exception {
        String body = Files.readString(SharedData.seed("2023-03-17_ohchr_high-commissioner_end-of-visit_kazakhstan.txt"));

        var statements = splitter.split(body, Optional.of(LocalDate.of(2023, 3, 17)), Optional.of("KAZ"));

        assertThat(statements).isNotEmpty();
        for (Statement s : statements) {
            assertThat(body.substring(s.startOffset(), s.endOffset())).isEqualTo(s.text());
            assertThat(s.text()).isEqualTo(s.text().strip());
        }
        assertThat(statements).extracting(Statement::position).doesNotHaveDuplicates();
    }

    @Test
    void bullet_points_are_statements_of_their_own_without_the_bullet() {
        String body = "Issues raised\n\n  • Cases of torture, inter alia by the police force, in places of detention.\n"
                + "  • Freedom of expression for media, in particular internet media and bloggers.\n";

        var statements = splitter.split(body, Optional.empty(), Optional.of("KAZ"));

        assertThat(statements).extracting(Statement::text).containsExactly(
                "Cases of torture, inter alia by the police force, in places of detention.",
                "Freedom of expression for media, in particular internet media and bloggers.");
    }

    @Test
    void short_lines_such_as_headings_are_not_statements() {
        String body = "Press Releases\n\nA+ A-\n\nThe delegation met torture victims and human rights defenders in Almaty on that day.";

        assertThat(splitter.split(body, Optional.empty(), Optional.empty())).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("The delegation met"));
    }

    @Test
    void a_statement_takes_the_date_it_names_else_the_documents() {
        String body = "On 30 October, 2014, within the framework of the 20th session of the UPR, a session on Kazakhstan was held.\n\n"
                + "Representatives of many countries pointed to recommendations that Kazakhstan had not fulfilled.";

        var statements = splitter.split(body, Optional.of(LocalDate.of(2014, 11, 21)), Optional.empty());

        assertThat(statements).extracting(s -> s.statedOn().orElseThrow())
                .containsExactly(LocalDate.of(2014, 10, 30), LocalDate.of(2014, 11, 21));
    }

    @Test
    void without_a_document_state_each_statement_concerns_the_state_it_names_most() {
        String body = "Ukraine's human rights community is concerned about Kazakhstan; Kazakhstan must stop the violations.";

        assertThat(splitter.split(body, Optional.empty(), Optional.empty())).singleElement()
                .satisfies(s -> assertThat(s.stateIso3()).contains("KAZ"));
    }
}
