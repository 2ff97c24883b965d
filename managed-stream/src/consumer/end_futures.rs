//! The futures that end a managed stream: [`Close`], [`Cancel`] and [`CloseOwned`],
//! which [`ManagedStreamExt`](crate::ManagedStreamExt) and every generated type hand
//! out (S3.2, S3.3).

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use pin_project_lite::pin_project;

use crate::consumer::managed_stream::ManagedStream;

/// Future of [`ManagedStreamExt::close`](crate::ManagedStreamExt::close): ends the stream gracefully.
#[must_use = "futures do nothing unless awaited: the stream is not closed yet"]
#[derive(Debug)]
pub struct Close<'a, S: ?Sized> {
    stream: &'a mut S,
}

impl<'a, S: ?Sized> Close<'a, S> {
    /// The future that closes `stream`.
    /// Generated code only: use [`ManagedStreamExt::close`](crate::ManagedStreamExt::close).
    #[doc(hidden)]
    pub fn new(stream: &'a mut S) -> Self {
        Self { stream }
    }
}

impl<S: ManagedStream + Unpin + ?Sized> Future for Close<'_, S> {
    type Output = S::CloseOutput;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        Pin::new(&mut *self.stream).poll_close(cx)
    }
}

/// Future of [`ManagedStreamExt::cancel`](crate::ManagedStreamExt::cancel): ends the stream promptly.
#[must_use = "futures do nothing unless awaited: the stream is not cancelled yet"]
#[derive(Debug)]
pub struct Cancel<'a, S: ?Sized> {
    stream: &'a mut S,
}

impl<'a, S: ?Sized> Cancel<'a, S> {
    /// The future that cancels `stream`.
    /// Generated code only: use [`ManagedStreamExt::cancel`](crate::ManagedStreamExt::cancel).
    #[doc(hidden)]
    pub fn new(stream: &'a mut S) -> Self {
        Self { stream }
    }
}

impl<S: ManagedStream + Unpin + ?Sized> Future for Cancel<'_, S> {
    type Output = S::CloseOutput;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        Pin::new(&mut *self.stream).poll_cancel(cx)
    }
}

pin_project! {
    /// Future of [`ManagedStreamExt::close_owned`](crate::ManagedStreamExt::close_owned): closes the stream it owns, then
    /// drops it with itself.
    #[must_use = "futures do nothing unless awaited: the stream is not closed yet"]
    #[derive(Debug)]
    pub struct CloseOwned<S> {
        #[pin]
        stream: S,
    }
}

impl<S> CloseOwned<S> {
    /// The future that closes `stream` and then drops it. Generated code only: use
    /// [`ManagedStreamExt::close_owned`](crate::ManagedStreamExt::close_owned).
    #[doc(hidden)]
    pub fn new(stream: S) -> Self {
        Self { stream }
    }
}

impl<S: ManagedStream> Future for CloseOwned<S> {
    type Output = S::CloseOutput;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        self.project().stream.poll_close(cx)
    }
}
