//! A PostgreSQL server-side cursor as a managed stream. Needs a running server:
//!
//! ```sh
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo run --example postgres_cursor
//! ```
//!
//! The stream opens a transaction, declares a cursor, fetches it a page at a time and
//! yields rows. Its teardowns close the cursor and end the transaction however the
//! stream ends: read to the end, `close()` or `cancel()`. Here the consumer wants 5
//! rows of a million and then closes the stream. (A generator stream dropped at that
//! point would leave the transaction open, holding the cursor and its locks, on a
//! connection that a pool then hands to someone else: see `tests/postgres.rs`.)

use futures::TryStreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Error, NoTls, Row};

/// The rows of `query`, read through a server-side cursor `page` rows at a time.
/// One such stream per connection at a time: the transaction is the connection's.
#[managed_stream]
async fn cursor_rows<'a>(client: &'a Client, query: &'a str, page: u32) -> Result<Row, Error> {
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

/// The cursors this session has declared (`pg_cursors` shows only the asking session's;
/// the unnamed one is the portal of this very query).
async fn open_cursors(client: &Client) -> Result<String, Error> {
    let sql = "SELECT coalesce(string_agg(name, ', '), 'none') FROM pg_cursors WHERE name <> ''";
    Ok(client.query_one(sql, &[]).await?.get(0))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        eprintln!(
            "Set DATABASE_URL to a PostgreSQL server to run this example, for instance\n  \
             DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
             cargo run --example postgres_cursor\n\
             docs/README-postgres.md shows how to start a throwaway server."
        );
        return Ok(());
    };
    let (client, connection) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(connection); // drives the socket; ends when `client` is dropped

    let query = "SELECT i, md5(i::text) AS hash FROM generate_series(1, 1000000) AS i";
    let mut rows = cursor_rows(&client, query, 100); // `CursorRows`: nothing runs yet
    for _ in 0..5 {
        let Some(row) = rows.try_next().await? else {
            break;
        };
        let (i, hash): (i32, &str) = (row.get("i"), row.get("hash"));
        println!("row {i}: {hash}");
    }
    // The stream is suspended at its `yield_!`; its transaction and cursor are open.
    // The client can still be used meanwhile: this runs in that same session.
    println!(
        "open cursors while streaming: {}",
        open_cursors(&client).await?
    );

    // Done early: CLOSE the cursor, ROLLBACK. Without this, a debug build panics when
    // `rows` is dropped, naming this file and line.
    rows.close().await?;
    println!(
        "open cursors after close():   {}",
        open_cursors(&client).await?
    );
    Ok(())
}
