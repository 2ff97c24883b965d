// S6.2: the attribute finds `yield_!` and `teardown!` by name; under a `use ... as`
// rename they are not rewritten, and the error says to call them by their names
// (issue 12, item 8)
use managed_stream::{managed_stream, teardown as defer, yield_ as emit};

#[managed_stream]
async fn numbers() -> u32 {
    defer! {}
    emit!(1);
}

fn main() {
    let _ = numbers();
}
