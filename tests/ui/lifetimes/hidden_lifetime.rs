// S2.3 soundness: an argument type with a hidden lifetime (`Chars` is `Chars<'a>`) gives
// the struct no lifetime to carry; the compiler rejects the body's borrow instead of
// letting the stream outlive the text.
#![allow(elided_lifetimes_in_paths)]
use std::str::Chars;

use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn letters(chars: Chars) -> char {
    for c in chars {
        yield_!(c);
    }
}

fn main() {
    let _ = letters("abc".chars());
}
