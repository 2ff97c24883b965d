//! S7 (cancellation from outside), S4.5 (no unclosed drop is silent), S7.5 (honest
//! reports: losses, failures and background ends counted apart) and S4.6 (a drop on
//! purpose is quiet for the whole tree).
//!
//! `unclosed_drops()` is one count for the whole process, so every test here that reads
//! it holds the support `count_guard()`: the tests of this binary run one at a time
//! around it.

mod support;

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    CloseResult, CloseSpawner, CloseTask, ManagedStream, ManagedStreamExt, managed_stream,
    stream_counts, teardown, unclosed_drops, with_teardown, yield_,
};
use support::runtime::current_thread;
use support::unclosed::count_guard;
use support::{Gate, Log, panic_message};

/// Numbers, forever; the teardown awaits (a sleep) before it logs.
#[managed_stream]
async fn ticks(log: Log, teardown_takes: Duration) -> u32 {
    log.push("start");
    teardown! {
        tokio::time::sleep(teardown_takes).await;
        log.push("teardown");
    }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        tokio::task::yield_now().await;
    }
}

/// One item, then a step that never finishes: only a cancel can end it.
#[managed_stream]
async fn stuck(log: Log) -> u32 {
    teardown! { log.push("teardown"); }
    yield_!(1);
    std::future::pending::<()>().await;
    yield_!(2);
}

/// A try-mode stream whose teardown fails.
#[managed_stream]
async fn failing_teardown(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("goodbye failed".to_string())?;
    }
    yield_!(Ok(1));
    yield_!(Ok(2));
}

/// Waits (on the runtime) until `log` holds `event`, for at most 5 s.
async fn until_logged(log: &Log, event: &str) {
    let waited = tokio::time::timeout(Duration::from_secs(5), async {
        while log.count(event) == 0 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    })
    .await;
    assert!(
        waited.is_ok(),
        "`{event}` never happened: {:?}",
        log.events()
    );
}

#[test]
fn s7_2_an_aborted_task_s_stream_is_closed_on_the_runtime() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        let reader = tokio::spawn({
            let log = log.clone();
            async move {
                let mut ticks = ticks(log, Duration::from_millis(5)).close_on_drop();
                while let Some(_tick) = ticks.next().await {}
            }
        });
        while log.count("start") == 0 {
            tokio::task::yield_now().await;
        }
        reader.abort();
        assert!(
            reader.await.unwrap_err().is_cancelled(),
            "no panic in the task"
        );
        until_logged(&log, "teardown").await;
        // Nothing runs it a second time.
        tokio::time::sleep(Duration::from_millis(20)).await;
    });
    assert_eq!(log.events(), ["start", "teardown"]);
    assert_eq!(
        unclosed_drops(),
        before,
        "a clean background close is not reported"
    );
}

#[test]
fn s7_2_a_fired_timeout_and_a_losing_select_branch_close_the_stream() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        // The holder is the future a `timeout` drops.
        let read_forever = {
            let log = log.clone();
            async move {
                let mut ticks = ticks(log, Duration::ZERO).close_on_drop();
                while let Some(_tick) = ticks.next().await {}
            }
        };
        let timed_out = tokio::time::timeout(Duration::from_millis(10), read_forever).await;
        assert!(timed_out.is_err());
        until_logged(&log, "teardown").await;

        // The holder is a `select!` branch that loses.
        let mut ticks = ticks(log.clone(), Duration::ZERO).close_on_drop();
        assert_eq!(ticks.next().await, Some(0));
        tokio::select! {
            biased;
            () = tokio::time::sleep(Duration::from_millis(5)) => {}
            _ = async move { while let Some(_tick) = ticks.next().await {} } => {
                unreachable!("the stream never ends")
            }
        }
        while log.count("teardown") < 2 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    });
    assert_eq!(log.count("start"), 2);
    assert_eq!(log.count("teardown"), 2);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_2_the_dropping_code_does_not_wait_for_the_close() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        let mut ticks = ticks(log.clone(), Duration::from_millis(5)).close_on_drop();
        assert_eq!(ticks.next().await, Some(0));
        drop(ticks);
        // On a current-thread runtime the spawned close cannot have run yet: the drop
        // returned without waiting for it.
        assert_eq!(log.events(), ["start"]);
        until_logged(&log, "teardown").await;
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_2_a_close_past_its_deadline_is_cancelled_and_reported() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    current_thread().block_on(async {
        let mut stuck = stuck(log.clone())
            .close_on_drop()
            .within(Duration::from_millis(20));
        assert_eq!(stuck.next().await, Some(1));
        // The consumer gives up on the next item, then the holder is dropped mid-step.
        let next = tokio::time::timeout(Duration::from_millis(1), stuck.next()).await;
        assert!(next.is_err());
        drop(stuck);
        until_logged(&log, "teardown").await;
    });
    assert_eq!(
        log.events(),
        ["teardown"],
        "the teardown ran once, after the cancel"
    );
    // S7.5: every teardown ran, so it is no loss; the missed deadline has its count.
    assert_eq!(
        unclosed_drops(),
        before,
        "a cancelled background end is no loss"
    );
    let now = stream_counts();
    assert_eq!(now.background_ends, counts.background_ends + 1);
    assert_eq!(
        now.missed_close_deadlines,
        counts.missed_close_deadlines + 1,
        "a close that needed the cancel is counted as such"
    );
    assert_eq!(now.teardown_failures, counts.teardown_failures);
}

