//! [`ManagedStream`] for pointers to managed streams (`&mut S`, `Box<S>`, `Pin<P>`) and,
//! with the `futures` feature, for the `futures` stream adapters: a chain such as
//! `stream.map(f).take(5)` can still be closed or cancelled.
//!
//! Each adapter's `poll_close` and `poll_cancel` reach the managed stream it was built
//! on; `zip` and `select` reach both of theirs (S3.7). The drop check is the inner
//! stream's: dropping an unclosed chain drops the stream inside it, which panics in
//! debug builds as the stream alone would.
//!
//! Nothing after a close began (S3.5): the adapters that hold items (`peekable`,
//! `chunks`, `ready_chunks`, `try_chunks`, `try_ready_chunks`) drop them when a close
//! or cancel begins, once the stream inside has stopped, so they hand out nothing
//! after it; `buffered` and `buffer_unordered` drop the outputs that are ready then.
//! An adapter that holds a future under way (`then`, `filter`, `filter_map`,
//! `buffered`, ...) can still finish it and hand out its output if polled after the
//! close began: end such a chain with
//! [`stop_on_close`](crate::ManagedStreamExt::stop_on_close).

use core::ops::DerefMut;
use core::pin::Pin;
use core::task::{Context, Poll};

use crate::consumer::managed_stream::{ManagedStream, SuppressedError};
use crate::lifecycle::output::CloseResult;

impl<S: ManagedStream + Unpin + ?Sized> ManagedStream for &mut S {
    type CloseOutput = S::CloseOutput;

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_close(Pin::new(&mut **self), cx)
    }

    fn poll_cancel(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        S::poll_cancel(Pin::new(&mut **self), cx)
    }

    fn drain_suppressed_errors(mut self: Pin<&mut Self>) -> Vec<SuppressedError<Self>>
    where
        Self::CloseOutput: CloseResult,
    {
        S::drain_suppressed_errors(Pin::new(&mut **self))
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

    fn drain_suppressed_errors(mut self: Pin<&mut Self>) -> Vec<SuppressedError<Self>>
    where
        Self::CloseOutput: CloseResult,
    {
        S::drain_suppressed_errors(Pin::new(&mut **self))
    }
}

/// `Pin<Box<S>>` and `Pin<&mut S>`: how a managed stream that is not `Unpin` (such as
/// a chain with `then`) gets `close()` from [`ManagedStreamExt`](crate::ManagedStreamExt),
/// and how a trait object keeps it.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{BoxManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
///
/// #[managed_stream]
/// async fn numbers() -> u32 {
///     teardown! { /* release what the stream holds */ }
///     yield_!(1);
///     yield_!(2);
/// }
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

    fn drain_suppressed_errors(self: Pin<&mut Self>) -> Vec<SuppressedError<Self>>
    where
        Self::CloseOutput: CloseResult,
    {
        self.get_mut().as_mut().drain_suppressed_errors()
    }
}

#[cfg(feature = "futures")]
mod futures_adapters {
    use core::future::Future;
    use core::pin::Pin;
    use core::task::{Context, Poll};

    use futures_core::{Stream, TryFuture, TryStream};
    use futures_util::stream::{
        AndThen, BufferUnordered, Buffered, Chunks, Enumerate, ErrInto, Filter, FilterMap, Fuse,
        Inspect, InspectErr, InspectOk, IntoStream, Map, MapErr, MapOk, OrElse, Peekable,
        ReadyChunks, Scan, Select, Skip, SkipWhile, Take, TakeUntil, TakeWhile, Then, TryChunks,
        TryFilter, TryFilterMap, TryReadyChunks, TrySkipWhile, TryTakeWhile, Zip,
    };

    use crate::consumer::managed_stream::ManagedStream;
    use crate::consumer::managed_stream::SuppressedError;
    use crate::lifecycle::output::CloseResult;

