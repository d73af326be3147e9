package fr.essor.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rollup and the milestone log order precisions in SQL; Java orders partial dates: one order for all. */
class DatePrecisionTest {

    @Test
    void sql_sorts_precisions_as_partial_dates_sort_and_its_minimum_is_the_coarsest() throws SQLException {
        List<DatePrecision> inJava = Stream.of(PartialDate.ofDay(LocalDate.of(2012, 1, 1)), PartialDate.ofYear(2012),
                PartialDate.ofMonth(2012, 1)).sorted().map(PartialDate::precision).toList();

        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:precisions"); Statement sql = db.createStatement()) {
            sql.execute("create table milestone (happened_precision varchar(8))");
            sql.execute("insert into milestone values ('DAY'), ('YEAR'), ('MONTH')");

            assertThat(column(sql.executeQuery("select happened_precision from milestone order by "
                    + DatePrecision.sqlRank("happened_precision")))).isEqualTo(inJava.stream().map(Enum::name).toList());
            assertThat(column(sql.executeQuery("select " + DatePrecision.sqlNamed("min(" + DatePrecision.sqlRank("happened_precision") + ")")
                    + " from milestone where happened_precision <> 'YEAR'"))).containsExactly("MONTH");
        }
    }

    private static List<String> column(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(1));
        }
        return values;
    }
}
