//! The streams that both bench binaries measure (`streams.rs` for counts and times,
//! `memory.rs` for bytes), defined once so that both measure the same code.

use std::hint::black_box;

use futures::Stream;
use managed_stream::{managed_stream, teardown, yield_};

/// The generator the managed streams are compared with.
pub fn async_stream(n: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..n {
            yield i;
        }
    }
}

/// `#[managed_stream]` with nothing to tear down.
#[managed_stream]
pub async fn managed_0(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

/// `#[managed_stream]` with one teardown registered.
#[managed_stream]
pub async fn managed_1(n: u64) -> u64 {
    teardown! {
        black_box(());
    }
    for i in 0..n {
        yield_!(i);
    }
}

/// Sixteen top-level teardowns: each guards the rest of the body, so every item is
/// yielded with all sixteen registered.
#[managed_stream]
pub async fn managed_16(n: u64) -> u64 {
    teardown! { black_box(0); }
    teardown! { black_box(1); }
    teardown! { black_box(2); }
    teardown! { black_box(3); }
    teardown! { black_box(4); }
    teardown! { black_box(5); }
    teardown! { black_box(6); }
    teardown! { black_box(7); }
    teardown! { black_box(8); }
    teardown! { black_box(9); }
    teardown! { black_box(10); }
    teardown! { black_box(11); }
    teardown! { black_box(12); }
    teardown! { black_box(13); }
    teardown! { black_box(14); }
    teardown! { black_box(15); }
    for i in 0..n {
        yield_!(i);
    }
}
