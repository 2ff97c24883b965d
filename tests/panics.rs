//! SPEC S5.1: a panic in the body or a teardown propagates out of the call that ran
//! it; the stream is then poisoned: it ends at once and drops silently.

mod support;

use std::task::Poll;

use futures::stream::FusedStream;
use managed_stream::{managed_stream, teardown, yield_};
use support::{Log, panic_message, poll_next, poll_once};

#[managed_stream]
async fn fragile(log: Log, panic_in_body_at: u32, panic_in_inner_teardown: bool) -> u32 {
    teardown! { log.push("outer teardown"); }
    teardown! {
        log.push("inner teardown");
        if panic_in_inner_teardown {
            panic!("inner teardown failed");
        }
    }
    for n in 0.. {
        if n == panic_in_body_at {
            panic!("body failed at {n}");
        }
        yield_!(n);
    }
}

#[test]
fn s5_1_body_panic_propagates_out_of_poll_next_and_poisons() {
    let log = Log::default();
    let mut stream = fragile(log.clone(), 1, false);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("body failed at 1"));
    // Poisoned: ends at once, close returns at once, drop is silent.
    assert!(stream.is_terminated());
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(panic_message(|| drop(stream)), None);
    // Teardowns that had not run are skipped: async code cannot run while unwinding.
    assert!(log.events().is_empty(), "{:?}", log.events());
}

#[test]
fn s5_1_teardown_panic_propagates_out_of_close_and_poisons() {
    let log = Log::default();
    let mut stream = fragile(log.clone(), u32::MAX, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let message = panic_message(|| {
        let _ = poll_once(&mut stream.close());
    });
    assert_eq!(message.as_deref(), Some("inner teardown failed"));
    assert_eq!(
        log.events(),
        ["inner teardown"],
        "the outer teardown is skipped"
    );
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn s5_1_teardown_panic_propagates_out_of_cancel() {
    let log = Log::default();
    let mut stream = fragile(log.clone(), u32::MAX, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let message = panic_message(|| {
        let _ = poll_once(&mut stream.cancel());
    });
    assert_eq!(message.as_deref(), Some("inner teardown failed"));
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn s5_1_teardown_panic_at_the_natural_end_propagates_out_of_poll_next() {
    #[managed_stream]
    async fn short(log: Log) -> u8 {
        teardown! {
            log.push("teardown");
            panic!("teardown failed");
        }
        yield_!(1);
    }
    let log = Log::default();
    let mut stream = short(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("teardown failed"));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(panic_message(|| drop(stream)), None);
}

/// An argument whose `Drop` panics.
struct PanicsOnDrop;

impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        panic!("argument drop failed");
    }
}

#[managed_stream]
async fn holds(_held: PanicsOnDrop) -> u8 {
    yield_!(1);
}

#[test]
fn s5_1_a_panicking_argument_drop_in_close_of_a_fresh_stream_poisons_it() {
    // Issue 12 item 6: `close()` of a never-polled stream drops the arguments; a panic
    // there propagates, and the stream is poisoned, not left with a dropped body that
    // the next `poll_next` would poll.
    let mut stream = holds(PanicsOnDrop);
    let message = panic_message(|| {
        let _ = poll_once(&mut stream.close());
    });
    assert_eq!(message.as_deref(), Some("argument drop failed"));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert!(stream.is_terminated());
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn s5_1_a_local_whose_drop_panics_as_the_body_ends_propagates_and_poisons() {
    #[managed_stream]
    async fn ends_holding(held: PanicsOnDrop) -> u8 {
        let _held = held;
        yield_!(1);
    }
    let mut stream = ends_holding(PanicsOnDrop);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("argument drop failed"));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(panic_message(|| drop(stream)), None);
}
