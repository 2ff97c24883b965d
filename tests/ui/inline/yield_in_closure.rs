// S2.4, S6.2 (issue 13 item 6): `yield_!` in a closure inside a `stream!` is an error spanned on it
use managed_stream::{stream, yield_};

fn main() {
    let _numbers = stream! {
        [1u32, 2].iter().for_each(|n| yield_!(*n));
        yield_!(0u32);
    };
}
