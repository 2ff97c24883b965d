// S2.4, S6.2: `yield_!` inside a closure is an error spanned on the `yield_!`
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    let hand_out = |n: u32| yield_!(n);
    hand_out(1);
}

fn main() {
    let _ = numbers();
}
