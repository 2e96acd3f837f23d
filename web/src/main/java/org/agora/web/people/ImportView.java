package org.agora.web.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.provisioning.EmployeeProvisioning;
import org.agora.people.provisioning.EmployeeRow;
import org.agora.people.provisioning.ImportPreview;
import org.agora.people.provisioning.ImportPreview.RowProblem;
import org.agora.people.provisioning.ImportResult;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;

/** Backs the import page: HR uploads the employee file, reads the report, and applies it when it is valid. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    static final int ROWS_SHOWN = 50;
    private static final String HR_ONLY = "Only HR and administrators import employees.";

    @Inject
    EmployeeProvisioning provisioning;

    // Only the checked rows are kept, never the file; should the session be serialised, HR uploads it again.
    private transient ImportPreview preview;
    private String fileName;

    public void upload(FileUploadEvent event) {
        preview = null;
        fileName = event.getFile().getFileName();
        try (InputStream csv = event.getFile().getInputStream()) {
            preview = provisioning.preview(csv);
        } catch (IOException e) {
            Messages.error("The file could not be read; upload it again.");
        } catch (EJBAccessException e) {
            Messages.error(HR_ONLY);
        }
    }

    public void apply() {
        if (preview == null) {
            Messages.error("Upload the file again; its report is no longer here.");
            return;
        }
        try {
            ImportResult result = provisioning.apply(preview);
            Messages.info("Imported %s: %d created, %d updated, %d unchanged, %d deactivated.".formatted(
                    fileName, result.created(), result.updated(), result.unchanged(), result.deactivated()));
            preview = null;
            fileName = null;
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage() + " Nothing was imported.");
        } catch (EJBAccessException e) {
            Messages.error(HR_ONLY);
        }
    }

    public boolean isChecked() {
        return preview != null;
    }

    public boolean isValid() {
        return preview != null && preview.valid();
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowCount() {
        return preview == null ? 0 : preview.rows().size();
    }

    public int getRowsWithProblems() {
        return preview == null ? 0 : preview.rowsWithProblems();
    }

    public List<RowProblem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public List<String> getFileProblems() {
        return preview == null ? List.of() : preview.fileProblems();
    }

    /** The first rows ready to apply, enough to see the file was read as meant. */
    public List<EmployeeRow> getFirstRows() {
        return preview == null ? List.of() : preview.rows().stream().limit(ROWS_SHOWN).toList();
    }
}
