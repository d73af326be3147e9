package fr.essor.exchange.ui;

import com.vaadin.flow.component.Component;
import fr.essor.base.csv.CsvWriter;
import fr.essor.exchange.service.DeploymentDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deployment as a zip of CSV files, one per part, each opening straight in a spreadsheet in the
 * reader's language (CsvWriter): deployment.csv (one field per line), measurements.csv, events.csv and,
 * for those who may read it, audit.csv. One download, and each table keeps its own columns.
 */
final class DeploymentCsvZip {

    private DeploymentCsvZip() {
    }

    static byte[] of(DeploymentDocument document, Component in, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "deployment.csv", deployment(document.deployment(), in, locale));
            add(zip, "measurements.csv", measurements(document.measurements(), in, locale));
            add(zip, "events.csv", events(document.events(), in, locale));
            if (document.audit() != null) {
                add(zip, "audit.csv", audit(document.audit(), in, locale));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, CsvWriter csv) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(csv.bytes());
        zip.closeEntry();
    }

    private static CsvWriter deployment(DeploymentDocument.Record record, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(in.getTranslation(locale, "export.csv.field"), in.getTranslation(locale, "export.csv.value"));
        csv.row(in.getTranslation(locale, "deployment.organisation"), record.organisation());
        csv.row(in.getTranslation(locale, "deployment.platform"), record.platform() == null ? null : record.platform().name());
        csv.row(in.getTranslation(locale, "deployment.platformName"), record.platformName());
        csv.row(in.getTranslation(locale, "deployment.launch"), record.launch());
        csv.row(in.getTranslation(locale, "deployment.headcount"), record.headcount());
        csv.row(in.getTranslation(locale, "deployment.countriesPresent"), record.countriesPresent());
        csv.row(in.getTranslation(locale, "export.csv.countries"), record.countries() == null ? null : String.join(" ", record.countries()));
        csv.row(in.getTranslation(locale, "deployment.groupPolicy"), record.groupPolicy() == null ? null : record.groupPolicy().name());
        csv.row(in.getTranslation(locale, "deployment.professionalGroupsPct"), record.professionalGroupsPct());
        csv.row(in.getTranslation(locale, "deployment.targetActivationPct"), record.targetActivationPct());
        csv.row(in.getTranslation(locale, "deployment.targetDate"), record.targetDate());
        csv.row(in.getTranslation(locale, "deployment.notes"), record.notes());
        csv.row(in.getTranslation(locale, "deployment.source"), record.source());
        csv.row(in.getTranslation(locale, "deployment.referenceCase"), String.valueOf(record.referenceCase()));
        return csv;
    }

    private static CsvWriter measurements(List<DeploymentDocument.MeasurementLine> lines, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(header(in, locale, "csv.date", "export.csv.country", "measurement.activeUsers", "measurement.registeredUsers",
                "measurement.countriesReached", "measurement.professionalGroups", "measurement.personalGroups",
                "measurement.source", "milestone.note"));
        // The date as exported ("2012", "2012-06", "2012-06-15") keeps its precision in one cell.
        lines.forEach(line -> csv.row(line.date(), line.countryCode(), line.activeUsers(), line.registeredUsers(),
                line.countriesReached(), line.professionalGroups(), line.personalGroups(), line.source(), line.note()));
        return csv;
    }

    private static CsvWriter events(List<DeploymentDocument.EventLine> lines, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(header(in, locale, "csv.date", "milestone.kind", "event.title", "milestone.note"));
        lines.forEach(line -> csv.row(line.date(), line.kind() == null ? null : in.getTranslation(locale, "eventKind." + line.kind().name()),
                line.title(), line.note()));
        return csv;
    }

    private static CsvWriter audit(List<DeploymentDocument.AuditLine> lines, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(header(in, locale, "audit.when", "audit.who", "audit.what", "export.csv.before", "export.csv.after"));
        lines.forEach(line -> csv.row(line.at().toString(), line.user(),
                in.getTranslation(locale, "audit.action." + line.action()) + " · " + in.getTranslation(locale, "audit.subject." + line.subject()),
                fields(line.before(), in, locale), fields(line.after(), in, locale)));
        return csv;
    }

    private static String fields(Map<String, String> values, Component in, Locale locale) {
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> parts.add(in.getTranslation(locale, key) + ": " + (value == null ? "" : value)));
        return String.join("; ", parts);
    }

    private static List<String> header(Component in, Locale locale, String... keys) {
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            header.add(in.getTranslation(locale, key));
        }
        return header;
    }
}
