// S6.1: an item type that cannot be named (`impl Trait`) is one error saying so, spanned
// on the `impl` (issue 12, item 8); call sites add no errors.
use std::fmt::Display;

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn labels(count: u32) -> impl Display {
    teardown! {}
    for n in 0..count {
        yield_!(n);
    }
}

#[managed_stream]
async fn pairs() -> Vec<(_, u8)> {
    yield_!(vec![(1, 2)]);
}

fn main() {
    futures::executor::block_on(async {
        let mut stream = labels(2);
        let _ = stream.next().await;
        stream.close().await;
        let _ = pairs();
    });
}
