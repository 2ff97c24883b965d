// S2.3 soundness (drop check): a stream's drop may run its body's destructors, which
// may touch what it borrows, so the borrowed data must outlive the stream even when
// the stream is only dropped at the end of the scope.
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn words(text: &str) -> &str {
    for word in text.split_whitespace() {
        yield_!(word);
    }
}

fn main() {
    let text = String::from("short lived");
    let _stream = words(&text);
    drop(text);
}
