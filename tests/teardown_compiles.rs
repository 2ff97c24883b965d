//! S2.5: a `teardown!` never changes what compiles around it. A block that diverges
//! (a `match` arm ending in `continue;`, a `let ... else` branch) still diverges; a
//! block whose value is a brace macro keeps that value; or-patterns in `select!`
//! branches and names that shadow the generated code's (a constant `value`) are
//! accepted; so is an argument `impl Iterator<Item = &str>`. Each body is also run,
//! and its log checked against what the SPEC says it does.

mod support;

use std::future::pending;
use std::task::Poll;

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use support::{Log, block_on, poll_next};

/// A constant with the name of a binding the lowering once generated: every generated
/// binding is hygienic, so this constant changes nothing.
#[allow(non_upper_case_globals)]
const value: u32 = 7;
/// The same for the binding of a teardown's error.
#[allow(non_upper_case_globals)]
const error: &str = "not an error";

/// A `match` arm with a `teardown!` that ends in `continue;`.
#[managed_stream]
async fn diverging_arm(log: Log) -> u32 {
    for n in 0..3u32 {
        let m: u32 = match n {
            1 => {
                teardown! { log.push("arm teardown"); }
                log.push("skip 1");
                continue;
            }
            n => n * 10,
        };
        yield_!(m);
    }
}

#[test]
fn s2_5_a_match_arm_that_ends_in_continue_still_diverges() {
    let log = Log::default();
    let items: Vec<u32> = block_on(diverging_arm(log.clone()).collect());
    assert_eq!(items, [0, 20]);
    assert_eq!(log.events(), ["skip 1", "arm teardown"]);
}

/// A `let ... else` branch with a `teardown!`.
#[managed_stream]
async fn let_else(log: Log) -> u32 {
    for text in ["1", "x", "3"] {
        let Ok(n) = text.parse::<u32>() else {
            teardown! { log.push(format!("bad {text}")); }
            log.push("skipping");
            continue;
        };
        yield_!(n);
    }
}

#[test]
fn s2_5_a_let_else_branch_with_a_teardown_still_diverges() {
    let log = Log::default();
    let items: Vec<u32> = block_on(let_else(log.clone()).collect());
    assert_eq!(items, [1, 3]);
    assert_eq!(log.events(), ["skipping", "bad x"]);
}

/// A guarded block whose value is a brace macro, with an or-pattern in a branch (and a
/// `break`, which the lowering routes through the teardown).
#[managed_stream]
async fn brace_macro_tail(log: Log) -> u32 {
    for round in 0..3u32 {
        let got: u32 = {
            teardown! { log.push(format!("teardown {round}")); }
            tokio::select! {
                Some(1 | 2) | Some(5) = async { Some(round + 1) } => round * 100,
                _ = pending::<()>() => break,
            }
        };
        yield_!(got + value);
    }
}

#[test]
fn s2_5_a_guarded_block_keeps_the_value_of_its_brace_macro_tail() {
    let log = Log::default();
    let mut stream = brace_macro_tail(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(7)));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(107)));
    // Round 2: `Some(3)` matches no pattern, the branch is disabled, the other pends.
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    block_on(managed_stream::ManagedStreamExt::cancel(&mut stream));
    assert_eq!(
        log.events(),
        ["teardown 0", "teardown 1", "teardown 2"],
        "the teardown of round 2 ran on cancel"
    );
}

/// An argument `impl Iterator<Item = &'a str>`, and a try-mode body whose teardown
/// fails (its error binding is generated next to the constant `error`).
#[managed_stream]
async fn words<'a>(
    words: impl Iterator<Item = &'a str> + Send + 'a,
    log: Log,
) -> Result<String, String> {
    teardown! {
        log.push("teardown");
        Err(format!("teardown failed ({error})"))?;
    }
    // A `?` and an `.await` in the guarded block, lowered next to the constant `value`.
    let limit: usize = "2".parse().map_err(|_| "bad limit".to_owned())?;
    std::future::ready(()).await;
    for word in words.take(limit) {
        yield_!(Ok(word.to_uppercase()));
    }
}

#[test]
fn s2_5_generated_bindings_do_not_clash_with_user_names() {
    let log = Log::default();
    let items: Vec<Result<String, String>> =
        block_on(words(["a", "b", "c"].into_iter(), log.clone()).collect());
    assert_eq!(
        items,
        [
            Ok("A".to_owned()),
            Ok("B".to_owned()),
            Err("teardown failed (not an error)".to_owned())
        ]
    );
    assert_eq!(log.events(), ["teardown"]);
}

/// An argument `impl Iterator<Item = &str>` with the lifetime elided.
#[managed_stream]
async fn elided(words: impl Iterator<Item = &str> + Send, log: Log) -> usize {
    teardown! { log.push("teardown"); }
    for word in words {
        yield_!(word.len());
    }
}

#[test]
fn s2_5_an_argument_impl_iterator_of_str_is_accepted() {
    let log = Log::default();
    let text = String::from("one three");
    let items: Vec<usize> = block_on(elided(text.split(' '), log.clone()).collect());
    assert_eq!(items, [3, 5]);
    assert_eq!(log.events(), ["teardown"]);
}

/// A diverging fn, as the last expression of a teardown.
fn give_up(log: &Log) -> ! {
    log.push("giving up");
    panic!("gave up in the teardown")
}

/// A teardown whose last expression diverges (no `;`): accepted, as in plain code.
#[managed_stream]
async fn diverging_teardown(log: Log) -> u32 {
    teardown! { give_up(&log) }
    yield_!(1);
}

#[test]
fn s2_5_a_teardown_may_end_in_an_expression_that_diverges() {
    let log = Log::default();
    let mut stream = diverging_teardown(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let message = support::panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("gave up in the teardown"));
    assert_eq!(log.events(), ["giving up"]);
}

async fn answer() -> u32 {
    42
}

/// `format_args!` with an `.await` in a guarded block: its value borrows what its
/// arguments create, so it is lowered in place (not moved into a region).
#[managed_stream]
async fn formats(log: Log) -> String {
    teardown! { log.push("teardown"); }
    let text = std::fmt::format(format_args!("answer {}", answer().await));
    yield_!(text);
}

#[test]
fn s2_5_format_args_with_an_await_below_a_teardown_is_accepted() {
    let log = Log::default();
    let items: Vec<String> = block_on(formats(log.clone()).collect());
    assert_eq!(items, ["answer 42"]);
    assert_eq!(log.events(), ["teardown"]);
}

/// A `select!` whose every handler leaves, in a guarded block: the region's value is
/// `!`, and nothing about it warns.
#[managed_stream]
async fn every_handler_leaves(log: Log) -> u32 {
    let mut round = 0u32;
    loop {
        round += 1;
        teardown! { log.push(format!("round {round}")); }
        yield_!(round);
        tokio::select! {
            // `biased;`: both branches are ready at once, and an unbiased select picks
            // one at random.
            biased;
            () = std::future::ready(()), if round < 2 => continue,
            () = std::future::ready(()) => break,
        }
    }
    log.push("after the loop");
}

#[test]
fn s2_5_a_select_whose_handlers_all_leave_keeps_its_meaning() {
    let log = Log::default();
    let items: Vec<u32> = block_on(every_handler_leaves(log.clone()).collect());
    assert_eq!(items, [1, 2]);
    assert_eq!(log.events(), ["round 1", "round 2", "after the loop"]);
}
