//! The expression form (issue 13, item 6): `stream! { ... }` and `try_stream! { ... }`
//! with the same `yield_!`, `teardown!` (in any block), try mode, `close()`,
//! `cancel()` and drop check as an attributed fn, returning a `ManagedBox`.

mod support;

use std::task::Poll;

use futures::StreamExt;
use managed_stream::{ManagedBox, TryManagedBox, stream, teardown, try_stream, yield_};
use support::{Gate, Log, block_on, panic_message, poll_next, poll_once};

#[test]
fn s2_4_a_stream_expression_yields_and_tears_down_like_a_fn() {
    let log = Log::default();
    // Like `async_stream::stream!`, the body takes what it uses by move.
    let moved = log.clone();
    let mut numbers = stream! {
        teardown! { moved.push("goodbye"); }
        for n in 1..=3u32 {
            yield_!(n);
        }
    };
    assert_eq!(block_on(numbers.next()), Some(1));
    assert_eq!(block_on(numbers.next()), Some(2));
    block_on(numbers.close());
    assert_eq!(log.events(), ["goodbye"]);
    assert_eq!(block_on(numbers.next()), None);
}

#[test]
fn s2_5_teardowns_in_loops_and_cancel_work_in_the_expression_form() {
    let log = Log::default();
    let gate = Gate::default();
    let (moved_log, moved_gate) = (log.clone(), gate.clone());
    let mut pages: ManagedBox<'_, u32> = stream! {
        let (log, gate) = (moved_log, moved_gate);
        teardown! { log.push("disconnect"); }
        let mut page = 0;
        loop {
            let this = page;
            teardown! { log.push(format!("end page {this}")); }
            yield_!(this);
            gate.wait().await;
            page += 1;
        }
    };
    assert_eq!(poll_next(&mut pages), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut pages), Poll::Pending);
    assert_eq!(poll_once(&mut pages.cancel()), Poll::Ready(()));
    assert_eq!(gate.abandoned(), 1);
    assert_eq!(log.events(), ["end page 0", "disconnect"]);
}

#[test]
fn s2_7_try_stream_ends_with_the_error_after_its_teardowns() {
    let log = Log::default();
    let moved = log.clone();
    let parsed: TryManagedBox<'_, u32, std::num::ParseIntError> = try_stream! {
        teardown! { moved.push("closed"); }
        for input in ["1", "x", "3"] {
            yield_!(Ok(input.parse()?));
        }
    };
    let items: Vec<_> = block_on(parsed.collect());
    assert_eq!(items.len(), 2);
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());
    assert_eq!(log.events(), ["closed"]);
}

#[test]
fn s2_7_try_stream_close_returns_the_teardown_error() {
    let mut lines = try_stream! {
        teardown! { Err("CLOSE failed".to_string())?; }
        yield_!(Ok::<_, String>("a"));
        yield_!(Ok("b"));
    };
    assert_eq!(block_on(lines.next()), Some(Ok("a")));
    assert_eq!(block_on(lines.close()), Err("CLOSE failed".to_string()));
}

#[test]
fn s4_1_the_drop_check_names_the_expression_and_where_it_was_written() {
    let line = line!() + 1;
    let mut numbers = stream! {
        teardown! {}
        yield_!(1u8);
    };
    assert_eq!(block_on(numbers.next()), Some(1));
    let message = panic_message(move || drop(numbers));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check fires");
        assert!(
            message.starts_with("managed stream `stream!` created at"),
            "{message}"
        );
        assert!(
            message.contains(&format!("tests/inline_form.rs:{line}:")),
            "{message}"
        );
    } else {
        assert_eq!(message, None);
    }
}

/// A handler that returns a stream borrowing its argument.
fn lengths(words: &[String]) -> ManagedBox<'_, usize> {
    stream! {
        for word in words {
            yield_!(word.len());
        }
    }
}

#[test]
fn s2_4_stream_expressions_work_in_fns_and_closures_and_borrow_what_they_are_given() {
    let words = vec!["a".to_string(), "bb".to_string()];
    let all: Vec<usize> = block_on(lengths(&words).collect());
    assert_eq!(all, [1, 2]);
    let repeat = |n: u32| {
        stream! {
            yield_!(n);
            yield_!(n);
        }
    };
    assert_eq!(block_on(repeat(7).collect::<Vec<u32>>()), [7, 7]);
}

/// A `stream!` inside an attributed fn's body yields its own items.
#[managed_stream::managed_stream]
async fn outer(log: Log) -> u32 {
    teardown! { log.push("outer"); }
    let inner_log = log.clone();
    let mut inner = stream! {
        teardown! { inner_log.push("inner"); }
        yield_!(10u32);
        yield_!(20);
    };
    while let Some(n) = inner.next().await {
        yield_!(n + 1);
    }
}

#[test]
fn s2_4_a_stream_expression_in_a_managed_body_keeps_its_own_yields() {
    let log = Log::default();
    let items: Vec<u32> = block_on(outer(log.clone()).collect());
    assert_eq!(items, [11, 21]);
    assert_eq!(log.events(), ["inner", "outer"]);
}
