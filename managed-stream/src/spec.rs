//! The behaviour contract: what every managed stream does, clause by clause.
//!
//! Clause numbers in parentheses across these docs, such as (S3.2), cite this text;
//! the crate's tests cite them too. It is the repository's `docs/SPEC.md`, kept here so
//! that the published docs carry it (a test checks that the two copies are the same).
//!
//! | Clauses | Section |
//! | --- | --- |
//! | S2.1 to S2.10 | [2. Writing a managed stream](#2-writing-a-managed-stream): the attribute, `yield_!`, `teardown!`, try mode, methods, `?Send`, why a teardown runs |
//! | S3.1 to S3.8 | [3. Consuming a managed stream](#3-consuming-a-managed-stream): `close()`, `cancel()`, the end, combinators, wrappers |
//! | S4.1 to S4.6 | [4. The drop check](#4-the-drop-check): the debug-build panic, unclosed drops counted and logged |
//! | S5.1 | [5. Panics](#5-panics) |
//! | S6.1, S6.2 | [6. Bad input at compile time](#6-bad-input-at-compile-time) |
//! | S7.1 to S7.4 | [7. Cancellation from outside](#7-cancellation-from-outside): `close_on_drop` |
//!
//! The sketch in section 2 uses types it does not define (`Conn`); the
//! [guide](crate::guide) has runnable examples of everything here.
//!
//! ---
//!
// The contract's code sketch is not a doctest: excluded when rustdoc collects tests.
#![cfg_attr(not(doctest), doc = include_str!("../SPEC.md"))]
