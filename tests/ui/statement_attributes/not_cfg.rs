// S6.2: on a `teardown!` or `yield_!` statement only `#[cfg]` works (it works as on any
// statement, see tests/writing.rs); any other attribute is an error spanned on it
// (issue 12, item 1)
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers(log: Vec<u8>) -> u32 {
    #[allow(unused_variables)]
    teardown! { drop(log); }
    #[cfg_attr(all(), allow(unused))]
    yield_!(1);
    #[cfg(all())]
    #[must_use]
    yield_!(2);
    #[cfg(any())]
    yield_!(3);
}

fn main() {
    let _ = numbers(Vec::new());
}
