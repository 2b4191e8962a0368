//! Integration tests of the core over real SQLite files.

mod cooperation;
mod fixtures;
mod rules;
mod stats;
mod store;
