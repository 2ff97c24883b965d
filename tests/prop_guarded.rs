//! Random schedules over the shapes of the revised S2.5 (issue 11, item 6): a body with
//! an outer teardown, a labelled outer block, a per-iteration teardown and a guarded
//! inner block per iteration, whose plan takes, at each iteration, one of: yield,
//! `continue`, `break`, `break 'outer`, `return;` or `?`. Consumers take items, drop a
//! `next()` mid-step, close, cancel, drop a `close()`/`cancel()` part-way and call again,
//! read to the end, or drop the stream.
//!
//! Checked on every case, from the body's own log:
//! - teardowns run in stack order: each one that runs is the last registered one not
//!   yet run (LIFO across blocks, per iteration);
//! - every reached teardown runs exactly once once the stream ended, whichever way;
//! - the items are those the plan yields, in order; none after a close began (S3.5);
//! - `cancel()` stops a step where it waits (the awaited future is dropped unfinished);
//!   `close()` lets it finish (S3.2, S3.3);
//! - a `?` failure is the last item when read to the end, or what `close()`/`cancel()`
//!   return (S2.7);
//! - a drop panics exactly when a reached teardown has not run, with debug assertions
//!   (S4.1, S4.3).
//!
//! `MANAGED_STREAM_CASES` cases (default 5,000); failures are shrunk and their seeds kept
//! in `tests/prop_guarded.regressions`.

mod support;

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use managed_stream::{managed_stream, teardown, yield_};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use support::{Log, panic_message, poll_next, poll_once};

/// What the body does at one iteration, after its inner block's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Yield,
    Continue,
    Break,
    BreakOuter,
    Return,
    Fail,
}

/// What the consumer does next.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// `next()` until it gives an item or the end.
    Next,
    /// Polls `next()` once and drops it: the body may stay mid-step.
    NextOnce,
}

/// How the consumer ends the stream.
#[derive(Clone, Copy, Debug)]
enum End {
    Drain,
    Close,
    Cancel,
    /// Polls `close()` once, drops it, then cancels (S3.4).
    CloseOnceThenCancel,
    Drop,
}

/// A step that is pending once, then ready; logs when it finishes or is dropped first.
struct Step {
    polled: bool,
    done: bool,
    log: Log,
}

impl Future for Step {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.polled {
            self.done = true;
            self.log.push("step done");
            Poll::Ready(())
        } else {
            self.polled = true;
            Poll::Pending
        }
    }
}

impl Drop for Step {
    fn drop(&mut self) {
        if !self.done {
            self.log.push("step dropped");
        }
    }
}

/// The body under test (see the module docs).
#[managed_stream(?Send)]
async fn guarded_body(log: Log, plan: Rc<Vec<Action>>) -> Result<u32, String> {
    log.push("reg T");
    teardown! { log.push("run T"); }
    'outer: {
        for (i, action) in plan.iter().copied().enumerate() {
            log.push(format!("reg I{i}"));
            teardown! { log.push(format!("run I{i}")); }
            {
                log.push(format!("reg B{i}"));
                teardown! { log.push(format!("run B{i}")); }
                Step {
                    polled: false,
                    done: false,
                    log: log.clone(),
                }
                .await;
                match action {
                    Action::Yield => {}
                    Action::Continue => continue,
                    Action::Break => break,
                    Action::BreakOuter => break 'outer,
                    Action::Return => return,
                    Action::Fail => Err(format!("failed at {i}"))?,
                }
            }
            yield_!(Ok(i as u32));
        }
    }
    log.push("end");
}

/// What reading the whole plan gives: the items, and the failure if any.
fn expected_items(plan: &[Action]) -> Vec<Result<u32, String>> {
    let mut items = Vec::new();
    for (i, action) in plan.iter().enumerate() {
        match action {
            Action::Yield => items.push(Ok(i as u32)),
            Action::Continue => {}
            Action::Break | Action::BreakOuter | Action::Return => break,
            Action::Fail => {
                items.push(Err(format!("failed at {i}")));
                break;
            }
        }
    }
    items
}

/// Replays the log's registrations and runs as a stack; returns what is still
/// registered. Fails on a run that is not the innermost registered teardown, or twice.
fn check_stack(events: &[String]) -> Result<Vec<String>, String> {
    let mut stack: Vec<String> = Vec::new();
    for event in events {
        if let Some(id) = event.strip_prefix("reg ") {
            if stack.iter().any(|open| open == id) {
                return Err(format!("{id} registered twice"));
            }
            stack.push(id.to_string());
        } else if let Some(id) = event.strip_prefix("run ") {
            match stack.pop() {
                Some(top) if top == id => {}
                other => return Err(format!("ran {id}, but the innermost open one is {other:?}")),
            }
        }
    }
    Ok(stack)
}

