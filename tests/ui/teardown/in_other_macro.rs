// S2.5, S6.2: `teardown!` inside another macro's input is an error spanned on it
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    let values = vec![{
        teardown! { println!("bye"); }
        1
    }];
    let _ = values;
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
