//! Issue 12 item 2, SPEC S3.8: a cleanup added to a managed stream
//! (`ManagedStreamExt::with_teardown`) ends the stream with its own `close()` /
//! `cancel()` first, then runs; the `_given` forms hand the cleanup the stream, so that
//! it can say goodbye on the stream's connection before the stream is dropped.
//!
//! Then the free fn `with_teardown` over a foreign stream (S3.8): a close stops polling
//! it, drops it, then runs the cleanup once; the natural end runs the cleanup before
//! `None`; the cleanup is never interrupted; the drop check (S4.1), try mode (S2.7) and
//! panics (S5.1) behave as for a generated stream.

#[path = "support/consumer_streams.rs"]
mod consumer_streams;
mod support;

use std::pin::Pin;
use std::task::{Context, Poll};

use consumer_streams::numbers;
use futures::stream::FusedStream;
use futures::{Stream, StreamExt, TryStreamExt};
use managed_stream::{
    ManagedStream, ManagedStreamExt, ScopedError, managed_stream, scoped, teardown, try_scoped,
    unclosed_drops, with_teardown, yield_,
};
use support::unclosed::count_guard;
use support::{Gate, Log, block_on, panic_message, poll_next, poll_once, poll_once_then_drop};

/// 0, 1, 2, then ends.
#[managed_stream]
async fn three(log: Log) -> u32 {
    teardown! { log.push("teardown"); }
    for n in 0..3 {
        yield_!(n);
    }
}

/// Yields 0, then waits on `step` before each further item.
#[managed_stream]
async fn stepped(log: Log, step: Gate) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        step.wait().await;
    }
}

/// A teardown that waits on `gate`.
#[managed_stream]
async fn slow_teardown(log: Log, gate: Gate) -> u32 {
    teardown! {
        log.push("teardown start");
        gate.wait().await;
        log.push("teardown end");
    }
    yield_!(1);
}

/// A try-mode stream whose teardown fails with `error`, if given.
#[managed_stream]
async fn rows(log: Log, error: Option<&'static str>) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        if let Some(error) = error {
            Err(error.to_string())?;
        }
    }
    yield_!(Ok(1));
    yield_!(Ok(2));
}

/// A cleanup that logs `cleanup` (and drops the stream it is given).
fn cleanup<S>(log: &Log) -> impl FnOnce(S) -> std::future::Ready<()> + use<S> {
    let log = log.clone();
    move |_| {
        log.push("cleanup");
        std::future::ready(())
    }
}

#[test]
fn s3_8_the_issue_scenario_closes_the_managed_stream_then_cleans_up() {
    let log = Log::default();
    let (_count, before) = count_guard();
    let mut stream = numbers(log.clone()).with_teardown(cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.events(), ["teardown", "cleanup"]);
    // Dropping it is silent: the drop check of the stream inside saw its close.
    assert_eq!(panic_message(|| drop(stream)), None);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_8_cancel_ends_the_managed_stream_with_its_own_cancel() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = stepped(log.clone(), step.clone()).with_teardown(cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    // The stream is mid-step, waiting on `step`.
    assert!(poll_once_then_drop(stream.next()).is_pending());
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(step.abandoned(), 1, "the stream's cancel stopped the step");
    assert_eq!(log.events(), ["teardown", "cleanup"]);
}

#[test]
fn s3_8_close_waits_for_the_streams_teardown_and_a_cancel_takes_over() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = slow_teardown(log.clone(), gate.clone()).with_teardown(cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    // A close abandoned while the stream's teardown waits (S3.4).
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(log.events(), ["teardown start"]);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None), "S3.5");
    assert!(stream.is_terminated());
    let mut cancel = stream.cancel();
    assert_eq!(
        poll_once(&mut cancel),
        Poll::Pending,
        "a teardown is never cut"
    );
    gate.open();
    assert_eq!(poll_once(&mut cancel), Poll::Ready(()));
    assert_eq!(log.events(), ["teardown start", "teardown end", "cleanup"]);
    // Idempotent: each ran once.
    block_on(stream.close());
    assert_eq!(log.events(), ["teardown start", "teardown end", "cleanup"]);
}

