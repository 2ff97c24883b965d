// S2.5, S6.2: `teardown!` inside a loop (below the top level) is an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    for n in 0..3 {
        teardown! { println!("bye"); }
        yield_!(n);
    }
}

fn main() {
    let _ = numbers();
}
