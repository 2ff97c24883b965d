// S2.5, S6.2: a `teardown!` with nothing after it in its block (here an `if` block) guards nothing: an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers(verbose: bool) -> u32 {
    if verbose {
        teardown! { println!("bye"); }
    }
    yield_!(1);
}

fn main() {
    let _ = numbers(true);
}
