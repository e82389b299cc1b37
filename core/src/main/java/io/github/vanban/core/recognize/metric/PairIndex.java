package io.github.vanban.core.recognize.metric;

import java.util.Arrays;

/**
 * A map from an {@code int} key (two characters packed into one) to the list of {@code int} values
 * added under it, in insertion order: an open-addressing table without boxing, since {@link
 * CueFinder} looks a key up at every word start of a text. Filled once while the finder is built,
 * then only read: safe to share between threads once built.
 */
final class PairIndex {

  private static final int[] NONE = new int[0];

  private int[] keys = new int[16];
  private int[][] values = new int[16][];
  private int size;

  /** Adds {@code value} at the end of the values of {@code key}. */
  void add(int key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = slot(key);
    int[] old = values[slot];
    if (old == null) {
      keys[slot] = key;
      old = NONE;
      size++;
    }
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = value;
    values[slot] = grown;
  }

  /** Returns the values of {@code key} in insertion order, or null when it has none. */
  int[] get(int key) {
    return values[slot(key)];
  }

  /** Returns the slot holding {@code key}, or the empty slot where it would go. */
  private int slot(int key) {
    int mask = keys.length - 1;
    int i = (key * 0x9E3779B9 >>> 16) & mask;
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[][] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2][];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
