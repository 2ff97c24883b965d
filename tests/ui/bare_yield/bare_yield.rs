// S2.4, S6.2: a bare `yield` (the unstable keyword) says to write `yield_!(expr)`; rustc
// adds its own feature-gate error
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!(1);
    yield 2;
}

fn main() {
    let _ = numbers();
}