#[test]
fn s3_8_read_to_the_end_runs_the_streams_teardown_then_the_cleanup() {
    let log = Log::default();
    let stream = three(log.clone()).with_teardown(cleanup(&log));
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [0, 1, 2]);
    assert_eq!(log.events(), ["teardown", "cleanup"]);
}

#[test]
fn s3_8_a_never_polled_stream_registered_nothing_but_the_cleanup_runs() {
    let log = Log::default();
    let mut stream = numbers(log.clone()).with_teardown(cleanup(&log));
    block_on(stream.close());
    assert_eq!(log.events(), ["cleanup"]);
}

#[test]
fn s2_7_a_failing_close_does_not_stop_the_cleanup_and_the_first_error_wins() {
    // The stream's teardown error, the cleanup's result, what closing returns.
    type Case = (
        Option<&'static str>,
        Result<(), &'static str>,
        Result<(), &'static str>,
    );
    let cases: [Case; 4] = [
        (None, Ok(()), Ok(())),
        (Some("rollback failed"), Ok(()), Err("rollback failed")),
        (None, Err("goodbye failed"), Err("goodbye failed")),
        (
            Some("rollback failed"),
            Err("goodbye failed"),
            Err("rollback failed"),
        ),
    ];
    for (teardown_error, cleanup_result, expected) in cases {
        let log = Log::default();
        let mut stream = rows(log.clone(), teardown_error).with_teardown({
            let log = log.clone();
            async move |_| {
                log.push("cleanup");
                cleanup_result.map_err(str::to_string)
            }
        });
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
        let closed = block_on(stream.close());
        assert_eq!(closed, expected.map_err(str::to_string));
        assert_eq!(log.events(), ["teardown", "cleanup"]);
    }
}

#[test]
fn s2_7_read_to_the_end_the_errors_are_the_last_items_in_order() {
    let log = Log::default();
    let stream = rows(log.clone(), Some("rollback failed"))
        .with_teardown(async |_| Err("goodbye failed".to_string()));
    assert_eq!(
        block_on(stream.collect::<Vec<_>>()),
        [
            Ok(1),
            Ok(2),
            Err("rollback failed".to_string()),
            Err("goodbye failed".to_string())
        ]
    );
}

#[test]
fn s3_8_the_given_cleanup_gets_the_closed_stream_before_it_is_dropped() {
    let log = Log::default();
    let mut stream = numbers(log.clone()).with_teardown({
        let log = log.clone();
        async move |counted| {
            assert!(counted.is_terminated(), "closed before the cleanup");
            log.push("goodbye");
            drop(counted);
            log.push("dropped");
        }
    });
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    block_on(stream.close());
    assert_eq!(log.events(), ["teardown", "goodbye", "dropped"]);
}

/// A subscription from another crate: its connection closes when it is dropped.
struct Subscription {
    log: Log,
    next: u32,
}

impl Subscription {
    async fn unsubscribe(&mut self) {
        self.log.push("UNSUBSCRIBE");
    }
}

impl Stream for Subscription {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<u32>> {
        self.next += 1;
        Poll::Ready(Some(self.next))
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.log.push("connection closed");
    }
}

#[test]
fn s3_8_a_foreign_stream_says_goodbye_on_its_own_connection() {
    let log = Log::default();
    let subscription = Subscription {
        log: log.clone(),
        next: 0,
    };
    let mut messages = with_teardown(subscription, async |mut subscription| {
        subscription.unsubscribe().await;
    });
    assert_eq!(poll_next(&mut messages), Poll::Ready(Some(1)));
    assert_eq!(poll_next(&mut messages), Poll::Ready(Some(2)));
    block_on(messages.close());
    assert_eq!(log.events(), ["UNSUBSCRIBE", "connection closed"]);
}

