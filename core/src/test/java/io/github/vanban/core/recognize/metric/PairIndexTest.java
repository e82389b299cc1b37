package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PairIndexTest {

  @Test
  void keepsTheValuesOfAKeyInInsertionOrder() {
    PairIndex index = new PairIndex();
    index.add('t' << 16 | 'h', 3);
    index.add('n' << 16 | 'g', 1);
    index.add('t' << 16 | 'h', 0);
    assertArrayEquals(new int[] {3, 0}, index.get('t' << 16 | 'h'));
    assertArrayEquals(new int[] {1}, index.get('n' << 16 | 'g'));
  }

  @Test
  void findsEveryKeyAfterGrowing() {
    PairIndex index = new PairIndex();
    for (int k = 0; k < 1000; k++) {
      index.add(k * 65536 + k, k);
    }
    for (int k = 0; k < 1000; k++) {
      assertArrayEquals(new int[] {k}, index.get(k * 65536 + k));
    }
  }

  @Test
  void returnsNullForAKeyNeverAdded() {
    PairIndex index = new PairIndex();
    assertNull(index.get('x' << 16 | 'y'));
    index.add('a' << 16 | 'b', 7);
    assertNull(index.get('x' << 16 | 'y'));
  }
}
