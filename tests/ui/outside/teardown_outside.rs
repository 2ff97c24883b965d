// S6.2: `teardown!` outside a managed stream is an error spanned on the `teardown!`
use managed_stream::teardown;

fn numbers() {
    teardown! { println!("bye"); }
    println!("hi");
}

fn main() {
    numbers();
}
