package org.troika.state.jdbc;

import java.sql.Date;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.domain.UprSession;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Writes the bundled reference data (States, UPR sessions) into the database, so that foreign keys
 * and joins can rely on it. Idempotent: rows are inserted when missing and refreshed when changed.
 */
public class ReferenceDataSync {

    private final JdbcClient jdbc;

    public ReferenceDataSync(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void sync(StateRegistry states, SessionCalendar sessions) {
        Set<String> known = new HashSet<>(jdbc.sql("SELECT iso3 FROM state").query(String.class).list());
        for (State s : states.all()) {
            String sql = known.contains(s.iso3())
                    ? "UPDATE state SET iso2 = :iso2, m49 = :m49, name = :name, formal_name = :formal, regional_group = :grp, un_member = :member WHERE iso3 = :iso3"
                    : "INSERT INTO state (iso3, iso2, m49, name, formal_name, regional_group, un_member) VALUES (:iso3, :iso2, :m49, :name, :formal, :grp, :member)";
            jdbc.sql(sql).param("iso3", s.iso3()).param("iso2", s.iso2()).param("m49", s.m49()).param("name", s.name())
                    .param("formal", s.formalName()).param("grp", s.regionalGroup().map(Enum::name).orElse(null))
                    .param("member", s.unMember()).update();
        }
        Set<Integer> knownSessions = new HashSet<>(jdbc.sql("SELECT session_number FROM upr_session").query(Integer.class).list());
        for (UprSession s : sessions.all()) {
            String sql = knownSessions.contains(s.number())
                    ? "UPDATE upr_session SET cycle = :cycle, first_day = :first, last_day = :last, date_source = :src WHERE session_number = :n"
                    : "INSERT INTO upr_session (session_number, cycle, first_day, last_day, date_source) VALUES (:n, :cycle, :first, :last, :src)";
            jdbc.sql(sql).param("n", s.number()).param("cycle", s.cycle())
                    .param("first", s.firstDay().map(Date::valueOf).orElse(null))
                    .param("last", s.lastDay().map(Date::valueOf).orElse(null))
                    .param("src", s.dateSource()).update();
        }
    }
}
