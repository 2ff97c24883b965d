// S2.4, S6.2: `yield_!` moved into a closure by another macro does not compile (async-stream#106); the error says that `yield_!` must stay in the stream body (issue 12, item 8)
use managed_stream::{managed_stream, yield_};

macro_rules! wrap {
    ($e:expr) => {
        || $e
    };
}

#[managed_stream]
async fn numbers() -> u32 {
    let escaped = wrap!(yield_!(1));
    escaped();
}

fn main() {
    let _ = numbers();
}
