// S6.1, S6.2: several bad attribute options are all reported in one build
use managed_stream::{managed_stream, yield_};

#[managed_stream(bogus, name = A, ?Sync, name = B, other = 1)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
