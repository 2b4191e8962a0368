//! `backup` and `restore` from a terminal: a copy, the list, a restore that brings the copy's
//! data back, and every refusal as a JSON error that changes nothing.

mod support;
use support::{cli, demo_db, error_code, ok_json, sql_i64};

fn actions(db: &std::path::Path) -> i64 {
    sql_i64(db, "SELECT count(*) FROM technical_action")
}

#[test]
fn a_copy_then_a_restore_brings_the_data_of_the_copy_back() {
    let (dir, db) = demo_db();
    let copy = dir.path().join("copie.sqlite");
    let info = ok_json(&cli(&db, &["backup", "--out", &copy.to_string_lossy()]));
    let total = actions(&db);
    assert_eq!(info["records"]["technical_actions"], total);

    support::open_db(&db)
        .and_then(|c| c.execute("DELETE FROM technical_action WHERE id <= 50", []))
        .expect("delete");
    assert_eq!(actions(&db), total - 50);
    let restored = ok_json(&cli(&db, &["restore", &copy.to_string_lossy()]));
    assert_eq!(restored["records"]["technical_actions"], total);
    assert_eq!(actions(&db), total);
    let list = ok_json(&cli(&db, &["backup", "--list"]));
    let kept = list.as_array().expect("list");
    assert_eq!(kept.len(), 1, "the data before the restore is kept: {list}");
    assert_eq!(kept[0]["records"]["technical_actions"], total - 50);
}

#[test]
fn a_bad_copy_is_refused_with_its_code_and_the_base_is_unchanged() {
    let (dir, db) = demo_db();
    let text = dir.path().join("notes.sqlite");
    std::fs::write(&text, "rien\n".repeat(1000)).expect("write");
    let before = std::fs::read(&db).expect("read");
    for (file, code) in [
        (&text, "BAD_FILE"),
        (&dir.path().join("absente.sqlite"), "BAD_FILE"),
    ] {
        assert_eq!(
            error_code(&cli(&db, &["restore", &file.to_string_lossy()])),
            code
        );
    }
    assert_eq!(error_code(&cli(&db, &["backup"])), "INVALID_INPUT");
    assert_eq!(
        std::fs::read(&db).expect("read"),
        before,
        "the base is unchanged"
    );
}

#[test]
fn a_damaged_base_is_refused_then_replaced_by_a_good_copy_and_kept_aside() {
    let (dir, db) = demo_db();
    let copy = dir.path().join("copie.sqlite");
    ok_json(&cli(&db, &["backup", "--out", &copy.to_string_lossy()]));
    let total = actions(&copy);
    let mut data = std::fs::read(&db).expect("read");
    let middle = data.len() / 2;
    data[middle..middle + 8192].fill(0x33);
    std::fs::write(&db, &data).expect("damage");
    assert_eq!(
        error_code(&cli(&db, &["kpis", "--year", "2016"])),
        "DB_CORRUPT"
    );
    assert_eq!(
        std::fs::read(&db).expect("read"),
        data,
        "refused, not modified"
    );

    ok_json(&cli(&db, &["restore", &copy.to_string_lossy()]));
    assert_eq!(actions(&db), total);
    let aside: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .expect("backups")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("endommagee"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept");
    assert_eq!(std::fs::read(aside[0].path()).expect("read"), data);
}
