//! The benchmarks' database: the demo data with every action copied nine more times
//! (about 380,000 actions over 2007–2025), built once per run, encrypted as the window's is.

use std::sync::OnceLock;

use coopdesk_core::store::key::Passphrase;
use coopdesk_core::Store;

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub store: std::sync::Mutex<Store>,
}

/// The demo data, then every action copied nine more times under new references.
pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("bench.sqlite");
        let mut store = Store::create(&path, &Passphrase::demo()).expect("create");
        store.load_demo(false).expect("demo");
        store
            .write(|tx| {
                for copy in 1..10 {
                    tx.execute(
                        "INSERT INTO technical_action (reference, title, ssi_id, country, kind_id,
                             domain_id, programme_id, funder_id, start_date, end_date, beneficiary,
                             participants, cost_cents, status, evaluation)
                         SELECT reference || '-x' || ?1, title, ssi_id, country, kind_id, domain_id,
                                programme_id, funder_id, start_date, end_date, beneficiary,
                                participants, cost_cents, status, evaluation
                           FROM technical_action WHERE reference NOT LIKE '%-x%'",
                        [copy],
                    )?;
                }
                Ok(())
            })
            .expect("10x volume");
        store.conn().execute_batch("ANALYZE").expect("analyze");
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM technical_action", [], |r| r.get(0))
            .expect("count");
        eprintln!("technical actions in the bench database: {n}");
        Fixture {
            _dir: dir,
            store: std::sync::Mutex::new(store),
        }
    })
}
