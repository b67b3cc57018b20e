package io.github.cxmetrics.cli.input;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table numbers ids as a map of first appearances does. */
class IdTableTest {

    @Test
    void numbersIdsInOrderOfFirstAppearance() {
        qt(300).forAll(lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 3_000))
                .checkAssert(keys -> {
                    IdTable table = new IdTable();
                    Map<String, Integer> reference = new LinkedHashMap<>();
                    for (int key : keys) {
                        String id = "C" + key;
                        Integer expected = reference.computeIfAbsent(id, k -> reference.size());
                        assertEquals(expected, table.add(id));
                    }
                    assertEquals(reference.size(), table.size());
                    reference.forEach((id, index) -> {
                        assertEquals(index, table.indexOf(id));
                        assertEquals(id, table.id(index));
                    });
                    assertEquals(-1, table.indexOf("absent"));
                });
    }

    @Test
    void id_outOfRange() {
        IdTable table = new IdTable();
        table.add("a");
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> table.id(1));
        assertEquals("index must be in [0, 1): 1", e.getMessage());
        assertEquals(List.of(0, 0), List.of(table.add("a"), table.indexOf("a")));
    }
}
