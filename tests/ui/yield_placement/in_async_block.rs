// S2.4, S6.2: `yield_!` inside a nested `async` block is an error spanned on the `yield_!`
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn numbers() -> u32 {
    async {
        yield_!(1);
    }
    .await;
}

fn main() {
    let _ = numbers();
}
