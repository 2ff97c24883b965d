// S6.2: the attribute on a non-fn item (a struct) is an error spanned on the item's keyword
use managed_stream::managed_stream;

#[managed_stream]
struct Numbers {
    next: u32,
}

fn main() {
    let _ = Numbers { next: 0 }.next;
}
