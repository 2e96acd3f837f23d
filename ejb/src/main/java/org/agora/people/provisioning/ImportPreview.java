package org.agora.people.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What importing HR's file would do: the rows ready to apply, in file order, and everything that stops the file
 * from being applied. A file is applied whole or not at all, so any problem makes it {@linkplain #valid() invalid}.
 */
public record ImportPreview(List<EmployeeRow> rows, List<RowProblem> problems, List<String> fileProblems) {

    /** Something wrong with one row; {@code line} counts the header as line 1, {@code employeeNumber} may be null. */
    public record RowProblem(int line, String employeeNumber, String message) {
    }

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        fileProblems = List.copyOf(fileProblems);
    }

    /** A file that cannot be read as a whole, so no row is looked at. */
    static ImportPreview refused(String fileProblem) {
        return new ImportPreview(List.of(), List.of(), List.of(fileProblem));
    }

    /** This preview with more problems found later; rows on the lines they name are no longer ready to apply. */
    ImportPreview withProblems(List<RowProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RowProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        all.sort(Comparator.comparingInt(RowProblem::line));
        Set<Integer> lines = more.stream().map(RowProblem::line).collect(Collectors.toSet());
        return new ImportPreview(rows.stream().filter(row -> !lines.contains(row.line())).toList(), all, fileProblems);
    }

    public boolean valid() {
        return problems.isEmpty() && fileProblems.isEmpty();
    }

    /** How many rows have at least one problem; a row can have several. */
    public int rowsWithProblems() {
        return (int) problems.stream().mapToInt(RowProblem::line).distinct().count();
    }

    /** Managers named by the rows who are not in the file; applying the file needs them to be in Agora already. */
    public Set<String> managersOutsideFile() {
        Set<String> inFile = rows.stream().map(EmployeeRow::employeeNumber).collect(Collectors.toSet());
        return rows.stream()
                .filter(EmployeeRow::hasManager)
                .map(EmployeeRow::managerEmployeeNumber)
                .filter(manager -> !inFile.contains(manager))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
