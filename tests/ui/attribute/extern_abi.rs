// S6.2: an ABI on the fn is an error spanned on it, not silently dropped (issue 12, item 7)
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async extern "C" fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
