package org.troika.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportOptionExceptionTest {

    @Test
    void names_the_option_as_the_web_names_its_parameters() {
        assertThat(new ImportOptionException("review", "--review KAZ-20: no year").parameter()).isEqualTo("review");
        assertThat(new ImportOptionException("doc-type", "give --doc-type too").parameter()).isEqualTo("docType");
    }

    @Test
    void without_dashes_every_option_in_the_message_is_named_as_a_parameter() {
        assertThat(new ImportOptionException("doc-type", "--title, --author, --date and --url describe a source document: give --doc-type too")
                .withoutDashes()).isEqualTo("title, author, date and url describe a source document: give docType too");
        assertThat(new ImportOptionException("review", "--review KAZ-2019 and --state FRA name different States").withoutDashes())
                .isEqualTo("review KAZ-2019 and state FRA name different States");
    }

    @Test
    void values_in_the_message_are_left_as_they_are() {
        assertThat(new ImportOptionException("date", "--date '--2019-01-01' is not a date of the form YYYY-MM-DD").withoutDashes())
                .isEqualTo("date '--2019-01-01' is not a date of the form YYYY-MM-DD");
        assertThat(new ImportOptionException("review", "--review KAZ--20: unknown State 'KAZ'").withoutDashes())
                .isEqualTo("review KAZ--20: unknown State 'KAZ'");
    }

    @Test
    void refuses_a_message_that_does_not_name_its_option() {
        assertThatThrownBy(() -> new ImportOptionException("state", "unknown State 'Atlantis'"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names the option");
    }
}
