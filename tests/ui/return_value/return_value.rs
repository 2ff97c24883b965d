// S2.6, S6.2: `return value` outside try mode is an error spanned on the value
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!(1);
    return 5;
}

fn main() {
    let _ = numbers();
}
