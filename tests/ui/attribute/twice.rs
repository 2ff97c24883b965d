// S6.2: the attribute written twice is one error, on the second (issue 12, item 8)
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
#[managed_stream(?Send)]
async fn numbers() -> u32 {
    teardown! {}
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
