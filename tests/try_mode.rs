//! SPEC S2.7: try mode. An item type written `Result<T, E>` (or `...::Result<T>`) lets
//! the body and its teardowns use `?`.

mod support;

use std::io;
use std::task::Poll;

use futures::StreamExt;
use managed_stream::{ManagedStream, managed_stream, teardown, yield_};
use support::{Gate, Log, block_on, poll_next, poll_once};

#[derive(Debug, PartialEq)]
struct DbError(String);

impl From<std::num::ParseIntError> for DbError {
    fn from(error: std::num::ParseIntError) -> Self {
        DbError(format!("parse: {error}"))
    }
}

/// Parses each input; a bad one fails the stream with `?`.
#[managed_stream]
async fn parsed(inputs: Vec<&'static str>, log: Log) -> Result<i64, DbError> {
    log.push("open");
    teardown! { log.push("teardown"); }
    for input in inputs {
        let value: i64 = input.parse()?;
        yield_!(Ok(value));
    }
}

#[test]
fn s2_7_question_mark_runs_teardowns_then_yields_the_error_then_ends() {
    let log = Log::default();
    let mut stream = parsed(vec!["1", "x", "3"], log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    let Poll::Ready(Some(Err(DbError(message)))) = poll_next(&mut stream) else {
        panic!("expected the parse error");
    };
    assert!(message.starts_with("parse:"), "{message}");
    // The teardown ran before the error was handed out.
    assert_eq!(log.events(), ["open", "teardown"]);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
}

#[test]
fn s2_7_question_mark_converts_with_from() {
    // `ParseIntError` into `DbError` via `From` (above); `io::Error` into itself.
    #[managed_stream]
    async fn lines(text: &'static str) -> io::Result<String> {
        for line in text.lines() {
            if line.is_empty() {
                Err(io::Error::other("empty line"))?;
            }
            yield_!(Ok(line.to_owned()));
        }
    }
    let items = block_on(lines("a\n\nb").collect::<Vec<_>>());
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap(), "a");
    assert_eq!(items[1].as_ref().unwrap_err().to_string(), "empty line");
}

#[managed_stream]
async fn soft_errors() -> Result<u8, String> {
    yield_!(Ok(1));
    yield_!(Err("not fatal".to_owned()));
    yield_!(Ok(2));
}

#[test]
fn s2_7_yielding_an_err_keeps_going() {
    let items = block_on(soft_errors().collect::<Vec<_>>());
    assert_eq!(items, [Ok(1), Err("not fatal".into()), Ok(2)]);
}

#[managed_stream]
async fn failing_teardowns(log: Log, inner_fails: bool, outer_fails: bool) -> Result<u8, String> {
    teardown! {
        log.push("outer");
        if outer_fails {
            Err("outer teardown failed".to_owned())?;
        }
    }
    teardown! {
        log.push("inner");
        if inner_fails {
            Err("inner teardown failed")?;
        }
        log.push("inner done");
    }
    yield_!(Ok(1));
}

#[test]
fn s2_7_teardown_errors_at_the_natural_end_are_the_last_items() {
    let log = Log::default();
    let items = block_on(failing_teardowns(log.clone(), true, true).collect::<Vec<_>>());
    assert_eq!(
        items,
        [
            Ok(1),
            Err("inner teardown failed".into()),
            Err("outer teardown failed".into())
        ]
    );
    // A failing teardown does not stop the teardowns outside it.
    assert_eq!(log.events(), ["inner", "outer"]);
}

