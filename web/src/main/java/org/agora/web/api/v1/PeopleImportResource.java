package org.agora.web.api.v1;

import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agora.people.provisioning.EmployeeProvisioning;
import org.agora.people.provisioning.ImportPreview;
import org.agora.people.provisioning.ImportPreview.RowProblem;

/**
 * HR's employee file: {@code POST /api/v1/people/imports} with the CSV as the body checks it and answers with the
 * report ({@code dryRun=true}, the default); with {@code dryRun=false} it applies a valid file and answers with
 * the counts, or with a 400 problem and nothing written.
 */
@Path("v1/people/imports")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleImportResource {

    /** What checking the file found; {@code rows} counts those ready to apply. */
    public record ImportReport(boolean valid, int rows, int rowsWithProblems, List<RowProblem> problems,
                               List<String> fileProblems) {

        static ImportReport of(ImportPreview preview) {
            return new ImportReport(preview.valid(), preview.rows().size(), preview.rowsWithProblems(),
                    preview.problems(), preview.fileProblems());
        }
    }

    @Inject
    EmployeeProvisioning provisioning;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importEmployees(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, InputStream csv) {
        ImportPreview preview = provisioning.preview(csv);
        if (dryRun) {
            return Response.ok(ImportReport.of(preview)).build();
        }
        return Response.ok(provisioning.apply(preview)).build();
    }
}
