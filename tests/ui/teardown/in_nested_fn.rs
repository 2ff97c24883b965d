// S2.5, S6.2: `teardown!` inside a nested fn is an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    fn helper() {
        teardown! { println!("bye"); }
        println!("guarded");
    }
    helper();
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
