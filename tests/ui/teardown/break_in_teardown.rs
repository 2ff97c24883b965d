// S2.5, S6.2: a `break` in a teardown that would leave the teardown (and change the
// body's control flow) is an error spanned on the `break`; a `break` of a loop inside
// the teardown is fine.
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn countdown(mut left: u32) -> u32 {
    loop {
        teardown! {
            for n in 0..3 {
                if n == left {
                    break;
                }
            }
            if left == 0 {
                break;
            }
        }
        left -= 1;
        yield_!(left);
    }
}

fn main() {
    let _ = countdown(3);
}
