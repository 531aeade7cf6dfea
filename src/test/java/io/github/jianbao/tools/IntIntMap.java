package io.github.jianbao.tools;

/** An open-addressing map from non-zero int keys to int values, 0 for absent. */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private int size;

    IntIntMap(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new int[c];
        values = new int[c];
    }

    int size() {
        return size;
    }

    int get(int key) {
        int mask = keys.length - 1;
        for (int s = (key * 0x9E3779B9) & mask; ; s = (s + 1) & mask) {
            if (keys[s] == key) {
                return values[s];
            }
            if (keys[s] == 0) {
                return 0;
            }
        }
    }

    void increment(int key) {
        put(key, get(key) + 1);
    }

    void put(int key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int s = (key * 0x9E3779B9) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        if (keys[s] == 0) {
            keys[s] = key;
            size++;
        }
        values[s] = value;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