#[test]
fn s2_7_close_returns_the_first_teardown_error() {
    let log = Log::default();
    let mut stream = failing_teardowns(log.clone(), true, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    let closed: Result<(), String> = block_on(stream.close());
    assert_eq!(closed, Err("inner teardown failed".into()));
    assert_eq!(log.events(), ["inner", "outer"]);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    // Nothing failed: Ok.
    let mut stream = failing_teardowns(Log::default(), false, false);
    assert!(poll_next(&mut stream).is_ready());
    assert_eq!(block_on(stream.close()), Ok(()));
}

#[test]
fn s2_7_cancel_returns_the_first_teardown_error() {
    let log = Log::default();
    let mut stream = failing_teardowns(log.clone(), false, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(
        block_on(stream.cancel()),
        Err("outer teardown failed".to_owned())
    );
}

#[test]
fn s2_7_close_output_is_a_result_in_try_mode() {
    fn close_output<S: ManagedStream<CloseOutput = Result<(), String>>>(_: &S) {}
    close_output(&soft_errors());
}

#[managed_stream]
async fn select_with_question_mark(gate: Gate, fail: bool, log: Log) -> Result<u8, String> {
    teardown! { log.push("teardown"); }
    tokio::select! {
        () = gate.wait() => {
            if fail {
                Err("failed inside select!".to_owned())?;
            }
            yield_!(Ok(1));
        }
    }
}

#[test]
fn s2_7_question_mark_inside_tokio_select() {
    let gate = Gate::default();
    gate.open();
    let log = Log::default();
    let items =
        block_on(select_with_question_mark(gate.clone(), true, log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [Err("failed inside select!".to_owned())]);
    assert_eq!(log.events(), ["teardown"]);
    let items =
        block_on(select_with_question_mark(gate, false, Log::default()).collect::<Vec<_>>());
    assert_eq!(items, [Ok(1)]);
}

#[managed_stream]
async fn early_return(stop: bool) -> Result<u8, String> {
    if stop {
        return;
    }
    yield_!(Ok(1));
    return Err("ended with an error".into());
}

#[test]
fn s2_7_return_in_try_mode() {
    assert_eq!(block_on(early_return(true).collect::<Vec<_>>()), []);
    assert_eq!(
        block_on(early_return(false).collect::<Vec<_>>()),
        [Ok(1), Err("ended with an error".into())]
    );
}

#[test]
fn s2_7_body_error_during_close_is_returned_by_close() {
    #[managed_stream]
    async fn fails_mid_step(gate: Gate) -> Result<u8, String> {
        yield_!(Ok(1));
        gate.wait().await;
        Err("step failed".to_owned())?;
        yield_!(Ok(2));
    }
    let gate = Gate::default();
    let mut stream = fails_mid_step(gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert!(support::poll_once_then_drop(stream.next()).is_pending());
    let mut close = stream.close();
    assert_eq!(poll_once(&mut close), Poll::Pending);
    gate.open();
    assert_eq!(
        poll_once(&mut close),
        Poll::Ready(Err("step failed".into()))
    );
}

// Try mode is recognised when the item type comes from a `macro_rules!` `$t:ty`.
macro_rules! fallible_stream {
    ($name:ident, $item:ty) => {
        #[managed_stream]
        async fn $name(fail: bool) -> $item {
            if fail {
                Err("failed".to_owned())?;
            }
            yield_!(Ok(1));
        }
    };
}

fallible_stream!(through_macro, Result<u8, String>);

#[test]
fn s2_7_try_mode_through_a_macro_type_fragment() {
    assert_eq!(block_on(through_macro(false).collect::<Vec<_>>()), [Ok(1)]);
    assert_eq!(
        block_on(through_macro(true).collect::<Vec<_>>()),
        [Err("failed".to_owned())]
    );
}

// ---- `#[managed_stream(try)]` and `#[managed_stream(try = false)]` ----------------------

/// A `Result` under another name: the macro cannot see through the alias.
type RowResult<T> = Result<T, DbError>;

#[managed_stream(try)]
async fn aliased(inputs: Vec<&'static str>, log: Log) -> RowResult<i64> {
    teardown! { log.push("teardown"); }
    for input in inputs {
        yield_!(Ok(input.parse()?));
    }
}

#[test]
fn s2_7_try_option_turns_try_mode_on_for_an_alias() {
    let log = Log::default();
    let items = block_on(aliased(vec!["1", "x", "3"], log.clone()).collect::<Vec<_>>());
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0], Ok(1));
    assert!(matches!(&items[1], Err(DbError(message)) if message.starts_with("parse:")));
    assert_eq!(log.events(), ["teardown"]);
    // `close()` returns a `Result` in try mode.
    fn close_output<S: ManagedStream<CloseOutput = Result<(), DbError>>>(_: &S) {}
    let stream = aliased(vec![], Log::default());
    close_output(&stream);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), []);
}

