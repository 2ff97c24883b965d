//! SPEC section 2: writing a managed stream (S2.1 to S2.6).

mod support;

use std::cell::Cell;
use std::task::Poll;

use futures::StreamExt;
use managed_stream::{ManagedStream, managed_stream, teardown, yield_};
use support::{Gate, Log, block_on, poll_next};

// ---- S2.1: the return type is the item type; none means `()` ----------------------

#[managed_stream]
async fn three_units() {
    yield_!(());
    yield_!(());
    yield_!(());
}

#[managed_stream]
async fn labels() -> &'static str {
    yield_!("a");
    yield_!("b");
}

#[test]
fn s2_1_declared_return_type_is_the_item_type() {
    fn item_of<S: futures::Stream<Item = I>, I>(_: &S) {}
    let stream = labels();
    item_of::<_, &'static str>(&stream);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["a", "b"]);
}

#[test]
fn s2_1_no_return_type_means_unit_items() {
    let stream = three_units();
    let items: Vec<()> = block_on(stream.collect());
    assert_eq!(items.len(), 3);
}

// ---- S2.2: a plain fn with the same name, visibility, arguments; lazy --------------

mod feeds {
    use super::*;

    /// Documented, public, inside a module.
    #[managed_stream]
    #[allow(clippy::needless_lifetimes)]
    pub async fn public_feed(log: Log, first: u32) -> u32 {
        log.push("body started");
        yield_!(first);
    }
}

#[test]
fn s2_2_calling_runs_none_of_the_body() {
    let log = Log::default();
    let mut stream: feeds::PublicFeed = feeds::public_feed(log.clone(), 5);
    assert!(
        log.events().is_empty(),
        "the body ran before the first poll"
    );
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(5)));
    assert_eq!(log.events(), ["body started"]);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
}

#[test]
fn s2_2_the_attribute_makes_a_plain_fn() {
    // A plain `fn` pointer with the same arguments: not an `async fn`.
    let constructor: fn(Log, u32) -> feeds::PublicFeed = feeds::public_feed;
    let stream = constructor(Log::default(), 9);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [9]);
}

// ---- S2.3: the generated struct ----------------------------------------------------

#[managed_stream]
async fn read_lines(text: String) -> String {
    for line in text.lines() {
        yield_!(line.to_owned());
    }
}

#[managed_stream(name = RowStream)]
async fn rows() -> u8 {
    yield_!(1);
}

#[test]
fn s2_3_struct_is_named_in_upper_camel_case() {
    let stream: ReadLines = read_lines("x\ny".into());
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["x", "y"]);
}

#[test]
fn s2_3_name_option_overrides_the_struct_name() {
    let stream: RowStream = rows();
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [1]);
}

#[test]
fn s2_3_struct_implements_debug_naming_itself() {
    let stream = rows();
    let debug = format!("{stream:?}");
    assert!(debug.starts_with("RowStream"), "{debug}");
    assert!(debug.contains("Fresh"), "{debug}");
    block_on(async {
        let mut stream = stream;
        stream.next().await;
        assert!(format!("{stream:?}").contains("Running"));
        stream.close().await;
        assert!(format!("{stream:?}").contains("Closed"));
    });
}

#[managed_stream]
async fn words(text: &str) -> &str {
    for word in text.split_whitespace() {
        yield_!(word);
    }
}

#[managed_stream]
async fn prefixed<'a>(prefix: &'a str, names: &'a [&'a str]) -> String {
    for name in names {
        yield_!(format!("{prefix}{name}"));
    }
}

#[managed_stream]
async fn two_sources<'a, 'b>(first: &'a [u8], second: &'b [u8]) -> u8 {
    for byte in first.iter().chain(second) {
        yield_!(*byte);
    }
}

#[managed_stream]
async fn repeated<T: Clone + Send>(value: T, times: usize) -> T {
    for _ in 0..times {
        yield_!(value.clone());
    }
}

#[managed_stream]
async fn fixed<const N: usize>(values: [u16; N]) -> u16 {
    for value in values {
        yield_!(value);
    }
}

