//! The name a window takes on the session bus: one per database file, however the path
//! is written, and a valid D-Bus name element.

use coopdesk_lib::instance::bus_name;

#[test]
fn one_name_per_database_file_whatever_the_path_spelling() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("base.sqlite");
    let spelled = dir.path().join(".").join("base.sqlite");
    assert_eq!(bus_name(&file), bus_name(&spelled));
    assert_ne!(bus_name(&file), bus_name(&dir.path().join("autre.sqlite")));
    let name = bus_name(&file);
    let last = name.rsplit('.').next().unwrap_or_default();
    assert!(name.starts_with("fr.gendarmerie.coopdesk.db"), "{name}");
    assert!(
        last.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !last.starts_with(|c: char| c.is_ascii_digit()),
        "{name}"
    );
}
