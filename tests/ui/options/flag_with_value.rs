// S6.1, S6.2: a value given to a flag option is an error, and the options after it are still checked
use managed_stream::{managed_stream, yield_};

#[managed_stream(method = true, bogus)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