#[test]
fn s4_drop_check_of_a_cleanup_over_a_managed_stream() {
    // Started and dropped unclosed: the wrapper's drop check fires; the stream inside
    // drops while that panic unwinds, without a second one (S4.2).
    let (_count, _) = count_guard();
    let log = Log::default();
    let mut stream = numbers(log.clone()).with_teardown(cleanup(&log));
    assert!(poll_next(&mut stream).is_ready());
    let message = panic_message(|| drop(stream));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(message.contains("`WithTeardown`"), "{message}");
        assert!(message.contains(file!()), "{message}");
    } else {
        assert_eq!(message, None);
    }
    assert!(log.events().is_empty());

    // Skipped on purpose: silent for the wrapper and the stream inside (S4.4, S4.6).
    let before = unclosed_drops();
    let mut stream = numbers(log.clone()).with_teardown(cleanup(&log));
    assert!(poll_next(&mut stream).is_ready());
    assert_eq!(panic_message(|| stream.drop_without_teardown()), None);
    assert_eq!(unclosed_drops(), before);

    // Also while the given cleanup holds the (closed) stream.
    let gate = Gate::default();
    let mut stream = numbers(log.clone()).with_teardown({
        let gate = gate.clone();
        async move |counted| {
            gate.wait().await;
            drop(counted);
        }
    });
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(panic_message(|| stream.drop_without_teardown()), None);
    assert_eq!(unclosed_drops(), before);
    assert!(log.events().iter().all(|event| event == "teardown"));
}

#[test]
fn s3_8_cleanups_stack_innermost_first() {
    let log = Log::default();
    let mut stream = numbers(log.clone())
        .with_teardown({
            let log = log.clone();
            async move |_| log.push("inner cleanup")
        })
        .with_teardown({
            let log = log.clone();
            async move |_| log.push("outer cleanup")
        });
    assert!(poll_next(&mut stream).is_ready());
    block_on(stream.close());
    assert_eq!(log.events(), ["teardown", "inner cleanup", "outer cleanup"]);
}

// ---- with_teardown over a foreign stream (S3.8) ---------------------------------------

/// A foreign stream: counts its polls, logs when it is dropped, and waits on a gate
/// before each item.
struct Foreign {
    log: Log,
    gate: Gate,
    wait: Option<support::GateWait>,
    next: u32,
}

impl Foreign {
    fn new(log: &Log, gate: &Gate) -> Self {
        Self {
            log: log.clone(),
            gate: gate.clone(),
            wait: None,
            next: 0,
        }
    }
}

impl Stream for Foreign {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        self.log.push("poll");
        let gate = self.gate.clone();
        let wait = self.wait.get_or_insert_with(|| gate.wait());
        match Pin::new(wait).poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => {
                self.wait = None;
                self.next += 1;
                Poll::Ready(if self.next > 3 { None } else { Some(self.next) })
            }
        }
    }
}

impl Drop for Foreign {
    fn drop(&mut self) {
        self.log.push("stream dropped");
    }
}

/// A cleanup that drops the stream it is given, then logs `cleanup`.
fn logging_cleanup<S>(log: &Log) -> impl FnOnce(S) -> std::future::Ready<()> + Send + use<S> {
    let log = log.clone();
    move |stream| {
        drop(stream);
        log.push("cleanup");
        std::future::ready(())
    }
}

fn opened() -> Gate {
    let gate = Gate::default();
    gate.open();
    gate
}

