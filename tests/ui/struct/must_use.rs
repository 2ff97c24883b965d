// S2.3: the generated struct is `#[must_use]`: a stream created and ignored is a
// warning (an error here), with a message that says how to end it.
#![deny(unused_must_use)]

use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    yield_!(1);
}

fn main() {
    numbers();
}
