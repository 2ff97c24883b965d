// S2.5, S6.2: a `return` (or `continue`) in a teardown is an error spanned on it: a
// teardown cannot change the body's control flow. A closure's own `return` is fine.
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers(log: Vec<u32>) -> u32 {
    'rows: for row in 0..3 {
        teardown! {
            let first = || -> Option<u32> { return log.first().copied() };
            if first().is_none() {
                return;
            }
            if row == 1 {
                continue 'rows;
            }
        }
        yield_!(row);
    }
}

fn main() {
    let _ = numbers(Vec::new());
}
