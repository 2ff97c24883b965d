//! S7.6 under load: 1,000 streams tracked by one `StreamTracker` on a 2-worker runtime,
//! 500 whose holders were dropped (aborted tasks: their background ends are under way)
//! and 500 still held (each holder waits in `next()` on a source that is idle for an
//! hour), half `close_on_drop()`, half `cancel_on_drop()`. Every teardown waits at a
//! gate that opens only once `shutdown` has begun, so that every end is still pending
//! when it is called. Then `tracker.shutdown(deadline)`:
//!
//! - the report says every stream ended, none failed, none was lost;
//! - every teardown ran exactly once, before `shutdown` returned;
//! - every holder saw the end of its stream (`None`), after its teardown ran;
//! - `unclosed_drops()` does not move.
//!
//! The time `shutdown` took is printed, never asserted: the held `close_on_drop()`
//! streams wait for their close deadline (5 s; the step under way is the hour-long
//! wait), then are cancelled, so about 5 s is expected.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use futures::StreamExt;
use managed_stream::{ManagedStreamExt, StreamTracker, managed_stream, teardown, yield_};
use tokio::sync::Semaphore;

const STREAMS: usize = 1000;
/// Streams `0..DROPPED` lose their holder; the others are held through the shutdown.
const DROPPED: usize = 500;
/// A held stream's source: idle far longer than the test.
const IDLE: Duration = Duration::from_secs(3600);
const DEADLINE: Duration = Duration::from_secs(10);
/// A safety net against a hang, not a timing claim.
const BUDGET: Duration = Duration::from_secs(60);

/// Per stream: how often its teardown ran, and what its holder saw.
struct Counters {
    torn_down: Vec<AtomicU32>,
    /// For a held stream: the teardown count when its holder saw the end, plus one
    /// (0: the holder has not seen the end).
    seen_end: Vec<AtomicU32>,
}

/// Numbers, one after each `every`, forever. The teardown waits at `gate`.
#[managed_stream]
async fn numbers(id: usize, every: Duration, counters: Arc<Counters>, gate: Arc<Semaphore>) -> u32 {
    teardown! {
        drop(gate.acquire().await.expect("the gate stays open"));
        counters.torn_down[id].fetch_add(1, Ordering::SeqCst);
    }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        tokio::time::sleep(every).await;
    }
}

#[test]
fn s7_6_a_thousand_tracked_streams_500_dropped_500_held_all_end_nothing_lost() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let counters = Arc::new(Counters {
        torn_down: (0..STREAMS).map(|_| AtomicU32::new(0)).collect(),
        seen_end: (0..STREAMS).map(|_| AtomicU32::new(0)).collect(),
    });
    runtime.block_on(async {
        let tracker = StreamTracker::new();
        let gate = Arc::new(Semaphore::new(0));
        let drops_before = managed_stream::unclosed_drops();

        // Every holder reads its first item, then reads on (the dropped ones' sources
        // tick every millisecond, the held ones' are idle).
        let (first_items, mut read_first) = tokio::sync::mpsc::channel(STREAMS);
        let mut holders = Vec::new();
        for id in 0..STREAMS {
            let every = if id < DROPPED {
                Duration::from_millis(1)
            } else {
                IDLE
            };
            let stream = numbers(id, every, Arc::clone(&counters), Arc::clone(&gate));
            let (tracker, counters, first_items) =
                (tracker.clone(), Arc::clone(&counters), first_items.clone());
            holders.push(tokio::spawn(async move {
                let mut stream = if id % 2 == 0 {
                    stream.close_on_drop().tracked_by(&tracker)
                } else {
                    stream.cancel_on_drop().tracked_by(&tracker)
                };
                assert_eq!(stream.next().await, Some(0));
                first_items.send(id).await.unwrap();
                while stream.next().await.is_some() {}
                let torn_down = counters.torn_down[id].load(Ordering::SeqCst);
                counters.seen_end[id].store(torn_down + 1, Ordering::SeqCst);
            }));
        }
        for _ in 0..STREAMS {
            read_first.recv().await.unwrap();
        }
        // The first 500 lose their holders.
        for holder in &holders[..DROPPED] {
            holder.abort();
        }

        // ---- The shutdown, with every end pending at the gate ----
        let started = Instant::now();
        let shutdown = tokio::spawn({
            let tracker = tracker.clone();
            async move { tracker.shutdown(DEADLINE).await }
        });
        // `ended` counts the ends from the shutdown on: open the gate once it began.
        let began = tokio::time::timeout(BUDGET, async {
            while !tracker.is_shut_down() {
                tokio::task::yield_now().await;
            }
        });
        began.await.expect("the shutdown never began");
        let torn_down_early = total(&counters.torn_down);
        gate.add_permits(1); // each teardown takes the permit and gives it back
        let report = tokio::time::timeout(BUDGET, shutdown).await;
        let report = report.expect("shutdown hung").unwrap();
        let took = started.elapsed();
        let torn_down = total(&counters.torn_down);
        eprintln!("shutdown of {STREAMS} tracked streams took {took:?}: {report:?}");
        assert_eq!(torn_down_early, 0, "no teardown passed the closed gate");
        assert_eq!(
            torn_down, STREAMS as u32,
            "teardowns run when shutdown returned"
        );
        assert_eq!(
            (report.ended, report.failed, report.lost),
            (STREAMS as _, 0, 0),
            "{report:?}"
        );

        // ---- What each holder saw ----
        for (id, holder) in holders.into_iter().enumerate() {
            let joined = tokio::time::timeout(BUDGET, holder)
                .await
                .expect("a holder hung");
            if id < DROPPED {
                assert!(joined.unwrap_err().is_cancelled(), "stream {id}: aborted");
                continue;
            }
            joined.unwrap();
            assert_eq!(
                counters.seen_end[id].load(Ordering::SeqCst),
                2,
                "stream {id}: its holder saw the end after its one teardown"
            );
        }
        for id in 0..STREAMS {
            assert_eq!(
                counters.torn_down[id].load(Ordering::SeqCst),
                1,
                "stream {id}: teardowns"
            );
        }
        assert_eq!(
            managed_stream::unclosed_drops(),
            drops_before,
            "nothing lost (S7.5)"
        );
    });
}

fn total(counts: &[AtomicU32]) -> u32 {
    counts
        .iter()
        .map(|count| count.load(Ordering::SeqCst))
        .sum()
}
