//! S7.6: background ends have an owner. A `StreamTracker` owns the streams given to it,
//! held or dropped; `shutdown(deadline)` ends them all and reports `ended`, `failed`
//! and `lost` (S7.5 losses). Then the races: a shutdown racing with drops and new
//! streams on a multi-thread runtime, losses counted exactly once when a background end
//! is given up and then its runtime goes away, a held stream given up and then dropped
//! inside a runtime, a held stream whose teardown fails during the shutdown (S7.2,
//! S7.3, S7.5).
//!
//! `unclosed_drops()` and `stream_counts()` are one count for the process: the tests
//! here hold the support `count_guard()`. Waits are bounded (`until`, 5 s) so that a
//! hang fails the test; no time is asserted.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::{FutureExt, StreamExt};
use managed_stream::{
    ManagedStreamExt, ShutdownReport, StreamTracker, managed_stream, stream_counts, teardown,
    unclosed_drops, yield_,
};
use support::runtime::{current_thread, until};
use support::unclosed::count_guard;
use support::{Gate, Log, panic_message};

/// Server-Sent Events from an idle source: one event, then waits on `source` forever
/// (unless opened). The teardown (an UNSUBSCRIBE) awaits `unsubscribe` before it logs.
#[managed_stream]
async fn events(log: Log, source: Gate, unsubscribe: Gate) -> u32 {
    log.push("subscribed");
    teardown! {
        unsubscribe.wait().await;
        log.push("unsubscribed");
    }
    let mut n = 0;
    loop {
        yield_!(n);
        source.wait().await;
        n += 1;
    }
}

/// Like `events`, with counters instead of a log (many of them run at once).
#[managed_stream]
async fn counted(subscribed: Arc<AtomicUsize>, unsubscribed: Arc<AtomicUsize>) -> u32 {
    subscribed.fetch_add(1, Ordering::SeqCst);
    teardown! {
        tokio::task::yield_now().await;
        unsubscribed.fetch_add(1, Ordering::SeqCst);
    }
    yield_!(0);
    std::future::pending::<()>().await;
}

/// A try-mode stream whose teardown fails.
#[managed_stream]
async fn failing(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("goodbye failed".to_string())?;
    }
    yield_!(Ok(1));
    std::future::pending::<()>().await;
}

fn open_gate() -> Gate {
    let gate = Gate::default();
    gate.open();
    gate
}

/// A connection task that reads `body` to its end; returns the log as it was when the
/// body ended (so the test sees whether the teardown ran before the `None`).
fn serve<S>(mut body: S, log: Log) -> tokio::task::JoinHandle<(usize, Vec<String>)>
where
    S: futures::Stream<Item = u32> + Unpin + Send + 'static,
{
    tokio::spawn(async move {
        let mut items = 0;
        while body.next().await.is_some() {
            items += 1;
        }
        let seen = log.events();
        drop(body);
        (items, seen)
    })
}

