package org.agora.people.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.agora.identity.Role;
import org.agora.people.provisioning.ImportPreview.RowProblem;
import org.junit.jupiter.api.Test;

class EmployeeCsvTest {

    private static final String HEADER = "employee_number,full_name,email,title,department,city,country,"
            + "manager_employee_number,hire_date,expertise,roles,active";

    @Test
    void validFileWithManagersListedAfterTheirReportsParsesEveryRow() {
        ImportPreview preview = read(HEADER,
                "E3,Sam Taylor,sam.taylor@example.com,Engineer,Engineering,Helsinki,Finland,E2,2022-05-01,java,,",
                "E2,Priya Raman,Priya.Raman@Example.com,Manager,Engineering,Helsinki,Finland,E1,2019-01-14,,,true",
                "E1,Helena Virtanen,helena.virtanen@example.com,CEO,Executive,Helsinki,Finland,,2015-03-02,,EXECUTIVE,");

        assertTrue(preview.valid());
        assertEquals(List.of("E3", "E2", "E1"), preview.rows().stream().map(EmployeeRow::employeeNumber).toList());
        EmployeeRow sam = preview.rows().get(0);
        assertEquals(new EmployeeRow("E3", "Sam Taylor", "sam.taylor@example.com", "Engineer", "Engineering",
                "Helsinki", "Finland", "E2", LocalDate.of(2022, 5, 1), List.of("java"), Set.of(Role.EMPLOYEE),
                true, 2), sam);
        assertEquals("priya.raman@example.com", preview.rows().get(1).email());
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.EXECUTIVE), preview.rows().get(2).roles());
        assertTrue(preview.managersOutsideFile().isEmpty());
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        ImportPreview preview = read("employee_number,full_name,email", "E1,Helena Virtanen,helena@example.com");

        EmployeeRow helena = preview.rows().get(0);
        assertNull(helena.title());
        assertNull(helena.managerEmployeeNumber());
        assertNull(helena.hireDate());
        assertTrue(helena.expertise().isEmpty());
        assertEquals(Set.of(Role.EMPLOYEE), helena.roles());
        assertTrue(helena.active());
    }

    @Test
    void missingRequiredColumnsAreOneFileProblemNamingThem() {
        ImportPreview preview = read("full_name,title,department", "Helena Virtanen,Chief Executive,Executive");

        assertEquals(List.of("The first line does not name the required columns employee_number and email."),
                preview.fileProblems());
        assertTrue(preview.rows().isEmpty());
        assertTrue(preview.problems().isEmpty());
        assertFalse(preview.valid());
    }

    @Test
    void emptyFileIsOneFileProblem() {
        ImportPreview preview = read("");

        assertEquals(List.of("The file is empty; its first line must name the columns, "
                + "such as employee_number,full_name,email."), preview.fileProblems());
    }

    @Test
    void columnNamedTwiceIsOneFileProblem() {
        ImportPreview preview = read("employee_number,full_name,email,Email", "E1,Helena,h@example.com,h@example.com");

        assertEquals(List.of("The first line names the column email more than once."), preview.fileProblems());
    }

    @Test
    void eachInvalidRowIsReportedWithItsLineAndTheRestStillParse() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,,,,",
                ",Marcus Chen,marcus@example.com,,,,,,,,,",
                "E3,Priya Raman,priya@example.com,,,,,,,,,",
                "E4,,alex@example.com,,,,,,,,,",
                "E5,Sam Taylor,sam@example.com,,,,,,,,,",
                "E6,Anna Berg,anna@,,,,,,,,,");

        assertEquals(List.of("E1", "E3", "E5"), preview.rows().stream().map(EmployeeRow::employeeNumber).toList());
        assertEquals(List.of(
                new RowProblem(3, null, "Line 3: the employee number is missing."),
                new RowProblem(5, "E4", "Line 5: the full name is missing."),
                new RowProblem(7, "E6", "Line 7: e-mail 'anna@' is not a valid address.")), preview.problems());
        assertEquals(3, preview.rowsWithProblems());
        assertFalse(preview.valid());
    }

    @Test
    void everyProblemOfARowIsReported() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@,,,,,,yesterday,,,maybe");

        assertEquals(List.of(
                "Line 2: e-mail 'helena@' is not a valid address.",
                "Line 2: hire date 'yesterday' is not a date written as yyyy-mm-dd, such as 2021-03-12.",
                "Line 2: active is 'maybe' but must be true or false."), messages(preview));
        assertEquals(1, preview.rowsWithProblems());
    }

    @Test
    void valueLongerThanTheDirectoryKeepsIsReported() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@example.com," + "x".repeat(201) + ",,,,,,,,");

        assertEquals(List.of("Line 2: the title has 201 characters; at most 200 are allowed."), messages(preview));
    }

    @Test
    void repeatedEmployeeNumberIsReportedOnTheLaterLine() {
        ImportPreview preview = read(HEADER,
                "E00042,Helena Virtanen,helena@example.com,,,,,,,,,",
                "E00043,Marcus Chen,marcus@example.com,,,,,,,,,",
                "E00042,Priya Raman,priya@example.com,,,,,,,,,");

        assertEquals(List.of("Line 4: employee number E00042 already appears on line 2."), messages(preview));
        assertEquals(List.of(2, 3), preview.rows().stream().map(EmployeeRow::line).toList());
    }

    @Test
    void repeatedEmailIsReportedOnTheLaterLineWhateverItsCase() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,,,,",
                "E2,Helena Virtanen,Helena@Example.COM,,,,,,,,,");

        assertEquals(List.of("Line 3: e-mail helena@example.com already appears on line 2."), messages(preview));
    }

    @Test
    void hireDateMustBeAnIsoDate() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,12/03/2021,,,",
                "E2,Marcus Chen,marcus@example.com,,,,,,2023-02-30,,,");

        assertEquals(List.of(
                "Line 2: hire date '12/03/2021' is not a date written as yyyy-mm-dd, such as 2021-03-12.",
                "Line 3: hire date '2023-02-30' is not a date written as yyyy-mm-dd, such as 2021-03-12."),
                messages(preview));
    }

    @Test
    void unknownRoleIsReported() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@example.com,,,,,,,,hr;Manager,");

        assertEquals(List.of("Line 2: role 'Manager' is unknown; use EMPLOYEE, EXECUTIVE, HR, MODERATOR or ADMIN."),
                messages(preview));
    }

    @Test
    void rolesAreReadInAnyCaseAndAlwaysIncludeEmployee() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@example.com,,,,,,,,hr; moderator ;,");

        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR, Role.MODERATOR), preview.rows().get(0).roles());
    }

    @Test
    void activeIsFalseOnlyWhenTheFileSaysSo() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,,,,FALSE",
                "E2,Marcus Chen,marcus@example.com,,,,,,,,,");

        assertEquals(List.of(false, true), preview.rows().stream().map(EmployeeRow::active).toList());
    }

    @Test
    void employeeWhoIsTheirOwnManagerIsReported() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@example.com,,,,,E1,,,,");

        assertEquals(List.of(new RowProblem(2, "E1", "Line 2: employee E1 is listed as their own manager.")),
                preview.problems());
        assertTrue(preview.rows().isEmpty());
    }

    @Test
    void twoEmployeesManagingEachOtherAreReportedOnBothLines() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,,,,",
                "E2,Marcus Chen,marcus@example.com,,,,,E3,,,,",
                "E3,Priya Raman,priya@example.com,,,,,E2,,,,",
                "E4,Sam Taylor,sam@example.com,,,,,E3,,,,");

        assertEquals(List.of(
                "Line 3: employee E2 reports to E3, who reports to E2, so their managers go round in a circle.",
                "Line 4: employee E3 reports to E2, who reports to E3, so their managers go round in a circle."),
                messages(preview));
        assertEquals(List.of("E1", "E4"), preview.rows().stream().map(EmployeeRow::employeeNumber).toList());
    }

    @Test
    void longerCircleNamesEveryoneInIt() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,E2,,,,",
                "E2,Marcus Chen,marcus@example.com,,,,,E3,,,,",
                "E3,Priya Raman,priya@example.com,,,,,E1,,,,");

        assertEquals("Line 2: employee E1 reports to E2, who reports to E3, who reports to E1, "
                + "so their managers go round in a circle.", messages(preview).get(0));
        assertEquals(3, preview.rowsWithProblems());
    }

    @Test
    void managerOutsideTheFileIsLeftForTheImportToFind() {
        ImportPreview preview = read(HEADER, "E7,Sam Taylor,sam@example.com,,,,,E1,,,,");

        assertTrue(preview.valid());
        assertEquals(Set.of("E1"), preview.managersOutsideFile());
    }

    @Test
    void byteOrderMarkAndHeaderCaseAreTolerated() {
        byte[] file = ("\uFEFFEmployee_Number,FULL_NAME,Email\r\nE1,Tomás Álvarez,tomas@example.com\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = EmployeeCsv.read(new ByteArrayInputStream(file));

        assertTrue(preview.valid(), () -> preview.fileProblems().toString());
        assertEquals("Tomás Álvarez", preview.rows().get(0).fullName());
    }

    @Test
    void fileThatIsNotUtf8IsRefused() {
        byte[] file = "employee_number,full_name,email\nE1,Tomás Álvarez,tomas@example.com\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview preview = EmployeeCsv.read(new ByteArrayInputStream(file));

        assertEquals(List.of("The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" "
                + "and upload it again."), preview.fileProblems());
    }

    @Test
    void quotedFieldsMayHoldCommasAndLineBreaks() {
        ImportPreview preview = read(HEADER,
                "E1,\"Virtanen, Helena\",helena@example.com,\"Chief Executive\nand Founder\",,,,,,,,",
                "E2,Marcus Chen,marcus@,,,,,,,,,");

        EmployeeRow helena = preview.rows().get(0);
        assertEquals("Virtanen, Helena", helena.fullName());
        assertEquals("Chief Executive\nand Founder", helena.title());
        assertEquals(List.of("Line 4: e-mail 'marcus@' is not a valid address."), messages(preview));
    }

    @Test
    void lineNumbersCountEmptyLinesAsAnEditorShowsThem() {
        ImportPreview preview = read(HEADER,
                "",
                "E1,Helena Virtanen,helena@example.com,,,,,,,,,",
                ",,,,,,,,,,,",
                "",
                "E2,Marcus Chen,marcus@,,,,,,,,,");

        assertEquals(3, preview.rows().get(0).line());
        assertEquals(List.of(6), preview.problems().stream().map(RowProblem::line).toList());
    }

    @Test
    void lineNumbersAreTheSameWithWindowsLineEnds() {
        ImportPreview preview = EmployeeCsv.read(new StringReader(String.join("\r\n", HEADER,
                "E1,Helena Virtanen,helena@example.com,\"Chief Executive\r\nand Founder\",,,,,,,,",
                "",
                "E2,Marcus Chen,marcus@,,,,,,,,,")));

        assertEquals(2, preview.rows().get(0).line());
        assertEquals(List.of(5), preview.problems().stream().map(RowProblem::line).toList());
    }

    @Test
    void rowWithMoreValuesThanColumnsIsReported() {
        ImportPreview preview = read("employee_number,full_name,email", "E1,Virtanen, Helena,helena@example.com");

        assertEquals(List.of("Line 2: there are 4 values but the first line names 3 columns; "
                + "put values that contain commas in double quotes."), messages(preview));
    }

    @Test
    void unclosedQuoteMakesTheFileUnreadable() {
        ImportPreview preview = read("employee_number,full_name,email",
                "E1,Helena Virtanen,helena@example.com",
                "E2,\"Marcus Chen,marcus@example.com");

        assertEquals(List.of("The file is not valid CSV after line 2: a value that starts with a double quote "
                + "must end with one, and a double quote inside a value must be written twice."),
                preview.fileProblems());
        assertTrue(preview.rows().isEmpty());
    }

    @Test
    void expertiseIsTrimmedLowerCasedHyphenatedAndWithoutRepeats() {
        ImportPreview preview = read(HEADER,
                "E1,Helena Virtanen,helena@example.com,,,,,,,\" Machine   Learning ;Java;;java; Cloud Cost \",,");

        assertEquals(List.of("machine-learning", "java", "cloud-cost"), preview.rows().get(0).expertise());
    }

    @Test
    void expertiseTagLongerThanTheDirectoryKeepsIsReported() {
        ImportPreview preview = read(HEADER, "E1,Helena Virtanen,helena@example.com,,,,,,," + "k".repeat(81) + ",,");

        assertEquals(List.of("Line 2: the expertise '" + "k".repeat(20) + "…' has 81 characters; "
                + "at most 80 are allowed."), messages(preview));
    }

    @Test
    void twentyThousandRowsAreAccepted() {
        ImportPreview preview = EmployeeCsv.read(new StringReader(company(EmployeeCsv.MAX_ROWS)));

        assertTrue(preview.valid());
        assertEquals(EmployeeCsv.MAX_ROWS, preview.rows().size());
    }

    @Test
    void moreThanTwentyThousandRowsAreRefused() {
        ImportPreview preview = EmployeeCsv.read(new StringReader(company(EmployeeCsv.MAX_ROWS + 1)));

        assertEquals(List.of("The file has more than 100,000 employees; Agora imports at most 100,000 at a time."),
                preview.fileProblems());
        assertTrue(preview.rows().isEmpty());
    }

    private static ImportPreview read(String... lines) {
        return EmployeeCsv.read(new StringReader(String.join("\n", lines)));
    }

    private static List<String> messages(ImportPreview preview) {
        return preview.problems().stream().map(RowProblem::message).toList();
    }

    /** A file of employees who each report to the one before them. */
    private static String company(int employees) {
        StringBuilder file = new StringBuilder("employee_number,full_name,email,manager_employee_number\n");
        for (int i = 1; i <= employees; i++) {
            file.append("E").append(i).append(",Employee ").append(i).append(",employee").append(i)
                    .append("@example.com,").append(i == 1 ? "" : "E" + (i - 1)).append('\n');
        }
        return file.toString();
    }
}
