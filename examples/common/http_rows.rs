//! An HTTP endpoint that streams the rows of a PostgreSQL server-side cursor as a chunked
//! HTTP/1.1 response body (hyper), shared by `examples/http_rows.rs` and
//! `tests/http_rows.rs`, so that the test checks the very code the example shows.
//!
//! `GET /rows` serves them through a managed stream with `close_on_drop` (S7.2): when the
//! client goes away mid-body, hyper drops the body, and the runtime closes the stream
//! (CLOSE the cursor, ROLLBACK) before its connection goes back to the pool.
//! `GET /rows/async_stream` serves the same rows through a generator stream: dropped, it
//! leaves the transaction, the cursor and its lock on a connection that the pool then
//! hands to the next request.

use std::borrow::Borrow;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::io;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::{Stream, StreamExt, stream};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use managed_stream::ManagedStreamExt;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_postgres::{Client, Config, Error, NoTls, Row};

#[path = "owned_cursor_rows.rs"]
mod owned_cursor_rows;
pub use owned_cursor_rows::owned_cursor_rows;

/// The table the endpoint reads.
pub const TABLE: &str = "http_rows_items";
/// What the endpoint streams, `PAGE` rows per FETCH.
pub const QUERY: &str = "SELECT id, payload FROM http_rows_items ORDER BY id";
pub const PAGE: u32 = 100;

/// Creates and fills the table, unless it is there already.
pub async fn create_items(client: &Client, rows: u32) -> Result<(), Error> {
    client
        .batch_execute(&format!(
            "CREATE TABLE IF NOT EXISTS {TABLE} (id int PRIMARY KEY, payload text NOT NULL);
             INSERT INTO {TABLE}
                 SELECT i, 'row ' || i || ' ' || repeat(md5(i::text), 2)
                 FROM generate_series(1, {rows}) AS i
                 ON CONFLICT DO NOTHING;
             ANALYZE {TABLE};"
        ))
        .await
}

// ---- A minimal connection pool ---------------------------------------------------------

/// `size` connections opened up front. A request takes one, waiting while all are out,
/// and gives it back when its [`Pooled`] guard is dropped, in whatever state the session
/// is: as a pool does, it hands on what the last user left open.
pub struct Pool {
    idle: Mutex<VecDeque<Client>>,
    available: Arc<Semaphore>,
    size: usize,
}

impl Pool {
    pub async fn connect(config: &Config, size: usize) -> Result<Arc<Pool>, Error> {
        let mut idle = VecDeque::with_capacity(size);
        for _ in 0..size {
            let (client, connection) = config.connect(NoTls).await?;
            tokio::spawn(connection); // drives the socket; ends when the client is dropped
            idle.push_back(client);
        }
        Ok(Arc::new(Pool {
            idle: Mutex::new(idle),
            available: Arc::new(Semaphore::new(size)),
            size,
        }))
    }

    /// How many connections the pool has.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The connection that has been back the longest, once one is.
    pub async fn get(self: &Arc<Self>) -> Pooled {
        let permit = Arc::clone(&self.available)
            .acquire_owned()
            .await
            .expect("the pool's semaphore is never closed");
        let client = self.idle.lock().unwrap().pop_front();
        Pooled {
            client: Some(client.expect("a permit means an idle connection")),
            pool: Arc::clone(self),
            _permit: permit,
        }
    }
}

/// A connection taken from the [`Pool`]; dropping it gives the connection back.
pub struct Pooled {
    client: Option<Client>,
    pool: Arc<Pool>,
    _permit: OwnedSemaphorePermit, // released after `drop` has put the client back
}

impl Borrow<Client> for Pooled {
    fn borrow(&self) -> &Client {
        self.client.as_ref().expect("there until dropped")
    }
}

impl std::ops::Deref for Pooled {
    type Target = Client;

    fn deref(&self) -> &Client {
        self.borrow()
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            self.pool.idle.lock().unwrap().push_back(client);
        }
    }
}

// ---- The contrast: a generator stream ---------------------------------------------------

/// The same rows as a generator (`async_stream`), owning its connection too: see
/// `generator_rows.rs`.
#[path = "generator_rows.rs"]
mod generator_rows;
pub use generator_rows::generator_rows;

// ---- The endpoint -----------------------------------------------------------------------

/// A response body: a chunked stream of lines, or a short text.
pub type Body = UnsyncBoxBody<Bytes, Error>;

