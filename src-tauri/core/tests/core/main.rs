//! Integration tests of the core over real SQLite files.

mod cooperation;
mod fixtures;
mod gign;
mod rules;
mod stats;
mod store;