    /// Implements `ManagedStream` for adapters over one stream `St` by delegating to
    /// `get_pin_mut()`. The bounds are those of the adapter's `Stream` impl and of its
    /// `get_pin_mut`, written with the public `Fn` traits. An adapter listed after
    /// `drain:` holds items: once the stream inside has begun to close (it then gives
    /// `None`), it is read until it gives `None` too, and what it held is dropped
    /// (S3.5).
    macro_rules! delegate_to_inner {
        (drain: $(
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
                    mut self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                ) -> Poll<Self::CloseOutput> {
                    let closed = self.as_mut().get_pin_mut().poll_close(cx);
                    drain(self, cx);
                    closed
                }

                fn poll_cancel(
                    mut self: Pin<&mut Self>,
                    cx: &mut Context<'_>,
                ) -> Poll<Self::CloseOutput> {
                    let cancelled = self.as_mut().get_pin_mut().poll_cancel(cx);
                    drain(self, cx);
                    cancelled
                }

                fn drain_suppressed_errors(
                    self: Pin<&mut Self>,
                ) -> Vec<SuppressedError<Self>>
                where
                    Self::CloseOutput: CloseResult,
                {
                    self.get_pin_mut().drain_suppressed_errors()
                }
            }
        )*};
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

                fn drain_suppressed_errors(
                    self: Pin<&mut Self>,
                ) -> Vec<SuppressedError<Self>>
                where
                    Self::CloseOutput: CloseResult,
                {
                    self.get_pin_mut().drain_suppressed_errors()
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
    }

    delegate_to_inner! {
        drain:
        /// The buffering adapters drop what they hold when a close begins: nothing is
        /// handed out after it (S3.5).
        ///
        /// ```
        /// use futures::StreamExt;
        /// use managed_stream::{ManagedStreamExt, with_teardown};
        ///
        /// # futures::executor::block_on(async {
        /// let numbers = with_teardown(futures::stream::iter(1..=5), async |_| {});
        /// let mut pairs = numbers.chunks(2).peekable();
        /// assert_eq!(pairs.next().await, Some(vec![1, 2]));
        /// assert_eq!(std::pin::Pin::new(&mut pairs).peek().await, Some(&vec![3, 4]));
        /// pairs.close().await;
        /// assert_eq!(pairs.next().await, None, "the peeked chunk is dropped");
        /// # });
        /// ```
        [St] Peekable<St>;
        [St] Chunks<St>;
        [St] ReadyChunks<St>;
        [St] TryChunks<St> where { St: TryStream };
        [St] TryReadyChunks<St> where { St: TryStream };
        [St] Buffered<St> where { St::Item: Future };
        [St] BufferUnordered<St> where { St::Item: Future };
    }

    /// Reads an adapter whose stream inside has begun to close until it gives `None`
    /// or waits, dropping what it hands out: what it held.
    fn drain<S: Stream + ?Sized>(mut adapter: Pin<&mut S>, cx: &mut Context<'_>) {
        while let Poll::Ready(Some(held)) = adapter.as_mut().poll_next(cx) {
            drop(held);
        }
    }

    /// `zip` and `select` over two managed streams whose `close()` returns `()` (S3.7):
    /// `close()` and `cancel()` end both, each exactly once. A try-mode stream's close
    /// error would have nowhere to wait while the other closes, so for those (and for
    /// `chain` and `flatten`) use [`managed_stream::combinators`](crate::combinators).
    ///
    /// Read to its end, a `futures` zip leaves the longer stream open: close the zip
    /// then, or use [`combinators::zip`](crate::combinators::zip), which closes it.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    ///
    /// # futures::executor::block_on(async {
    /// let a = with_teardown(futures::stream::iter([1, 2]), async |_| {});
    /// let b = with_teardown(futures::stream::iter([10, 20]), async |_| {});
    /// let mut sums = a.zip(b).map(|(a, b)| a + b);
    /// assert_eq!(sums.next().await, Some(11));
    /// sums.close().await; // closes both
    /// # });
    /// ```
    impl<St1, St2> ManagedStream for Zip<St1, St2>
    where
        St1: ManagedStream<CloseOutput = ()>,
        St2: ManagedStream<CloseOutput = ()>,
    {
        type CloseOutput = ();

        fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let (a, b) = self.get_pin_mut();
            both(a.poll_close(cx), b.poll_close(cx))
        }

        fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let (a, b) = self.get_pin_mut();
            both(a.poll_cancel(cx), b.poll_cancel(cx))
        }
    }

    /// See the `Zip` impl: `select` over two managed streams whose `close()` returns
    /// `()` is a managed stream (S3.7).
    impl<St1, St2> ManagedStream for Select<St1, St2>
    where
        St1: ManagedStream<CloseOutput = ()>,
        St2: ManagedStream<Item = St1::Item, CloseOutput = ()>,
    {
        type CloseOutput = ();

        fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let (a, b) = self.get_pin_mut();
            both(a.poll_close(cx), b.poll_close(cx))
        }

        fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let (a, b) = self.get_pin_mut();
            both(a.poll_cancel(cx), b.poll_cancel(cx))
        }
    }

    /// Ready when both closes are: one that finished returns at once when polled
    /// again (S3.2), so each stream's teardown runs exactly once.
    fn both(a: Poll<()>, b: Poll<()>) -> Poll<()> {
        if a.is_ready() && b.is_ready() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}