#[test]
fn s7_2_a_failing_background_close_is_reported() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    current_thread().block_on(async {
        let mut stream = failing_teardown(log.clone()).close_on_drop();
        assert_eq!(stream.next().await, Some(Ok(1)));
        drop(stream);
        until_logged(&log, "teardown").await;
        tokio::task::yield_now().await;
    });
    // S7.5: a failure, not a loss.
    assert_eq!(unclosed_drops(), before);
    let now = stream_counts();
    assert_eq!(now.teardown_failures, counts.teardown_failures + 1);
    assert_eq!(now.background_ends, counts.background_ends + 1);
    assert_eq!(now.missed_close_deadlines, counts.missed_close_deadlines);
}

/// One item, then a step that waits on `gate` (an idle source) and logs when it
/// finishes; then a second item.
#[managed_stream]
async fn waits_on(log: Log, gate: Gate) -> u32 {
    teardown! { log.push("teardown"); }
    yield_!(1);
    gate.wait().await;
    log.push("step finished");
    yield_!(2);
}

#[test]
fn s7_2_cancel_on_drop_cancels_at_once_and_is_no_loss() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    let gate = Gate::default();
    current_thread().block_on(async {
        let mut events = waits_on(log.clone(), gate.clone()).cancel_on_drop();
        assert_eq!(events.next().await, Some(1));
        // The holder waits on the idle source, then goes away (a client disconnect).
        assert!(
            tokio::time::timeout(Duration::from_millis(1), events.next())
                .await
                .is_err()
        );
        drop(events);
        until_logged(&log, "teardown").await;
        // The source wakes up only now: the cancelled step does not resume.
        gate.open();
        tokio::time::sleep(Duration::from_millis(5)).await;
    });
    assert_eq!(
        log.events(),
        ["teardown"],
        "cancelled where it waited (S3.3)"
    );
    assert_eq!(gate.abandoned(), 1, "the wait was dropped by the cancel");
    assert_eq!(
        unclosed_drops(),
        before,
        "S7.5: every teardown ran, no loss"
    );
    let now = stream_counts();
    assert_eq!(now.background_ends, counts.background_ends + 1);
    assert_eq!(
        now.missed_close_deadlines, counts.missed_close_deadlines,
        "a cancel by policy missed no deadline"
    );
    assert_eq!(now.teardown_failures, counts.teardown_failures);
}

#[test]
fn s7_2_within_makes_the_background_end_a_close_again() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    let gate = Gate::default();
    current_thread().block_on(async {
        // Prompt policy first, then `within`: the step under way is finished (S3.2).
        let mut events = waits_on(log.clone(), gate.clone())
            .cancel_on_drop()
            .within(Duration::from_secs(60));
        assert_eq!(events.next().await, Some(1));
        assert!(
            tokio::time::timeout(Duration::from_millis(1), events.next())
                .await
                .is_err()
        );
        drop(events);
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(
            log.events(),
            Vec::<String>::new(),
            "the close waits for the step"
        );
        gate.open();
        until_logged(&log, "teardown").await;
    });
    assert_eq!(log.events(), ["step finished", "teardown"]);
    assert_eq!(unclosed_drops(), before);
    let now = stream_counts();
    assert_eq!(now.background_ends, counts.background_ends + 1);
    assert_eq!(now.missed_close_deadlines, counts.missed_close_deadlines);
}