/// Serves HTTP/1.1 on `listener` until it fails, each connection on its own task.
pub async fn serve(listener: TcpListener, pool: Arc<Pool>) -> io::Result<()> {
    loop {
        let (tcp, _peer) = listener.accept().await?;
        tcp.set_nodelay(true)?;
        let pool = Arc::clone(&pool);
        tokio::spawn(async move {
            let service = service_fn(move |request| handle(Arc::clone(&pool), request));
            // A client that goes away mid-body ends the connection with an error; the
            // response body, and the stream in it, are dropped here.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), service)
                .await;
        });
    }
}

async fn handle(pool: Arc<Pool>, request: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    let response = match (request.method(), request.uri().path()) {
        (&Method::GET, "/rows") => {
            let client = pool.get().await;
            // Owned, so `'static`: if hyper drops the body, the runtime closes it.
            let rows = owned_cursor_rows(client, QUERY.to_owned(), PAGE).close_on_drop();
            respond(rows).await
        }
        (&Method::GET, "/rows/async_stream") => {
            let client = pool.get().await;
            respond(Box::pin(generator_rows(client, QUERY.to_owned(), PAGE))).await
        }
        _ => text(
            StatusCode::NOT_FOUND,
            "try GET /rows or GET /rows/async_stream\n".into(),
        ),
    };
    Ok(response)
}

/// `200` with one line per row, `id` TAB `payload`, as a chunked body; `500` with the
/// error when the stream fails before its first row.
pub async fn respond<S>(mut rows: S) -> Response<Body>
where
    S: Stream<Item = Result<Row, Error>> + Send + Unpin + 'static,
{
    let first = match rows.next().await {
        Some(Ok(row)) => Some(Ok(row)),
        Some(Err(error)) => return text(StatusCode::INTERNAL_SERVER_ERROR, describe(&error)),
        None => None,
    };
    let lines = stream::iter(first).chain(rows).map(|row| {
        row.map(|row| {
            let (id, payload): (i32, &str) = (row.get("id"), row.get("payload"));
            Frame::data(Bytes::from(format!("{id}\t{payload}\n")))
        })
    });
    Response::new(StreamBody::new(lines).boxed_unsync())
}

fn text(status: StatusCode, message: String) -> Response<Body> {
    let body = Full::new(Bytes::from(message)).map_err(|never| match never {});
    let mut response = Response::new(body.boxed_unsync());
    *response.status_mut() = status;
    response
}

/// The server's message for a database error, the driver's otherwise.
fn describe(error: &Error) -> String {
    match error.as_db_error() {
        Some(db) => format!("{}: {}\n", db.severity(), db.message()),
        None => format!("{error}\n"),
    }
}

// ---- What the server sees -----------------------------------------------------------------

/// What the pool's sessions (those named `application_name`) hold, as the server reports
/// it to another session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sessions {
    /// Sessions inside a transaction (with it, their cursor: a cursor declared without
    /// `WITH HOLD` lives only in its transaction), running a statement or idle.
    pub in_transaction: usize,
    /// Of those, the ones idle: `idle in transaction`, a transaction nobody ended.
    pub idle_in_transaction: usize,
    /// Sessions holding a lock on the table.
    pub holding_locks: usize,
}

impl Sessions {
    /// Whether nothing is left open.
    pub fn clean(&self) -> bool {
        *self == Sessions::default()
    }
}

/// Asks the server, from `monitor`, what the sessions named `application_name` hold.
pub async fn sessions(monitor: &Client, application_name: &str) -> Result<Sessions, Error> {
    let row = monitor
        .query_one(
            &format!(
                "SELECT count(*) FILTER (WHERE xact_start IS NOT NULL),
                        count(*) FILTER (WHERE state = 'idle in transaction'),
                        (SELECT count(DISTINCT l.pid) FROM pg_locks l
                             JOIN pg_stat_activity s USING (pid)
                             WHERE s.application_name = $1 AND l.relation = '{TABLE}'::regclass)
                 FROM pg_stat_activity WHERE application_name = $1"
            ),
            &[&application_name],
        )
        .await?;
    let count = |column| usize::try_from(row.get::<_, i64>(column)).unwrap();
    Ok(Sessions {
        in_transaction: count(0),
        idle_in_transaction: count(1),
        holding_locks: count(2),
    })
}
