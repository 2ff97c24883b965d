// S2.3, S2.9: a body that holds an `Rc` across an await is not `Send`; without
// `?Send` that is an error pointing at the fn, naming the value held.
use std::rc::Rc;

use managed_stream::{managed_stream, yield_};

async fn tick() {}

#[managed_stream]
async fn counter() -> u32 {
    let shared = Rc::new(1);
    tick().await;
    yield_!(*shared);
}

fn main() {
    let _ = counter();
}