#[test]
fn with_teardown_close_stops_polling_drops_the_stream_then_cleans_up() {
    let log = Log::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.events(), ["poll", "stream dropped", "cleanup"]);
    // Nothing after the close (S3.5); close is idempotent; the cleanup ran once.
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    block_on(stream.close());
    block_on(stream.cancel());
    assert_eq!(log.count("cleanup"), 1);
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn s3_8_the_cleanup_owns_the_stream_it_is_given_until_it_drops_it() {
    // `async |_|` keeps the stream to the end of the cleanup (the one `with_teardown`
    // form hands the stream over; dropping it is the cleanup's choice).
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), {
        let (log, gate) = (log.clone(), gate.clone());
        async move |_| {
            log.push("cleanup begins");
            gate.wait().await;
            log.push("cleanup ends");
        }
    });
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let mut close = stream.close();
    assert!(poll_once(&mut close).is_pending());
    assert_eq!(
        log.events(),
        ["poll", "cleanup begins"],
        "held while the cleanup waits"
    );
    gate.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    assert_eq!(
        log.events(),
        ["poll", "cleanup begins", "cleanup ends", "stream dropped"]
    );
}

#[test]
fn with_teardown_close_while_the_stream_is_pending_does_not_wait_for_it() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = with_teardown(Foreign::new(&log, &gate), logging_cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(gate.abandoned(), 1, "the stream's wait was dropped");
    assert_eq!(log.events(), ["poll", "stream dropped", "cleanup"]);
}

#[test]
fn with_teardown_natural_end_cleans_up_before_none() {
    let log = Log::default();
    let cleanup_gate = Gate::default();
    let stream = Foreign::new(&log, &opened());
    let mut stream = with_teardown(stream, {
        let (log, gate) = (log.clone(), cleanup_gate.clone());
        async move |stream| {
            drop(stream);
            log.push("cleanup start");
            gate.wait().await;
            log.push("cleanup end");
        }
    });
    for n in 1..=3 {
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(n)));
    }
    assert_eq!(
        poll_next(&mut stream),
        Poll::Pending,
        "None before the cleanup"
    );
    assert!(!stream.is_terminated());
    cleanup_gate.open();
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(
        log.events()[4..],
        ["stream dropped", "cleanup start", "cleanup end"]
    );
    // Read to the end: no close needed, dropping is silent; close returns at once.
    block_on(stream.close());
    assert_eq!(log.count("cleanup start"), 1);
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn with_teardown_close_on_a_never_polled_stream_runs_the_cleanup() {
    let log = Log::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    block_on(stream.close());
    assert_eq!(log.events(), ["stream dropped", "cleanup"]);
}

#[test]
fn with_teardown_cleanup_is_not_interrupted_and_runs_once() {
    let log = Log::default();
    let cleanup_gate = Gate::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), {
        let (log, gate) = (log.clone(), cleanup_gate.clone());
        async move |_| {
            log.push("cleanup start");
            gate.wait().await;
            log.push("cleanup end");
        }
    });
    assert!(poll_next(&mut stream).is_ready());
    // A timed-out close, then a cancel: the cleanup goes on from where it was.
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(poll_next(&mut stream), Poll::Ready(None), "S3.5");
    let mut cancel = stream.cancel();
    assert_eq!(poll_once(&mut cancel), Poll::Pending);
    assert_eq!(cleanup_gate.abandoned(), 0);
    cleanup_gate.open();
    assert_eq!(poll_once(&mut cancel), Poll::Ready(()));
    assert_eq!(log.count("cleanup start"), 1);
    assert_eq!(log.count("cleanup end"), 1);
}

