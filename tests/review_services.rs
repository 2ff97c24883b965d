//! Hostile review of the services work (S7.2, S7.3, S7.5, S7.6): a tracker's shutdown
//! racing with drops and new streams on a multi-thread runtime, losses counted exactly
//! once when a background end is given up and then its runtime goes away, a held stream
//! given up and then dropped inside a runtime, and a held stream whose teardown fails
//! during the shutdown.
//!
//! `unclosed_drops()` and `stream_counts()` are one count for the process: the tests
//! here hold `COUNT`. Waits are bounded (5 s) so that a hang fails; no time is asserted.

mod support;

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::{FutureExt, StreamExt};
use managed_stream::{
    ManagedStreamExt, StreamTracker, managed_stream, stream_counts, teardown, unclosed_drops,
    yield_,
};
use support::{Gate, Log, panic_message};

static COUNT: Mutex<()> = Mutex::new(());

fn count_guard() -> (std::sync::MutexGuard<'static, ()>, u64) {
    let guard = COUNT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    (guard, unclosed_drops())
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let waited = tokio::time::timeout(Duration::from_secs(5), async {
        while !done() {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "never happened: {what}");
}

/// One event, then waits on `source`; the teardown awaits `unsubscribe`, then logs.
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

/// A try-mode stream that waits for ever after one item; its teardown fails.
#[managed_stream]
async fn failing(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("goodbye failed".to_string())?;
    }
    yield_!(Ok(1));
    std::future::pending::<()>().await;
}

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

/// One item, then a teardown to reach.
#[managed_stream]
async fn one_then_teardown() -> u32 {
    teardown! { /* say goodbye */ }
    yield_!(1);
    yield_!(2);
}

const S4_7_CHILD: &str = "s4_7_a_call_wins_over_the_environment_variable";
const S4_7_MARKER: &str = "REVIEW_S4_7_CHILD";

/// S4.7: with `MANAGED_STREAM_DROP_CHECK=report` set, a process that calls
/// `set_drop_check_panic(true)` gets the panic back in debug builds ("a call wins over
/// the variable"), whether the call comes before or after the first unclosed drop read
/// the variable. Run in a child process (the switch is process-wide).
#[test]
fn s4_7_a_call_wins_over_the_environment_variable() {
    if std::env::var_os(S4_7_MARKER).is_some() {
        let drop_one = || {
            let before = unclosed_drops();
            let mut stream = one_then_teardown();
            assert_eq!(futures::executor::block_on(stream.next()), Some(1));
            let panicked = panic_message(move || drop(stream));
            (panicked.is_some(), unclosed_drops() - before)
        };
        // The variable is read at the first unclosed drop: the report alone.
        assert_eq!(drop_one(), (false, 1));
        managed_stream::set_drop_check_panic(true);
        assert_eq!(drop_one(), (cfg!(debug_assertions), 1), "the call wins");
        println!("the child checked the switch");
        return;
    }
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([S4_7_CHILD, "--exact", "--nocapture", "--test-threads=1"])
        .env(managed_stream::DROP_CHECK_ENV, "report")
        .env(S4_7_MARKER, "1")
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&child.stdout);
    let stderr = String::from_utf8_lossy(&child.stderr);
    assert!(child.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("the child checked the switch"), "{stdout}");
}

// ---- S7.5: the span of a drop on another thread ----------------------------------------

