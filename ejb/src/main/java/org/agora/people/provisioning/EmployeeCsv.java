package org.agora.people.provisioning;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agora.identity.Role;
import org.agora.people.EmailAddresses;
import org.agora.people.ExpertiseTag;
import org.agora.people.provisioning.ImportPreview.RowProblem;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the employee file HR exports from its system into an {@link ImportPreview}: every row checked and
 * normalised, nothing stored. Managers are resolved only within the file; those outside it are left to the import.
 */
public final class EmployeeCsv {

    public static final int MAX_ROWS = 100_000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            // Spreadsheets export unnamed trailing columns; repeated names get a clearer message than the parser's.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern LIST_SEPARATOR = Pattern.compile(";");
    private static final String ROLE_NAMES = inWords(Arrays.stream(Role.values()).map(Role::name).toList(), "or");
    private static final String QUOTING_ADVICE = "a value that starts with a double quote must end with one, "
            + "and a double quote inside a value must be written twice.";

    /** The columns Agora reads, each headed in the file by its constant's name in lower case; case is ignored. */
    private enum Column {
        EMPLOYEE_NUMBER("employee number", 32, true),
        FULL_NAME("full name", 200, true),
        EMAIL("e-mail address", 254, true),
        TITLE("title", 200, false),
        DEPARTMENT("department", 120, false),
        CITY("city", 120, false),
        COUNTRY("country", 120, false),
        MANAGER_EMPLOYEE_NUMBER("manager's employee number", 32, false),
        HIRE_DATE("hire date"),
        EXPERTISE("expertise"),
        ROLES("roles"),
        ACTIVE("active");

        final String label;
        final int maxLength;
        final boolean required;

        Column(String label, int maxLength, boolean required) {
            this.label = label;
            this.maxLength = maxLength;
            this.required = required;
        }

        /** A column read by its own rule rather than as text of a bounded length. */
        Column(String label) {
            this(label, Integer.MAX_VALUE, false);
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Column, Integer> positions;
    private final int columnCount;
    private final List<EmployeeRow> parsed = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfNumber = new HashMap<>();
    private final Map<String, Integer> lineOfEmail = new HashMap<>();
    private final Map<String, String> managerOf = new LinkedHashMap<>();

    private EmployeeCsv(Map<Column, Integer> positions, int columnCount) {
        this.positions = positions;
        this.columnCount = columnCount;
    }

    /** Reads a file as uploaded: UTF-8, with or without a byte order mark. Reads it to the end and closes it. */
    public static ImportPreview read(InputStream csv) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return read(new InputStreamReader(csv, utf8));
    }

