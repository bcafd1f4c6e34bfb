package org.troika.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentLinkTest {

    @Test
    void un_symbols_link_to_the_uns_resolver_other_sources_do_not_link() {
        assertThat(new DocumentLink("Addendum", "A/HRC/28/10/Add.1").url()).isEqualTo("https://undocs.org/A/HRC/28/10/Add.1");
        assertThat(new DocumentLink("Concluding observations", "CCPR/C/KAZ/CO/2").url()).isEqualTo("https://undocs.org/CCPR/C/KAZ/CO/2");
        assertThat(new DocumentLink("Response", "UPR Info export").url()).isNull();
        assertThat(new DocumentLink("Response", "UPR Info database export 2018-07-25").url()).isNull();
    }
}