#[test]
fn s7_6_a_held_stream_on_an_idle_source_is_woken_and_ends_after_its_teardowns() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        // Both policies: the prompt one cancels at once, the graceful one closes within
        // half the deadline (the idle source never yields), then cancels.
        let prompt = events(log.clone(), Gate::default(), open_gate())
            .cancel_on_drop()
            .tracked_by(&tracker);
        let graceful = events(log.clone(), Gate::default(), open_gate())
            .close_on_drop()
            .tracked_by(&tracker);
        let prompt = serve(prompt, log.clone());
        let graceful = serve(graceful, log.clone());
        until("both subscribed", || log.count("subscribed") == 2).await;
        assert_eq!(tracker.owned(), 2);

        let report = tracker.shutdown(Duration::from_millis(200)).await;
        for connection in [prompt, graceful] {
            let (items, seen) = connection.await.unwrap();
            assert_eq!(items, 1, "one event, then the end of the body");
            assert!(
                seen.contains(&"unsubscribed".to_string()),
                "the holder saw None only after the teardown ran: {seen:?}"
            );
        }
        assert_eq!(tracker.owned(), 0);
        report
    });
    assert_eq!((report.ended, report.failed, report.lost), (2, 0, 0));
    assert_eq!(log.count("unsubscribed"), 2);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_dropped_streams_background_ends_are_awaited() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    // One gate each (a `Gate` wakes one waiter).
    let unsubscribe: Vec<Gate> = (0..3).map(|_| Gate::default()).collect();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        for gate in &unsubscribe {
            let mut body = events(log.clone(), Gate::default(), gate.clone())
                .cancel_on_drop()
                .tracked_by(&tracker);
            assert_eq!(body.next().await, Some(0));
            drop(body); // the client went away: ended in the background
        }
        // The teardowns are under way, and wait for the server's answer.
        tokio::task::yield_now().await;
        assert_eq!(log.count("unsubscribed"), 0);
        assert_eq!(tracker.owned(), 3);
        let shutdown = tracker.shutdown(Duration::from_secs(5));
        let opener = async {
            tokio::time::sleep(Duration::from_millis(10)).await;
            unsubscribe.iter().for_each(Gate::open);
        };
        let (report, ()) = tokio::join!(shutdown, opener);
        // Awaited: every teardown ran before `shutdown` returned.
        assert_eq!(log.count("unsubscribed"), 3);
        assert_eq!((report.ended, report.failed, report.lost), (3, 0, 0));
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_after_shutdown_a_newly_tracked_stream_ends_at_once() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let report = tracker.shutdown(Duration::from_secs(1)).await;
        assert_eq!(report, ShutdownReport::default());
        assert!(tracker.is_shut_down());

        // Held: its next poll ends it (the teardown runs, then None).
        let mut started = events(log.clone(), Gate::default(), open_gate());
        assert_eq!(started.next().await, Some(0));
        let mut held = started.close_on_drop().tracked_by(&tracker);
        assert_eq!(held.next().await, None);
        assert_eq!(log.count("unsubscribed"), 1);
        drop(held);

        // Dropped: ended in the background at once (a cancel, not a 5 s close).
        let mut started = events(log.clone(), Gate::default(), open_gate());
        assert_eq!(started.next().await, Some(0));
        let dropped = started.close_on_drop().tracked_by(&tracker);
        drop(dropped);
        until("the dropped one unsubscribed", || {
            log.count("unsubscribed") == 2
        })
        .await;
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_shutdown_twice_returns_at_once_the_second_time() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let unsubscribe = Gate::default();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut body = events(log.clone(), Gate::default(), unsubscribe.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(body.next().await, Some(0));
        let connection = tokio::spawn(async move { while body.next().await.is_some() {} });
        tokio::task::yield_now().await;

        let first = tracker.clone();
        let first = tokio::spawn(async move { first.shutdown(Duration::from_secs(5)).await });
        tokio::task::yield_now().await;
        // While the first waits for the teardown (blocked on the server's answer), and
        // after it: the second call is ready at its first poll, with an empty report.
        let second = tracker.shutdown(Duration::from_secs(60)).now_or_never();
        assert_eq!(second, Some(ShutdownReport::default()));
        unsubscribe.open();
        let first = first.await.unwrap();
        assert_eq!((first.ended, first.lost), (1, 0));
        connection.await.unwrap();
        let third = tracker.shutdown(Duration::from_secs(60)).now_or_never();
        assert_eq!(third, Some(ShutdownReport::default()));
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_a_dropped_tracker_handle_does_not_drop_its_streams() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let source = Gate::default();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = events(log.clone(), source.clone(), open_gate())
            .close_on_drop()
            .tracked_by(&tracker);
        let mut dropped = events(log.clone(), Gate::default(), open_gate())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(dropped.next().await, Some(0));
        let clone = tracker.clone();
        drop(tracker);

        // The held stream still hands out items; the dropped one is still ended.
        assert_eq!(held.next().await, Some(0));
        source.open();
        assert_eq!(held.next().await, Some(1));
        drop(dropped);
        until("the dropped stream unsubscribed", || {
            log.count("unsubscribed") == 1
        })
        .await;
        // The last handle still shuts the held one down.
        drop(clone);
        assert_eq!(held.next().await, Some(2));
        held.close().await;
    });
    assert_eq!(log.count("unsubscribed"), 2);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_a_zero_deadline_reports_what_it_could_not_end_as_lost() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let never = Gate::default(); // the server never answers the UNSUBSCRIBE
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let held = events(log.clone(), Gate::default(), never.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        let connection = serve(held, log.clone());
        let mut dropped = events(log.clone(), Gate::default(), never.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(dropped.next().await, Some(0));
        drop(dropped);
        until("both subscribed", || log.count("subscribed") == 2).await;
        tokio::task::yield_now().await;

        let report = tracker.shutdown(Duration::ZERO).await;
        // The holder is woken once more and sees the end: the stream was given up.
        let (items, _) = connection.await.unwrap();
        assert_eq!(items, 1);
        // The background end gives up too; both losses are counted (S7.5).
        until("both losses counted", || unclosed_drops() == before + 2).await;
        report
    });
    assert_eq!((report.ended, report.failed, report.lost), (0, 0, 2));
    assert_eq!(log.count("unsubscribed"), 0);
    assert_eq!(unclosed_drops(), before + 2);
}

