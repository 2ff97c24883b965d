//! Issue 13 item 2: `close_owned(self)` ends a stream and drops it, so a borrow the
//! stream holds ends with the `.await` (S3.2 semantics, owned).

mod support;

use std::task::Poll;

use futures::StreamExt;
use managed_stream::{ManagedStreamExt, managed_stream, teardown, unclosed_drops, yield_};
use support::unclosed::count_guard;
use support::{Gate, Log, block_on, panic_message, poll_next, poll_once_then_drop};

/// Pops numbers off `queue`, and pushes 0 back when it ends: the stream borrows `queue`
/// mutably for as long as it lives.
#[managed_stream]
async fn drain<'a>(queue: &'a mut Vec<u32>, log: Log) -> u32 {
    teardown! {
        queue.push(0);
        log.push("teardown");
    }
    while let Some(n) = queue.pop() {
        yield_!(n);
    }
}

/// A try-mode stream whose teardown fails.
#[managed_stream]
async fn rows(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("rollback failed".to_string())?;
    }
    yield_!(Ok(1));
}

#[test]
fn close_owned_ends_the_borrow_with_the_await() {
    let log = Log::default();
    let mut queue = vec![1, 2, 3];
    block_on(async {
        let mut stream = drain(&mut queue, log.clone());
        assert_eq!(stream.next().await, Some(3));
        stream.close_owned().await;
        // With `stream.close().await` this line is E0499/E0502: `stream` would still
        // borrow `queue` until dropped at the end of the block.
        queue.push(4);
        assert_eq!(queue, [1, 2, 0, 4]);
    });
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn close_owned_in_a_loop_reuses_the_same_borrow() {
    // Each round borrows `queue` again: only possible if each stream's borrow ended.
    let log = Log::default();
    let mut queue = vec![5, 6];
    block_on(async {
        for expected in [6, 0, 0] {
            let mut stream = drain(&mut queue, log.clone());
            assert_eq!(stream.next().await, Some(expected));
            stream.close_owned().await;
        }
    });
    assert_eq!(queue, [5, 0]);
    assert_eq!(log.count("teardown"), 3);
}

#[test]
fn close_owned_returns_what_close_returns() {
    let log = Log::default();
    let mut stream = rows(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(
        block_on(stream.close_owned()),
        Err("rollback failed".to_string())
    );
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn close_owned_takes_a_chain_that_is_not_unpin() {
    let log = Log::default();
    let mut queue = vec![1, 2];
    block_on(async {
        // `then` over an `async` closure is not `Unpin`; `close_owned` pins it itself.
        let chain = drain(&mut queue, log.clone()).then(async |n| n * 10);
        let mut chain = Box::pin(chain);
        assert_eq!(chain.next().await, Some(20));
        chain.close_owned().await;
        let unpinned = drain(&mut queue, log.clone()).then(async |n| n * 10);
        unpinned.close_owned().await; // never polled: nothing to tear down
    });
    assert_eq!(queue, [1, 0]);
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn s4_dropping_the_future_before_it_finished_trips_the_drop_check() {
    #[managed_stream]
    async fn slow(gate: Gate) -> u32 {
        teardown! { gate.wait().await; }
        yield_!(1);
    }
    let gate = Gate::default();
    let mut stream = slow(gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let (_count, before) = count_guard();
    let message = panic_message(|| {
        let _ = poll_once_then_drop(stream.close_owned());
    });
    assert_eq!(message.is_some(), cfg!(debug_assertions), "{message:?}");
    assert_eq!(unclosed_drops(), before + 1);
}

/// Generated types and `ManagedBox` have `close_owned` of their own, like `close()`:
/// no trait to import.
mod inherent {
    use futures::StreamExt;
    use managed_stream::{ManagedBox, managed_stream, stream, teardown, yield_};

    use crate::support::{Log, block_on};

    #[managed_stream]
    async fn words<'a>(words: &'a mut Vec<&'static str>, log: Log) -> &'static str {
        teardown! { log.push("teardown"); }
        while let Some(word) = words.pop() {
            yield_!(word);
        }
    }

    #[test]
    fn close_owned_needs_no_trait_import() {
        let log = Log::default();
        let mut queue = vec!["b", "a"];
        block_on(async {
            let mut stream = words(&mut queue, log.clone());
            assert_eq!(stream.next().await, Some("a"));
            stream.close_owned().await;
        });
        assert_eq!(queue, ["b"], "the borrow ended with the close");

        let boxed_log = log.clone();
        let mut boxed: ManagedBox<'_, u8> = stream! {
            teardown! { boxed_log.push("boxed teardown"); }
            yield_!(1u8);
        };
        block_on(async {
            assert_eq!(boxed.next().await, Some(1));
            boxed.close_owned().await;
        });
        assert_eq!(log.events(), ["teardown", "boxed teardown"]);
    }
}
