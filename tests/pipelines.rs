//! SPEC S3.9 and S3.10: a pipeline keeps the lifecycle. `Ready(None)` from an adapter
//! (`take`, `take_while`, ...) is not the end of the managed stream inside it: every
//! wrapper of the crate ends each managed stream inside it exactly once, whatever its
//! adapters returned; and when several fail to close, no error is lost.
//!
//! One test per case of the report that found the bug; each failed before the fix
//! (the S3.10 ones did not compile: there was no way to reach the errors). Then the
//! shapes a hostile review added (S3.5, S3.7, S3.9, S3.10): `take_while`, `take_until`
//! and a `filter` that rejects the rest under every wrapper; wrappers nested in
//! wrappers; the order of the errors of several streams through nested wrappers. Each
//! checks every teardown ran exactly once and that nothing was counted as a loss.
//!
//! `unclosed_drops()` is one count for the process: every test here holds the support
//! `count_guard()`.

mod support;

use std::task::Poll;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    ManagedStream, ManagedStreamExt, close_within, combinators, managed_stream, scoped, teardown,
    try_scoped, unclosed_drops, with_teardown, yield_,
};
use support::unclosed::count_guard;
use support::{Log, block_on, poll_once};

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

/// A managed stream of managed streams: `pages` streams of numbers, each limited to
/// two items by `take`.
#[managed_stream]
async fn pages(log: Log, pages: u32) -> futures::stream::Take<Numbers> {
    for page in 0..pages {
        let name = ["page 0", "page 1", "page 2"][page as usize];
        yield_!(numbers(log.clone(), name).take(2));
    }
}

#[test]
fn s3_9_chain_of_takes_read_to_the_end_ends_both_streams() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let mut chained = combinators::chain(
        numbers(log.clone(), "a").take(2),
        numbers(log.clone(), "b").take(1),
    );
    assert_eq!(block_on((&mut chained).collect::<Vec<_>>()), [0, 1, 0]);
    // S3.6 through the wrapper: read to the end, every stream inside has ended.
    assert_eq!(log.events(), ["a closed", "b closed"]);
    block_on(chained.close());
    drop(chained);
    assert_eq!(log.count("a closed"), 1);
    assert_eq!(log.count("b closed"), 1);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_zip_of_a_take_ends_the_stream_under_the_take() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let mut pairs = combinators::zip(numbers(log.clone(), "a").take(1), numbers(log.clone(), "b"));
    assert_eq!(block_on((&mut pairs).collect::<Vec<_>>()), [(0, 0)]);
    let mut events = log.events();
    events.sort();
    assert_eq!(events, ["a closed", "b closed"]);
    drop(pairs);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_with_teardown_over_a_take_read_to_the_end_closes_then_cleans_up() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let cleanup_log = log.clone();
    let wrapped = numbers(log.clone(), "a")
        .take(1)
        .with_teardown(async move |_| cleanup_log.push("cleanup"));
    assert_eq!(block_on(wrapped.collect::<Vec<_>>()), [0]);
    // S3.8: the stream's own teardown first, then the cleanup.
    assert_eq!(log.events(), ["a closed", "cleanup"]);
    assert_eq!(unclosed_drops(), before);
}