#[test]
fn s7_6_a_failing_teardown_is_failed_not_ended() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let failures = stream_counts().teardown_failures;
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = failing(log.clone()).cancel_on_drop().tracked_by(&tracker);
        assert_eq!(held.next().await, Some(Ok(1)));
        let connection = tokio::spawn(async move { held.next().await });
        tokio::task::yield_now().await;
        let report = tracker.shutdown(Duration::from_secs(5)).await;
        assert_eq!(connection.await.unwrap(), None);
        report
    });
    assert_eq!((report.ended, report.failed, report.lost), (0, 1, 0));
    assert_eq!(log.events(), ["teardown"]);
    assert_eq!(stream_counts().teardown_failures, failures + 1);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_a_stream_dropped_after_it_was_given_up_is_a_loss_without_a_panic() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let never = Gate::default();
    let runtime = current_thread();
    let held = runtime.block_on(async {
        let tracker = StreamTracker::new();
        let mut held = events(log.clone(), Gate::default(), never.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(held.next().await, Some(0));
        // Pending on the idle source: registered with the tracker.
        assert!(held.next().now_or_never().is_none());
        let report = tracker.shutdown(Duration::from_millis(20)).await;
        // Not polled during the shutdown: nothing could end it.
        assert_eq!(report.lost, 1);
        // Its next poll sees the end (given up, not ended).
        assert_eq!(held.next().await, None);
        held
    });
    assert_eq!(panic_message(move || drop(held)), None);
    drop(runtime);
    assert_eq!(unclosed_drops(), before + 1);
}

// ---- Under load, on a multi-thread runtime ----------------------------------------------

/// Per stream: how often its teardown was registered and how often it ran.
#[derive(Default)]
struct Counts {
    registered: std::sync::atomic::AtomicU32,
    torn_down: std::sync::atomic::AtomicU32,
}

/// Items with an idle wait between them (the source is slow); the teardown awaits.
#[managed_stream]
async fn slow_source(counts: std::sync::Arc<Counts>, idle: Duration) -> u32 {
    use std::sync::atomic::Ordering::SeqCst;
    counts.registered.fetch_add(1, SeqCst);
    teardown! {
        tokio::time::sleep(Duration::from_micros(300)).await;
        counts.torn_down.fetch_add(1, SeqCst);
    }
    let mut n = 0;
    loop {
        yield_!(n);
        tokio::time::sleep(idle).await;
        n += 1;
    }
}

