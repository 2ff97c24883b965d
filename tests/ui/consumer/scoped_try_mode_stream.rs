// Issue 13 item 4: a try-mode stream (its `close()` returns `Result<(), E>`) given to
// `scoped` says to use `try_scoped`, instead of a `CloseOutput == ()` mismatch.
use managed_stream::{managed_stream, scoped, teardown, yield_};

#[managed_stream]
async fn rows() -> Result<u32, String> {
    teardown! { Err("rollback failed".to_string())?; }
    yield_!(Ok(1));
}

fn main() {
    let _ = scoped(rows(), async |rows| {
        let _ = rows;
    });
}
