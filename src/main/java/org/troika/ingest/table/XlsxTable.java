package org.troika.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every sheet of an .xlsx workbook row by row through POI's event API (SAX over the sheet XML), so
 * that a workbook of a million rows is never built in memory. The first row of each sheet is its header;
 * rows are named "Sheet!7" and cells "Sheet!G7, column session", as a spreadsheet shows them.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static void read(Path path, String file, TableSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean any = false;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    any = true;
                    String name = sheets.getSheetName();
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(file, name, sink), new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
            if (!any) {
                throw new BadTableException(file + ": the workbook has no sheet");
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new BadTableException(file + ": not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    /** Collects one row's cells, then hands the row over; the sheet's first row is its header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String file;
        private final String sheet;
        private final TableSink sink;
        private List<String> header;
        private final Map<Integer, String> current = new LinkedHashMap<>();

        Rows(String file, String sheet, TableSink sink) {
            this.file = file;
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference != null && formattedValue != null) {
                current.put(new CellReference(reference).getCol() & 0xFFFF, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            int excelRow = rowNum + 1;
            String where = file + " " + sheet + "!" + excelRow;
            if (header == null) {
                if (current.isEmpty()) {
                    return;
                }
                int width = current.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                header = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    header.add(current.getOrDefault(i, "").strip());
                }
                sink.header(header, where);
                return;
            }
            if (current.isEmpty()) {
                return;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            List<String> header = this.header;
            for (int i = 0; i < header.size(); i++) {
                cells.putIfAbsent(header.get(i), current.getOrDefault(i, ""));
            }
            boolean beyond = current.keySet().stream().anyMatch(i -> i >= header.size());
            if (beyond) {
                sink.unreadable(where, "the row has cells beyond the header's " + header.size() + " columns");
                return;
            }
            sink.row(new TableRow(where, cells, column -> {
                int index = header.indexOf(column);
                return index < 0 ? where : file + " " + sheet + "!" + CellReference.convertNumToColString(index) + excelRow + ", column " + column;
            }));
        }
    }

}
