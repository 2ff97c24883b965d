use managed_stream::{ManagedStreamExt, with_teardown};

fn main() {
    let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    let _numbers = numbers.close_on_drop();
    let letters = with_teardown(futures::stream::iter(['a', 'b']), async |_| {});
    let _letters = letters.cancel_on_drop();
}
