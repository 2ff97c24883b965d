//! An HTTP endpoint that streams the rows of a PostgreSQL server-side cursor as a chunked
//! response body, and whose clients may go away mid-body. Needs a running server:
//!
//! ```sh
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo run --example http_rows
//! curl -sN http://127.0.0.1:3000/rows | head -n 3               # managed: nothing left
//! curl -sN http://127.0.0.1:3000/rows/async_stream | head -n 3  # generator: leaks
//! ```
//!
//! `head` exits after three lines, so curl goes away with the body unread; hyper drops the
//! response body. On `/rows` the body is a managed stream with `close_on_drop`: the runtime
//! closes it (CLOSE the cursor, ROLLBACK) before its connection goes back to the pool. On
//! `/rows/async_stream` it is a generator: the transaction, the cursor and its lock stay
//! open on a pooled connection, and a later request that gets it fails. The example prints
//! what the server reports about the pool's sessions whenever it changes.
//! `tests/http_rows.rs` runs the same endpoint against a throwaway server and measures it.
//! Set `HTTP_ROWS_ADDR` to listen elsewhere than 127.0.0.1:3000.

use std::error::Error;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio_postgres::{Config, NoTls};

#[path = "common/http_rows.rs"]
mod http_rows;
use http_rows::{Pool, TABLE, create_items, serve, sessions};

/// How the pool's sessions show in `pg_stat_activity`.
const APP: &str = "http_rows example";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        eprintln!(
            "Set DATABASE_URL to a PostgreSQL server to run this example, for instance\n  \
             DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
             cargo run --example http_rows\n\
             the README's PostgreSQL section shows how to start a throwaway server."
        );
        return Ok(());
    };
    let (monitor, connection) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(connection);
    create_items(&monitor, 100_000).await?;

    let mut config: Config = url.parse()?;
    config.application_name(APP);
    let pool = Pool::connect(&config, 4).await?;
    let addr = std::env::var("HTTP_ROWS_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let listener = TcpListener::bind(&addr).await?;
    println!(
        "serving {TABLE} on http://{addr}/rows and http://{addr}/rows/async_stream, \
         from a pool of {} connections",
        pool.size()
    );

    // What the server sees of the pool's sessions, printed when it changes.
    tokio::spawn(async move {
        let mut last = None;
        loop {
            match sessions(&monitor, APP).await {
                Ok(seen) if last.as_ref() != Some(&seen) => {
                    if seen.clean() {
                        println!("server: the pool's sessions hold nothing open");
                    } else {
                        println!(
                            "server: {} of the pool's sessions in a transaction ({} idle in it), \
                             {} holding a lock on {TABLE}",
                            seen.in_transaction, seen.idle_in_transaction, seen.holding_locks
                        );
                    }
                    last = Some(seen);
                }
                Ok(_) => {}
                Err(error) => eprintln!("asking the server: {error}"),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });

    serve(listener, pool).await?;
    Ok(())
}
