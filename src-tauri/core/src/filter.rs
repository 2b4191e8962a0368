//! A WHERE clause built from optional filters, with every value bound, never spliced.

use rusqlite::types::Value;

use crate::error::Result;
use crate::{country, validate};

#[derive(Debug, Default)]
pub(crate) struct Where {
    clauses: Vec<String>,
    pub values: Vec<Value>,
}

impl Where {
    /// Adds `sql`, in which `{}` stands for `value` (possibly used several times).
    pub fn push(&mut self, sql: &str, value: Value) {
        self.values.push(value);
        self.clauses
            .push(sql.replace("{}", &format!("?{}", self.values.len())));
    }

    pub fn id(&mut self, sql: &str, id: Option<i64>) {
        if let Some(id) = id {
            self.push(sql, Value::Integer(id));
        }
    }

    /// `column` within the calendar year (dates are ISO text).
    pub fn year(&mut self, column: &str, year: Option<i32>) -> Result<()> {
        if let Some(year) = year {
            validate::year(year)?;
            self.push(
                &format!("{column} >= {{}}"),
                Value::Text(format!("{year:04}-01-01")),
            );
            self.push(
                &format!("{column} <= {{}}"),
                Value::Text(format!("{year:04}-12-31")),
            );
        }
        Ok(())
    }

    pub fn country(&mut self, column: &str, code: Option<&str>) -> Result<()> {
        if let Some(code) = code.filter(|c| !c.trim().is_empty()) {
            let code = country::check("country", code)?;
            self.push(&format!("{column} = {{}}"), Value::Text(code));
        }
        Ok(())
    }

    pub fn enum_value<T: serde::Serialize>(&mut self, column: &str, v: Option<T>) -> Result<()> {
        if let Some(v) = v {
            self.push(
                &format!("{column} = {{}}"),
                Value::Text(validate::enum_str(v)?),
            );
        }
        Ok(())
    }

    /// Every word must appear in one of `columns`, case, accents and punctuation aside
    /// (`text::fold`: « leila » finds « Leïla »).
    pub fn words(&mut self, columns: &[&str], text: Option<&str>) {
        let folded = crate::text::fold(text.unwrap_or(""));
        // Folding leaves letters, digits and spaces only: no LIKE wildcard survives it.
        for word in folded.split(' ').filter(|w| !w.is_empty()).take(8) {
            let pattern = format!("%{word}%");
            let any = columns
                .iter()
                .map(|c| format!("fold({c}) LIKE {{}}"))
                .collect::<Vec<_>>();
            self.push(&format!("({})", any.join(" OR ")), Value::Text(pattern));
        }
    }

    pub fn sql(&self) -> String {
        if self.clauses.is_empty() {
            "1 = 1".to_owned()
        } else {
            self.clauses.join(" AND ")
        }
    }
}
