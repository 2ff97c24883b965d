//! A small managed stream with two teardowns. `examples/expansion-expanded.rs` shows
//! what `#[managed_stream]` turns it into (kept in sync by a test in the macro crate).
//!
//! Run: `cargo run --example expansion`

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};

/// Numbers from a pretend connection, with a cursor on top.
#[managed_stream]
pub async fn numbers(limit: u64) -> u64 {
    let connection = "connection";
    teardown! { println!("closing the {connection}"); }
    let cursor = "cursor";
    teardown! { println!("closing the {cursor}"); }
    for n in 0..limit {
        yield_!(n);
    }
}

fn main() {
    futures::executor::block_on(async {
        let mut stream = numbers(10);
        println!("first: {:?}", stream.next().await);
        stream.close().await; // closes the cursor, then the connection
    });
}