#[test]
fn s7_1_the_last_none_comes_after_the_wrapped_stream_was_ended() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        // `take(1)` stops reading a managed stream that still has a teardown to run:
        // the wrapper ends it (close) before it hands out `None`.
        let mut first = ticks(log.clone(), Duration::from_millis(1))
            .take(1)
            .close_on_drop();
        assert_eq!(first.next().await, Some(0));
        assert_eq!(log.events(), ["start"]);
        assert_eq!(first.next().await, None);
        assert_eq!(log.events(), ["start", "teardown"], "ended before the None");
        assert!(futures::stream::FusedStream::is_terminated(&first));
        drop(first);
    });
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_1_while_held_it_is_the_stream_it_wraps() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    current_thread().block_on(async {
        // Items, then close(): the teardown runs in the close, as without the wrapper.
        let mut held = ticks(log.clone(), Duration::ZERO).close_on_drop();
        assert_eq!(held.next().await, Some(0));
        assert_eq!(held.next().await, Some(1));
        held.close().await;
        assert_eq!(log.events(), ["start", "teardown"]);
        assert_eq!(held.next().await, None, "S3.5 through the wrapper");
        drop(held);

        // cancel() stops a stuck step, as without the wrapper.
        let mut held = stuck(log.clone()).close_on_drop();
        assert_eq!(held.next().await, Some(1));
        assert!(
            tokio::time::timeout(Duration::from_millis(1), held.next())
                .await
                .is_err()
        );
        held.cancel().await;
        assert_eq!(log.count("teardown"), 2);

        // Read to the end: nothing is left to hand over.
        let read_all = with_teardown(futures::stream::iter([1, 2]), {
            let log = log.clone();
            async move |_| log.push("cleanup")
        });
        let items: Vec<i32> = read_all.close_on_drop().collect().await;
        assert_eq!(items, [1, 2]);
        assert_eq!(log.count("cleanup"), 1);

        // Never polled: nothing to end.
        drop(ticks(log.clone(), Duration::ZERO).close_on_drop());
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(log.count("start"), 1);

        // Taken back out: the stream is the caller's again, with its drop check.
        let mut held = ticks(log.clone(), Duration::ZERO).close_on_drop();
        assert_eq!(held.next().await, Some(0));
        let mut inner = held.into_inner();
        inner.close().await;
    });
    assert_eq!(log.count("teardown"), 3);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s7_3_dropped_outside_a_runtime_it_is_reported_without_a_panic() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut stream = failing_teardown(log.clone()).close_on_drop();
    assert_eq!(
        futures::executor::block_on(stream.next()),
        Some(Ok(1)),
        "polled outside any Tokio runtime"
    );
    assert_eq!(panic_message(move || drop(stream)), None);
    assert_eq!(
        log.events(),
        Vec::<String>::new(),
        "no runtime: the teardown is skipped"
    );
    assert_eq!(unclosed_drops(), before + 1);
}

#[test]
fn s7_3_a_runtime_shut_down_with_closes_pending_reports_each() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let runtime = current_thread();
    runtime.block_on(async {
        for _ in 0..3 {
            // Teardowns that outlast the runtime.
            let mut ticks = ticks(log.clone(), Duration::from_secs(60)).close_on_drop();
            assert_eq!(ticks.next().await, Some(0));
            drop(ticks);
        }
        // Let the close tasks start their teardowns.
        tokio::time::sleep(Duration::from_millis(5)).await;
    });
    assert_eq!(panic_message(move || drop(runtime)), None);
    assert_eq!(log.count("teardown"), 0);
    assert_eq!(unclosed_drops(), before + 3);
}

/// An executor that accepts every close and runs it to completion at once, with a timer
/// that never fires: `close_on_drop_with` works without Tokio (S7.2's "a form another
/// executor could implement").
#[derive(Clone)]
struct BlockingSpawner(std::sync::Arc<AtomicU32>);

impl CloseSpawner for BlockingSpawner {
    fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask> {
        self.0.fetch_add(1, Ordering::SeqCst);
        futures::executor::block_on(task);
        Ok(())
    }

    fn sleep(&self, _: Duration) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(std::future::pending())
    }
}

#[test]
fn s7_2_another_executor_implements_the_spawner() {
    let (_guard, before) = count_guard();
    let failures = stream_counts().teardown_failures;
    let log = Log::default();
    let spawned = BlockingSpawner(Default::default());
    let mut stream =
        failing_teardown(log.clone()).close_on_drop_with(spawned.clone(), Duration::from_secs(1));
    assert_eq!(futures::executor::block_on(stream.next()), Some(Ok(1)));
    drop(stream);
    assert_eq!(spawned.0.load(Ordering::SeqCst), 1);
    assert_eq!(log.events(), ["teardown"]);
    assert_eq!(unclosed_drops(), before, "a failure is no loss (S7.5)");
    assert_eq!(
        stream_counts().teardown_failures,
        failures + 1,
        "its error is reported"
    );
}

