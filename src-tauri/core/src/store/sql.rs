//! The SQL that writes a whole record from one column list: a table's insert and update
//! never spell their columns twice, and their values come from one function of the owner.

/// `INSERT INTO table (columns) VALUES (?1, …, ?n)`.
pub(crate) fn insert(table: &str, columns: &str) -> String {
    let n = columns.split(',').count();
    format!(
        "INSERT INTO {table} ({columns}) VALUES ({})",
        placeholders(n)
    )
}

/// `INSERT INTO table (columns, id) VALUES (?1, …, ?n+1)`: a record brought back under the
/// id it had (its history goes on).
pub(crate) fn insert_with_id(table: &str, columns: &str) -> String {
    let n = columns.split(',').count();
    format!(
        "INSERT INTO {table} ({columns}, id) VALUES ({})",
        placeholders(n + 1)
    )
}

/// `UPDATE table SET (columns) = (?1, …, ?n) WHERE id = ?n+1` (at least two columns).
pub(crate) fn update(table: &str, columns: &str) -> String {
    let n = columns.split(',').count();
    format!(
        "UPDATE {table} SET ({columns}) = ({}) WHERE id = ?{}",
        placeholders(n),
        n + 1
    )
}

fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn statements_bind_every_column_in_order() {
        assert_eq!(
            super::insert("t", "a, b, c"),
            "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)"
        );
        assert_eq!(
            super::update("t", "a, b"),
            "UPDATE t SET (a, b) = (?1, ?2) WHERE id = ?3"
        );
    }
}
