//! The demo template's key: a hash of the core's sources and of the lock file, so a
//! template made by an earlier core is never reused.

use std::path::Path;

fn main() {
    let core = Path::new("../core");
    let mut files = Vec::new();
    for dir in ["src", "locales"] {
        collect(&core.join(dir), &mut files);
        println!("cargo:rerun-if-changed=../core/{dir}");
    }
    files.push(Path::new("../../Cargo.lock").to_path_buf());
    println!("cargo:rerun-if-changed=../../Cargo.lock");
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for b in file.to_string_lossy().bytes().chain(bytes) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=COOPDESK_CORE_HASH={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