fn run_case(plan: Vec<Action>, ops: Vec<Op>, end: End) -> Result<(), TestCaseError> {
    let log = Log::default();
    let plan = Rc::new(plan);
    let mut stream = guarded_body(log.clone(), plan.clone());
    let expected = expected_items(&plan);
    let mut items = Vec::new();
    let mut ended = false;
    for op in &ops {
        match op {
            Op::Next => loop {
                match poll_next(&mut stream) {
                    Poll::Ready(Some(item)) => {
                        items.push(item);
                        break;
                    }
                    Poll::Ready(None) => {
                        ended = true;
                        break;
                    }
                    Poll::Pending => {}
                }
            },
            Op::NextOnce => match poll_next(&mut stream) {
                Poll::Ready(Some(item)) => items.push(item),
                Poll::Ready(None) => ended = true,
                Poll::Pending => {}
            },
        }
        if ended {
            break;
        }
    }
    let began_close = log.events().len();
    let close_output = match end {
        End::Drain => {
            loop {
                match poll_next(&mut stream) {
                    Poll::Ready(Some(item)) => items.push(item),
                    Poll::Ready(None) => break,
                    Poll::Pending => {}
                }
            }
            prop_assert_eq!(&items, &expected, "read to the end: every planned item");
            None
        }
        End::Close => Some(loop {
            if let Poll::Ready(output) = poll_once(&mut stream.close()) {
                break output;
            }
        }),
        End::Cancel => Some(match poll_once(&mut stream.cancel()) {
            Poll::Ready(output) => output,
            Poll::Pending => return Err(TestCaseError::fail("cancel() did not finish at once")),
        }),
        End::CloseOnceThenCancel => {
            let _ = poll_once(&mut stream.close());
            Some(match poll_once(&mut stream.cancel()) {
                Poll::Ready(output) => output,
                Poll::Pending => {
                    return Err(TestCaseError::fail("cancel() did not finish at once"));
                }
            })
        }
        End::Drop => {
            let open = check_stack(&log.events()).map_err(TestCaseError::fail)?;
            let panicked = panic_message(move || drop(stream)).is_some();
            prop_assert_eq!(
                panicked,
                cfg!(debug_assertions) && !open.is_empty(),
                "the drop check fires exactly when a reached teardown has not run ({:?})",
                open
            );
            return Ok(());
        }
    };
    let events = log.events();
    let open = check_stack(&events).map_err(TestCaseError::fail)?;
    prop_assert!(
        open.is_empty(),
        "teardowns left unrun: {:?}\n{:?}",
        open,
        events
    );
    // The items seen are a prefix of the plan's.
    prop_assert!(
        expected.starts_with(&items) || matches!(end, End::Drain),
        "items {:?} are not a prefix of {:?}",
        items,
        expected
    );
    if close_output.is_some() {
        // S3.5: nothing after a close began.
        prop_assert_eq!(poll_next(&mut stream), Poll::Ready(None));
        let after = &events[began_close..];
        let dropped = after.iter().filter(|e| *e == "step dropped").count();
        let finished = after.iter().filter(|e| *e == "step done").count();
        match end {
            // A close finishes the step under way (at most one), then leaves.
            End::Close => prop_assert_eq!(dropped, 0, "close() dropped a step: {:?}", after),
            // A cancel finishes none.
            End::Cancel => prop_assert_eq!(finished, 0, "cancel() ran a step on: {:?}", after),
            _ => {}
        }
    }
    if let Some(Err(error)) = &close_output {
        // The only error a body makes is a planned `?` failure.
        prop_assert!(error.starts_with("failed at "), "{}", error);
    }
    drop(stream);
    Ok(())
}

fn strategy() -> impl Strategy<Value = (Vec<Action>, Vec<Op>, End)> {
    let action = prop_oneof![
        4 => Just(Action::Yield),
        1 => Just(Action::Continue),
        1 => Just(Action::Break),
        1 => Just(Action::BreakOuter),
        1 => Just(Action::Return),
        1 => Just(Action::Fail),
    ];
    let op = prop_oneof![3 => Just(Op::Next), 1 => Just(Op::NextOnce)];
    let end = prop_oneof![
        Just(End::Drain),
        Just(End::Close),
        Just(End::Cancel),
        Just(End::CloseOnceThenCancel),
        Just(End::Drop),
    ];
    (
        proptest::collection::vec(action, 0..6),
        proptest::collection::vec(op, 0..8),
        end,
    )
}

#[test]
fn guarded_blocks_under_random_schedules() {
    let cases = std::env::var("MANAGED_STREAM_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(5_000);
    let config = Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel(
            "regressions",
        ))),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let seen = Cell::new(0u32);
    let result = runner.run(&strategy(), |(plan, ops, end)| {
        seen.set(seen.get() + 1);
        run_case(plan, ops, end)
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    assert!(seen.get() >= cases, "ran {} of {cases} cases", seen.get());
}