#[test]
fn s2_3_elided_lifetimes_give_the_struct_a_lifetime() {
    let text = String::from("borrowed words here");
    let stream: Words<'_> = words(&text);
    assert_eq!(
        block_on(stream.collect::<Vec<_>>()),
        ["borrowed", "words", "here"]
    );
}

#[test]
fn s2_3_named_lifetimes_carry_over() {
    let names = ["ann", "bo"];
    let stream: Prefixed<'_> = prefixed("dr ", &names);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["dr ann", "dr bo"]);
    let (a, b) = (vec![1, 2], vec![3]);
    let stream: TwoSources<'_, '_> = two_sources(&a, &b);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [1, 2, 3]);
}

#[test]
fn s2_3_generic_parameters_carry_over() {
    let stream: Repeated<&str> = repeated("x", 2);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["x", "x"]);
    // A borrowed type argument: no `'static` bound is imposed.
    let local = String::from("local");
    let stream = repeated(local.as_str(), 1);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["local"]);
    let stream: Fixed<3> = fixed([7, 8, 9]);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [7, 8, 9]);
}

#[test]
fn s2_3_struct_is_send_when_the_body_is() {
    fn assert_send<T: Send>(_: &T) {}
    let log = Log::default();
    let stream = feeds::public_feed(log, 1);
    assert_send(&stream);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .build()
        .unwrap();
    let items = runtime
        .block_on(runtime.spawn(async move { stream.collect::<Vec<_>>().await }))
        .unwrap();
    assert_eq!(items, [1]);
}

// ---- S2.4: yield_! anywhere in the body's own control flow --------------------------

#[managed_stream]
#[allow(clippy::let_unit_value, clippy::never_loop)]
async fn everywhere(gate: Gate) -> &'static str {
    let value = yield_!("statement");
    let () = value;
    if gate.abandoned() == 0 {
        yield_!("if");
    }
    match 2 {
        2 => yield_!("match arm"),
        _ => unreachable!(),
    }
    {
        yield_!("block");
    }
    let mut i = 0;
    while i < 2 {
        yield_!("while");
        i += 1;
    }
    for _ in 0..1 {
        loop {
            yield_!("nested loop");
            break;
        }
    }
    managed_stream::yield_!("full path");
    gate.wait().await;
    tokio::select! {
        () = std::future::ready(()) => { yield_!("select arm"); }
    }
}

#[test]
fn s2_4_yield_works_in_every_control_flow_construct() {
    let gate = Gate::default();
    gate.open();
    let items = block_on(everywhere(gate).collect::<Vec<_>>());
    assert_eq!(
        items,
        [
            "statement",
            "if",
            "match arm",
            "block",
            "while",
            "while",
            "nested loop",
            "full path",
            "select arm"
        ]
    );
}

#[managed_stream]
async fn select_loop(mut rx: tokio::sync::mpsc::Receiver<u32>, stop: Gate) -> u32 {
    loop {
        tokio::select! {
            Some(n) = rx.recv() => yield_!(n * 10),
            () = stop.wait() => return,
        }
    }
}

#[test]
fn s2_4_yield_inside_tokio_select_arms() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        let stop = Gate::default();
        let mut stream = select_loop(rx, stop.clone());
        tx.send(1).await.unwrap();
        assert_eq!(stream.next().await, Some(10));
        tx.send(2).await.unwrap();
        assert_eq!(stream.next().await, Some(20));
        stop.open();
        assert_eq!(stream.next().await, None);
    });
}

// ---- S2.5: teardown! ----------------------------------------------------------------

#[managed_stream]
async fn guarded(log: Log, count: u32, gate: Gate) -> u32 {
    let resource = format!("resource-{count}");
    log.push("acquire outer");
    teardown! {
        // Uses an argument and an earlier local, and awaits.
        gate.wait().await;
        log.push(format!("release outer {resource}"));
    }
    let inner = count * 100;
    log.push("acquire inner");
    teardown! {
        log.push(format!("release inner {inner}"));
    }
    for n in 0..count {
        yield_!(n);
    }
    log.push("body end");
}

