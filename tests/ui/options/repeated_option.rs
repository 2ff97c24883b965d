// S6.2: a repeated attribute option is an error spanned on the repetition
use managed_stream::{managed_stream, yield_};

#[managed_stream(name = A, name = B)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