#[test]
fn s7_6_shutdown_under_load_ends_every_stream_held_dropped_or_late() {
    use std::sync::Arc;
    use std::sync::atomic::Ordering::SeqCst;
    let (_guard, before) = count_guard();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    for round in 0..5u64 {
        let all: Vec<Arc<Counts>> = (0..300).map(|_| Arc::default()).collect();
        let (report, late) = runtime.block_on(async {
            let tracker = StreamTracker::new();
            let mut tasks = Vec::new();
            for (i, counts) in all.iter().take(200).enumerate() {
                // Half idle for long (only a shutdown ends them), half short.
                let idle = Duration::from_millis(if i % 2 == 0 { 60_000 } else { 1 });
                let stream = slow_source(counts.clone(), idle);
                let body = if i % 3 == 0 {
                    // Graceful, with a short close deadline of its own (the shutdown's
                    // close window would be 5 s): on the idle ones the close waits for
                    // it, then cancels.
                    stream
                        .close_on_drop()
                        .within(Duration::from_millis(20))
                        .tracked_by(&tracker)
                } else {
                    stream.cancel_on_drop().tracked_by(&tracker)
                };
                let task = tokio::spawn(async move {
                    let mut body = body;
                    while body.next().await.is_some() {}
                });
                tasks.push((i, task));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
            // A third of the holders go away (aborted: their streams end in the
            // background), the others are still held at the shutdown.
            for (i, task) in &tasks {
                if i % 3 == 1 {
                    task.abort();
                }
            }
            // More streams tracked while the shutdown runs, and after it.
            let creator = {
                let tracker = tracker.clone();
                let late: Vec<Arc<Counts>> = all[200..].to_vec();
                tokio::spawn(async move {
                    let mut held = Vec::new();
                    for (j, counts) in late.into_iter().enumerate() {
                        let mut body = slow_source(counts, Duration::from_millis(1))
                            .cancel_on_drop()
                            .tracked_by(&tracker);
                        let first = body.next().await;
                        if j % 2 == 0 {
                            drop(body);
                        } else {
                            held.push((first, body));
                        }
                        tokio::task::yield_now().await;
                    }
                    // The held late ones: each next poll ends them.
                    for (_, mut body) in held {
                        while body.next().await.is_some() {}
                    }
                })
            };
            let report = tracker.shutdown(Duration::from_secs(10)).await;
            for (_, task) in tasks {
                let _ = tokio::time::timeout(Duration::from_secs(5), task)
                    .await
                    .expect("every holder saw the end");
            }
            tokio::time::timeout(Duration::from_secs(5), creator)
                .await
                .expect("the late streams ended")
                .unwrap();
            until("every owned stream ended", || tracker.owned() == 0).await;
            (report, tracker)
        });
        assert_eq!(
            (report.failed, report.lost),
            (0, 0),
            "round {round}: {report:?}"
        );
        assert!(
            report.ended >= 130,
            "round {round}: the held ones at least: {report:?}"
        );
        assert!(late.is_shut_down());
        for (i, counts) in all.iter().enumerate() {
            let (registered, torn_down) = (
                counts.registered.load(SeqCst),
                counts.torn_down.load(SeqCst),
            );
            assert_eq!(
                registered, torn_down,
                "round {round}, stream {i}: every reached teardown ran exactly once"
            );
        }
    }
    assert_eq!(unclosed_drops(), before, "nothing lost");
}

#[test]
fn s7_6_a_held_stream_given_up_can_still_be_cancelled_by_its_holder() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = events(log.clone(), Gate::default(), open_gate())
            .close_on_drop()
            .tracked_by(&tracker);
        assert_eq!(held.next().await, Some(0));
        assert!(held.next().now_or_never().is_none()); // waits, with a no-op waker
        let report = tracker.shutdown(Duration::from_millis(20)).await;
        assert_eq!(report.lost, 1, "nothing polled it during the shutdown");
        assert_eq!(held.next().await, None, "given up");
        // The holder still owns it: its cancel runs the teardown, and nothing is lost.
        held.cancel().await;
        assert_eq!(log.count("unsubscribed"), 1);
        assert!(futures::stream::FusedStream::is_terminated(&held));
        drop(held);
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_6_a_held_stream_polled_outside_a_runtime_is_given_up_without_a_panic() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let tracker = StreamTracker::new();
    let mut held = events(log.clone(), Gate::default(), open_gate())
        .close_on_drop()
        .tracked_by(&tracker);
    // The holder runs on a plain thread, with the `futures` executor: no Tokio here.
    let items = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let holder = std::thread::spawn({
        let items = items.clone();
        move || {
            futures::executor::block_on(async move {
                while held.next().await.is_some() {
                    items.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                held
            })
        }
    });
    let report = current_thread().block_on(async {
        // Once the holder has its item, it waits on the idle source (or is about to:
        // the shutdown then finds it at its next poll, and ends the same way).
        until("the first item", || {
            items.load(std::sync::atomic::Ordering::SeqCst) == 1
        })
        .await;
        tracker.shutdown(Duration::from_millis(40)).await
    });
    // Its close could not time out (no Tokio timer there) and the source stays idle:
    // given up at the deadline, and the holder sees the end.
    let held = holder.join().expect("no panic in the holder");
    assert_eq!(items.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(report.lost, 1);
    // Still the holder's: its cancel runs the teardown.
    let mut held = held;
    futures::executor::block_on(held.cancel());
    assert_eq!(log.count("unsubscribed"), 1);
    assert_eq!(unclosed_drops(), before);
}

// ---- Races, losses and failures of the shutdown (S7.5, S7.6) ----------------------------

/// S7.6: streams are created, held and dropped on four tasks of a 2-worker runtime while
/// the shutdown begins. Every stream that started, whether given to the tracker before
/// or after the shutdown began, held or dropped, has its teardown run exactly once;
/// nothing is lost; every holder sees the end.
#[test]
fn s7_6_shutdown_racing_with_new_streams_and_drops_ends_every_one_once() {
    let (_guard, before) = count_guard();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    let subscribed = Arc::new(AtomicUsize::new(0));
    let unsubscribed = Arc::new(AtomicUsize::new(0));
    let report = runtime.block_on(async {
        let tracker = StreamTracker::new();
        let mut tasks = Vec::new();
        for task in 0..4 {
            let (tracker, subscribed, unsubscribed) =
                (tracker.clone(), subscribed.clone(), unsubscribed.clone());
            tasks.push(tokio::spawn(async move {
                for n in 0..50 {
                    let mut stream = counted(subscribed.clone(), unsubscribed.clone())
                        .cancel_on_drop()
                        .tracked_by(&tracker);
                    // Started: its teardown is reached.
                    let first = stream.next().await;
                    if (n + task) % 2 == 0 {
                        drop(stream);
                    } else {
                        // Held: waits on the idle source until the shutdown ends it.
                        tokio::spawn(async move {
                            let rest = (&mut stream).count().await;
                            drop(stream);
                            rest
                        });
                    }
                    assert!(first.is_some() || tracker.is_shut_down());
                    tokio::task::yield_now().await;
                }
            }));
        }
        until("some streams made", || {
            subscribed.load(Ordering::SeqCst) >= 40
        })
        .await;
        let report = tracker.shutdown(Duration::from_secs(5)).await;
        for task in tasks {
            task.await.expect("no panic in a holder");
        }
        until("every teardown ran", || {
            unsubscribed.load(Ordering::SeqCst) == subscribed.load(Ordering::SeqCst)
        })
        .await;
        // Streams made after the shutdown ends at once: let them settle.
        until("tracker empty", || tracker.owned() == 0).await;
        report
    });
    drop(runtime);
    assert_eq!(report.lost, 0, "{report:?}");
    assert_eq!(report.failed, 0, "{report:?}");
    assert_eq!(
        unsubscribed.load(Ordering::SeqCst),
        subscribed.load(Ordering::SeqCst),
        "each started stream torn down exactly once"
    );
    assert_eq!(unclosed_drops(), before);
}

/// S7.5, S7.6: a dropped stream whose teardown never finishes is given up at the
/// shutdown's deadline (`lost == 1`, one loss). When the runtime then drops the
/// background task (S7.3), the same stream must not be counted a second time.
#[test]
fn s7_5_a_given_up_background_end_is_one_loss_also_after_the_runtime_goes() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let never = Gate::default();
    let runtime = current_thread();
    let report = runtime.block_on(async {
        let tracker = StreamTracker::new();
        let mut stream = events(log.clone(), Gate::default(), never.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(stream.next().await, Some(0));
        drop(stream);
        tokio::task::yield_now().await;
        tracker.shutdown(Duration::from_millis(20)).await
    });
    assert_eq!(report.lost, 1, "{report:?}");
    drop(runtime);
    assert_eq!(log.count("unsubscribed"), 0);
    assert_eq!(unclosed_drops(), before + 1, "one stream, one loss");
}

/// S7.6, S7.2: a held stream given up at the deadline, then dropped by its holder inside
/// the runtime. No panic, and either its teardown runs (once) or it is one loss: never
/// both, never neither.
#[test]
fn s7_6_a_held_stream_given_up_then_dropped_inside_the_runtime_is_ended_or_lost_once() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let unsubscribe = Gate::default();
    let runtime = current_thread();
    runtime.block_on(async {
        let tracker = StreamTracker::new();
        let mut held = events(log.clone(), Gate::default(), unsubscribe.clone())
            .close_on_drop()
            .tracked_by(&tracker);
        assert_eq!(held.next().await, Some(0));
        assert!(held.next().now_or_never().is_none());
        let report = tracker.shutdown(Duration::from_millis(20)).await;
        assert_eq!(report.lost, 1);
        assert_eq!(held.next().await, None, "given up: the holder sees the end");
        unsubscribe.open();
        assert_eq!(panic_message(move || drop(held)), None);
        // A background end, if one was spawned, runs now.
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
    });
    drop(runtime);
    let ran = log.count("unsubscribed") as u64;
    let lost = unclosed_drops() - before;
    assert_eq!(ran + lost, 1, "ran {ran}, lost {lost}");
}

/// S7.5, S7.6: a held stream whose teardown fails while the shutdown ends it: `failed`,
/// one `teardown_failures`, no loss, and its holder sees the end after the teardown.
#[test]
fn s7_6_a_held_stream_whose_teardown_fails_during_the_shutdown_is_failed() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = failing(log.clone()).cancel_on_drop().tracked_by(&tracker);
        assert_eq!(held.next().await, Some(Ok(1)));
        let holder = tokio::spawn(async move {
            let mut rest = Vec::new();
            while let Some(item) = held.next().await {
                rest.push(item);
            }
            rest
        });
        tokio::task::yield_now().await;
        let report = tracker.shutdown(Duration::from_secs(5)).await;
        let rest = holder.await.expect("no panic in the holder");
        assert_eq!(log.count("teardown"), 1);
        // The error went to the report (and a WARN), or to the holder as an item: not both.
        let to_holder = rest.iter().filter(|r| r.is_err()).count() as u64;
        assert_eq!(report.failed + to_holder, 1, "{report:?} {rest:?}");
        report
    });
    assert_eq!(report.lost, 0);
    assert_eq!(report.ended + report.failed, 1, "{report:?}");
    let after = stream_counts();
    assert_eq!(after.unclosed_drops, before);
    assert_eq!(
        after.teardown_failures - counts.teardown_failures,
        report.failed,
        "S7.5: each failure reported is counted"
    );
}

