package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.CustomerBook;
import io.github.cxmetrics.cli.input.CustomersInput;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.input.PurchasesInput;
import io.github.cxmetrics.cli.input.ReadOptions;
import io.github.cxmetrics.cli.input.ResponsesInput;
import io.github.cxmetrics.cli.input.ResponsesOptions;
import io.github.cxmetrics.cli.input.TimeParser;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The value section's state per customer (issue 15): the heap in use after a full collection
 * before and after filling the section's stores as the section does, on the files of
 * {@code cxmetrics generate}. Compiled against the command line's jar, in the section's package
 * (its stores are package-private); see docs/benchmarks.md:
 *
 * <pre>
 * javac -d target/value-state -cp metrics-cli/target/cxmetrics.jar metrics-benchmarks/scripts/cli/ValueStateSize.java
 * java -Xmx2g -XX:+UseParallelGC -cp metrics-cli/target/cxmetrics.jar:target/value-state \
 *     io.github.cxmetrics.cli.section.ValueStateSize metrics-benchmarks/target/cli-data-222000
 * </pre>
 */
public final class ValueStateSize {
    static long used() {
        for (int i = 0; i < 4; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        ReadOptions options = new ReadOptions(false, ',', Map.of(),
                new TimeParser(java.time.ZoneOffset.UTC, null), null, null, false);
        InputReader reader = new InputReader(options, System.err, 1, Long.MAX_VALUE);
        long before = used();
        CustomerBook book = new CustomerBook();
        reader.read(InputFile.of(dir.resolve("customers.csv"), "--customers"), InputKind.CUSTOMERS,
                new CustomersInput(book, null), book::add);
        long afterCustomers = used();
        reader.read(InputFile.of(dir.resolve("purchases.csv"), "--purchases"), InputKind.PURCHASES,
                new PurchasesInput(book, null), book::add);
        long afterPurchases = used();
        // Each customer's latest NPS and CSAT answer, as the section keeps them; each id a fresh
        // string, as a parser makes it.
        LatestAnswers nps = new LatestAnswers("nps");
        LatestAnswers csat = new LatestAnswers("csat");
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        int n = book.size();
        for (int i = 0; i < n; i++) {
            String id = new String(book.entries().get(i).customer().id());
            nps.accept(new Response(id, "nps", 9, t, Channel.WEB, 1.0, Map.of()));
            csat.accept(new Response(new String(id), "csat", 4, t, Channel.WEB, 1.0, Map.of()));
        }
        long afterAnswers = used();
        // The same stores filled as a report fills them: the responses file through its parser
        // (which gives a customer's consecutive rows one id string, so the two stores share it
        // where a customer's answers are adjacent, as in the generated file).
        LatestAnswers readNps = new LatestAnswers("nps");
        LatestAnswers readCsat = new LatestAnswers("csat");
        reader.read(InputFile.of(dir.resolve("responses.csv"), "--responses"), InputKind.RESPONSES,
                new ResponsesInput("channel", SurveyConfig.defaults(), ResponsesOptions.defaults(),
                        false), r -> {
                    readNps.accept(r);
                    readCsat.accept(r);
                });
        long afterRead = used();
        System.out.printf("customers %d, purchases %d%n", n, bookPurchases(book));
        System.out.printf("customer book, customers only: %.1f bytes per customer%n", (afterCustomers - before) / (double) n);
        System.out.printf("customer book, purchases: %.1f bytes per purchase%n", (afterPurchases - afterCustomers) / (double) bookPurchases(book));
        System.out.printf("latest NPS + CSAT answers: %.1f bytes per customer%n", (afterAnswers - afterPurchases) / (double) n);
        System.out.printf("latest NPS + CSAT answers read from responses.csv: %.1f bytes per customer"
                + " (%d and %d customers)%n", (afterRead - afterAnswers) / (double) n,
                readNps.customers().size(), readCsat.customers().size());
        // Keeps the stores alive to the end.
        System.out.println("stores of " + book.size() + ", " + nps.customers().size() + ", "
                + csat.customers().size() + ", " + readNps.customers().size() + " and "
                + readCsat.customers().size() + " customers");
    }
    static long bookPurchases(CustomerBook book) {
        long s = 0; for (CustomerBook.Entry e : book.entries()) s += e.purchaseCount(); return s;
    }
}
