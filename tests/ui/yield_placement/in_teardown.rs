// S2.4, S6.2: `yield_!` inside a `teardown!` block is an error spanned on the `yield_!`
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    teardown! {
        yield_!(0);
    }
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
