//! Partner units and trainees, searched and sorted the French way (case, accents and
//! punctuation aside, `text::fold` in the core).

use coopdesk_core::gign::partner::NewUnit;
use coopdesk_core::gign::trainee::NewTrainee;

use crate::fixtures::temp_store;

fn unit(store: &mut coopdesk_core::Store, name: &str, country: &str) -> i64 {
    store
        .unit_create(&NewUnit {
            name: name.into(),
            country: country.into(),
            network_ids: Vec::new(),
        })
        .expect("unit")
}

#[test]
fn units_are_sorted_by_country_the_french_way() {
    let (_dir, mut store) = temp_store();
    for (name, country) in [
        ("BRIGADE ANTI-GANG", "HR"),
        ("Unité d'intervention", "BF"),
        ("GIGN ivoirien", "CI"),
        ("Unité spéciale", "BJ"),
    ] {
        unit(&mut store, name, country);
    }
    let countries: Vec<String> = store
        .units()
        .expect("units")
        .into_iter()
        .map(|u| u.country_name)
        .collect();
    assert_eq!(
        countries,
        ["Bénin", "Burkina Faso", "Côte d'Ivoire", "Croatie"]
    );
}

#[test]
fn a_trainee_is_found_without_the_accents_of_the_name() {
    let (_dir, mut store) = temp_store();
    for (last, first) in [
        ("Ben Saïd", "Leïla"),
        ("Bensaid", "Leila"),
        ("Martin", "Léo"),
    ] {
        store
            .trainee_create(&NewTrainee {
                last_name: last.into(),
                first_name: first.into(),
                country: "TN".into(),
                unit_id: None,
                rank: "Lieutenant".into(),
                languages: "arabe".into(),
            })
            .expect("trainee");
    }
    let names = |text: &str| -> Vec<String> {
        store
            .trainees(text, None, None)
            .expect("search")
            .into_iter()
            .map(|t| t.first_name)
            .collect()
    };
    assert_eq!(names("leila"), ["Leïla", "Leila"]);
    assert_eq!(names("LEÏLA"), ["Leïla", "Leila"]);
    // Punctuation separates words: « ben-saïd » is « ben » and « said ».
    assert_eq!(names("ben-saïd"), ["Leïla", "Leila"]);
    // A LIKE wildcard typed in the box is punctuation, never a pattern.
    assert_eq!(names("%").len(), 3);
    assert!(names("100%").is_empty());
    assert_eq!(names("leo"), ["Léo"]);
}

#[test]
fn a_unit_and_an_exchange_are_edited_with_the_rules_of_their_creation() {
    use coopdesk_core::gign::partner::{ExchangeKind, NewExchange};
    let (_dir, mut store) = temp_store();
    let (atlas, negotiators) = store
        .write(|tx| {
            Ok((
                coopdesk_core::gign::partner::insert_network(tx, "ATLAS", "Réseau ATLAS")?,
                coopdesk_core::gign::partner::insert_network(tx, "NEG", "Négociateurs")?,
            ))
        })
        .expect("networks");
    let gsg = store
        .unit_create(&NewUnit {
            name: "GSG 9".into(),
            country: "DE".into(),
            network_ids: vec![atlas],
        })
        .expect("unit");
    let cobra = unit(&mut store, "EKO Cobra", "AT");
    let edited = NewUnit {
        name: "GSG 9 der Bundespolizei".into(),
        country: "DE".into(),
        network_ids: vec![negotiators],
    };
    store.unit_update(gsg, &edited).expect("edited");
    assert_eq!(store.unit_input(gsg).expect("read back"), edited);
    assert_eq!(
        store.unit(gsg).expect("page").unit.networks,
        ["Négociateurs"]
    );
    // Two units of one country cannot share a name; every refused field at once.
    let err = store
        .unit_update(
            cobra,
            &NewUnit {
                name: "GSG 9 der Bundespolizei".into(),
                country: "DE".into(),
                network_ids: vec![999],
            },
        )
        .expect_err("taken");
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["network_ids", "name"]);
    assert_eq!(
        store.unit_input(cobra).expect("unchanged").name,
        "EKO Cobra"
    );

    let exchange = NewExchange {
        kind: ExchangeKind::Tactical,
        title: "Exercice commun".into(),
        start_date: crate::fixtures::d(2025, 5, 12),
        end_date: crate::fixtures::d(2025, 5, 16),
        country: "FR".into(),
        network_id: Some(atlas),
        unit_ids: vec![gsg],
    };
    let x = store.exchange_create(&exchange).expect("exchange");
    let moved = NewExchange {
        kind: ExchangeKind::Retex,
        title: "Retour d'expérience".into(),
        country: "AT".into(),
        network_id: None,
        unit_ids: vec![cobra, gsg],
        ..exchange.clone()
    };
    store.exchange_update(x, &moved).expect("edited");
    let back = store.exchange_input(x).expect("read back");
    assert_eq!(back.title, "Retour d'expérience");
    assert_eq!(back.unit_ids.len(), 2);
    let err = store
        .exchange_update(
            x,
            &NewExchange {
                end_date: crate::fixtures::d(2025, 5, 1),
                ..moved.clone()
            },
        )
        .expect_err("end before start");
    assert_eq!(err.field.as_deref(), Some("end_date"));
    assert_eq!(store.exchange_input(x).expect("unchanged"), back);
    assert_eq!(
        store.exchange_input(9999).expect_err("none").code,
        coopdesk_core::ErrorCode::NotFound
    );
}
