//! SPEC S2.10: a teardown can ask why it runs (`teardown_cause()`): its block ended, a
//! `?` failure, a `close()` or a `cancel()`; a teardown holding another managed stream
//! cancels it when the outer stream is cancelled, so that a cancel stays prompt
//! through layers.

mod support;

use std::future::pending;
use std::task::Poll;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::combinators::select;
use managed_stream::{
    ManagedStreamExt, TeardownCause, managed_stream, stream, teardown, teardown_cause, try_stream,
    yield_,
};
use support::{Log, block_on, poll_next};

/// How each cause is written in the log.
fn cause_name() -> String {
    match teardown_cause() {
        Some(TeardownCause::BlockEnd) => "block end".into(),
        Some(TeardownCause::Failed) => "failed".into(),
        Some(TeardownCause::Close) => "close".into(),
        Some(TeardownCause::Cancel) => "cancel".into(),
        Some(other) => format!("{other:?}"),
        None => "none".into(),
    }
}

/// An outer teardown and one per loop iteration, each logging why it runs; the body
/// stalls on `stall` after its items, so that `cancel()` meets it waiting.
#[managed_stream]
async fn logged(log: Log, items: u32, stall: bool) -> u32 {
    teardown! { log.push(format!("outer: {}", cause_name())); }
    for n in 0..items {
        teardown! { log.push(format!("iteration {n}: {}", cause_name())); }
        yield_!(n);
    }
    if stall {
        pending::<()>().await;
    }
}

#[test]
fn s2_10_outside_a_teardown_there_is_no_cause() {
    assert_eq!(teardown_cause(), None);
}

#[test]
fn s2_10_a_stream_read_to_the_end_runs_its_teardowns_at_their_block_ends() {
    let log = Log::default();
    let items: Vec<u32> = block_on(logged(log.clone(), 2, false).collect());
    assert_eq!(items, [0, 1]);
    assert_eq!(
        log.events(),
        [
            "iteration 0: block end",
            "iteration 1: block end",
            "outer: block end"
        ]
    );
    assert_eq!(
        teardown_cause(),
        None,
        "the answer is restored after a teardown"
    );
}

#[test]
fn s2_10_close_is_seen_by_every_teardown_it_runs() {
    let log = Log::default();
    let mut stream = logged(log.clone(), 3, false);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    block_on(stream.close());
    assert_eq!(
        log.events(),
        [
            "iteration 0: block end",
            "iteration 1: close",
            "outer: close"
        ]
    );
}

#[test]
fn s2_10_cancel_is_seen_by_every_teardown_it_runs() {
    let log = Log::default();
    let mut stream = logged(log.clone(), 1, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(
        poll_next(&mut stream),
        Poll::Pending,
        "stalls after its items"
    );
    block_on(stream.cancel());
    assert_eq!(log.events(), ["iteration 0: block end", "outer: cancel"]);
}

#[derive(Debug, PartialEq)]
struct Bad;

/// Fails with `?` on the second input.
#[managed_stream]
async fn failing(log: Log) -> Result<u32, Bad> {
    teardown! { log.push(format!("outer: {}", cause_name())); }
    for n in 0..3 {
        teardown! { log.push(format!("iteration {n}: {}", cause_name())); }
        let value = if n == 1 { Err(Bad) } else { Ok(n) };
        yield_!(Ok(value?));
    }
}

#[test]
fn s2_10_a_question_mark_failure_is_seen_as_failed() {
    let log = Log::default();
    let items: Vec<Result<u32, Bad>> = block_on(failing(log.clone()).collect());
    assert_eq!(items, [Ok(0), Err(Bad)]);
    assert_eq!(
        log.events(),
        [
            "iteration 0: block end",
            "iteration 1: failed",
            "outer: failed"
        ]
    );
}

/// A managed stream that yields `first` (if any) and then waits forever inside its
/// guarded block: only `cancel()` ends it promptly (S3.3).
fn stalled(
    name: &'static str,
    first: Option<u32>,
    log: Log,
) -> managed_stream::ManagedBox<'static, u32> {
    stream! {
        teardown! { log.push(format!("{name}: {}", cause_name())); }
        if let Some(item) = first {
            yield_!(item);
        }
        pending::<()>().await;
    }
}

/// The issue's `rowfeed`: a `try_stream!` over `merged(a, b)` whose teardown ends the
/// merge the way the outer stream ends (S2.10).
fn rowfeed(log: Log) -> managed_stream::TryManagedBox<'static, u32, String> {
    let a = stalled("a", Some(1), log.clone());
    let b = stalled("b", None, log.clone());
    try_stream! {
        let mut merged = select(a, b);
        teardown! {
            log.push(format!("rowfeed: {}", cause_name()));
            if teardown_cause().is_some_and(TeardownCause::is_cancel) {
                merged.cancel().await;
            } else {
                merged.close().await;
            }
        }
        while let Some(row) = merged.next().await {
            yield_!(Ok::<u32, String>(row));
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn s2_10_cancel_stays_prompt_through_a_stream_that_holds_a_merge() {
    let log = Log::default();
    let mut feed = rowfeed(log.clone());
    assert_eq!(feed.next().await, Some(Ok(1)));
    assert_eq!(
        poll_next(&mut feed),
        Poll::Pending,
        "both inner streams stall"
    );
    // A safety net, not a timed assertion: a cancel that waits for the stalled inner
    // steps never finishes.
    let cancelled = tokio::time::timeout(Duration::from_secs(30), feed.cancel()).await;
    assert_eq!(cancelled, Ok(Ok(())), "the outer cancel finished");
    let mut events = log.events();
    assert_eq!(events.remove(0), "rowfeed: cancel");
    events.sort();
    assert_eq!(
        events,
        ["a: cancel", "b: cancel"],
        "both inner streams cancelled"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn s2_10_a_close_of_the_outer_stream_closes_what_its_teardown_holds() {
    let log = Log::default();
    let a = logged(log.clone(), 2, false);
    let holder_log = log.clone();
    let mut outer = stream! {
        let mut inner = a;
        let log = holder_log;
        teardown! {
            log.push(format!("holder: {}", cause_name()));
            if teardown_cause().is_some_and(TeardownCause::is_cancel) {
                inner.cancel().await;
            } else {
                inner.close().await;
            }
            log.push(format!("holder again: {}", cause_name()));
        }
        while let Some(n) = inner.next().await {
            yield_!(n);
        }
    };
    assert_eq!(outer.next().await, Some(0));
    let closed = tokio::time::timeout(Duration::from_secs(30), outer.close()).await;
    assert_eq!(closed, Ok(()));
    assert_eq!(
        log.events(),
        [
            "holder: close",
            "iteration 0: close",
            "outer: close",
            "holder again: close"
        ],
        "the inner stream sees its own close; the holder's answer is restored after"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn s2_10_a_with_teardown_cleanup_can_ask_too() {
    for (stop, expected) in [
        ("close", "close"),
        ("cancel", "cancel"),
        ("end", "block end"),
    ] {
        let log = Log::default();
        let cleanup_log = log.clone();
        let mut wrapped =
            managed_stream::with_teardown(futures::stream::iter([1u8]), async move |_| {
                cleanup_log.push(cause_name());
            });
        match stop {
            "close" => wrapped.close().await,
            "cancel" => wrapped.cancel().await,
            _ => assert_eq!(wrapped.by_ref().collect::<Vec<_>>().await, [1]),
        }
        assert_eq!(log.events(), [expected], "ended by {stop}");
    }
}
