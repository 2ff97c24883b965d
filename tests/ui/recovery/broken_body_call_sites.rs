// S6.1: on a body error the fn and its struct are still emitted, so call sites that
// use the stream report nothing more than the one error in the body.
use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers(limit: u32) -> u32 {
    teardown! { println!("bye"); }
    let each = |n: u32| yield_!(n);
    for n in 0..limit {
        each(n);
    }
}

fn main() {
    futures::executor::block_on(async {
        let mut stream: Numbers = numbers(3);
        let _first: Option<u32> = stream.next().await;
        stream.close().await;
    });
}