    /** Reads a file's text; a leading byte order mark is ignored. Reads it to the end and closes it. */
    public static ImportPreview read(Reader csv) {
        try (LineNumbering lines = new LineNumbering(withoutByteOrderMark(csv));
             CSVParser parser = FORMAT.parse(lines)) {
            return readRecords(parser, lines);
        } catch (CharacterCodingException notUtf8) {
            return ImportPreview.refused(
                    "The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and upload it again.");
        } catch (CSVException malformedHeader) {
            return ImportPreview.refused(
                    "The first line, which names the columns, is not valid CSV: " + QUOTING_ADVICE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static ImportPreview readRecords(CSVParser parser, LineNumbering lines) throws IOException {
        List<String> header = parser.getHeaderNames().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        if (header.isEmpty()) {
            return ImportPreview.refused("The file is empty; its first line must name the columns, "
                    + "such as employee_number,full_name,email.");
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            int position = header.indexOf(column.header());
            if (position != header.lastIndexOf(column.header())) {
                return ImportPreview.refused("The first line names the column " + column.header() + " more than once.");
            }
            if (position >= 0) {
                positions.put(column, position);
            }
        }
        List<String> missing = Arrays.stream(Column.values())
                .filter(column -> column.required && !positions.containsKey(column))
                .map(Column::header)
                .toList();
        if (!missing.isEmpty()) {
            return ImportPreview.refused("The first line does not name the required "
                    + (missing.size() == 1 ? "column " : "columns ") + inWords(missing, "and") + ".");
        }

        EmployeeCsv file = new EmployeeCsv(positions, header.size());
        long lastLineRead = parser.getCurrentLineNumber();
        int rowCount = 0;
        Iterator<CSVRecord> records = parser.iterator();
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastLineRead = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (++rowCount > MAX_ROWS) {
                    return ImportPreview.refused(
                            "The file has more than %,d employees; Agora imports at most %,d at a time."
                                    .formatted(MAX_ROWS, MAX_ROWS));
                }
                file.check(record, lines.lineAt(record.getCharacterPosition()));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                return ImportPreview.refused(
                        "The file is not valid CSV after line " + lastLineRead + ": " + QUOTING_ADVICE);
            }
            throw e.getCause();
        }
        file.reportManagerCircles();
        return file.preview();
    }

    private void check(CSVRecord record, int line) {
        if (record.size() != columnCount) {
            int numberPosition = positions.get(Column.EMPLOYEE_NUMBER);
            String number = numberPosition < record.size() ? record.get(numberPosition) : "";
            problems.add(new RowProblem(line, number.isEmpty() ? null : number,
                    "Line %d: there are %d values but the first line names %d columns; "
                            .formatted(line, record.size(), columnCount)
                            + "put values that contain commas in double quotes."));
            return;
        }
        Row row = new Row(record, line);
        String number = row.text(Column.EMPLOYEE_NUMBER);
        String fullName = row.text(Column.FULL_NAME);
        String email = row.email();
        String title = row.text(Column.TITLE);
        String department = row.text(Column.DEPARTMENT);
        String city = row.text(Column.CITY);
        String country = row.text(Column.COUNTRY);
        String manager = row.text(Column.MANAGER_EMPLOYEE_NUMBER);
        LocalDate hireDate = row.hireDate();
        List<String> expertise = row.expertise();
        Set<Role> roles = row.roles();
        boolean active = row.active();

        boolean firstWithNumber = number != null && row.firstOccurrence(lineOfNumber, number, "employee number");
        if (email != null) {
            row.firstOccurrence(lineOfEmail, email, "e-mail");
        }
        if (number != null && number.equals(manager)) {
            row.problem("employee " + number + " is listed as their own manager.");
        } else if (firstWithNumber && manager != null) {
            managerOf.put(number, manager);
        }
        if (!row.hasProblems) {
            parsed.add(new EmployeeRow(number, fullName, email, title, department, city, country, manager, hireDate,
                    expertise, roles, active, line));
        }
    }

    /** Managers within the file must form a tree; a circle would leave nobody in it at the top. */
    private void reportManagerCircles() {
        Set<String> settled = new HashSet<>();
        for (String start : managerOf.keySet()) {
            Map<String, Integer> chain = new LinkedHashMap<>();
            String current = start;
            while (current != null && !settled.contains(current) && !chain.containsKey(current)) {
                chain.put(current, chain.size());
                current = managerOf.get(current);
            }
            if (current != null && chain.containsKey(current)) {
                List<String> numbers = List.copyOf(chain.keySet());
                reportCircle(numbers.subList(chain.get(current), numbers.size()));
            }
            settled.addAll(chain.keySet());
        }
    }

    /** Reports the circle on each of its rows, told from that row's employee round to them again. */
    private void reportCircle(List<String> circle) {
        for (int i = 0; i < circle.size(); i++) {
            List<String> managers = new ArrayList<>(circle.subList(i + 1, circle.size()));
            managers.addAll(circle.subList(0, i + 1));
            String employee = circle.get(i);
            int line = lineOfNumber.get(employee);
            problems.add(new RowProblem(line, employee,
                    "Line %d: employee %s reports to %s, so their managers go round in a circle."
                            .formatted(line, employee, String.join(", who reports to ", managers))));
        }
    }

    private ImportPreview preview() {
        problems.sort(Comparator.comparingInt(RowProblem::line));
        Set<Integer> linesWithProblems = problems.stream().map(RowProblem::line).collect(Collectors.toSet());
        List<EmployeeRow> rows = parsed.stream().filter(row -> !linesWithProblems.contains(row.line())).toList();
        return new ImportPreview(rows, problems, List.of());
    }

    /** A value quoted back in a message, cut short so a stray paste does not swamp the report. */
    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String inWords(List<String> items, String conjunction) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0)
                : String.join(", ", items.subList(0, last)) + " " + conjunction + " " + items.get(last);
    }

