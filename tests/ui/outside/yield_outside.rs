// S6.2: `yield_!` outside a managed stream is an error spanned on the `yield_!`
use managed_stream::yield_;

fn numbers() {
    yield_!(1);
}

fn main() {
    numbers();
}
