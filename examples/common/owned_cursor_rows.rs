//! The cursor stream of `cursor_rows.rs`, owning its connection and query: a `'static`
//! stream, which can outlive the code that holds it and so be handed to the runtime with
//! `close_on_drop` (S7.1, S7.2). Used by the HTTP endpoint of `http_rows.rs`.

use std::borrow::Borrow;

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use tokio_postgres::{Client, Error, Row};

#[path = "cursor_rows.rs"]
mod cursor_rows;
use cursor_rows::cursor_rows;

/// The rows of `query` through a server-side cursor, `page` rows at a time, on a
/// connection the stream owns: a `Client`, an `Arc<Client>` or a pool's guard.
///
/// It reads the borrowed [`cursor_rows`] stream over its own `client` and `query`, and
/// closes it in its teardown: the same SQL, the same CLOSE and ROLLBACK.
#[managed_stream]
pub async fn owned_cursor_rows<C>(client: C, query: String, page: u32) -> Result<Row, Error>
where
    C: Borrow<Client> + Send + Sync + 'static,
{
    let mut rows = cursor_rows(Borrow::<Client>::borrow(&client), &query, page);
    // Stopped early: the inner stream's close runs its teardowns (CLOSE, ROLLBACK). Read
    // to the end (or failed), it has ended already and this returns at once.
    teardown! { rows.close().await?; }
    while let Some(row) = rows.next().await {
        yield_!(row);
    }
}
