//! [`Origin`]: where and as what a stream was created, for the messages and events
//! of the drop check and the reports (S4.1, S4.5, S7.5). A leaf of the lifecycle.

use core::panic::Location;
use std::borrow::Cow;

/// Where and as what a stream was created, for messages.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Origin {
    /// The stream type's name, such as `Numbers`: a fn, so that `Origin` is two
    /// pointers wide (it sits in every stream).
    pub(crate) name: fn() -> &'static str,
    /// The call that created the stream (`#[track_caller]`).
    pub(crate) location: &'static Location<'static>,
}

impl Origin {
    /// The stream's name as every message and event gives it (S7.5): the type without
    /// its module paths (`Rows`, `Take<Rows>`), whoever made the origin.
    pub(crate) fn stream_name(&self) -> Cow<'static, str> {
        let name = (self.name)();
        if !name.contains("::") {
            return Cow::Borrowed(name);
        }
        let mut short = String::with_capacity(name.len());
        let mut path = name;
        while let Some(end) = path.find(|c: char| "<>,;()[]&* ".contains(c)) {
            short.push_str(last_segment(&path[..end]));
            short.push_str(&path[end..=end]);
            path = &path[end + 1..];
        }
        short.push_str(last_segment(path));
        Cow::Owned(short)
    }
}

/// `a::b::C` -> `C`.
fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(name: fn() -> &'static str) -> Origin {
        Origin {
            name,
            location: Location::caller(),
        }
    }

    #[test]
    fn stream_names_drop_module_paths() {
        assert_eq!(origin(|| "Rows").stream_name(), "Rows");
        assert_eq!(origin(|| "app::feed::Rows").stream_name(), "Rows");
        assert_eq!(
            origin(|| "futures_util::stream::Take<app::Rows<'_>>").stream_name(),
            "Take<Rows<'_>>"
        );
        assert_eq!(
            origin(|| "a::W<b::I<core::ops::Range<i32>>, (c::X, &d::Y)>").stream_name(),
            "W<I<Range<i32>>, (X, &Y)>"
        );
    }
}
