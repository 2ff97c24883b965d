//! A user crate that depends on the runtime under another name (`renamed = { package =
//! "managed-stream", .. }`), which the workspace's own test crate cannot do (Cargo
//! refuses one package under two names). Its tests, in `tests/stream_macros.rs`, check
//! that `stream!` and `try_stream!` find the runtime through `$crate`.
