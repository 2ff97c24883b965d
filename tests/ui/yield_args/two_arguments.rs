// S2.4, S6.2: `yield_!(a, b)` with two arguments is an error spanned on the arguments
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!(1, 2);
}

fn main() {
    let _ = numbers();
}