// ---- S4.5: every unclosed drop is counted -----------------------------------------------

#[test]
fn s4_5_an_unclosed_drop_is_counted_in_every_build() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut stream = ticks(log.clone(), Duration::ZERO);
    futures::executor::block_on(stream.next());
    let panicked = panic_message(move || drop(stream));
    // S4.1 and S4.3: the panic only with debug assertions; the count in every build.
    assert_eq!(panicked.is_some(), cfg!(debug_assertions));
    assert_eq!(unclosed_drops(), before + 1);

    // Nothing counts a stream that ended, was never polled, or had nothing to tear down.
    let mut stream = ticks(log.clone(), Duration::ZERO);
    current_thread().block_on(async {
        stream.next().await;
        stream.close().await;
    });
    drop(stream);
    drop(ticks(log, Duration::ZERO));
    assert_eq!(unclosed_drops(), before + 1);
}

// ---- S4.6: drop_without_teardown is quiet for the whole tree ----------------------------

/// Reads a nested managed stream, which it holds across its own yields.
#[managed_stream]
async fn outer(log: Log) -> u32 {
    let mut inner = ticks(log.clone(), Duration::ZERO);
    teardown! { inner.close().await; }
    while let Some(n) = inner.next().await {
        yield_!(n * 10);
    }
}

#[test]
fn s4_6_drop_without_teardown_is_quiet_for_nested_streams() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut stream = outer(log.clone());
    assert_eq!(futures::executor::block_on(stream.next()), Some(0));
    assert_eq!(panic_message(move || stream.drop_without_teardown()), None);
    assert_eq!(
        log.events(),
        ["start"],
        "no teardown ran, the inner one neither"
    );

    // A managed stream wrapped by `with_teardown`, and one wrapped by `close_on_drop`.
    let mut wrapped = with_teardown(ticks(log.clone(), Duration::ZERO), async |_| {});
    assert_eq!(futures::executor::block_on(wrapped.next()), Some(0));
    assert_eq!(panic_message(move || wrapped.drop_without_teardown()), None);
    let mut held = ticks(log.clone(), Duration::ZERO).close_on_drop();
    assert_eq!(futures::executor::block_on(held.next()), Some(0));
    assert_eq!(panic_message(move || held.drop_without_teardown()), None);

    assert_eq!(log.count("teardown"), 0);
    assert_eq!(unclosed_drops(), before, "a drop on purpose is not counted");

    // The quiet scope ends with the drop: the next forgotten close is reported again.
    let mut stream = ticks(log, Duration::ZERO);
    futures::executor::block_on(stream.next());
    let _ = panic_message(move || drop(stream));
    assert_eq!(unclosed_drops(), before + 1);
}

#[test]
fn s7_5_a_teardown_error_read_at_the_natural_end_is_not_reported_twice() {
    let (_guard, before) = count_guard();
    let counts = stream_counts();
    let log = Log::default();
    let items: Vec<_> =
        current_thread().block_on(failing_teardown(log.clone()).close_on_drop().collect());
    // The holder saw the error as the last item (S2.7): the end after it is clean.
    assert_eq!(items, [Ok(1), Ok(2), Err("goodbye failed".to_string())]);
    assert_eq!(stream_counts().teardown_failures, counts.teardown_failures);
    assert_eq!(unclosed_drops(), before);
}

/// A response body must be `Send` (and `Sync` for `http_body_util::BodyExt::boxed`): the
/// wrapper, tracked or not, is `Send` and `Sync` whenever the stream it wraps is.
#[test]
fn s7_1_the_wrapper_is_send_and_sync_as_the_stream_it_wraps() {
    fn send<T: Send + Sync>(_: &T) {}
    fn send_sync<T: Send + Sync>() {}
    /// Holds for every such `S`, or this does not compile.
    #[allow(dead_code)]
    fn wrapper_of<S>()
    where
        S: ManagedStream + Unpin + Send + Sync + 'static,
        S::CloseOutput: CloseResult<Error: std::fmt::Debug> + Send,
    {
        send_sync::<managed_stream::CloseOnDrop<S>>();
    }
    send_sync::<managed_stream::StreamTracker>();
    let (_guard, _) = count_guard();
    // A generated stream is `Send` and `Sync`: so is its wrapper.
    let tracker = managed_stream::StreamTracker::new();
    let wrapped = ticks(Log::default(), Duration::ZERO)
        .cancel_on_drop()
        .tracked_by(&tracker);
    send(&wrapped);
}
