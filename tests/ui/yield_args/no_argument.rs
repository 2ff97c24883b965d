// S2.4, S6.2: `yield_!()` with no argument is an error spanned on the empty parentheses
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!();
}

fn main() {
    let _ = numbers();
}
