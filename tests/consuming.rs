//! SPEC section 3: consuming a managed stream (S3.1 to S3.6), with exact schedules
//! driven by a no-op waker and gates the test opens by hand.

mod support;

use std::task::Poll;

use futures::StreamExt;
use futures::stream::FusedStream;
use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
use support::{Gate, Log, Tracked, block_on, poll_next, poll_once, poll_once_then_drop};

/// Yields `Tracked` items; before each item after the first it waits on `step`.
#[managed_stream]
async fn stepped(log: Log, step: Gate, teardown_gate: Gate) -> Tracked {
    log.push("open");
    teardown! {
        log.push("teardown start");
        teardown_gate.wait().await;
        log.push("teardown end");
    }
    let mut n = 0;
    loop {
        yield_!(Tracked::new(n, &log));
        log.push(format!("resumed after {n}"));
        n += 1;
        step.wait().await;
        log.push(format!("step {n} done"));
    }
}

fn opened() -> Gate {
    let gate = Gate::default();
    gate.open();
    gate
}

// ---- S3.1: the traits ---------------------------------------------------------------

#[test]
fn s3_1_implements_stream_fused_stream_and_managed_stream() {
    fn assert_traits<
        S: futures::Stream<Item = Tracked> + FusedStream + ManagedStream<CloseOutput = ()> + Unpin,
    >(
        _: &S,
    ) {
    }
    let log = Log::default();
    let mut stream = stepped(log.clone(), opened(), opened());
    assert_traits(&stream);
    assert!(!stream.is_terminated());
    block_on(stream.close());
    assert!(stream.is_terminated());
}

/// Generic code closes what it is given through `ManagedStreamExt`.
async fn take_two_then_close<S>(mut stream: S) -> Vec<S::Item>
where
    S: ManagedStream<CloseOutput = ()> + Unpin,
{
    let mut items = Vec::new();
    for _ in 0..2 {
        items.extend(stream.next().await);
    }
    ManagedStreamExt::close(&mut stream).await;
    items
}

#[test]
fn s3_1_managed_stream_ext_closes_generic_streams() {
    let log = Log::default();
    let items = block_on(take_two_then_close(stepped(
        log.clone(),
        opened(),
        opened(),
    )));
    assert_eq!(items.iter().map(|t| t.n).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(log.count("teardown end"), 1);
}

// ---- S3.2: close ----------------------------------------------------------------------

#[test]
fn s3_2_close_at_a_yield_leaves_through_the_teardowns() {
    let log = Log::default();
    let mut stream = stepped(log.clone(), opened(), opened());
    let first = poll_next(&mut stream);
    assert!(matches!(first, Poll::Ready(Some(ref t)) if t.n == 0));
    drop(first);
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    let events = log.events();
    // The `yield_!` did not return: nothing after it ran.
    assert!(
        !events.iter().any(|e| e.starts_with("resumed")),
        "{events:?}"
    );
    assert_eq!(
        events,
        ["open", "dropped 0", "teardown start", "teardown end"]
    );
}

#[test]
fn s3_2_close_mid_step_finishes_the_step_and_drops_its_item() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = stepped(log.clone(), step.clone(), opened());
    assert!(matches!(poll_next(&mut stream), Poll::Ready(Some(_))));
    // The consumer's `next()` is dropped while the body waits mid-step.
    assert!(poll_once_then_drop(stream.next()).is_pending());
    assert_eq!(step.abandoned(), 0);
    // close() lets the step run on: it waits on the same gate.
    let mut close = stream.close();
    assert_eq!(poll_once(&mut close), Poll::Pending);
    step.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    drop(close);
    assert_eq!(
        log.events(),
        [
            "open",
            "dropped 0",
            "resumed after 0",
            "step 1 done",
            // The step's item was produced and dropped, never delivered.
            "dropped 1",
            "teardown start",
            "teardown end"
        ]
    );
    assert_eq!(step.abandoned(), 0, "close must not cancel the step");
}

#[test]
fn s3_2_close_on_a_never_started_stream_runs_nothing() {
    let log = Log::default();
    let mut stream = stepped(log.clone(), opened(), opened());
    block_on(stream.close());
    assert!(log.events().is_empty(), "{:?}", log.events());
    assert!(matches!(poll_next(&mut stream), Poll::Ready(None)));
}

#[test]
fn s3_2_close_is_idempotent() {
    let log = Log::default();
    let mut stream = stepped(log.clone(), opened(), opened());
    assert!(poll_next(&mut stream).is_ready());
    block_on(stream.close());
    block_on(stream.close());
    block_on(stream.cancel());
    assert_eq!(log.count("teardown end"), 1);
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
}

// ---- S3.3: cancel -----------------------------------------------------------------------

#[test]
fn s3_3_cancel_stops_the_body_where_it_waits() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = stepped(log.clone(), step.clone(), opened());
    assert!(matches!(poll_next(&mut stream), Poll::Ready(Some(_))));
    assert!(poll_once_then_drop(stream.next()).is_pending());
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    // The awaited future was dropped where it waited; the step never finished.
    assert_eq!(step.abandoned(), 1);
    assert_eq!(log.count("step 1 done"), 0);
    assert_eq!(log.count("teardown end"), 1);
}

