//! The committed TypeScript bindings must match the Rust commands and types.
//! Regenerate with `UPDATE_BINDINGS=1 cargo test -p coopdesk --test bindings`.

use std::path::PathBuf;

#[test]
fn typescript_bindings_are_current() {
    let committed =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/generated/bindings.ts");
    let dir = tempfile::tempdir().expect("temp dir");
    let fresh = dir.path().join("bindings.ts");
    coopdesk_lib::export_bindings(&fresh).expect("export");
    let fresh = std::fs::read_to_string(&fresh).expect("read fresh bindings");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed, &fresh).expect("write bindings");
        return;
    }
    let current = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        current == fresh,
        "ui/src/lib/generated/bindings.ts is stale: run UPDATE_BINDINGS=1 cargo test -p coopdesk --test bindings"
    );
}
