// S6.1: a missing `async` is reported once; the fn is expanded as if it were async, so
// its `yield_!` and its call sites add no errors.
use futures::StreamExt;
use managed_stream::{managed_stream, yield_};

#[managed_stream]
fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    futures::executor::block_on(async {
        let mut stream: Numbers = numbers();
        let _first: Option<u32> = stream.next().await;
        stream.close().await;
    });
}
