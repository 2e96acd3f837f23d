package org.agora.recognition;

import java.io.Writer;
import java.time.LocalDate;

/** HR's statistics and export; every method is for HR only. */
public interface RecognitionInsights {

    /** At most a little over a year at once: the charts' months stay readable and the query stays fast. */
    int MAX_DAYS = 400;

    RecognitionStatistics statistics(LocalDate from, LocalDate to);

    /**
     * Writes the recognitions of a period as CSV (one row per person recognised) and records the export in the
     * audit log, since it holds personal data.
     *
     * @return how many rows were written
     */
    long exportCsv(LocalDate from, LocalDate to, Writer out);
}