#[test]
fn s2_5_teardowns_run_once_in_reverse_order_at_the_natural_end() {
    let log = Log::default();
    let gate = Gate::default();
    gate.open();
    let items = block_on(guarded(log.clone(), 2, gate).collect::<Vec<_>>());
    assert_eq!(items, [0, 1]);
    assert_eq!(
        log.events(),
        [
            "acquire outer",
            "acquire inner",
            "body end",
            "release inner 200",
            "release outer resource-2"
        ]
    );
}

#[test]
fn s2_5_teardown_may_await() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = guarded(log.clone(), 0, gate.clone());
    // The outer teardown waits on the gate: the stream cannot end before it opens.
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(log.count("release outer resource-0"), 0);
    gate.open();
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(log.count("release outer resource-0"), 1);
    assert_eq!(log.count("release inner 0"), 1);
}

#[managed_stream]
async fn late_teardown(log: Log) -> u32 {
    yield_!(1);
    teardown! { log.push("late teardown"); }
    yield_!(2);
}

#[test]
fn s2_5_an_unreached_teardown_never_runs() {
    let log = Log::default();
    let mut stream = late_teardown(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    block_on(stream.close());
    assert!(log.events().is_empty(), "{:?}", log.events());
    // Reached, it runs.
    let log = Log::default();
    let mut stream = late_teardown(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(2)));
    block_on(stream.close());
    assert_eq!(log.events(), ["late teardown"]);
}

#[test]
fn s2_5_teardown_runs_once_when_closed_and_when_cancelled() {
    for cancel in [false, true] {
        let log = Log::default();
        let gate = Gate::default();
        gate.open();
        let mut stream = guarded(log.clone(), 10, gate);
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
        if cancel {
            block_on(stream.cancel());
        } else {
            block_on(stream.close());
        }
        block_on(stream.close());
        block_on(stream.cancel());
        assert_eq!(log.count("release inner 1000"), 1, "cancel: {cancel}");
        assert_eq!(
            log.count("release outer resource-10"),
            1,
            "cancel: {cancel}"
        );
        assert_eq!(log.count("body end"), 0, "cancel: {cancel}");
    }
}

// ---- S2.6: return; ends the stream ------------------------------------------------

#[managed_stream]
async fn until_negative(values: Vec<i32>, log: Log) -> i32 {
    teardown! { log.push("teardown"); }
    for value in values {
        if value < 0 {
            return;
        }
        yield_!(value);
    }
    log.push("ran off the end");
}

