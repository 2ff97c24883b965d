//! Hostile review of the pipelines work (S3.5, S3.7, S3.9, S3.10): shapes the existing
//! tests do not build. `take_while`, `take_until` and a `filter` that rejects the rest
//! under every wrapper; wrappers nested in wrappers; the order of the errors of several
//! streams through nested wrappers. Each test checks every teardown ran exactly once and
//! that nothing was counted as a loss.
//!
//! `unclosed_drops()` is one count for the process: the tests here hold `COUNT`.

mod support;

use std::sync::Mutex;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    ManagedStreamExt, close_within, combinators, managed_stream, scoped, teardown, try_scoped,
    unclosed_drops, yield_,
};
use support::{Log, block_on};

static COUNT: Mutex<()> = Mutex::new(());

fn count_guard() -> (std::sync::MutexGuard<'static, ()>, u64) {
    let guard = COUNT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    (guard, unclosed_drops())
}

/// Counts up from 0 for ever; its teardown logs `"{name} closed"`.
#[managed_stream]
async fn numbers(log: Log, name: &'static str) -> u32 {
    teardown! { log.push(format!("{name} closed")); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// Counts from 0 to `last` and ends by itself.
#[managed_stream]
async fn up_to(log: Log, name: &'static str, last: u32) -> u32 {
    teardown! { log.push(format!("{name} closed")); }
    for n in 0..=last {
        yield_!(n);
    }
}

/// Try mode: counts up from 0 for ever; its teardown logs and fails.
#[managed_stream]
async fn failing(log: Log, name: &'static str) -> Result<u32, String> {
    teardown! {
        log.push(format!("{name} closed"));
        Err(format!("{name} failed"))?;
    }
    let mut n = 0;
    loop {
        yield_!(Ok(n));
        n += 1;
    }
}

/// A managed stream of managed streams limited by `take_while`.
#[managed_stream]
async fn pages(
    log: Log,
) -> futures::stream::TakeWhile<
    Numbers,
    futures::future::Ready<bool>,
    fn(&u32) -> futures::future::Ready<bool>,
> {
    teardown! { log.push("pages closed"); }
    for name in ["page 0", "page 1"] {
        let below_two: fn(&u32) -> futures::future::Ready<bool> =
            |n| futures::future::ready(*n < 2);
        yield_!(numbers(log.clone(), name).take_while(below_two));
    }
}

fn below(limit: u32) -> impl FnMut(&u32) -> futures::future::Ready<bool> {
    move |n| futures::future::ready(*n < limit)
}

fn each_once(log: &Log, names: &[&str]) {
    for name in names {
        assert_eq!(
            log.count(&format!("{name} closed")),
            1,
            "{name}: {:?}",
            log.events()
        );
    }
    assert_eq!(log.events().len(), names.len(), "{:?}", log.events());
}

#[test]
fn s3_9_zip_of_take_while_and_take_until_read_to_the_end() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut pairs = combinators::zip(
        numbers(log.clone(), "a").take_while(below(3)),
        numbers(log.clone(), "b").take_until(futures::future::pending::<()>()),
    );
    assert_eq!(
        block_on((&mut pairs).collect::<Vec<_>>()),
        [(0, 0), (1, 1), (2, 2)]
    );
    each_once(&log, &["a", "b"]);
    block_on(pairs.close());
    block_on(pairs.cancel());
    drop(pairs);
    each_once(&log, &["a", "b"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_select_of_a_filter_that_rejects_the_rest_of_a_finite_stream() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut merged = combinators::select(
        up_to(log.clone(), "a", 5).filter(|n| futures::future::ready(*n < 1)),
        numbers(log.clone(), "b").take_while(below(2)),
    );
    let mut got = block_on((&mut merged).collect::<Vec<_>>());
    got.sort();
    assert_eq!(got, [0, 0, 1]);
    each_once(&log, &["a", "b"]);
    drop(merged);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_of_take_while_streams_read_to_the_end() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut flat = combinators::flatten(pages(log.clone()));
    assert_eq!(block_on((&mut flat).collect::<Vec<_>>()), [0, 1, 0, 1]);
    each_once(&log, &["page 0", "page 1", "pages"]);
    block_on(flat.close());
    drop(flat);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_closed_mid_page_ends_the_page_and_the_outer_stream() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut flat = combinators::flatten(pages(log.clone()));
    assert_eq!(block_on(flat.next()), Some(0));
    block_on(flat.close());
    // The second page was never yielded: nothing of it started.
    each_once(&log, &["page 0", "pages"]);
    assert_eq!(block_on(flat.next()), None, "S3.5");
    drop(flat);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_nested_wrappers_read_to_the_end_end_each_stream_once() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let left = combinators::zip(
        numbers(log.clone(), "a").take(1),
        numbers(log.clone(), "b").take_while(below(5)),
    )
    .map(|(x, y)| x + y);
    let right = combinators::select(
        numbers(log.clone(), "c").take(1),
        up_to(log.clone(), "d", 2).filter(|n| futures::future::ready(*n == 0)),
    );
    let cleanup_log = log.clone();
    let mut all = combinators::chain(left.take(5), right)
        .take(10)
        .with_teardown(async move || cleanup_log.push("cleanup closed"));
    let got = block_on((&mut all).collect::<Vec<_>>());
    assert_eq!(got.len(), 3, "{got:?}");
    each_once(&log, &["a", "b", "c", "d", "cleanup"]);
    assert_eq!(
        log.events().last().map(String::as_str),
        Some("cleanup closed")
    );
    block_on(all.close());
    drop(all);
    each_once(&log, &["a", "b", "c", "d", "cleanup"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_nested_wrappers_closed_after_one_item_end_only_the_started_streams() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let inner = combinators::chain(
        numbers(log.clone(), "a").take_while(below(9)),
        numbers(log.clone(), "b"),
    );
    let mut outer = combinators::zip(inner.take(4), numbers(log.clone(), "c").skip(1));
    assert_eq!(block_on(outer.next()), Some((0, 1)));
    block_on(outer.close());
    // `b` was never polled: it registered nothing.
    each_once(&log, &["a", "c"]);
    assert_eq!(block_on(outer.next()), None, "S3.5");
    drop(outer);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_scoped_over_a_take_until_that_fired() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let stop = futures::future::ready(());
    let got = block_on(scoped(
        numbers(log.clone(), "a").take_until(stop),
        async |s| s.collect::<Vec<_>>().await,
    ));
    assert!(got.is_empty());
    // Never polled the stream inside: `take_until` saw its future ready first.
    assert_eq!(log.events(), Vec::<String>::new());
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_scoped_over_a_chain_read_part_way() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let got = block_on(scoped(
        combinators::chain(
            numbers(log.clone(), "a").take_while(below(2)),
            numbers(log.clone(), "b"),
        ),
        async |s| s.take(3).collect::<Vec<_>>().await,
    ));
    assert_eq!(got, [0, 1, 0]);
    each_once(&log, &["a", "b"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_close_within_over_a_filter_pipeline() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut evens = numbers(log.clone(), "a")
        .filter(|n| futures::future::ready(n % 2 == 0))
        .take(2);
    assert_eq!(block_on((&mut evens).collect::<Vec<_>>()), [0, 2]);
    // `take` returned None: the stream inside has not ended; close_within must end it.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let ending = runtime.block_on(close_within(&mut evens, Duration::from_secs(5)));
    assert!(!ending.was_cancelled());
    drop(evens);
    each_once(&log, &["a"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_cancel_on_drop_over_take_while_read_to_the_end_and_dropped() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut rows = combinators::zip(
            numbers(log.clone(), "a").take_while(below(2)),
            numbers(log.clone(), "b"),
        )
        .cancel_on_drop()
        .within(Duration::from_millis(1));
        while rows.next().await.is_some() {}
        drop(rows);
        let waited = tokio::time::timeout(Duration::from_secs(5), async {
            while log.events().len() < 2 {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        })
        .await;
        assert!(waited.is_ok(), "teardowns never ran: {:?}", log.events());
    });
    each_once(&log, &["a", "b"]);
    assert_eq!(unclosed_drops(), before);
}

/// S3.10 through nested wrappers: four streams that all fail to close; the outer
/// `close()` returns one error and the other three stay reachable, each exactly once,
/// in the order their teardowns ran (the log order).
#[test]
fn s3_10_errors_of_nested_wrappers_are_all_reachable_in_order() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut all = combinators::select(
        combinators::chain(
            failing(log.clone(), "a").take(1),
            failing(log.clone(), "b").take_while(|r| futures::future::ready(r.is_ok())),
        ),
        combinators::zip(failing(log.clone(), "c"), failing(log.clone(), "d").take(3))
            .map(|(x, _)| x),
    );
    for _ in 0..4 {
        assert!(block_on(all.next()).is_some());
    }
    let first = block_on(all.close()).expect_err("four teardowns failed");
    let mut errors = vec![first];
    errors.extend(all.take_suppressed_errors());
    let expected: Vec<String> = log
        .events()
        .iter()
        .map(|e| e.replace(" closed", " failed"))
        .collect();
    assert_eq!(expected.len(), errors.len(), "log {:?}", log.events());
    assert_eq!(errors, expected, "S3.10: in the order they happened");
    // Drained, and a second close finds nothing left to end.
    assert!(all.take_suppressed_errors().is_empty());
    assert_eq!(block_on(all.close()), Ok(()));
    drop(all);
    assert_eq!(unclosed_drops(), before);
}

/// S3.10 through a zip read to the end: the zip ended both streams itself (S3.6), and
/// both teardowns failed. Neither error may be lost: the zip's `close()` afterwards
/// returns the first and `take_suppressed_errors()` the second.
#[test]
fn s3_10_zip_read_to_the_end_keeps_both_teardown_errors() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut pairs = combinators::zip(failing(log.clone(), "a").take(1), failing(log.clone(), "b"));
    let items = block_on((&mut pairs).collect::<Vec<_>>());
    each_once(&log, &["a", "b"]);
    let first = block_on(pairs.close());
    let rest = pairs.take_suppressed_errors();
    let mut errors: Vec<String> = first.err().into_iter().chain(rest).collect();
    // Any error the zip handed out as an item counts as reached too.
    for (x, y) in &items {
        errors.extend(x.clone().err());
        errors.extend(y.clone().err());
    }
    errors.sort();
    assert_eq!(errors, ["a failed", "b failed"], "items {items:?}");
    drop(pairs);
    assert_eq!(unclosed_drops(), before);
}

/// S3.10 inside `try_scoped`, the documented way: close inside the closure and take
/// the errors after the first there.
#[test]
fn s3_10_try_scoped_closing_inside_reaches_every_close_error() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let result = block_on(try_scoped(
        combinators::zip(failing(log.clone(), "a"), failing(log.clone(), "b")),
        async |s| -> Result<Vec<String>, String> {
            assert!(s.next().await.is_some());
            let first = s.close().await.err();
            let mut errors: Vec<String> = first.into_iter().collect();
            errors.extend(s.take_suppressed_errors());
            Ok(errors)
        },
    ));
    let errors = result.expect("the scope's own close found nothing left");
    let expected: Vec<String> = log
        .events()
        .iter()
        .map(|e| e.replace(" closed", " failed"))
        .collect();
    assert_eq!(errors, expected);
    assert_eq!(errors.len(), 2);
    assert_eq!(unclosed_drops(), before);
}

/// Counts up from 0 for ever; its teardown waits for `bye` before it logs, so that a
/// close stays under way while the consumer polls.
#[managed_stream]
async fn slow_goodbye(log: Log, name: &'static str, bye: support::Gate) -> u32 {
    teardown! {
        bye.wait().await;
        log.push(format!("{name} closed"));
    }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// S3.5 through adapters that hold an item: a `peekable` with a peeked item, a `zip`
/// with one side's item queued, `chunks` with a partial chunk. Once a close began (and
/// is still under way), `poll_next` gives `None`; after it ended, still `None`.
#[test]
fn s3_5_no_buffered_item_is_delivered_after_a_close_began() {
    use std::pin::Pin;
    use support::{Gate, poll_next, poll_once};

    // peekable: one item peeked, then a close that waits in the teardown.
    let (log, bye) = (Log::default(), Gate::default());
    let mut peeked = slow_goodbye(log.clone(), "a", bye.clone()).peekable();
    assert_eq!(block_on(Pin::new(&mut peeked).peek()), Some(&0));
    assert!(poll_once(&mut peeked.close()).is_pending());
    assert_eq!(
        poll_next(&mut peeked),
        std::task::Poll::Ready(None),
        "peeked item"
    );
    bye.open();
    block_on(peeked.close());
    assert_eq!(poll_next(&mut peeked), std::task::Poll::Ready(None));
    each_once(&log, &["a"]);

    // zip: `a` delivered its item, `b` waits (a teardown-less gate keeps it pending).
    let (log, bye) = (Log::default(), Gate::default());
    let b_gate = Gate::default();
    let b = numbers(log.clone(), "b")
        .then(move |n| futures::FutureExt::map(b_gate.wait(), move |()| n));
    let mut pairs = combinators::zip(slow_goodbye(log.clone(), "a", bye.clone()), b);
    assert!(
        poll_next(&mut pairs).is_pending(),
        "a's item queued, b waits"
    );
    assert!(poll_once(&mut pairs.close()).is_pending());
    assert_eq!(poll_next(&mut pairs), std::task::Poll::Ready(None));
    bye.open();
    block_on(pairs.close());
    assert_eq!(poll_next(&mut pairs), std::task::Poll::Ready(None));
    each_once(&log, &["a", "b"]);

    // chunks(3) over a take(2) of a stream whose third item waits: a partial chunk.
    let (log, bye) = (Log::default(), Gate::default());
    let mut chunks = slow_goodbye(log.clone(), "a", bye.clone())
        .take(2)
        .chunks(3);
    assert_eq!(
        block_on(chunks.next()),
        Some(vec![0, 1]),
        "take ended: the partial chunk"
    );
    assert_eq!(poll_next(&mut chunks), std::task::Poll::Ready(None));
    assert!(poll_once(&mut chunks.close()).is_pending());
    bye.open();
    block_on(chunks.close());
    each_once(&log, &["a"]);
}

/// S2.7, S3.6, S3.9: a chain of two `take(1)` over try-mode streams whose teardowns
/// fail, read to the end. Reading to the end needs no `close()` (S3.6), so the teardown
/// errors met at that end must be reachable without one: as `Err` items (S2.7) or from
/// a `close()` after the end, and a drop without that `close()` must not make them
/// vanish silently.
#[test]
fn s3_9_errors_met_when_a_take_ends_are_not_lost_when_read_to_the_end() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut chained = combinators::chain(
        failing(log.clone(), "a").take(1),
        failing(log.clone(), "b").take(1),
    );
    let items = block_on((&mut chained).collect::<Vec<_>>());
    each_once(&log, &["a", "b"]);
    let as_items: Vec<String> = items.iter().filter_map(|r| r.clone().err()).collect();
    let first = block_on(chained.close()).err();
    let mut rest = chained.take_suppressed_errors();
    let mut all = as_items.clone();
    all.extend(first.clone());
    all.append(&mut rest);
    eprintln!("items {items:?}; close {first:?}; all {all:?}");
    all.sort();
    assert_eq!(all, ["a failed", "b failed"]);
    drop(chained);
    assert_eq!(unclosed_drops(), before);
}

/// Try mode: a teardown that logs and fails, then an outer one that does the same.
#[managed_stream]
async fn failing_twice(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("outer closed");
        Err("outer failed".to_string())?;
    }
    teardown! {
        log.push("inner closed");
        Err("inner failed".to_string())?;
    }
    let mut n = 0;
    loop {
        yield_!(Ok(n));
        n += 1;
    }
}

/// S2.7, S3.6, S3.10 through `with_teardown`: read to the end (no `close()` needed), a
/// stream under a `take` whose two teardowns fail and a cleanup that fails too. Every
/// error is a further `Err` item before the end, in the order they happened; none is
/// left where only a `take_suppressed_errors()` after a `close()` would find it.
#[test]
fn s2_7_with_teardown_read_to_the_end_yields_every_error_in_order() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let cleanup_log = log.clone();
    let mut wrapped = failing_twice(log.clone())
        .take(1)
        .with_teardown(async move || {
            cleanup_log.push("cleanup closed");
            Err::<(), String>("cleanup failed".to_string())
        });
    let items = block_on((&mut wrapped).collect::<Vec<_>>());
    assert_eq!(
        items,
        [
            Ok(0),
            Err("inner failed".to_string()),
            Err("outer failed".to_string()),
            Err("cleanup failed".to_string()),
        ]
    );
    each_once(&log, &["inner", "outer", "cleanup"]);
    // Ended: nothing more, nothing left over.
    assert_eq!(block_on(wrapped.close()), Ok(()));
    assert!(wrapped.take_suppressed_errors().is_empty());
    assert_eq!(block_on(wrapped.next()), None);
    drop(wrapped);
    assert_eq!(unclosed_drops(), before);
}

/// S3.5, S3.10: a `close()` after the first of those error items ends the yielding; the
/// errors not yet yielded stay reachable with `take_suppressed_errors()`.
#[test]
fn s3_10_a_close_between_the_error_items_keeps_the_rest_reachable() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut wrapped = failing_twice(log.clone())
        .take(1)
        .with_teardown(async || Err::<(), String>("cleanup failed".to_string()));
    assert_eq!(block_on(wrapped.next()), Some(Ok(0)));
    assert_eq!(
        block_on(wrapped.next()),
        Some(Err("inner failed".to_string()))
    );
    assert_eq!(block_on(wrapped.close()), Ok(()));
    assert_eq!(block_on(wrapped.next()), None, "S3.5");
    assert_eq!(
        wrapped.take_suppressed_errors(),
        ["outer failed".to_string(), "cleanup failed".to_string()]
    );
    drop(wrapped);
    assert_eq!(unclosed_drops(), before);
}

/// `Stream::size_hint` stays a true bound on every step of a `with_teardown` whose
/// stream inside and cleanup all fail at the end (S2.7: each error is an item).
#[test]
fn s2_7_with_teardown_size_hint_bounds_the_error_items() {
    let (_guard, before) = count_guard();
    let log = Log::default();
    let mut wrapped = failing_twice(log.clone())
        .take(1)
        .with_teardown(async || Err::<(), String>("cleanup failed".to_string()));
    let mut left = 4; // Ok(0) and three errors, as the test above reads them
    loop {
        let (low, high) = futures::Stream::size_hint(&wrapped);
        assert!(low <= left, "low {low} > {left} left");
        assert!(
            high.is_none_or(|high| high >= left),
            "high {high:?} < {left} left"
        );
        if block_on(wrapped.next()).is_none() {
            break;
        }
        left -= 1;
    }
    assert_eq!(left, 0);
    drop(wrapped);
    assert_eq!(unclosed_drops(), before);
}
