//! The consumer's side: the [`ManagedStream`](consume::ManagedStream) trait and its
//! `close()` / `cancel()` futures ([`consume`]), the pointer and `futures` adapter
//! impls ([`adapters`]), any managed stream boxed ([`boxed`]), scoped use ([`scoped`]), wrapping a foreign stream
//! ([`wrap`]), and, with the `tokio` feature, deadlines ([`deadline`]); ending a stream
//! whose holder was dropped ([`close_on_drop`], [`background_end`]) and the owners of
//! those ends ([`tracker`]).

pub(crate) mod adapters;
pub(crate) mod background_end;
pub(crate) mod boxed;
pub(crate) mod close_on_drop;
pub mod combinators;
pub(crate) mod consume;
#[cfg(feature = "tokio")]
pub(crate) mod deadline;
pub(crate) mod scoped;
pub(crate) mod tracker;
pub(crate) mod wrap;