/// S7.5: `stream_counts()` across a failing background end: one background end, one
/// teardown failure, no loss, no missed close deadline (cancel_on_drop never closes).
#[test]
fn s7_5_stream_counts_across_a_failing_background_end() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    current_thread().block_on(async {
        let mut stream = failing(log.clone()).cancel_on_drop();
        assert_eq!(stream.next().await, Some(Ok(1)));
        drop(stream);
        until("the teardown ran", || log.count("teardown") == 1).await;
        until("counted", || {
            stream_counts().teardown_failures > counts.teardown_failures
        })
        .await;
    });
    let after = stream_counts();
    assert_eq!(after.unclosed_drops, before);
    assert_eq!(after.teardown_failures - counts.teardown_failures, 1);
    assert_eq!(after.background_ends - counts.background_ends, 1);
    assert_eq!(after.missed_close_deadlines, counts.missed_close_deadlines);
}

/// A try-mode stream with two teardowns that both fail.
#[managed_stream]
async fn failing_twice(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("outer");
        Err("outer failed".to_string())?;
    }
    teardown! {
        log.push("inner");
        Err("inner failed".to_string())?;
    }
    yield_!(Ok(1));
    std::future::pending::<()>().await;
}

/// S7.5 with S3.10: a background end whose close meets two teardown errors (one stream
/// with two failing teardowns, then a zip of two failing streams) reports each: two
/// `teardown_failures`, not one with the second dropped unseen.
#[test]
fn s7_5_every_teardown_error_of_a_background_end_is_counted() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let counts = stream_counts();
    current_thread().block_on(async {
        let mut stream = failing_twice(log.clone()).cancel_on_drop();
        assert_eq!(stream.next().await, Some(Ok(1)));
        drop(stream);
        until("both teardowns ran", || log.count("outer") == 1).await;
        until("a failure counted", || {
            stream_counts().teardown_failures > counts.teardown_failures
        })
        .await;
        // Let the background end finish whatever it does after the count.
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    });
    assert_eq!(log.events(), ["inner", "outer"]);
    let after = stream_counts();
    assert_eq!(after.unclosed_drops, before);
    assert_eq!(
        after.teardown_failures - counts.teardown_failures,
        2,
        "S3.10, S7.5: the second teardown error is lost"
    );

    let log = Log::default();
    let counts = stream_counts();
    current_thread().block_on(async {
        let mut pairs =
            managed_stream::combinators::zip(failing(log.clone()), failing(log.clone()))
                .cancel_on_drop();
        assert!(pairs.next().await.is_some());
        drop(pairs);
        until("both teardowns ran", || log.count("teardown") == 2).await;
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    });
    let after = stream_counts();
    assert_eq!(after.unclosed_drops, before);
    assert_eq!(after.teardown_failures - counts.teardown_failures, 2);
}

