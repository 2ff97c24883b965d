//! Ending a stream that its holder no longer ends (S7.2, S7.6): the policy
//! ([`EndPolicy`]), the step-by-step end that a background task and a tracker's
//! shutdown both drive ([`Ender`]), and the background task itself ([`CloseTask`]).

use core::fmt;
use core::future::{Future, poll_fn};
use core::pin::Pin;
use core::task::{Context, Poll};
use core::time::Duration;
use std::sync::{Mutex, PoisonError};

use crate::consumer::managed_stream::ManagedStream;
use crate::consumer::spawner::{CloseSpawner, CloseTask};
use crate::consumer::tracker::{Asks, Entry};
use crate::lifecycle::drop_check;
use crate::lifecycle::origin::Origin;
use crate::lifecycle::output::CloseResult;
use crate::lifecycle::report::{self, HowEnded};

/// How a stream is ended when its holder no longer does (S7.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EndPolicy {
    /// `close()` within `deadline`, then `cancel()` (`close_on_drop`).
    Close {
        /// How long the graceful close may take.
        deadline: Duration,
    },
    /// `cancel()` at once (`cancel_on_drop`).
    Cancel,
}

/// A timer from a [`CloseSpawner`]. The `Mutex` is never locked (only `get_mut`): it
/// makes the wrapper that holds an [`Ender`] `Sync`, as the boxed future is not.
type Timer = Mutex<Pin<Box<dyn Future<Output = ()> + Send>>>;

/// Polls a timer: whether it fired.
fn fired(timer: &mut Timer, cx: &mut Context<'_>) -> bool {
    let timer = timer.get_mut().unwrap_or_else(PoisonError::into_inner);
    timer.as_mut().poll(cx).is_ready()
}

/// Where an end is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Closing,
    Cancelling(HowEnded),
}

/// How an [`Ender`] finished.
pub(crate) enum EndOf<O> {
    /// Every reached teardown ran; what ending returned, and how it ended.
    Ended(O, HowEnded),
    /// The tracker's shutdown deadline passed first: the stream is given up.
    GaveUp,
}

/// Ends a stream by its policy, sped up by its tracker's shutdown: `close()` until its
/// own deadline or the shutdown's close window, then `cancel()` from where the close
/// got to (S3.4).
pub(crate) struct Ender {
    step: Step,
    own_deadline: Duration,
    own_timer: Option<Timer>,
    window_timer: Option<Timer>,
}

impl Ender {
    pub(crate) fn new(policy: EndPolicy) -> Self {
        let (step, own_deadline) = match policy {
            EndPolicy::Close { deadline } => (Step::Closing, deadline),
            EndPolicy::Cancel => (Step::Cancelling(HowEnded::Cancelled), Duration::ZERO),
        };
        Self {
            step,
            own_deadline,
            own_timer: None,
            window_timer: None,
        }
    }

    /// The holder asked for the prompt end.
    pub(crate) fn cancel_now(&mut self) {
        if self.step == Step::Closing {
            self.step = Step::Cancelling(HowEnded::Cancelled);
        }
    }

    /// Drives the end. `may_give_up`: whether the tracker's expired deadline ends the
    /// wait (not while a holder awaits `close()`, which needs the stream's output).
    pub(crate) fn poll_end<S, Sp>(
        &mut self,
        stream: &mut S,
        cx: &mut Context<'_>,
        entry: &mut Entry,
        spawner: &Sp,
        may_give_up: bool,
    ) -> Poll<EndOf<S::CloseOutput>>
    where
        S: ManagedStream + Unpin,
        Sp: CloseSpawner,
    {
        entry.wait_with(cx);
        match entry.asks() {
            Asks::GiveUp if may_give_up => return Poll::Ready(EndOf::GaveUp),
            Asks::End { close_window } => self.within_window(close_window, spawner),
            Asks::Nothing | Asks::GiveUp => {}
        }
        loop {
            match self.step {
                Step::Closing => {
                    if let Poll::Ready(output) = Pin::new(&mut *stream).poll_close(cx) {
                        return Poll::Ready(EndOf::Ended(output, HowEnded::Closed));
                    }
                    let deadline = self.own_deadline;
                    let own = self
                        .own_timer
                        .get_or_insert_with(|| Mutex::new(spawner.sleep(deadline)));
                    if fired(own, cx) {
                        self.step = Step::Cancelling(HowEnded::CancelledPastDeadline);
                    } else if self.window_timer.as_mut().is_some_and(|w| fired(w, cx)) {
                        self.step = Step::Cancelling(HowEnded::Cancelled);
                    } else {
                        return Poll::Pending;
                    }
                }
                Step::Cancelling(how) => {
                    return Pin::new(&mut *stream)
                        .poll_cancel(cx)
                        .map(|output| EndOf::Ended(output, how));
                }
            }
        }
    }

    /// A shutdown runs: the close may take at most `window` more (from now).
    fn within_window<Sp: CloseSpawner>(&mut self, window: Duration, spawner: &Sp) {
        if self.step != Step::Closing || self.window_timer.is_some() {
            return;
        }
        if window.is_zero() {
            self.step = Step::Cancelling(HowEnded::Cancelled);
        } else {
            self.window_timer = Some(Mutex::new(spawner.sleep(window)));
        }
    }
}

impl fmt::Debug for Ender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ender")
            .field("step", &self.step)
            .field("own_deadline", &self.own_deadline)
            .finish_non_exhaustive()
    }
}

impl CloseTask {
    pub(crate) fn new<S, Sp>(
        stream: S,
        policy: EndPolicy,
        mut entry: Entry,
        spawner: Sp,
        origin: Origin,
    ) -> Self
    where
        S: ManagedStream + Unpin + Send + 'static,
        S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
        Sp: CloseSpawner,
    {
        // Owned by the future from the start, so that even a task dropped before its
        // first poll drops the stream in the reported scope.
        let mut handed = Handed(Some(stream));
        let future = async move {
            let stream = handed.0.as_mut().expect("the stream is handed over");
            let mut ender = Ender::new(policy);
            let end = poll_fn(|cx| ender.poll_end(stream, cx, &mut entry, &spawner, true)).await;
            match end {
                EndOf::Ended(output, how) => {
                    let failed = output.error().is_some();
                    report::background_end(&origin, how, output.error());
                    // The errors after the first are failures too (S3.10, S7.5).
                    for error in Pin::new(&mut *stream).drain_suppressed_errors() {
                        let error: &dyn fmt::Debug = &error;
                        report::further_failure(&origin, how, error);
                    }
                    drop((output, handed));
                    entry.finish(failed);
                }
                // Dropped in the reported scope: the drop check counts the loss.
                EndOf::GaveUp => drop((handed, entry)),
            }
        };
        #[cfg(feature = "tracing")]
        let future = tracing::Instrument::instrument(future, tracing::Span::current());
        Self::from_future(Box::pin(future))
    }
}

/// A stream handed to the runtime: however it is dropped, unclosed drops inside it are
/// reported and never panic (S7.3).
struct Handed<S>(Option<S>);

impl<S> Drop for Handed<S> {
    fn drop(&mut self) {
        let stream = self.0.take();
        drop_check::reported(|| drop(stream));
    }
}
