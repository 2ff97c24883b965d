// S2.5, S6.2: `teardown!` with nothing after it is an error spanned on the `teardown!`
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!(1);
    teardown! { println!("bye"); }
}

fn main() {
    let _ = numbers();
}
