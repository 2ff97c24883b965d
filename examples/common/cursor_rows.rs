//! The PostgreSQL cursor stream, shared by `examples/postgres_cursor.rs` and
//! `tests/postgres.rs`, so that the test checks the very code the example shows.

use managed_stream::{managed_stream, teardown, yield_};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Error, Row};

/// The rows of `query`, read through a server-side cursor `page` rows at a time.
/// One such stream per connection at a time: the transaction is the connection's.
#[managed_stream]
pub async fn cursor_rows<'a>(client: &'a Client, query: &'a str, page: u32) -> Result<Row, Error> {
    // Registered before BEGIN is sent: a cancel() while BEGIN is on its way drops the
    // wait for its answer, not BEGIN itself, so the transaction must still be ended.
    let mut end = "ROLLBACK"; // stopped early or failed; read to the end: COMMIT
    teardown! { client.batch_execute(end).await?; }
    client.batch_execute("BEGIN READ ONLY").await?;
    let declare = format!("DECLARE stream_cursor NO SCROLL CURSOR FOR {query}");
    client.batch_execute(&declare).await?;
    teardown! {
        // After a failed statement PostgreSQL refuses all but ROLLBACK, which (the
        // teardown above, run next) discards the cursor anyway.
        match client.batch_execute("CLOSE stream_cursor").await {
            Err(error) if error.code() == Some(&SqlState::IN_FAILED_SQL_TRANSACTION) => {}
            closed => closed?,
        }
    }
    let fetch = client
        .prepare(&format!("FETCH {page} FROM stream_cursor"))
        .await?;
    loop {
        let rows = client.query(&fetch, &[]).await?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            yield_!(Ok(row));
        }
    }
    end = "COMMIT";
}
