package io.github.cxmetrics.cli.report;

import java.io.IOException;
import java.io.Writer;

/**
 * An output format of a {@link Report}. Renderers are generic over sections and tables: a new
 * section needs no change here, and a new format is one class registered in {@link Renderers}.
 */
public interface Renderer {

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where to write it; not closed
     * @throws IOException if writing fails
     */
    void render(Report report, Writer out) throws IOException;
}
