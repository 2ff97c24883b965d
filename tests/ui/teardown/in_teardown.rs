// S2.5, S6.2: `teardown!` inside another `teardown!` is an error spanned on the inner one
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    teardown! {
        teardown! { println!("inner"); }
        println!("outer");
    }
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
