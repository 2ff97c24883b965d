// S2.2: a turbofish takes the fn's declared parameters only, as on the original fn: the
// type of an `impl Trait` argument cannot be given (issue 12, item 5)
use std::fmt::Display;

use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn mixed<T: Display + Send>(value: T, extra: impl Display + Send) -> String {
    yield_!(format!("{value}{extra}"));
}

fn main() {
    let _ = mixed::<u8>(1, "fine");
    let _ = mixed::<u8, &str>(1, "too many");
}
