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
