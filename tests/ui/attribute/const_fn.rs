// S6.2: `const` on the fn is an error spanned on it, not silently dropped (issue 12, item 7)
use managed_stream::{managed_stream, yield_};

#[managed_stream]
const async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