/// S7.5 with S3.10, the two ends a `CloseOnDrop` drives for its holder: a held stream
/// ended by a tracker's shutdown, and a `take(1)` read to the end (the wrapper closes the
/// stream inside, S3.9) then dropped without a `close()`. Each meets two teardown
/// errors; each error is counted.
#[test]
fn s7_5_every_teardown_error_of_an_end_driven_for_the_holder_is_counted() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let counts = stream_counts();
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = failing_twice(log.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(held.next().await, Some(Ok(1)));
        let holder = tokio::spawn(async move { while held.next().await.is_some() {} });
        tokio::task::yield_now().await;
        let report = tracker.shutdown(Duration::from_secs(5)).await;
        holder.await.expect("no panic in the holder");
        report
    });
    assert_eq!((report.failed, report.lost), (1, 0), "one stream failed");
    assert_eq!(log.events(), ["inner", "outer"]);
    let after = stream_counts();
    assert_eq!(after.teardown_failures - counts.teardown_failures, 2);

    let log = Log::default();
    let counts = stream_counts();
    current_thread().block_on(async {
        let mut rows = failing_twice(log.clone()).take(1).cancel_on_drop();
        assert_eq!(rows.next().await, Some(Ok(1)));
        assert_eq!(rows.next().await, None);
        assert_eq!(log.events(), ["inner", "outer"], "closed at the end (S3.9)");
        drop(rows);
    });
    let after = stream_counts();
    assert_eq!(after.teardown_failures - counts.teardown_failures, 2);
    assert_eq!(after.unclosed_drops, before);
}