mod recorder {
    //! A process-wide `tracing` subscriber that keeps each thread's entered spans apart
    //! (a background end runs on a runtime worker, not where the stream was dropped).
    use std::cell::RefCell;
    use std::sync::{Mutex, OnceLock};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};
    use tracing_core::span::Current;

    /// One event of target `managed_stream`: its fields as text, the innermost span
    /// entered on the thread that emitted it, and that thread.
    #[derive(Clone, Debug)]
    pub struct Recorded {
        pub message: String,
        pub fields: Vec<(String, String)>,
        pub span: Option<String>,
        pub thread: std::thread::ThreadId,
    }

    #[derive(Default)]
    struct State {
        spans: Vec<(String, &'static Metadata<'static>)>,
        events: Vec<Recorded>,
    }

    thread_local! {
        static ENTERED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    }

    struct Recorder(Mutex<State>);

    static RECORDER: OnceLock<()> = OnceLock::new();
    static STATE: OnceLock<&'static Recorder> = OnceLock::new();

    pub fn install() {
        RECORDER.get_or_init(|| {
            let recorder: &'static Recorder = Box::leak(Box::new(Recorder(Mutex::default())));
            STATE.set(recorder).ok();
            tracing::subscriber::set_global_default(Shared(recorder)).expect("first subscriber");
        });
    }

    pub fn events() -> Vec<Recorded> {
        STATE.get().unwrap().0.lock().unwrap().events.clone()
    }

    struct Shared(&'static Recorder);

    struct Fields<'a>(&'a mut Vec<(String, String)>);

    impl Visit for Fields<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            self.0
                .push((field.name().to_string(), format!("{value:?}")));
        }
    }

    impl Subscriber for Shared {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }

        fn new_span(&self, attributes: &Attributes<'_>) -> Id {
            let mut state = self.0.0.lock().unwrap();
            let name = attributes.metadata().name().to_string();
            state.spans.push((name, attributes.metadata()));
            Id::from_u64(state.spans.len() as u64)
        }

        fn current_span(&self) -> Current {
            let state = self.0.0.lock().unwrap();
            match ENTERED.with(|entered| entered.borrow().last().copied()) {
                Some(id) => Current::new(Id::from_u64(id), state.spans[id as usize - 1].1),
                None => Current::none(),
            }
        }

        fn clone_span(&self, span: &Id) -> Id {
            span.clone()
        }

        fn record(&self, _: &Id, _: &Record<'_>) {}

        fn record_follows_from(&self, _: &Id, _: &Id) {}

        fn event(&self, event: &Event<'_>) {
            if event.metadata().target() != "managed_stream" {
                return;
            }
            let mut fields = Vec::new();
            event.record(&mut Fields(&mut fields));
            let message = fields
                .iter()
                .find(|(name, _)| name == "message")
                .map(|(_, value)| value.clone())
                .unwrap_or_default();
            let mut state = self.0.0.lock().unwrap();
            let span = ENTERED
                .with(|entered| entered.borrow().last().copied())
                .map(|id| state.spans[id as usize - 1].0.clone());
            state.events.push(Recorded {
                message,
                fields,
                span,
                thread: std::thread::current().id(),
            });
        }

        fn enter(&self, span: &Id) {
            ENTERED.with(|entered| entered.borrow_mut().push(span.into_u64()));
        }

        fn exit(&self, span: &Id) {
            ENTERED.with(|entered| {
                let mut entered = entered.borrow_mut();
                if let Some(at) = entered.iter().rposition(|id| *id == span.into_u64()) {
                    entered.remove(at);
                }
            });
        }
    }
}

/// S7.5: a stream dropped inside a span on a plain thread (inside a 2-worker runtime's
/// context) is ended on a worker thread; the `WARN` of its failed teardown carries the
/// dropping thread's span and names the stream and where it was created.
#[test]
fn s7_5_a_background_end_carries_the_span_of_a_drop_on_another_thread() {
    let (_guard, before) = count_guard();
    recorder::install();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    let log = Log::default();
    let handle = runtime.handle().clone();
    let dropper = std::thread::spawn({
        let log = log.clone();
        move || {
            let _runtime = handle.enter();
            let span = tracing::info_span!("review_request");
            let _entered = span.enter();
            let mut stream = failing(log).cancel_on_drop();
            assert_eq!(futures::executor::block_on(stream.next()), Some(Ok(1)));
            drop(stream);
            std::thread::current().id()
        }
    });
    let dropper = dropper.join().expect("the drop never panics (S7.2)");
    let event = runtime.block_on(async {
        let mut found = None;
        until("the WARN of the failed teardown", || {
            found = recorder::events()
                .into_iter()
                .find(|e| e.message.contains("a teardown failed"));
            found.is_some()
        })
        .await;
        found.unwrap()
    });
    drop(runtime);
    assert_eq!(log.count("teardown"), 1);
    assert_eq!(event.span.as_deref(), Some("review_request"), "{event:?}");
    let field = |name: &str| {
        event
            .fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(field("stream").as_deref(), Some("Failing"), "{event:?}");
    assert!(
        field("created_at").is_some_and(|at| at.contains("review_services.rs")),
        "{event:?}"
    );
    // Measured, not asserted: where the end ran.
    eprintln!(
        "background end ran on the dropping thread: {}",
        event.thread == dropper
    );
    assert_eq!(unclosed_drops(), before);
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
