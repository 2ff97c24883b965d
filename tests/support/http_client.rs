//! A real hyper client's first steps: connect, send a GET and check that the response
//! is a `200 OK` with a chunked body. The tests read the body and go away as they need.
//!
//! Each test includes it with `#[path = "support/http_client.rs"] mod http_client;`
//! (`support/sse.rs` uses it as `crate::http_client`).
#![allow(dead_code)]

use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Empty;
use hyper::body::Incoming;
use hyper::client::conn::http1::SendRequest;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

/// What `get_chunked` hands back: the response (its body unread), the request sender
/// and the connection's task. The socket closes once the task and the sender are gone.
pub type Chunked = (
    Response<Incoming>,
    SendRequest<Empty<Bytes>>,
    JoinHandle<Result<(), hyper::Error>>,
);

/// GETs `path` from `addr` on a connection of its own; asserts `200 OK` and a chunked
/// body.
///
/// ```ignore
/// let (mut response, sender, connection) = get_chunked(addr, "/rows").await;
/// ```
pub async fn get_chunked(addr: SocketAddr, path: &str) -> Chunked {
    let tcp = TcpStream::connect(addr).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tcp))
        .await
        .unwrap();
    let connection = tokio::spawn(connection);
    let request = Request::get(path)
        .header(hyper::header::HOST, addr.to_string())
        .body(Empty::<Bytes>::new())
        .unwrap();
    let response = sender.send_request(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    let chunked = response.headers().get(hyper::header::TRANSFER_ENCODING);
    assert_eq!(chunked.map(|value| value.as_bytes()), Some(&b"chunked"[..]));
    (response, sender, connection)
}