/// S7.6, as documented on `shutdown`: a shutdown future dropped before it returned (a
/// `timeout` around it fired) leaves the tracker shutting down, and its streams still
/// end, held or dropped. A second call returns at once (measured: its report is empty
/// even though streams were still owned when it was called).
#[test]
fn s7_6_a_dropped_shutdown_future_still_ends_every_stream() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        let tracker = StreamTracker::new();
        // The teardowns wait until the first shutdown future is gone.
        let bye = Gate::default();
        // Its own close deadline (50 ms) bounds the graceful part: with the default
        // (5 s) the end took that long once the shutdown future was gone.
        let held = events(log.clone(), Gate::default(), bye.clone())
            .close_on_drop()
            .within(Duration::from_millis(50))
            .tracked_by(&tracker);
        let holder = tokio::spawn(async move {
            let mut held = held;
            let mut items = 0;
            while held.next().await.is_some() {
                items += 1;
            }
            items
        });
        let mut dropped = events(log.clone(), Gate::default(), bye.clone())
            .cancel_on_drop()
            .tracked_by(&tracker);
        assert_eq!(dropped.next().await, Some(0));
        drop(dropped);
        until("both subscribed", || log.count("subscribed") == 2).await;

        let first = tokio::time::timeout(
            Duration::from_millis(5),
            tracker.shutdown(Duration::from_secs(60)),
        )
        .await;
        assert!(first.is_err(), "the teardowns wait: the timeout fired");
        let owned = tracker.owned();
        let second = tracker.shutdown(Duration::from_secs(60)).await;
        eprintln!("second shutdown: {second:?} while {owned} streams were owned");
        bye.open();
        until("both teardowns ran", || log.count("unsubscribed") == 2).await;
        assert_eq!(holder.await.expect("no panic in the holder"), 1);
        until("tracker empty", || tracker.owned() == 0).await;
    });
    assert_eq!(unclosed_drops(), before);
}

