// S2.5, S6.2: `teardown!` where it is not a statement of a block is an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    let _unit = teardown! { println!("bye"); };
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
