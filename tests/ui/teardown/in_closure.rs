// S2.5, S6.2: `teardown!` inside a closure is an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    let f = || {
        teardown! { println!("bye"); }
        println!("guarded");
    };
    f();
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
