// S2.5, S6.2: a teardown that ends in a value (here the `Result` of a close) is an error
// that says to add the `;`, or to pass the error on with `?` in try mode.
use managed_stream::{managed_stream, teardown, yield_};

struct Connection;

impl Connection {
    async fn close(&mut self) -> Result<(), std::io::Error> {
        Ok(())
    }
}

#[managed_stream]
async fn rows(mut conn: Connection) -> u32 {
    teardown! { conn.close().await }
    yield_!(1);
}

fn main() {
    let _ = rows(Connection);
}
