//! Issue 13 item 5, SPEC S3.7: combinators over several managed streams
//! (`combinators::{chain, zip, select, flatten}`, and `futures`' `zip` / `select` over
//! plain-close streams) end every managed stream inside that has not ended, each exactly
//! once; no adapter hands out an item after a close began (S3.5 for the whole chain):
//! the buffering adapters drop what they hold, and `stop_on_close()` covers adapters
//! that hold a future under way.

mod support;

use std::future::ready;
use std::pin::pin;
use std::task::Poll;

use futures::stream::FusedStream;
use futures::{StreamExt, TryStreamExt};
use managed_stream::combinators::{chain, flatten, select, zip};
use managed_stream::{ManagedStreamExt, managed_stream, teardown, unclosed_drops, yield_};
use support::unclosed::count_guard;
use support::{
    Gate, Log, Tracked, block_on, panic_message, poll_next, poll_once, poll_once_then_drop,
};

/// 0, 1, 2, ... with a teardown that logs `<name> teardown`.
#[managed_stream]
async fn counted(log: Log, name: &'static str) -> u32 {
    teardown! { log.push(format!("{name} teardown")); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// 0 .. `len`, then ends.
#[managed_stream]
async fn finite(log: Log, name: &'static str, len: u32) -> u32 {
    teardown! { log.push(format!("{name} teardown")); }
    for n in 0..len {
        yield_!(n);
    }
}

/// Yields 0, then waits on `step` before each further item.
#[managed_stream]
async fn stepped(log: Log, name: &'static str, step: Gate) -> u32 {
    teardown! { log.push(format!("{name} teardown")); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        step.wait().await;
    }
}

/// 0, 1, 2, ... with a teardown that waits on `gate`.
#[managed_stream]
async fn slow_teardown(log: Log, name: &'static str, gate: Gate) -> u32 {
    teardown! {
        gate.wait().await;
        log.push(format!("{name} teardown"));
    }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// `Ok(0)` .. `Ok(len - 1)` (forever if `len` is `None`); its teardown fails with
/// `error` if given, after waiting on `gate` if given.
#[managed_stream]
async fn rows(
    log: Log,
    name: &'static str,
    len: Option<u32>,
    error: Option<&'static str>,
    gate: Option<Gate>,
) -> Result<u32, String> {
    teardown! {
        if let Some(gate) = &gate {
            gate.wait().await;
        }
        log.push(format!("{name} teardown"));
        if let Some(error) = error {
            Err(error.to_string())?;
        }
    }
    let mut n = 0;
    while len.is_none_or(|len| n < len) {
        yield_!(Ok(n));
        n += 1;
    }
}

/// The streams `<name>0`, `<name>1`, ... of `len` items each; its own teardown logs
/// `outer teardown`.
#[managed_stream]
async fn pages(log: Log, pages: u32, len: u32) -> Finite {
    teardown! { log.push("outer teardown"); }
    const NAMES: [&str; 4] = ["page0", "page1", "page2", "page3"];
    for page in 0..pages {
        yield_!(finite(log.clone(), NAMES[page as usize], len));
    }
}

/// Asserts that dropping `stream` is silent and counts nothing (S4.2).
fn drops_cleanly<S>(stream: S) {
    let (_count, before) = count_guard();
    assert_eq!(panic_message(|| drop(stream)), None);
    assert_eq!(unclosed_drops(), before);
}

// ---- chain ----------------------------------------------------------------------------

#[test]
fn s3_7_chain_close_ends_both_each_exactly_once() {
    // In the first stream: the second was never started and registered nothing.
    let log = Log::default();
    let mut both = chain(counted(log.clone(), "a"), counted(log.clone(), "b"));
    assert_eq!(poll_next(&mut both), Poll::Ready(Some(0)));
    assert_eq!(poll_once(&mut both.close()), Poll::Ready(()));
    assert_eq!(log.events(), ["a teardown"]);
    assert_eq!(poll_next(&mut both), Poll::Ready(None), "S3.5");
    assert!(both.is_terminated());
    block_on(both.cancel());
    assert_eq!(log.events(), ["a teardown"]);
    drops_cleanly(both);

    // In the second stream: the first ended by itself, the second is closed.
    let log = Log::default();
    let mut both = chain(finite(log.clone(), "a", 1), counted(log.clone(), "b"));
    assert_eq!(poll_next(&mut both), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut both), Poll::Ready(Some(0)));
    assert_eq!(log.events(), ["a teardown"]);
    block_on(both.close());
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    drops_cleanly(both);
}

#[test]
fn s3_6_chain_read_to_the_end_ends_both() {
    let log = Log::default();
    let mut both = chain(finite(log.clone(), "a", 2), finite(log.clone(), "b", 1));
    assert_eq!(block_on((&mut both).collect::<Vec<_>>()), [0, 1, 0]);
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    assert!(both.is_terminated());
    drops_cleanly(both);
}

#[test]
fn s3_7_chain_cancel_stops_the_stream_under_way_where_it_waits() {
    let log = Log::default();
    let step = Gate::default();
    let mut both = chain(
        stepped(log.clone(), "a", step.clone()),
        counted(log.clone(), "b"),
    );
    assert_eq!(poll_next(&mut both), Poll::Ready(Some(0)));
    assert!(poll_once_then_drop(both.next()).is_pending());
    assert_eq!(poll_once(&mut both.cancel()), Poll::Ready(()));
    assert_eq!(step.abandoned(), 1);
    assert_eq!(log.events(), ["a teardown"]);
}

#[test]
fn s4_chain_dropped_unclosed_trips_the_drop_check_of_the_stream_inside() {
    // It drops a stream unclosed: the count moves (S4.5).
    let (_count, _) = count_guard();
    let log = Log::default();
    let mut both = chain(counted(log.clone(), "a"), counted(log.clone(), "b"));
    assert!(poll_next(&mut both).is_ready());
    let message = panic_message(|| drop(both));
    assert_eq!(message.is_some(), cfg!(debug_assertions), "{message:?}");
    if let Some(message) = message {
        assert!(message.contains("`Counted`"), "{message}");
    }
}

#[test]
fn s2_7_chain_of_a_plain_and_a_try_mode_stream_returns_the_close_error() {
    let log = Log::default();
    let plain = finite(log.clone(), "a", 1).map(Ok::<u32, String>);
    let fallible = rows(log.clone(), "b", None, Some("b failed"), None);
    let mut both = chain(plain, fallible);
    let items: Vec<_> = block_on((&mut both).take(3).collect());
    assert_eq!(items, [Ok(0), Ok(0), Ok(1)]);
    assert_eq!(block_on(both.close()), Err("b failed".to_string()));
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
}

// ---- zip ------------------------------------------------------------------------------

#[test]
fn s3_7_zip_close_ends_both_and_drops_an_item_taken_from_one() {
    let log = Log::default();
    let step = Gate::default();
    let a = counted(log.clone(), "a").map({
        let log = log.clone();
        move |n| Tracked::new(n, &log)
    });
    let b = stepped(log.clone(), "b", step.clone());
    let mut pairs = zip(a, b);
    let (first, _) = block_on(pairs.next()).unwrap();
    assert_eq!(first.n, 0);
    drop(first);
    // `a` gave item 1; `b` waits on its step: the zip holds item 1.
    assert_eq!(
        poll_next(&mut pairs).map(|pair| pair.is_some()),
        Poll::Pending
    );
    assert_eq!(log.events(), ["dropped 0"]);
    // A cancel: `b`'s step is stopped where it waits.
    assert_eq!(poll_once(&mut pairs.cancel()), Poll::Ready(()));
    assert_eq!(
        log.events(),
        ["dropped 0", "dropped 1", "a teardown", "b teardown"]
    );
    assert_eq!(step.abandoned(), 1);
    step.open();
    assert!(matches!(poll_next(&mut pairs), Poll::Ready(None)), "S3.5");
    drops_cleanly(pairs);
}

#[test]
fn s3_6_zip_read_to_the_end_closes_the_longer_stream() {
    let log = Log::default();
    let mut pairs = zip(finite(log.clone(), "a", 2), counted(log.clone(), "b"));
    let items: Vec<_> = block_on((&mut pairs).collect());
    assert_eq!(items, [(0, 0), (1, 1)]);
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    drops_cleanly(pairs);
}

#[test]
fn s2_7_zip_keeps_the_first_close_error_while_the_other_stream_closes() {
    let log = Log::default();
    let gate = Gate::default();
    let a = rows(log.clone(), "a", None, None, Some(gate.clone()));
    let b = rows(log.clone(), "b", None, Some("b failed"), None);
    let mut pairs = zip(a, b);
    assert!(matches!(poll_next(&mut pairs), Poll::Ready(Some(_))));
    let mut close = pairs.close();
    // `b` failed at once; `a` still closes: the error waits for it.
    assert_eq!(poll_once(&mut close), Poll::Pending);
    assert_eq!(log.events(), ["b teardown"]);
    gate.open();
    assert_eq!(
        poll_once(&mut close),
        Poll::Ready(Err("b failed".to_string()))
    );
    assert_eq!(log.events(), ["b teardown", "a teardown"]);
    // Each once: closing again returns at once, without an error.
    assert_eq!(block_on(pairs.close()), Ok(()));
}

#[test]
fn s2_7_zip_returns_a_close_error_met_at_the_natural_end_from_close() {
    let log = Log::default();
    let a = rows(log.clone(), "a", Some(1), None, None);
    let b = rows(log.clone(), "b", None, Some("b failed"), None);
    let mut pairs = zip(a, b);
    let items: Vec<_> = block_on((&mut pairs).collect());
    assert_eq!(items, [(Ok(0), Ok(0))]);
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    assert_eq!(block_on(pairs.close()), Err("b failed".to_string()));
    assert_eq!(block_on(pairs.close()), Ok(()));
}

#[test]
fn s3_3_zip_cancel_after_a_close_began_stops_both_steps() {
    let log = Log::default();
    let (step_a, step_b) = (Gate::default(), Gate::default());
    let mut pairs = zip(
        stepped(log.clone(), "a", step_a.clone()),
        stepped(log.clone(), "b", step_b.clone()),
    );
    assert_eq!(poll_next(&mut pairs), Poll::Ready(Some((0, 0))));
    assert!(poll_once_then_drop(pairs.next()).is_pending());
    // A graceful close waits for both steps; a cancel stops them.
    assert!(poll_once_then_drop(pairs.close()).is_pending());
    assert!(log.events().is_empty());
    assert_eq!(poll_once(&mut pairs.cancel()), Poll::Ready(()));
    assert_eq!((step_a.abandoned(), step_b.abandoned()), (1, 1));
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
}

// ---- select ---------------------------------------------------------------------------

#[test]
fn s3_7_select_takes_turns_and_close_ends_both_once() {
    let log = Log::default();
    let mut both = select(counted(log.clone(), "a"), finite(log.clone(), "b", 1));
    let items: Vec<_> = block_on((&mut both).take(4).collect());
    // `b` ended by itself after its one item; `a` goes on.
    assert_eq!(items, [0, 0, 1, 2]);
    assert_eq!(log.events(), ["b teardown"]);
    block_on(both.close());
    assert_eq!(log.events(), ["b teardown", "a teardown"]);
    assert_eq!(poll_next(&mut both), Poll::Ready(None));
    drops_cleanly(both);
}

#[test]
fn s3_6_select_read_to_the_end_ends_both() {
    let log = Log::default();
    let mut both = select(finite(log.clone(), "a", 2), finite(log.clone(), "b", 3));
    let mut items: Vec<_> = block_on((&mut both).collect());
    items.sort();
    assert_eq!(items, [0, 0, 1, 1, 2]);
    assert_eq!(log.count("a teardown") + log.count("b teardown"), 2);
    drops_cleanly(both);
}

#[test]
fn s2_7_select_returns_the_first_close_error() {
    let log = Log::default();
    let a = rows(log.clone(), "a", None, Some("a failed"), None);
    let b = rows(log.clone(), "b", None, Some("b failed"), None);
    let mut both = select(a, b);
    let _ = block_on((&mut both).take(2).collect::<Vec<_>>());
    assert_eq!(block_on(both.cancel()), Err("a failed".to_string()));
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
}

// ---- flatten --------------------------------------------------------------------------

#[test]
fn s3_7_flatten_close_ends_the_inner_stream_and_the_outer_once() {
    let log = Log::default();
    let mut all = flatten(pages(log.clone(), 3, 2));
    let items: Vec<_> = block_on((&mut all).take(3).collect());
    assert_eq!(items, [0, 1, 0]);
    assert_eq!(log.events(), ["page0 teardown"]);
    block_on(all.close());
    // `page2` was never made.
    assert_eq!(
        log.events(),
        ["page0 teardown", "page1 teardown", "outer teardown"]
    );
    assert_eq!(poll_next(&mut all), Poll::Ready(None));
    block_on(all.close());
    assert_eq!(log.count("page1 teardown"), 1);
    drops_cleanly(all);
}

#[test]
fn s3_6_flatten_read_to_the_end_ends_every_stream() {
    let log = Log::default();
    let mut all = flatten(pages(log.clone(), 2, 1));
    assert_eq!(block_on((&mut all).collect::<Vec<_>>()), [0, 0]);
    assert_eq!(
        log.events(),
        ["page0 teardown", "page1 teardown", "outer teardown"]
    );
    drops_cleanly(all);
}

#[test]
fn s3_7_flatten_of_a_mapped_stream_and_a_cancel_mid_step() {
    let log = Log::default();
    let step = Gate::default();
    let outer = finite(log.clone(), "outer", 3).map({
        let (log, step) = (log.clone(), step.clone());
        move |_| stepped(log.clone(), "inner", step.clone())
    });
    let mut all = flatten(outer);
    assert_eq!(poll_next(&mut all), Poll::Ready(Some(0)));
    assert!(poll_once_then_drop(all.next()).is_pending());
    assert_eq!(poll_once(&mut all.cancel()), Poll::Ready(()));
    assert_eq!(step.abandoned(), 1);
    assert_eq!(log.events(), ["inner teardown", "outer teardown"]);
}

#[test]
fn s2_7_flatten_of_try_mode_streams_returns_the_close_error() {
    let log = Log::default();
    let outer = finite(log.clone(), "outer", 2).map({
        let log = log.clone();
        move |_| rows(log.clone(), "inner", None, Some("inner failed"), None)
    });
    let mut all = flatten(outer);
    assert_eq!(poll_next(&mut all), Poll::Ready(Some(Ok(0))));
    assert_eq!(block_on(all.close()), Err("inner failed".to_string()));
    assert_eq!(log.events(), ["inner teardown", "outer teardown"]);
}

// ---- S3.5 for every combinator while a close is under way ------------------------------

#[test]
fn s3_5_nothing_is_handed_out_while_a_close_is_under_way() {
    macro_rules! check {
        ($($name:literal: |$a:ident, $b:ident| $combined:expr;)*) => {$(
            let log = Log::default();
            let gate = Gate::default();
            let $a = slow_teardown(log.clone(), "a", gate.clone());
            let $b = counted(log.clone(), "b");
            let mut combined = $combined;
            assert!(matches!(poll_next(&mut combined), Poll::Ready(Some(_))), $name);
            assert!(poll_once_then_drop(combined.close()).is_pending(), $name);
            assert!(matches!(poll_next(&mut combined), Poll::Ready(None)), $name);
            gate.open();
            assert!(matches!(poll_next(&mut combined), Poll::Ready(None)), $name);
            block_on(combined.close());
            assert_eq!(log.count("a teardown"), 1, $name);
            drops_cleanly(combined);
        )*};
    }
    check! {
        "chain": |a, b| chain(a, b);
        "zip": |a, b| zip(a, b);
        "select": |a, b| select(a, b);
        "futures zip": |a, b| a.zip(b);
        "futures select": |a, b| futures::stream::select(a, b);
    }
    let log = Log::default();
    let gate = Gate::default();
    let outer = finite(log.clone(), "outer", 2).map({
        let (log, gate) = (log.clone(), gate.clone());
        move |_| slow_teardown(log.clone(), "inner", gate.clone())
    });
    let mut all = flatten(outer);
    assert_eq!(poll_next(&mut all), Poll::Ready(Some(0)));
    assert!(poll_once_then_drop(all.close()).is_pending());
    assert_eq!(poll_next(&mut all), Poll::Ready(None));
    gate.open();
    block_on(all.close());
    assert_eq!(log.events(), ["outer teardown", "inner teardown"]);
}

// ---- futures' zip and select ----------------------------------------------------------

#[test]
fn s3_7_futures_zip_and_select_close_both_each_once() {
    let log = Log::default();
    let mut pairs = counted(log.clone(), "a").zip(counted(log.clone(), "b"));
    assert_eq!(poll_next(&mut pairs), Poll::Ready(Some((0, 0))));
    block_on(pairs.close());
    block_on(pairs.cancel());
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    drops_cleanly(pairs);

    let log = Log::default();
    let gate = Gate::default();
    let mut both = futures::stream::select(
        slow_teardown(log.clone(), "a", gate.clone()),
        counted(log.clone(), "b"),
    );
    assert!(poll_next(&mut both).is_ready());
    assert!(poll_next(&mut both).is_ready());
    let mut close = both.close();
    assert_eq!(poll_once(&mut close), Poll::Pending);
    assert_eq!(log.events(), ["b teardown"]);
    gate.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    assert_eq!(log.events(), ["b teardown", "a teardown"]);
    drops_cleanly(both);
}

// ---- buffering adapters (S3.5 for the whole chain) ------------------------------------

#[test]
fn s3_5_peekable_drops_the_peeked_item_when_a_close_begins() {
    let log = Log::default();
    let gate = Gate::default();
    let mut peekable = slow_teardown(log.clone(), "a", gate.clone()).peekable();
    assert_eq!(poll_next(&mut peekable), Poll::Ready(Some(0)));
    assert_eq!(block_on(std::pin::Pin::new(&mut peekable).peek()), Some(&1));
    // The close waits on the teardown: the peeked item is dropped already.
    assert!(poll_once_then_drop(peekable.close()).is_pending());
    assert_eq!(poll_next(&mut peekable), Poll::Ready(None));
    gate.open();
    block_on(peekable.close());
    assert_eq!(poll_next(&mut peekable), Poll::Ready(None));
    assert_eq!(log.events(), ["a teardown"]);
}

#[test]
fn s3_5_chunks_drop_a_partial_chunk_when_a_close_begins() {
    let log = Log::default();
    let step = Gate::default();
    let mut chunks = stepped(log.clone(), "a", step.clone())
        .map({
            let log = log.clone();
            move |n| Tracked::new(n, &log)
        })
        .chunks(3);
    // Item 0 is taken; the stream then waits on its step: a partial chunk.
    assert!(poll_next(&mut chunks).is_pending());
    let mut close = chunks.close();
    assert_eq!(
        poll_once(&mut close),
        Poll::Pending,
        "the step under way runs on"
    );
    assert_eq!(
        log.events(),
        ["dropped 0"],
        "the partial chunk is dropped at once"
    );
    step.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    assert_eq!(
        poll_next(&mut chunks).map(|chunk| chunk.is_some()),
        Poll::Ready(false)
    );
    assert_eq!(log.events(), ["dropped 0", "a teardown"]);
}

#[test]
fn s3_5_every_buffering_adapter_hands_out_nothing_after_close() {
    macro_rules! check {
        ($($name:literal: |$s:ident| $chain:expr;)*) => {$(
            let log = Log::default();
            let step = Gate::default();
            let $s = stepped(log.clone(), "a", step.clone());
            let mut chain = $chain;
            // Whatever the adapter took before the close, it does not hand it out.
            let _ = poll_next(&mut chain);
            let _ = poll_next(&mut chain);
            step.open();
            block_on(chain.close());
            assert!(matches!(poll_next(&mut chain), Poll::Ready(None)), "{}", $name);
            assert_eq!(log.events(), ["a teardown"], "{}", $name);
        )*};
    }
    check! {
        "peekable": |s| s.peekable();
        "chunks": |s| s.chunks(4);
        "ready_chunks": |s| s.ready_chunks(4);
        "try_chunks": |s| s.map(Ok::<u32, ()>).try_chunks(4);
        "try_ready_chunks": |s| s.map(Ok::<u32, ()>).try_ready_chunks(4);
        "buffered": |s| s.map(ready).buffered(4);
        "buffer_unordered": |s| s.map(ready).buffer_unordered(4);
    }
}

#[test]
fn s3_5_buffered_drops_the_outputs_that_are_ready_when_a_close_begins() {
    let log = Log::default();
    let mut doubled = finite(log.clone(), "a", 5)
        .map(|n| ready(n * 2))
        .buffered(3);
    assert_eq!(poll_next(&mut doubled), Poll::Ready(Some(0)));
    // Two more futures were taken and are ready; the close drops their outputs.
    block_on(doubled.close());
    assert_eq!(poll_next(&mut doubled), Poll::Ready(None));
    assert_eq!(log.events(), ["a teardown"]);
}

#[test]
fn s3_5_stop_on_close_covers_adapters_that_hold_a_future_under_way() {
    let log = Log::default();
    let gate = Gate::default();
    let slow = {
        let gate = gate.clone();
        move |n: u32| {
            let gate = gate.clone();
            async move {
                gate.wait().await;
                n * 10
            }
        }
    };
    let mut tens = pin!(counted(log.clone(), "a").then(slow.clone()).stop_on_close());
    assert!(
        poll_next(&mut tens).is_pending(),
        "the future for item 0 waits"
    );
    block_on(tens.close());
    gate.open();
    assert_eq!(poll_next(&mut tens), Poll::Ready(None));
    assert!(tens.is_terminated());

    // `buffered` with futures under way, the README's case.
    let log = Log::default();
    let gate = Gate::default();
    let mut tens = counted(log.clone(), "a")
        .map({
            let gate = gate.clone();
            move |n| {
                let gate = gate.clone();
                Box::pin(async move {
                    gate.wait().await;
                    n * 10
                })
            }
        })
        .buffered(3)
        .stop_on_close();
    assert!(poll_next(&mut tens).is_pending());
    let mut close = tens.close();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    gate.open();
    assert_eq!(poll_next(&mut tens), Poll::Ready(None));
    assert_eq!(log.events(), ["a teardown"]);
}

#[test]
fn s3_7_the_combinators_nest() {
    let log = Log::default();
    let inner = zip(counted(log.clone(), "a"), counted(log.clone(), "b"));
    let mut all = chain(inner.map(|(a, b)| a + b).stop_on_close(), {
        let c = finite(log.clone(), "c", 1);
        c.map(|n| n + 100).stop_on_close()
    });
    assert_eq!(block_on((&mut all).take(2).collect::<Vec<_>>()), [0, 2]);
    block_on(all.close());
    assert_eq!(log.events(), ["a teardown", "b teardown"]);
    drops_cleanly(all);
}
