//! The PostgreSQL cursor read through a generator stream (`async_stream`), for the
//! contrast in `tests/postgres.rs` and the HTTP endpoint: the same statements as
//! `cursor_rows.rs`, but its last line, which ends the transaction, runs only if the
//! stream is read to the end. Neither a consumer that drops it early nor a `?` failure
//! reaches it.

use std::borrow::Borrow;

use futures::Stream;
use tokio_postgres::{Client, Error, Row};

/// The rows of `query`, `page` at a time, through a server-side cursor, on `client`
/// (borrowed, or owned by the stream).
pub fn generator_rows<'a, C, Q>(
    client: C,
    query: Q,
    page: u32,
) -> impl Stream<Item = Result<Row, Error>> + Send + 'a
where
    C: Borrow<Client> + Send + Sync + 'a,
    Q: AsRef<str> + Send + Sync + 'a,
{
    async_stream::try_stream! {
        let client = Borrow::<Client>::borrow(&client);
        client.batch_execute("BEGIN READ ONLY").await?;
        let declare = format!("DECLARE stream_cursor NO SCROLL CURSOR FOR {}", query.as_ref());
        client.batch_execute(&declare).await?;
        let fetch = client.prepare(&format!("FETCH {page} FROM stream_cursor")).await?;
        loop {
            let rows = client.query(&fetch, &[]).await?;
            if rows.is_empty() {
                break;
            }
            for row in rows {
                yield row;
            }
        }
        client.batch_execute("CLOSE stream_cursor; COMMIT").await?;
    }
}
