// S2.4, S6.2: a macro moves `yield_!` into a nested `#[managed_stream]` fn, as if to
// hand the outer stream's items out from another stream's body (async-stream#106)
use managed_stream::{managed_stream, yield_};

macro_rules! in_another_stream {
    ($e:expr) => {{
        #[managed_stream]
        async fn smuggler() -> u32 {
            $e;
        }
        smuggler()
    }};
}

#[managed_stream]
async fn numbers() -> u32 {
    let other = in_another_stream!(yield_!(1));
    other.drop_without_teardown();
}

fn main() {
    let _ = numbers();
}
