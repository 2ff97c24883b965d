// S6.2: the attribute on a non-`async` fn is an error spanned on the `fn` keyword
use managed_stream::{managed_stream, yield_};

#[managed_stream]
fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