/// Reads `rows.take(100).close_on_drop()` to the end, drops it, and waits (with a poll
/// budget, not a clock) for its teardown. In debug builds the drop used to panic; in
/// release builds the teardown was lost. Run both: `cargo test --test pipelines` and
/// `cargo test --release --test pipelines`.
#[test]
fn s3_9_close_on_drop_over_a_take_read_to_the_end_and_dropped_runs_the_teardown() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut rows = numbers(log.clone(), "rows").take(100).close_on_drop();
        let mut read = 0;
        while rows.next().await.is_some() {
            read += 1;
        }
        assert_eq!(read, 100);
        drop(rows);
        // The stream may be ended in the background (S7.2): give that task its turns.
        for _ in 0..1_000 {
            if log.count("rows closed") > 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
    });
    assert_eq!(log.events(), ["rows closed"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_select_of_takes_read_to_the_end_ends_both_streams() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let mut merged = combinators::select(
        numbers(log.clone(), "a").take(2),
        numbers(log.clone(), "b").take(1),
    );
    let mut items = block_on((&mut merged).collect::<Vec<_>>());
    items.sort();
    assert_eq!(items, [0, 0, 1]);
    let mut events = log.events();
    events.sort();
    assert_eq!(events, ["a closed", "b closed"]);
    drop(merged);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_of_takes_read_to_the_end_ends_every_inner_stream() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let mut all = combinators::flatten(pages(log.clone(), 3));
    assert_eq!(block_on((&mut all).collect::<Vec<_>>()), [0, 1, 0, 1, 0, 1]);
    assert_eq!(
        log.events(),
        ["page 0 closed", "page 1 closed", "page 2 closed"]
    );
    drop(all);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_closed_mid_page_ends_that_page_once() {
    let log = Log::default();
    let mut all = combinators::flatten(pages(log.clone(), 3));
    assert_eq!(block_on((&mut all).take(3).collect::<Vec<_>>()), [0, 1, 0]);
    block_on(all.close());
    assert_eq!(log.events(), ["page 0 closed", "page 1 closed"]);
}

#[test]
fn s3_10_select_of_two_failing_closes_keeps_both_errors_in_order() {
    let log = Log::default();
    let mut merged = combinators::select(failing(log.clone(), "a"), failing(log.clone(), "b"));
    assert!(block_on(merged.next()).is_some());
    assert!(block_on(merged.next()).is_some());
    assert_eq!(block_on(merged.close()), Err("a failed".to_string()));
    assert_eq!(merged.take_suppressed_errors(), ["b failed".to_string()]);
    // Drained: a second close has nothing left to report, and neither has this.
    assert_eq!(block_on(merged.close()), Ok(()));
    assert!(merged.take_suppressed_errors().is_empty());
    assert_eq!(log.count("a closed"), 1);
    assert_eq!(log.count("b closed"), 1);
}

#[test]
fn s3_10_errors_stay_reachable_through_a_boxed_trait_object() {
    type Boxed = std::pin::Pin<
        Box<dyn ManagedStream<Item = Result<u32, String>, CloseOutput = Result<(), String>> + Send>,
    >;
    let log = Log::default();
    let inner = combinators::chain(
        failing(log.clone(), "a").take(1),
        failing(log.clone(), "b").take(1),
    );
    let mut boxed: Boxed = Box::pin(combinators::select(inner, failing(log.clone(), "c")));
    // Four items: `a` stops after one and is closed (its error is the first met),
    // then `b` starts.
    let mut items = block_on((&mut boxed).take(4).collect::<Vec<_>>());
    items.sort();
    assert_eq!(items, [Ok(0), Ok(0), Ok(0), Ok(1)]);
    assert_eq!(log.events(), ["a closed"]);
    assert_eq!(block_on(boxed.close()), Err("a failed".to_string()));
    assert_eq!(
        boxed.take_suppressed_errors(),
        ["b failed".to_string(), "c failed".to_string()]
    );
}

/// Try mode: two teardowns that fail; they run in reverse order.
#[managed_stream]
async fn twice_failing(name: &'static str) -> Result<u32, String> {
    teardown! { Err(format!("{name} outer failed"))?; }
    teardown! { Err(format!("{name} inner failed"))?; }
    loop {
        yield_!(Ok(0));
    }
}

#[test]
fn s3_10_with_teardown_keeps_the_cleanup_error_after_the_stream_error() {
    let log = Log::default();
    let mut closed = failing(log.clone(), "a").with_teardown(async |_| Err("bye failed".into()));
    assert_eq!(block_on(closed.next()), Some(Ok(0)));
    assert_eq!(block_on(closed.close()), Err("a failed".to_string()));
    assert_eq!(closed.take_suppressed_errors(), ["bye failed".to_string()]);

    // Read to the end through a `take`: the close error, then the cleanup's, are the
    // last items (S2.7: as a generated stream yields each teardown error at its end).
    let mut limited = failing(log.clone(), "b")
        .take(1)
        .with_teardown(async |_| Err("bye failed".into()));
    let items = block_on((&mut limited).collect::<Vec<_>>());
    assert_eq!(
        items,
        [
            Ok(0),
            Err("b failed".to_string()),
            Err("bye failed".to_string())
        ]
    );
    assert!(limited.take_suppressed_errors().is_empty());
}

#[test]
fn s3_10_a_combinator_keeps_the_suppressed_errors_of_a_stream_inside() {
    let log = Log::default();
    let mut both = combinators::chain(twice_failing("a").take(1), failing(log.clone(), "b"));
    assert_eq!(
        block_on((&mut both).take(2).collect::<Vec<_>>()),
        [Ok(0), Ok(0)]
    );
    assert_eq!(block_on(both.close()), Err("a inner failed".to_string()));
    assert_eq!(
        both.take_suppressed_errors(),
        ["a outer failed".to_string(), "b failed".to_string()]
    );
}

#[test]
fn s3_10_try_scoped_lets_the_closure_reach_the_errors_after_the_first() {
    let log = Log::default();
    let merged = combinators::select(failing(log.clone(), "a"), failing(log.clone(), "b"));
    let seen = block_on(managed_stream::try_scoped(merged, async |merged| {
        let first = (&mut *merged).take(2).collect::<Vec<_>>().await;
        assert_eq!(first.len(), 2);
        let closed = merged.close().await;
        Ok::<_, String>((closed, merged.take_suppressed_errors()))
    }));
    let expected = (Err("a failed".to_string()), vec!["b failed".to_string()]);
    assert_eq!(seen, Ok(expected));
}

#[test]
fn s4_6_drop_without_teardown_is_reachable_from_generic_code() {
    fn skip<S: ManagedStream>(stream: S) {
        stream.drop_without_teardown();
    }
    let log = Log::default();
    let (_guard, before) = count_guard();
    let mut merged = combinators::select(numbers(log.clone(), "a"), numbers(log.clone(), "b"));
    assert!(block_on(merged.next()).is_some());
    assert!(block_on(merged.next()).is_some());
    skip(merged);
    // And through a trait object.
    let mut boxed: std::pin::Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + Send>> =
        Box::pin(
            combinators::zip(numbers(log.clone(), "c"), numbers(log.clone(), "d")).map(|(c, _)| c),
        );
    assert_eq!(block_on(boxed.next()), Some(0));
    boxed.drop_without_teardown();
    assert!(
        log.events().is_empty(),
        "skipped on purpose: {:?}",
        log.events()
    );
    assert_eq!(unclosed_drops(), before);
}

/// Counts up to `len` and ends by itself; its teardown logs `"{name} closed"`.
#[managed_stream]
async fn finite(log: Log, name: &'static str, len: u32) -> u32 {
    teardown! { log.push(format!("{name} closed")); }
    for n in 0..len {
        yield_!(n);
    }
}

/// Reads `stream` to its end, then checks that its close is ready at the first poll.
fn close_after_the_end_is_free(
    mut stream: std::pin::Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + '_>>,
) -> bool {
    while block_on(stream.next()).is_some() {}
    poll_once(&mut stream.close()) == Poll::Ready(())
}

#[test]
fn s3_9_close_of_what_truly_ended_returns_at_the_first_poll() {
    use futures::TryStreamExt;
    use futures::future::{pending, ready};

    let log = Log::default();
    let numbers = || finite(log.clone(), "n", 3);
    let free = |stream| close_after_the_end_is_free(stream);
    // A generated stream and both forms of `with_teardown`.
    assert!(free(Box::pin(numbers())));
    assert!(free(Box::pin(with_teardown(
        futures::stream::iter(0..3),
        async |_| {}
    ))));
    assert!(free(Box::pin(numbers().with_teardown(async |_| {}))));
    // Every `StreamExt` adapter of the crate's list.
    assert!(free(Box::pin(numbers().map(|n| n + 1))));
    assert!(free(Box::pin(numbers().filter(|_| ready(true)))));
    assert!(free(Box::pin(numbers().filter_map(|n| ready(Some(n))))));
    assert!(free(Box::pin(numbers().then(ready))));
    assert!(free(Box::pin(numbers().take(5))));
    assert!(free(Box::pin(numbers().take_while(|_| ready(true)))));
    assert!(free(Box::pin(numbers().take_until(pending::<()>()))));
    assert!(free(Box::pin(numbers().skip(1))));
    assert!(free(Box::pin(numbers().skip_while(|_| ready(false)))));
    assert!(free(Box::pin(numbers().enumerate().map(|(_, n)| n))));
    assert!(free(Box::pin(numbers().inspect(|_| {}))));
    assert!(free(Box::pin(numbers().fuse())));
    assert!(free(Box::pin(numbers().scan((), |_, n| ready(Some(n))))));
    assert!(free(Box::pin(numbers().peekable())));
    assert!(free(Box::pin(numbers().chunks(2).map(|chunk| chunk[0]))));
    assert!(free(Box::pin(
        numbers().ready_chunks(2).map(|chunk| chunk[0])
    )));
    assert!(free(Box::pin(numbers().map(ready).buffered(2))));
    assert!(free(Box::pin(numbers().map(ready).buffer_unordered(2))));
    assert!(free(Box::pin(numbers().zip(numbers()).map(|(a, _)| a))));
    assert!(free(Box::pin(futures::stream::select(
        numbers(),
        numbers()
    ))));
    // `TryStreamExt`, over a stream of `Result` items.
    let results = || numbers().map(Ok::<u32, ()>);
    let first = |item: Result<u32, ()>| item.unwrap_or_default();
    assert!(free(Box::pin(results().map_ok(|n| n).map(first))));
    assert!(free(Box::pin(results().map_err(|e| e).map(first))));
    assert!(free(Box::pin(results().err_into::<()>().map(first))));
    assert!(free(Box::pin(results().inspect_ok(|_| {}).map(first))));
    assert!(free(Box::pin(results().inspect_err(|_| {}).map(first))));
    assert!(free(Box::pin(results().into_stream().map(first))));
    assert!(free(Box::pin(
        results().and_then(|n| ready(Ok(n))).map(first)
    )));
    assert!(free(Box::pin(
        results().or_else(|e| ready(Err(e))).map(first)
    )));
    assert!(free(Box::pin(
        results().try_filter(|_| ready(true)).map(first)
    )));
    let some = |n| ready(Ok(Some(n)));
    assert!(free(Box::pin(results().try_filter_map(some).map(first))));
    let no = |_: &u32| ready(Ok(false));
    assert!(free(Box::pin(results().try_skip_while(no).map(first))));
    let yes = |_: &u32| ready(Ok(true));
    assert!(free(Box::pin(results().try_take_while(yes).map(first))));
    assert!(free(Box::pin(
        results().try_chunks(2).map(|c| c.map_or(0, |c| c[0]))
    )));
    assert!(free(Box::pin(
        results().try_ready_chunks(2).map(|c| c.map_or(0, |c| c[0]))
    )));
    // The combinators.
    assert!(free(Box::pin(combinators::chain(numbers(), numbers()))));
    assert!(free(Box::pin(
        combinators::zip(numbers(), numbers()).map(|(a, _)| a)
    )));
    assert!(free(Box::pin(combinators::select(numbers(), numbers()))));
    assert!(free(Box::pin(numbers().stop_on_close())));
    // Every stream made above ran its teardown once, at its end.
    assert_eq!(log.count("n closed"), 45);
}

#[test]
fn s3_9_scoped_over_a_chain_of_takes_ends_every_stream() {
    let log = Log::default();
    let (_guard, before) = count_guard();
    let chained = combinators::chain(
        numbers(log.clone(), "a").take(1),
        numbers(log.clone(), "b").take(5),
    );
    let firsts = block_on(scoped(chained, async |chained| {
        chained.take(3).collect::<Vec<_>>().await
    }));
    assert_eq!(firsts, [0, 0, 1]);
    assert_eq!(log.events(), ["a closed", "b closed"]);
    assert_eq!(unclosed_drops(), before);
}

/// Only a measure, never asserted: how long the close of a stream that ended through
/// a `take` takes on this machine.
#[test]
fn s3_9_close_after_the_end_is_measured() {
    let log = Log::default();
    let mut limited = combinators::chain(
        numbers(log.clone(), "a").take(1),
        numbers(log.clone(), "b").take(1),
    );
    assert_eq!(block_on((&mut limited).collect::<Vec<_>>()), [0, 0]);
    let started = std::time::Instant::now();
    block_on(limited.close());
    let took: Duration = started.elapsed();
    eprintln!("close of an ended chain took {took:?}");
    assert_eq!(log.count("a closed") + log.count("b closed"), 2);
}

// ---- The review's shapes: take_while, take_until, filters, nesting (S3.5 to S3.10) ----

/// A managed stream of managed streams limited by `take_while`.
#[managed_stream]
async fn pages_while(
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
    let mut flat = combinators::flatten(pages_while(log.clone()));
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
    let mut flat = combinators::flatten(pages_while(log.clone()));
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
        .with_teardown(async move |_| cleanup_log.push("cleanup closed"));
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
        .with_teardown(async move |_| {
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
        .with_teardown(async |_| Err::<(), String>("cleanup failed".to_string()));
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
        .with_teardown(async |_| Err::<(), String>("cleanup failed".to_string()));
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