#[test]
fn s3_3_teardowns_are_never_interrupted() {
    let log = Log::default();
    let teardown_gate = Gate::default();
    let mut stream = stepped(log.clone(), opened(), teardown_gate.clone());
    assert!(poll_next(&mut stream).is_ready());
    // A close whose teardown waits; the caller gives up and cancels.
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(log.count("teardown start"), 1);
    let mut cancel = stream.cancel();
    assert_eq!(
        poll_once(&mut cancel),
        Poll::Pending,
        "the teardown was cut short"
    );
    assert_eq!(teardown_gate.abandoned(), 0);
    teardown_gate.open();
    assert_eq!(poll_once(&mut cancel), Poll::Ready(()));
    assert_eq!(log.count("teardown start"), 1);
    assert_eq!(log.count("teardown end"), 1);
}

#[managed_stream]
async fn select_waiter(log: Log, a: Gate, b: Gate) -> u8 {
    teardown! { log.push("teardown"); }
    loop {
        tokio::select! {
            () = a.wait() => yield_!(1),
            () = b.wait() => yield_!(2),
        }
    }
}

#[test]
fn s3_3_cancel_inside_select() {
    let log = Log::default();
    let (a, b) = (Gate::default(), Gate::default());
    let mut stream = select_waiter(log.clone(), a.clone(), b.clone());
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(
        a.abandoned() + b.abandoned(),
        2,
        "both select! branches are dropped"
    );
    assert_eq!(log.events(), ["teardown"]);
}

#[managed_stream]
async fn waits_before_any_teardown(log: Log, gate: Gate) -> u8 {
    let _guard = Tracked::new(7, &log);
    gate.wait().await;
    teardown! { log.push("teardown"); }
    yield_!(1);
}

#[test]
fn s3_3_cancel_before_any_teardown_drops_the_body() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = waits_before_any_teardown(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    block_on(stream.cancel());
    assert_eq!(gate.abandoned(), 1);
    // Only synchronous drops ran: nothing was registered.
    assert_eq!(log.events(), ["dropped 7"]);
}

#[managed_stream]
async fn nested_waits(log: Log, gate: Gate) -> u8 {
    teardown! { log.push("outer"); }
    yield_!(1);
    teardown! { log.push("inner"); }
    gate.wait().await;
    yield_!(2);
}

#[test]
fn s3_3_cancel_in_the_innermost_region_runs_every_reached_teardown() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = nested_waits(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    block_on(stream.cancel());
    assert_eq!(gate.abandoned(), 1);
    assert_eq!(log.events(), ["inner", "outer"]);
}

// ---- S3.4: close and cancel futures are safe to drop ------------------------------------

#[test]
fn s3_4_a_dropped_close_keeps_its_progress() {
    let log = Log::default();
    let step = Gate::default();
    let teardown_gate = Gate::default();
    let mut stream = stepped(log.clone(), step.clone(), teardown_gate.clone());
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.next()).is_pending());
    // First close: stuck mid-step, dropped (a timeout).
    assert!(poll_once_then_drop(stream.close()).is_pending());
    step.open();
    // Second close: finishes the step, starts the teardown, stuck, dropped.
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(log.count("teardown start"), 1);
    teardown_gate.open();
    // Third: completes. Each teardown ran once.
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.count("step 1 done"), 1);
    assert_eq!(log.count("teardown start"), 1);
    assert_eq!(log.count("teardown end"), 1);
}

#[test]
fn s3_4_timed_out_close_then_cancel() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let log = Log::default();
        let step = Gate::default();
        let mut stream = stepped(log.clone(), step.clone(), opened());
        assert!(stream.next().await.is_some());
        let _ = tokio::time::timeout(std::time::Duration::from_millis(1), stream.next()).await;
        // The typical use (S3.3): close within a deadline, cancel after it.
        let closed =
            tokio::time::timeout(std::time::Duration::from_millis(5), stream.close()).await;
        assert!(closed.is_err(), "the step never finishes, so close cannot");
        stream.cancel().await;
        assert_eq!(step.abandoned(), 1);
        assert_eq!(log.count("teardown end"), 1);
    });
}

// ---- S3.5: nothing after a close began ----------------------------------------------------

#[test]
fn s3_5_no_item_after_close_began() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = stepped(log.clone(), step.clone(), opened());
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.next()).is_pending());
    assert!(poll_once_then_drop(stream.close()).is_pending());
    step.open();
    // The step could produce an item now; the consumer asked to stop, so it gets none.
    assert!(matches!(poll_next(&mut stream), Poll::Ready(None)));
    assert!(stream.is_terminated());
    block_on(stream.close());
    assert_eq!(log.count("dropped 1"), 1);
    assert_eq!(log.count("teardown end"), 1);
}

// ---- S3.6: the natural end runs teardowns inside poll_next ---------------------------------

#[managed_stream]
async fn finite(log: Log, teardown_gate: Gate) -> u8 {
    teardown! {
        teardown_gate.wait().await;
        log.push("teardown");
    }
    yield_!(1);
}

#[test]
fn s3_6_natural_end_runs_teardowns_before_none() {
    let log = Log::default();
    let teardown_gate = Gate::default();
    let mut stream = finite(log.clone(), teardown_gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(
        poll_next(&mut stream),
        Poll::Pending,
        "None before the teardown ran"
    );
    assert!(log.events().is_empty());
    teardown_gate.open();
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(log.events(), ["teardown"]);
    assert!(stream.is_terminated());
    // Read to the end: no close needed, and dropping is silent (S4.2).
    drop(stream);
}
