// S6.2: an unknown attribute option is an error spanned on the option
use managed_stream::{managed_stream, yield_};

#[managed_stream(bogus)]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
