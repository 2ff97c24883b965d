// `close_on_drop()` on a boxed managed stream that borrows, or that is not `Send`:
// the error names the bound that fails, in a few lines.
use managed_stream::{ManagedStreamExt, managed_stream, yield_};

#[managed_stream]
async fn borrowing(numbers: &[u32]) -> u32 {
    for n in numbers {
        yield_!(*n);
    }
}

fn borrowed(numbers: &[u32]) {
    let _ = borrowing(numbers).boxed_managed().close_on_drop();
}

fn not_send() {
    let _ = borrowing(&[1]).boxed_local_managed().close_on_drop();
}

fn main() {
    borrowed(&[1]);
    not_send();
}