    /** One record being checked; every problem found is kept, so HR can fix a row in one go. */
    private final class Row {
        private final CSVRecord record;
        private final int line;
        private final String number;
        private boolean hasProblems;

        Row(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
            String value = value(Column.EMPLOYEE_NUMBER);
            this.number = value.isEmpty() ? null : value;
        }

        /** The value in the column, or null if the column is absent or the value empty or too long. */
        String text(Column column) {
            String value = value(column);
            if (value.isEmpty()) {
                if (column.required) {
                    problem("the " + column.label + " is missing.");
                }
                return null;
            }
            if (value.length() > column.maxLength) {
                problem("the %s has %,d characters; at most %d are allowed."
                        .formatted(column.label, value.length(), column.maxLength));
                return null;
            }
            return value;
        }

        String email() {
            String email = text(Column.EMAIL);
            if (email == null) {
                return null;
            }
            String lowerCase = email.toLowerCase(Locale.ROOT);
            if (!EmailAddresses.isValid(lowerCase)) {
                problem("e-mail '" + email + "' is not a valid address.");
                return null;
            }
            return lowerCase;
        }

        LocalDate hireDate() {
            String value = value(Column.HIRE_DATE);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem("hire date '" + shortened(value)
                        + "' is not a date written as yyyy-mm-dd, such as 2021-03-12.");
                return null;
            }
        }

        List<String> expertise() {
            Set<String> tags = new LinkedHashSet<>();
            for (String entry : LIST_SEPARATOR.split(value(Column.EXPERTISE))) {
                String tag = ExpertiseTag.canonical(entry);
                if (tag.length() > ExpertiseTag.MAX_LENGTH) {
                    problem("the expertise '%s…' has %d characters; at most %d are allowed."
                            .formatted(tag.substring(0, 20), tag.length(), ExpertiseTag.MAX_LENGTH));
                } else if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
            return List.copyOf(tags);
        }

        Set<Role> roles() {
            Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
            for (String entry : LIST_SEPARATOR.split(value(Column.ROLES))) {
                String name = entry.strip().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    problem("role '" + shortened(entry.strip()) + "' is unknown; use " + ROLE_NAMES + ".");
                }
            }
            return roles;
        }

        boolean active() {
            String value = value(Column.ACTIVE);
            if (value.isEmpty() || value.equalsIgnoreCase("true")) {
                return true;
            }
            if (!value.equalsIgnoreCase("false")) {
                problem("active is '" + shortened(value) + "' but must be true or false.");
            }
            return false;
        }

        /** Remembers where a number or address first appears; true if this row is the first. */
        boolean firstOccurrence(Map<String, Integer> firstLines, String key, String label) {
            Integer earlier = firstLines.putIfAbsent(key, line);
            if (earlier != null) {
                problem(label + " " + key + " already appears on line " + earlier + ".");
            }
            return earlier == null;
        }

        void problem(String sentence) {
            hasProblems = true;
            problems.add(new RowProblem(line, number, "Line " + line + ": " + sentence));
        }

        private String value(Column column) {
            Integer position = positions.get(column);
            return position == null ? "" : record.get(position);
        }
    }

    /**
     * Counts lines as the parser reads them, so a record's character position becomes the line it starts on, as an
     * editor shows it. Only lines with text are remembered, because the parser's position for a record that follows
     * empty lines is where those empty lines begin.
     */
    private static final class LineNumbering extends FilterReader {
        private final ArrayDeque<long[]> textLines = new ArrayDeque<>();
        private long position;
        private long line = 1;
        private boolean atLineStart = true;
        private boolean afterCarriageReturn;

        LineNumbering(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c != -1) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                see(buffer[i]);
            }
            return read;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("Skipping would lose count of lines");
        }

        private void see(char c) {
            boolean secondHalfOfCrLf = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                if (!secondHalfOfCrLf) {
                    line++;
                }
                atLineStart = true;
            } else if (atLineStart) {
                textLines.add(new long[] {position, line});
                atLineStart = false;
            }
            position++;
        }

        /** The line of the first text at or after a character position; earlier lines are forgotten. */
        int lineAt(long characterPosition) {
            while (textLines.size() > 1 && textLines.peek()[0] < characterPosition) {
                textLines.poll();
            }
            return Math.toIntExact(textLines.peek()[1]);
        }
    }
}
