// S2.7, S6.2 (issue 13 item 6): `?` in a `stream!` expression says to write `try_stream!`
use managed_stream::{stream, yield_};

fn main() {
    let _numbers = stream! {
        let n: u32 = "1".parse()?;
        yield_!(n);
    };
}
