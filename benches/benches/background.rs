//! What ending a dropped stream in the background costs (S7.2, S7.6): the cases of the
//! "Ended in the background" table. Each operation creates a `'static` managed stream
//! with one teardown, wraps it with `close_on_drop()` (tracked by a `StreamTracker` or
//! not), takes one item and ends it: held, with `close().await`; or dropped, and then
//! the case waits (yielding to the runtime) until its background end ran the teardown.
//! All of it runs on one current-thread Tokio runtime, built once per thread, inside
//! the case fn, so that the spawned task, its timer and the teardown are counted.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};

use futures::StreamExt;
use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
use tokio::runtime::Runtime;

/// Teardowns run so far, by every stream of this module.
static ENDED: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// The runtime the cases run on: current-thread, with the timer (the background
    /// close's deadline).
    static RUNTIME: Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime");
}

/// Runs `future` on this thread's runtime.
pub fn on_runtime<F: Future>(future: F) -> F::Output {
    RUNTIME.with(|runtime| runtime.block_on(future))
}

/// `first`, over and over; its teardown counts in [`ENDED`].
#[managed_stream]
pub async fn owned_1(first: u64) -> u64 {
    teardown! {
        ENDED.fetch_add(1, Ordering::Relaxed);
    }
    loop {
        yield_!(first);
    }
}

/// Takes one item from `stream` and drops it unended; returns the item once the
/// background end ran the stream's teardown.
pub async fn first_then_drop<S>(mut stream: S) -> u64
where
    S: futures::Stream<Item = u64> + Unpin,
{
    let before = ENDED.load(Ordering::Relaxed);
    let first = stream.next().await.expect("one item");
    drop(stream);
    while ENDED.load(Ordering::Relaxed) == before {
        tokio::task::yield_now().await;
    }
    black_box(first)
}

/// Takes one item from `stream` and closes it.
pub async fn first_then_close<S>(mut stream: S) -> u64
where
    S: ManagedStream<Item = u64> + Unpin,
{
    let first = stream.next().await.expect("one item");
    let _ = stream.close().await;
    black_box(first)
}
