// S2.7, S6.2: `?` in the body's own control flow, or in a teardown, of a stream that is
// not in try mode is an error spanned on the `?` that says how to turn try mode on; a `?`
// inside a closure is the closure's own. `try = false` turns try mode off.
use managed_stream::{managed_stream, teardown, yield_};

#[managed_stream]
async fn numbers(inputs: Vec<&'static str>) -> u32 {
    teardown! {
        let _home = std::env::var("HOME")?;
    }
    for input in inputs {
        let value: u32 = input.parse()?;
        let first = || Some(input.chars().next()?.len_utf8());
        yield_!(value + first().unwrap_or(0) as u32);
    }
}

#[managed_stream(try = false)]
async fn switched_off() -> Result<u32, std::num::ParseIntError> {
    let value = "1".parse()?;
    yield_!(Ok(value));
}

fn main() {
    let _ = numbers(vec!["1"]);
    let _ = switched_off();
}
