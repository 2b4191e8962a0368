//! What CoopDesk's test binaries share. The demo data takes ~13 s to generate in a debug
//! build and two dozen tests need it: it is generated once per build of the core into a
//! template (plaintext, and encrypted under the tests' passphrase), and each test works on
//! its own copy of the file. The template's name carries a hash of the core's sources, so
//! a change to the generator or the schema makes a new one.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use coopdesk_core::store::key::Passphrase;
use coopdesk_core::Store;

/// The passphrase of every encrypted test database (the demo's, documented in the README).
pub const PASSPHRASE: &str = coopdesk_core::store::key::DEMO;

const HASH: &str = env!("COOPDESK_CORE_HASH");

/// Serialises template creation inside one test binary (tests run on several threads).
static MAKING: Mutex<()> = Mutex::new(());

fn template_dir() -> PathBuf {
    Path::new(env!("OUT_DIR")).join("templates")
}

/// The plaintext demo template, made on first use.
fn plain_template() -> PathBuf {
    let _guard = MAKING.lock().unwrap_or_else(|e| e.into_inner());
    let path = template_dir().join(format!("demo-{HASH}.sqlite"));
    if !path.exists() {
        make(&path, |tmp| {
            let mut store = Store::open(tmp).expect("open the template");
            store.load_demo(false).expect("demo data");
        });
    }
    path
}

/// The demo template encrypted under [`PASSPHRASE`], made on first use.
fn encrypted_template() -> PathBuf {
    let plain = plain_template();
    let _guard = MAKING.lock().unwrap_or_else(|e| e.into_inner());
    let path = template_dir().join(format!("demo-{HASH}-chiffree.sqlite"));
    if !path.exists() {
        make(&path, |tmp| {
            std::fs::copy(&plain, tmp).expect("copy the template");
            Store::encrypt_plaintext(tmp, &passphrase()).expect("encrypt the template");
        });
    }
    path
}

/// Writes a template through `fill` at a private name, then renames it into place: another
/// test binary running at the same time never sees a half-made file. Older templates go.
fn make(path: &Path, fill: impl FnOnce(&Path)) {
    let dir = template_dir();
    std::fs::create_dir_all(&dir).expect("create the template folder");
    let tmp = dir.join(format!("partial-{}-{HASH}.sqlite", std::process::id()));
    fill(&tmp);
    std::fs::rename(&tmp, path).expect("put the template in place");
    for entry in std::fs::read_dir(&dir)
        .expect("list the templates")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("demo-") && !name.contains(HASH) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The tests' passphrase.
pub fn passphrase() -> Passphrase {
    Passphrase::demo()
}

/// Copies the plaintext demo database to `dest` (its folder must exist).
pub fn demo_file(dest: &Path) {
    std::fs::copy(plain_template(), dest).expect("copy the demo template");
}

/// Copies the demo database encrypted under [`PASSPHRASE`] to `dest`.
pub fn encrypted_demo_file(dest: &Path) {
    std::fs::copy(encrypted_template(), dest).expect("copy the encrypted template");
}

/// A plaintext store holding the demo data at `dest`.
pub fn demo_store(dest: &Path) -> Store {
    demo_file(dest);
    Store::open(dest).expect("open the demo copy")
}
