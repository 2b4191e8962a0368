//! Integration tests of the core over real SQLite files.

mod action_form;
mod audit;
mod backups;
mod certificates;
mod cooperation;
mod encryption;
mod fixtures;
mod gate;
mod gign;
mod network;
mod privacy;
mod references;
mod revert;
mod stats;
mod store;
mod undo;
mod years;
