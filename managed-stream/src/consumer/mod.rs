//! The consumer's side, from the bottom up: the [`ManagedStream`](managed_stream::ManagedStream)
//! trait ([`managed_stream`]) and the futures that end a stream ([`end_futures`]); the
//! pointer and `futures` adapter impls ([`adapters`]); the wrappers and combinators
//! that return managed streams ([`wrap`], [`combinators`], [`close_on_drop`] with
//! [`background_end`] on an executor's [`spawner`], and the owners of those ends, [`tracker`]); any managed stream
//! boxed ([`boxed`]); scoped use ([`scoped`]) and, with the `tokio` feature, deadlines
//! ([`deadline`]); and on top, the extension trait that returns them all ([`ext`]).

pub(crate) mod adapters;
pub(crate) mod background_end;
pub(crate) mod boxed;
pub(crate) mod close_on_drop;
pub mod combinators;
#[cfg(feature = "tokio")]
pub(crate) mod deadline;
pub(crate) mod end_futures;
pub(crate) mod ext;
pub(crate) mod managed_stream;
pub(crate) mod scoped;
pub(crate) mod spawner;
pub(crate) mod tracker;
pub(crate) mod wrap;
