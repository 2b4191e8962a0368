//! Integration tests of the core over real SQLite files.

mod cooperation;
mod fixtures;
mod gign;
mod network;
mod references;
mod stats;
mod store;