#[test]
fn s2_6_return_ends_the_stream_and_runs_teardowns() {
    let log = Log::default();
    let items = block_on(until_negative(vec![1, 2, -1, 3], log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [1, 2]);
    assert_eq!(log.events(), ["teardown"]);
}

#[managed_stream]
async fn return_before_teardown(stop_early: bool, log: Log) -> u8 {
    if stop_early {
        return;
    }
    teardown! { log.push("teardown"); }
    yield_!(1);
}

#[test]
fn s2_6_return_before_any_teardown_runs_none() {
    let log = Log::default();
    let items = block_on(return_before_teardown(true, log.clone()).collect::<Vec<_>>());
    assert!(items.is_empty());
    assert!(log.events().is_empty());
    let items = block_on(return_before_teardown(false, log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [1]);
    assert_eq!(log.events(), ["teardown"]);
}

// A body that is not `Send` compiles only with `?Send` (S2.9); a `Cell` that is not
// held across an await does not stop the default `Send` mode.
#[managed_stream]
async fn local_counter(limit: u32) -> u32 {
    let total = {
        let cell = Cell::new(0);
        cell.set(limit);
        cell.get()
    };
    for n in 0..total {
        yield_!(n);
    }
}

#[test]
fn s2_3_send_body_with_only_sync_locals_between_awaits() {
    let stream = local_counter(3);
    fn assert_managed<S: ManagedStream<CloseOutput = ()> + Send>(_: &S) {}
    assert_managed(&stream);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [0, 1, 2]);
}

// A managed stream defined inside another's body yields its own items.
#[managed_stream]
async fn outer_with_inner_stream(log: Log) -> u32 {
    #[managed_stream]
    async fn inner(log: Log) -> u32 {
        teardown! { log.push("inner teardown"); }
        yield_!(10);
        yield_!(20);
    }
    teardown! { log.push("outer teardown"); }
    let mut inner_stream = inner(log.clone());
    while let Some(n) = inner_stream.next().await {
        yield_!(n + 1);
    }
}

#[test]
fn s2_4_nested_managed_stream_fn_yields_its_own_items() {
    let log = Log::default();
    let items = block_on(outer_with_inner_stream(log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [11, 21]);
    assert_eq!(log.events(), ["inner teardown", "outer teardown"]);
}

// S2.5: a teardown uses the locals as they are when it runs: the body may change one
// after registering the teardown (the commit-or-rollback pattern).
#[managed_stream]
async fn commit_or_rollback(log: Log, items: u32) -> u32 {
    let mut end = "ROLLBACK";
    teardown! { log.push(end); }
    for n in 0..items {
        yield_!(n);
    }
    end = "COMMIT";
}

#[test]
fn s2_5_teardown_sees_the_current_value_of_a_local() {
    let log = Log::default();
    assert_eq!(
        block_on(commit_or_rollback(log.clone(), 2).collect::<Vec<_>>()),
        [0, 1]
    );
    assert_eq!(log.events(), ["COMMIT"]);
    let log = Log::default();
    let mut stream = commit_or_rollback(log.clone(), 2);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    block_on(stream.close());
    assert_eq!(log.events(), ["ROLLBACK"]);
}

// ---- S6.2: `#[cfg]` on a `teardown!` or `yield_!` statement (issue 12, item 1) ------
// `cfg(test)` holds here, `cfg(not(test))` does not.

#[managed_stream]
async fn configured_statements(log: Log) -> u32 {
    #[cfg(test)]
    teardown! { log.push("outer"); }
    #[cfg(not(test))]
    teardown! { log.push("configured out"); }
    #[cfg(test)]
    #[cfg(not(doc))]
    teardown! { log.push("inner"); }
    #[cfg(not(test))]
    yield_!(99);
    #[cfg(test)]
    yield_!(1);
    yield_!(2);
}

#[test]
fn s6_2_cfg_on_teardown_and_yield_statements_works_as_on_any_statement() {
    let log = Log::default();
    let items = block_on(configured_statements(log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [1, 2]);
    assert_eq!(log.events(), ["inner", "outer"]);

    let log = Log::default();
    let mut stream = configured_statements(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    block_on(stream.close());
    assert_eq!(log.events(), ["inner", "outer"]);
}

/// The only teardown is configured out: nothing is registered, so dropping the started
/// stream is not a forgotten close (S4.1).
#[managed_stream]
async fn only_teardown_configured_out(log: Log) -> u32 {
    #[cfg(not(test))]
    teardown! { log.push("configured out"); }
    yield_!(1);
    log.push("after the yield");
    return;
}

#[test]
fn s6_2_configured_out_teardown_registers_nothing() {
    let log = Log::default();
    let mut stream = only_teardown_configured_out(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    drop(stream);
    assert!(log.events().is_empty());
    let items = block_on(only_teardown_configured_out(log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [1]);
    assert_eq!(log.events(), ["after the yield"]);
}

/// Try mode: a `?` after a configured-out teardown still ends the stream with the error.
#[managed_stream]
async fn configured_out_in_try_mode(log: Log, fail: bool) -> Result<u32, String> {
    teardown! { log.push("kept"); }
    #[cfg(not(test))]
    teardown! { log.push("configured out"); }
    yield_!(Ok(1));
    if fail {
        Err("failed".to_owned())?;
    }
    yield_!(Ok(2));
}

#[test]
fn s6_2_configured_out_teardown_in_try_mode() {
    let log = Log::default();
    let items = block_on(configured_out_in_try_mode(log.clone(), true).collect::<Vec<_>>());
    assert_eq!(items, [Ok(1), Err("failed".to_owned())]);
    assert_eq!(log.events(), ["kept"]);
    let log = Log::default();
    let items = block_on(configured_out_in_try_mode(log.clone(), false).collect::<Vec<_>>());
    assert_eq!(items, [Ok(1), Ok(2)]);
    assert_eq!(log.events(), ["kept"]);
}
