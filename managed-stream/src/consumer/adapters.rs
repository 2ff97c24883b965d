//! [`ManagedStream`] for pointers to managed streams (`&mut S`, `Box<S>`, `Pin<P>`) and,
//! with the `futures` feature, for the `futures` stream adapters: a chain such as
//! `stream.map(f).take(5)` can still be closed or cancelled.
//!
//! Each adapter's `poll_close` and `poll_cancel` reach the managed stream it was built
//! on. What the adapter itself holds is not part of that stream: an item it had
//! already taken (a peeked item, a partial chunk, a `then` future under way) stays in
//! the adapter, which may still hand it out if polled after the close began, and is
//! dropped with it. The drop check is the inner stream's: dropping an unclosed chain
//! drops the stream inside it, which panics in debug builds as the stream alone would.

use core::ops::DerefMut;
use core::pin::Pin;
use core::task::{Context, Poll};

use crate::consumer::consume::ManagedStream;

impl<S: ManagedStream + Unpin + ?Sized> ManagedStream for &mut S {
    type CloseOutput = S::CloseOutput;

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_close(Pin::new(&mut **self), cx)
    }

    fn poll_cancel(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_cancel(Pin::new(&mut **self), cx)
    }
}

impl<S: ManagedStream + Unpin + ?Sized> ManagedStream for Box<S> {
    type CloseOutput = S::CloseOutput;

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_close(Pin::new(&mut **self), cx)
    }

    fn poll_cancel(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_cancel(Pin::new(&mut **self), cx)
    }
}

/// `Pin<Box<S>>` and `Pin<&mut S>`: how a managed stream that is not `Unpin` (such as
/// a chain with `then`) gets `close()` from [`ManagedStreamExt`](crate::ManagedStreamExt),
/// and how a trait object keeps it.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
/// use std::pin::Pin;
///
/// #[managed_stream]
/// async fn numbers() -> u32 {
///     teardown! { /* release what the stream holds */ }
///     yield_!(1);
///     yield_!(2);
/// }
///
/// type BoxManagedStream<T> = Pin<Box<dyn ManagedStream<Item = T, CloseOutput = ()> + Send>>;
///
/// # futures::executor::block_on(async {
/// // A trait object keeps `close()`; so does a `then` chain (feature `futures`), which
/// // is not `Unpin` and must be pinned to be closed.
/// let mut boxed: BoxManagedStream<u32> = Box::pin(numbers());
/// assert_eq!(boxed.next().await, Some(1));
/// boxed.close().await;
/// # #[cfg(feature = "futures")] {
/// let mut tens: BoxManagedStream<u32> = Box::pin(numbers().then(async |n| n * 10));
/// assert_eq!(tens.next().await, Some(10));
/// tens.close().await;
/// # }
/// # });
/// ```
impl<P> ManagedStream for Pin<P>
where
    P: DerefMut + Unpin,
    P::Target: ManagedStream,
{
    type CloseOutput = <P::Target as ManagedStream>::CloseOutput;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        self.get_mut().as_mut().poll_close(cx)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        self.get_mut().as_mut().poll_cancel(cx)
    }
}

#[cfg(feature = "futures")]
mod futures_adapters {
    use core::future::Future;
    use core::pin::Pin;
    use core::task::{Context, Poll};

    use futures_core::{Stream, TryFuture, TryStream};
    use futures_util::stream::{
        AndThen, Chunks, Enumerate, ErrInto, Filter, FilterMap, Fuse, Inspect, InspectErr,
        InspectOk, IntoStream, Map, MapErr, MapOk, OrElse, Peekable, ReadyChunks, Scan, Skip,
        SkipWhile, Take, TakeUntil, TakeWhile, Then, TryChunks, TryFilter, TryFilterMap,
        TryReadyChunks, TrySkipWhile, TryTakeWhile,
    };

    use crate::consumer::consume::ManagedStream;

