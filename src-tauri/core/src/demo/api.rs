//! Loading the demo data into a database, for the shell and the command line.

use super::{clear, generate, Summary};
use crate::error::{Error, ErrorCode, Result};
use crate::Store;

impl Store {
    /// Fills an empty database with the demo data. A database that already holds records
    /// is refused unless `force`, which first deletes every record.
    pub fn load_demo(&mut self, force: bool) -> Result<Summary> {
        let empty = self.is_empty()?;
        if !empty && !force {
            return Err(Error::new(ErrorCode::Conflict, "err-not-empty", Vec::new()));
        }
        // Clearing and generating in one transaction: a failure leaves the old data intact.
        self.write_batch("demo", "", |tx, _| {
            if !empty {
                clear(tx)?;
            }
            generate(tx)
        })
    }
}
