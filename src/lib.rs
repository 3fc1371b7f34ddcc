//! Boardroom: a trainer for saying what engineering work means to the people who fund it.
//!
//! The pure core ([`rubric`], [`deck`], [`game`], [`progress`], [`studio`]) never touches the browser, so
//! it is tested natively and shared by the web app ([`app`], [`components`]) and the
//! command-line tool. [`services`] holds all browser I/O (its `storage` is the one module that
//! reads and writes browser storage); [`offline`] registers the service worker.

#![deny(missing_docs)]

/// Talc in place of the standard library's dlmalloc in the web app's builds: 2.9 KB less wasm
/// (gzip), with the same speed and memory in the browser benchmarks (`make bench`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

pub mod app;
pub mod bundled;
pub mod components;
pub mod deck;
pub mod game;
pub mod offline;
pub mod progress;
pub mod query;
pub mod rubric;
pub mod services;
pub mod sort;
pub mod studio;