/// S7.6, S3.4: the holder is in the middle of its own `close()` (the teardown waits)
/// when the shutdown begins. The teardown runs once, the holder's close returns, and
/// the stream counts once, as ended.
#[test]
fn s7_6_a_shutdown_during_the_holder_s_own_close_ends_the_stream_once() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let bye = Gate::default();
    let report = current_thread().block_on(async {
        let tracker = StreamTracker::new();
        let mut held = events(log.clone(), Gate::default(), bye.clone())
            .close_on_drop()
            .tracked_by(&tracker);
        assert_eq!(held.next().await, Some(0));
        let holder = tokio::spawn(async move {
            held.close().await;
            assert_eq!(held.next().await, None, "S3.5");
            held
        });
        until("the holder's close waits in the teardown", || {
            bye.abandoned() == 0 && tracker.owned() == 1
        })
        .await;
        tokio::task::yield_now().await;
        let shutdown = tokio::spawn({
            let tracker = tracker.clone();
            async move { tracker.shutdown(Duration::from_secs(5)).await }
        });
        tokio::task::yield_now().await;
        bye.open();
        let held = holder.await.expect("no panic in the holder");
        drop(held);
        shutdown.await.expect("no panic in the shutdown")
    });
    assert_eq!(log.count("unsubscribed"), 1);
    assert_eq!(
        (report.ended, report.failed, report.lost),
        (1, 0, 0),
        "{report:?}"
    );
    assert_eq!(unclosed_drops(), before);
}
