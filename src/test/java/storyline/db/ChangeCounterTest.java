package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Requests share reads of the change counter, and none is answered by a read older than itself. */
class ChangeCounterTest {

  /** A database stand-in: a read takes the value as it starts, then waits to be let go. */
  private static final class SlowSource implements ChangeCounter.Source {
    final AtomicLong committed = new AtomicLong();
    final CountDownLatch firstReadStarted = new CountDownLatch(1);
    final CountDownLatch letFirstReadGo = new CountDownLatch(1);
    final AtomicBoolean first = new AtomicBoolean(true);

    @Override
    public long read() {
      long seen = committed.get();
      if (first.getAndSet(false)) {
        firstReadStarted.countDown();
        await(letFirstReadGo);
      }
      return seen;
    }

    @Override
    public void close() {}
  }

  @Test
  void requestsArrivingDuringAReadShareTheNextReadAndSeeWhatWasSavedBeforeThey() throws Exception {
    SlowSource db = new SlowSource();
    ChangeCounter counter = new ChangeCounter(db);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CompletableFuture<Long> early = CompletableFuture.supplyAsync(counter::current, threads);
    await(db.firstReadStarted);
    db.committed.set(5); // a save acknowledged while the first read is under way
    List<CompletableFuture<Long>> later = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      later.add(CompletableFuture.supplyAsync(counter::current, threads));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (counter.waiting() < 3 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(3, counter.waiting(), "the later requests wait for the read under way");
    db.letFirstReadGo.countDown();

    assertEquals(0, early.get(10, TimeUnit.SECONDS), "the first request gets the read it began");
    for (CompletableFuture<Long> request : later) {
      assertEquals(5, request.get(10, TimeUnit.SECONDS), "never a read that began before it");
    }
    assertEquals(2, counter.reads(), "three requests shared one read");
    threads.shutdown();
  }

  @Test
  void aLoneRequestReadsAfreshEachTime() {
    SlowSource db = new SlowSource();
    db.letFirstReadGo.countDown();
    ChangeCounter counter = new ChangeCounter(db);
    assertEquals(0, counter.current());
    db.committed.set(7);
    assertEquals(7, counter.current());
    assertEquals(2, counter.reads());
  }

  @Test
  void aFailedReadFailsItsRequestAndTheNextRequestReadsAgain() {
    AtomicBoolean down = new AtomicBoolean(true);
    ChangeCounter counter =
        new ChangeCounter(
            new ChangeCounter.Source() {
              @Override
              public long read() {
                if (down.get()) {
                  throw new IllegalStateException("database unreachable");
                }
                return 3;
              }

              @Override
              public void close() {}
            });
    assertThrows(IllegalStateException.class, counter::current);
    down.set(false);
    assertEquals(3, counter.current());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
