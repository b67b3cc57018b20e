package io.github.cxmetrics.cli.input;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers distinct ids (customer ids) 0, 1, 2, ... in the order they are first added, so that
 * per-customer state can live in primitive arrays indexed by that number instead of a map of
 * objects: an open-addressing table of {@code int}s over the ids, 16 to 24 bytes per id besides
 * the id's string. Not thread-safe.
 */
public final class IdTable {

    private String[] ids = new String[16];
    private int[] hashes = new int[16];
    /** Open addressing: the number of the id plus one, 0 for an empty slot; at most half full. */
    private int[] slots = new int[32];
    private int size;

    /** Returns the number of an id, or -1 if it was not added. */
    public int indexOf(String id) {
        int hash = spread(id.hashCode());
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int index = slot - 1;
            if (hashes[index] == hash && ids[index].equals(id)) {
                return index;
            }
        }
    }

    /** Returns the number of an id, adding it with the next number if it is new. */
    public int add(String id) {
        int hash = spread(id.hashCode());
        int mask = slots.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                break;
            }
            int index = slot - 1;
            if (hashes[index] == hash && ids[index].equals(id)) {
                return index;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size + (size >> 1));
            hashes = Arrays.copyOf(hashes, ids.length);
        }
        ids[size] = id;
        hashes[size] = hash;
        slots[i] = ++size;
        if (2 * size > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** Returns the number of ids added. */
    public int size() {
        return size;
    }

    /** Returns the id of a number. */
    public String id(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index must be in [0, " + size + "): " + index);
        }
        return ids[index];
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int index = 0; index < size; index++) {
            int i = hashes[index] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = index + 1;
        }
        slots = bigger;
    }

    /** Spreads the bits of a string's hash, whose low bits alone cluster for ids like C000123. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Returns the ids in the order of their numbers, as a view that follows later additions. */
    public List<String> ids() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return id(index);
            }

            @Override
            public int size() {
                return IdTable.this.size();
            }
        };
    }
}
