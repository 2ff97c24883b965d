// S6.1, S6.2: fn names that make no type name (`__`, `_1`; `self_` would make `Self`) are
// errors that say to use `name = ...`, never a panic of the macro (issue 12, item 4)
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn __() -> u32 {
    yield_!(1);
}

#[managed_stream]
async fn _1() -> u32 {
    yield_!(1);
}

#[managed_stream]
async fn self_() -> u32 {
    yield_!(1);
}

// With `name = ...` the same fn names are fine.
mod named {
    use managed_stream::{managed_stream, yield_};

    #[managed_stream(name = Underscores)]
    pub async fn __() -> u32 {
        yield_!(1);
    }

    #[managed_stream(name = Selfish)]
    pub async fn self_() -> u32 {
        yield_!(1);
    }
}

fn main() {
    let _ = __();
    let _ = _1();
    let _ = self_();
    let _: named::Underscores = named::__();
    let _: named::Selfish = named::self_();
}