    /// Implements `ManagedStream` for adapters over one stream `St` by delegating to
    /// `get_pin_mut()`. The bounds are those of the adapter's `Stream` impl and of its
    /// `get_pin_mut`, written with the public `Fn` traits.
    macro_rules! delegate_to_inner {
        ($(
            $(#[$attr:meta])*
            [$($generics:tt)*] $adapter:ty $(where { $($bounds:tt)* })?;
        )*) => {$(
            $(#[$attr])*
            impl<$($generics)*> ManagedStream for $adapter
            where
                St: ManagedStream,
                Self: Stream,
                $($($bounds)*)?
            {
                type CloseOutput = St::CloseOutput;

                fn poll_close(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                ) -> Poll<Self::CloseOutput> {
                    self.get_pin_mut().poll_close(cx)
                }

                fn poll_cancel(
                    self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                ) -> Poll<Self::CloseOutput> {
                    self.get_pin_mut().poll_cancel(cx)
                }
            }
        )*};
    }

    delegate_to_inner! {
        // `StreamExt`
        /// Every `futures` adapter over one managed stream is a managed stream (feature
        /// `futures`, on by default): `close()` and `cancel()` reach the stream inside.
        ///
        /// ```
        /// use futures::StreamExt;
        /// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
        /// use std::sync::atomic::{AtomicBool, Ordering};
        ///
        /// static CLOSED: AtomicBool = AtomicBool::new(false);
        ///
        /// #[managed_stream]
        /// async fn numbers() -> u32 {
        ///     teardown! { CLOSED.store(true, Ordering::SeqCst); }
        ///     let mut n = 0;
        ///     loop {
        ///         yield_!(n);
        ///         n += 1;
        ///     }
        /// }
        ///
        /// # futures::executor::block_on(async {
        /// let mut chain = numbers().map(|n| n * 2).take(5);
        /// let doubled: Vec<u32> = (&mut chain).collect().await;
        /// assert_eq!(doubled, [0, 2, 4, 6, 8]);
        /// // `take` stopped reading; the stream inside is still open.
        /// assert!(!CLOSED.load(Ordering::SeqCst));
        /// chain.close().await;
        /// assert!(CLOSED.load(Ordering::SeqCst));
        /// # });
        /// ```
        [St, F] Map<St, F>;
        [St, Fut, F] Filter<St, Fut, F> where {
            F: FnMut(&St::Item) -> Fut,
            Fut: Future<Output = bool>,
        };
        [St, Fut, F] FilterMap<St, Fut, F> where {
            F: FnMut(St::Item) -> Fut,
            Fut: Future,
        };
        [St, Fut, F] Then<St, Fut, F> where {
            F: FnMut(St::Item) -> Fut,
        };
        [St] Take<St>;
        [St, Fut, F] TakeWhile<St, Fut, F> where {
            F: FnMut(&St::Item) -> Fut,
            Fut: Future<Output = bool>,
        };
        [St, Fut] TakeUntil<St, Fut> where {
            Fut: Future,
        };
        [St] Skip<St>;
        [St, Fut, F] SkipWhile<St, Fut, F> where {
            F: FnMut(&St::Item) -> Fut,
            Fut: Future<Output = bool>,
        };
        [St] Enumerate<St>;
        [St, F] Inspect<St, F>;
        [St] Fuse<St>;
        [St] Peekable<St>;
        [St] Chunks<St>;
        [St] ReadyChunks<St>;
        [B, St, S, Fut, F] Scan<St, S, Fut, F> where {
            F: FnMut(&mut S, St::Item) -> Fut,
            Fut: Future<Output = Option<B>>,
        };
        // `TryStreamExt`
        [St, F] MapOk<St, F> where { St: TryStream };
        [St, F] MapErr<St, F> where { St: TryStream };
        [St, E] ErrInto<St, E> where { St: TryStream };
        [St, F] InspectOk<St, F> where { St: TryStream };
        [St, F] InspectErr<St, F> where { St: TryStream };
        [St] IntoStream<St> where { St: TryStream };
        [St, Fut, F] AndThen<St, Fut, F> where {
            St: TryStream,
            F: FnMut(<St as TryStream>::Ok) -> Fut,
            Fut: TryFuture<Error = <St as TryStream>::Error>,
        };
        [St, Fut, F] OrElse<St, Fut, F> where {
            St: TryStream,
            F: FnMut(<St as TryStream>::Error) -> Fut,
            Fut: TryFuture<Ok = <St as TryStream>::Ok>,
        };
        [St, Fut, F] TryFilter<St, Fut, F> where { St: TryStream };
        [St, Fut, F] TryFilterMap<St, Fut, F> where { St: TryStream };
        [St, Fut, F] TrySkipWhile<St, Fut, F> where {
            St: TryStream,
            F: FnMut(&<St as TryStream>::Ok) -> Fut,
            Fut: TryFuture<Ok = bool, Error = <St as TryStream>::Error>,
        };
        [St, Fut, F] TryTakeWhile<St, Fut, F> where {
            St: TryStream,
            F: FnMut(&<St as TryStream>::Ok) -> Fut,
            Fut: TryFuture<Ok = bool, Error = <St as TryStream>::Error>,
        };
        [St] TryChunks<St> where { St: TryStream };
        [St] TryReadyChunks<St> where { St: TryStream };
    }
}