#[test]
fn with_teardown_drop_check() {
    // It drops streams unclosed: the count moves (S4.5).
    let (_count, _) = count_guard();
    let log = Log::default();
    // Started and dropped before the cleanup: the drop check fires.
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    let line = line!() - 1;
    assert!(poll_next(&mut stream).is_ready());
    let message = panic_message(|| drop(stream));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(
            message.contains("managed stream `WithTeardown`"),
            "{message}"
        );
        assert!(
            message.contains(&format!("{}:{}:", file!(), line)),
            "{message}"
        );
    } else {
        assert_eq!(message, None);
    }
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(log.count("stream dropped"), 1);

    // A close abandoned mid-cleanup still trips it.
    let mut stream = with_teardown(Foreign::new(&log, &opened()), {
        let gate = Gate::default();
        async move |_| gate.wait().await
    });
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.close()).is_pending());
    let message = panic_message(|| drop(stream));
    assert_eq!(message.is_some(), cfg!(debug_assertions), "{message:?}");

    // Never polled: silent (S4.2). Dropped on purpose: silent, no cleanup (S4.4).
    let log = Log::default();
    let stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert_eq!(panic_message(|| drop(stream)), None);
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert!(poll_next(&mut stream).is_ready());
    assert_eq!(panic_message(|| stream.drop_without_teardown()), None);
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(log.count("stream dropped"), 2);
}

#[test]
fn with_teardown_try_mode() {
    // A failing cleanup at the natural end is the last item.
    let rows = futures::stream::iter([Ok::<u32, String>(1)]);
    let stream = with_teardown(rows, async |_| Err("goodbye failed".to_string()));
    let items: Vec<_> = block_on(stream.collect());
    assert_eq!(items, [Ok(1), Err("goodbye failed".to_string())]);

    // During close, it is what close returns; once.
    let rows = futures::stream::iter([Ok::<u32, String>(1), Ok(2)]);
    let mut stream = with_teardown(rows, async |_| Err("goodbye failed".to_string()));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(block_on(stream.close()), Err("goodbye failed".to_string()));
    assert_eq!(block_on(stream.close()), Ok(()));

    // And `try_scoped` keeps it beside the closure's error.
    let rows = futures::stream::iter([Ok::<u32, String>(1), Err("bad".to_string())]);
    let stream = with_teardown(rows, async |_| Err("goodbye failed".to_string()));
    let result = block_on(try_scoped(stream, async |rows| {
        rows.try_collect::<Vec<u32>>().await
    }));
    assert_eq!(
        result,
        Err(ScopedError::Body {
            error: "bad".to_string(),
            close: Some("goodbye failed".to_string())
        }),
        "read to its error, the stream is not at its end: close runs the cleanup"
    );
}

#[test]
fn with_teardown_panics_poison() {
    struct Panicking;
    impl Stream for Panicking {
        type Item = u32;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<u32>> {
            panic!("the stream's panic")
        }
    }
    let log = Log::default();
    let mut stream = with_teardown(Panicking, logging_cleanup(&log));
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("the stream's panic"));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(panic_message(|| drop(stream)), None);

    // A panicking cleanup: propagates out of close, then the stream is poisoned.
    let mut stream = with_teardown(futures::stream::iter([1]), async |_| -> () {
        panic!("the cleanup's panic")
    });
    assert!(poll_next(&mut stream).is_ready());
    let message = panic_message(|| {
        let _ = poll_once(&mut stream.close());
    });
    assert_eq!(message.as_deref(), Some("the cleanup's panic"));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn with_teardown_is_send_and_unpin_like_a_generated_stream() {
    fn assert_send_unpin<S: Send + Unpin + ManagedStream<CloseOutput = ()>>(_: &S) {}
    let log = Log::default();
    let stream = with_teardown(
        futures::stream::iter(0..3).then(async |n| n),
        logging_cleanup(&log),
    );
    assert_send_unpin(&stream);
    assert!(format!("{stream:?}").contains("WithTeardown"));
    let items: Vec<u32> = block_on(stream.map(|n| n + 1).collect());
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(log.count("cleanup"), 1);
}

#[test]
fn with_teardown_with_scoped_and_adapters() {
    let log = Log::default();
    let stream = with_teardown(futures::stream::repeat(7), logging_cleanup(&log));
    let items: Vec<u32> = block_on(scoped(stream.take(2), async |s| s.collect().await));
    assert_eq!(items, [7, 7]);
    assert_eq!(log.events(), ["cleanup"]);
}
