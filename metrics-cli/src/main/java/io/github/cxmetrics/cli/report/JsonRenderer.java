package io.github.cxmetrics.cli.report;

import io.github.cxmetrics.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** JSON for programs, schema {@value Report#SCHEMA}, documented in {@code docs/cli.md}. */
final class JsonRenderer implements Renderer {

    private final boolean compact;

    /** The renderer of {@code --format json}: indented, one member a line. */
    JsonRenderer() {
        this(false);
    }

    /** A renderer of the same JSON without line breaks and indentation when compact. */
    JsonRenderer(boolean compact) {
        this.compact = compact;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        JsonWriter json = compact ? JsonWriter.compact(s) : new JsonWriter(s);
        json.beginObject().name("schema").value(Report.SCHEMA);
        json.name("parameters").beginObject();
        report.parameters().forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("sections").beginArray();
        for (Report.Section section : report.sections()) {
            json.beginObject().name("id").value(section.id())
                    .name("title").value(section.title())
                    .name("available").value(section.available());
            notes(json, section.notes());
            json.name("tables").beginArray();
            for (Report.Table table : section.tables()) {
                json.beginObject().name("id").value(table.id())
                        .name("title").value(table.title());
                json.name("columns").beginArray();
                for (Report.Column column : table.columns()) {
                    json.beginObject().name("id").value(column.id())
                            .name("title").value(column.title())
                            .name("type").value(column.type().json()).endObject();
                }
                json.endArray();
                json.name("rows").beginArray();
                for (List<Object> row : table.rows()) {
                    json.beginObject();
                    for (int i = 0; i < row.size(); i++) {
                        Report.Column column = table.columns().get(i);
                        json.name(column.id());
                        jsonCell(json, column, row.get(i));
                    }
                    json.endObject();
                }
                json.endArray();
                notes(json, table.notes());
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
        out.write(s.toString());
    }

    private static void notes(JsonWriter json, List<String> notes) {
        json.name("notes").beginArray();
        for (String note : notes) {
            json.value(note);
        }
        json.endArray();
    }

    private static void jsonCell(JsonWriter json, Report.Column column, Object cell) {
        if (cell == null) {
            json.nullValue();
            return;
        }
        switch (column.type()) {
            case TEXT -> json.value((String) cell);
            case COUNT -> json.value((long) (Long) cell);
            case NUMBER, SIGNED -> json.value((Double) cell, Renderers.MACHINE_DECIMALS);
            case P_VALUE -> json.significant((Double) cell, Renderers.P_VALUE_DIGITS);
            case FLAG -> json.value((boolean) (Boolean) cell);
            case INTERVAL -> {
                Interval interval = (Interval) cell;
                json.beginObject()
                        .name("lower").value(interval.lower(), Renderers.MACHINE_DECIMALS)
                        .name("upper").value(interval.upper(), Renderers.MACHINE_DECIMALS)
                        .endObject();
            }
        }
    }
}