/// A type named `Result` that is not `core::result::Result`.
mod outcome {
    #[derive(Debug, PartialEq)]
    pub struct Result<T>(pub T);
}

#[managed_stream(try = false)]
async fn not_a_core_result(log: Log) -> outcome::Result<u8> {
    teardown! { log.push("teardown"); }
    yield_!(outcome::Result(1));
    yield_!(outcome::Result(2));
}

#[test]
fn s2_7_try_false_turns_try_mode_off_for_another_result() {
    let log = Log::default();
    let mut stream = not_a_core_result(log.clone());
    assert_eq!(
        poll_next(&mut stream),
        Poll::Ready(Some(outcome::Result(1)))
    );
    // Not try mode: `close()` returns `()`.
    fn close_output<S: ManagedStream<CloseOutput = ()>>(_: &S) {}
    close_output(&stream);
    block_on(stream.close());
    assert_eq!(log.events(), ["teardown"]);
}

/// Three teardowns that all fail.
#[managed_stream]
async fn three_failing_teardowns() -> Result<u8, String> {
    teardown! { Err("outer".to_string())?; }
    teardown! { Err("middle".to_string())?; }
    teardown! { Err("inner".to_string())?; }
    yield_!(Ok(1));
    yield_!(Ok(2));
}

#[test]
fn s2_7_teardown_errors_after_the_first_stay_reachable() {
    // Issue 13 item 7: close() returns the first; the others are kept, in order.
    let mut stream = three_failing_teardowns();
    assert_eq!(block_on(stream.next()), Some(Ok(1)));
    assert!(
        stream.take_suppressed_errors().is_empty(),
        "nothing before a close"
    );
    assert_eq!(block_on(stream.close()), Err("inner".to_string()));
    assert_eq!(stream.take_suppressed_errors(), ["middle", "outer"]);
    assert!(stream.take_suppressed_errors().is_empty(), "drained");
    assert_eq!(
        block_on(stream.next()),
        None,
        "S3.5: none of them is an item"
    );

    let mut stream = three_failing_teardowns();
    assert_eq!(block_on(stream.next()), Some(Ok(1)));
    assert_eq!(block_on(stream.cancel()), Err("inner".to_string()));
    assert_eq!(stream.take_suppressed_errors(), ["middle", "outer"]);
}

/// `return;` and `?` in a `select!` handler, with no teardown and inside a guarded
/// block (S2.6, S2.7; found by the generator of random bodies, its seed 1000001: the
/// `return;` did not compile in try mode).
#[managed_stream]
async fn returns_in_select(log: Log, stop: bool, guarded: bool) -> Result<u32, String> {
    if guarded {
        teardown! { log.push("teardown"); }
        tokio::select! {
            () = std::future::ready(()) => {
                if stop {
                    return;
                }
                Err("failed in the guarded block".to_owned())?;
            }
        }
    }
    tokio::select! {
        () = std::future::ready(()) => {
            if stop {
                return;
            }
            Err("failed".to_owned())?;
        }
    }
    yield_!(Ok(1));
}

#[test]
fn s2_6_return_and_question_mark_in_a_select_handler_end_the_stream() {
    for guarded in [false, true] {
        let log = Log::default();
        let items: Vec<_> = block_on(returns_in_select(log.clone(), true, guarded).collect());
        assert_eq!(items, [], "return; ends the stream");
        let log_after_stop = log.events();
        let items: Vec<_> = block_on(returns_in_select(log.clone(), false, guarded).collect());
        let failure = if guarded {
            "failed in the guarded block"
        } else {
            "failed"
        };
        assert_eq!(items, [Err(failure.to_owned())]);
        let expected: &[&str] = if guarded { &["teardown"] } else { &[] };
        assert_eq!(log_after_stop, expected);
    }
}
