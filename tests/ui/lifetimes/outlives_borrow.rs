// S2.3 soundness: a stream that borrows its argument cannot outlive the borrowed data.
use managed_stream::{managed_stream, yield_};

#[managed_stream]
async fn words(text: &str) -> &str {
    for word in text.split_whitespace() {
        yield_!(word);
    }
}

fn main() {
    let stream;
    {
        let text = String::from("short lived");
        stream = words(&text);
    }
    drop(stream);
}
