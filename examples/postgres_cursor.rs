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
use tokio_postgres::{Client, Error, NoTls};

#[path = "common/cursor_rows.rs"]
mod cursor_rows;
use cursor_rows::cursor_rows;

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
             the README's PostgreSQL section shows how to start a throwaway server."
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
