package org.troika.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.domain.UprSession;
import org.troika.support.SharedData;

/** Troika's own UPR session calendar, checked against the public data set in ../shared. */
class SessionReferenceDataTest {

    private final SessionCalendar calendar = SessionCalendar.bundled();

    @Test
    void holds_sessions_1_to_50_each_dated() {
        assertThat(calendar.all()).extracting(UprSession::number).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(calendar.all()).allSatisfy(s -> {
            assertThat(s.firstDay()).isPresent();
            assertThat(s.lastDay().get()).isAfterOrEqualTo(s.firstDay().get());
        });
    }

    @Test
    void agrees_with_the_shared_session_list_on_cycles_and_known_dates() throws Exception {
        try (Reader in = Files.newBufferedReader(SharedData.data("upr_sessions.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                UprSession session = calendar.session(Integer.parseInt(row.get("session"))).orElseThrow();
                assertThat(session.cycle()).as("session " + session.number()).isEqualTo(Integer.parseInt(row.get("cycle")));
                if (!row.get("start_date").isBlank()) {
                    LocalDate firstDay = LocalDate.parse(row.get("start_date"));
                    // The shared list copies UPR Info's agenda page, which prints Sunday 22 January for session 42; UPR
                    // Info's own account of the session and every other session start on a Monday: Troika keeps 23 January.
                    LocalDate expectedFirstDay = session.number() == 42 && firstDay.equals(LocalDate.of(2023, 1, 22))
                            ? LocalDate.of(2023, 1, 23) : firstDay;
                    assertThat(session.firstDay()).as("session " + session.number()).contains(expectedFirstDay);
                    assertThat(session.lastDay()).as("session " + session.number()).contains(LocalDate.parse(row.get("end_date")));
                }
            }
        }
    }

    @Test
    void kazakhstan_was_reviewed_in_sessions_7_20_34_and_48() {
        assertThat(calendar.sessionOn(LocalDate.of(2010, 2, 12))).map(UprSession::number).contains(7);
        assertThat(calendar.sessionOn(LocalDate.of(2014, 10, 30))).map(UprSession::number).contains(20);
        assertThat(calendar.sessionOn(LocalDate.of(2019, 11, 7))).map(UprSession::number).contains(34);
        assertThat(calendar.sessionOn(LocalDate.of(2025, 1, 23))).map(UprSession::number).contains(48);
    }
}
