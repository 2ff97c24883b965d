// A `#[managed_stream(?Send)]` stream is neither `Send` nor `Sync`; the error names the
// stream's `LocalBody` marker, not the runtime's heap pointer.
use managed_stream::{managed_stream, yield_};

#[managed_stream(?Send)]
async fn local(count: u32) -> u32 {
    yield_!(count);
}

fn shared<S: Sync>(_stream: &S) {}

fn main() {
    shared(&local(1));
}
