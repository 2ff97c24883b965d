// S2.7, S6.2: `try` takes no value but `true` or `false`
use managed_stream::{managed_stream, yield_};

#[managed_stream(try = 1)]
async fn numbers() -> Result<u32, String> {
    yield_!(Ok(1));
}

fn main() {
    let _ = numbers();
}
