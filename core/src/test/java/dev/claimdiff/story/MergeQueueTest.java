package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergeQueueTest {
  private record Entry(double average, int a, int b) {}

  private static final Comparator<Entry> BEST_FIRST = Comparator
      .comparingDouble((Entry e) -> e.average()).reversed()
      .thenComparingInt(Entry::a).thenComparingInt(Entry::b);

  @Test
  void entriesLeaveBestFirstThenByIds() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      MergeQueue queue = new MergeQueue();
      List<Entry> waiting = new ArrayList<>();
      int initial = random.nextInt(300);
      for (int i = 0; i < initial; i++) {
        Entry e = entry(random);
        queue.append(e.average(), e.a(), e.b(), 1, 1);
        waiting.add(e);
      }
      queue.heapify();
      while (!waiting.isEmpty()) {
        if (random.nextInt(3) == 0) { // entries added between polls, as merges add them
          Entry e = entry(random);
          queue.add(e.average(), e.a(), e.b(), 2, 3);
          waiting.add(e);
          continue;
        }
        waiting.sort(BEST_FIRST);
        Entry expected = waiting.remove(0);
        queue.poll();
        assertThat(new Entry(queue.average(), queue.a(), queue.b())).isEqualTo(expected);
      }
      assertThat(queue.isEmpty()).isTrue();
    }
  }

  @Test
  void theSizesOfAnEntryComeBackWithIt() {
    MergeQueue queue = new MergeQueue();
    queue.add(0.5, 3, 9, 4, 7);
    queue.add(0.7, 1, 2, 1, 1);
    queue.poll();
    queue.poll();
    assertThat(List.of(queue.a(), queue.b(), queue.sizeA(), queue.sizeB()))
        .containsExactly(3, 9, 4, 7);
  }

  /** Few distinct averages and ids, so that ties of every kind come up. */
  private static Entry entry(Random random) {
    int a = random.nextInt(6);
    return new Entry(random.nextInt(5) / 4.0, a, a + 1 + random.nextInt(4));
  }
}
