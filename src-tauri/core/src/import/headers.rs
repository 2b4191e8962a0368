//! The fields each kind of file may hold and the French and English headers that name
//! them. Headers match whatever their case, accents and punctuation, with or without a
//! unit in brackets (« Coût (€) », "Cost (EUR)"). The synonyms are data the matcher reads,
//! not translations: they stay here, the display labels live in `import.ftl`.

use serde::{Deserialize, Serialize};

use super::values::fold;
use super::ImportKind;
use crate::i18n;

/// A field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ImportField {
    Reference,
    Title,
    Ssi,
    Country,
    Kind,
    Domain,
    Programme,
    Funder,
    StartDate,
    EndDate,
    Beneficiary,
    Participants,
    Cost,
    Status,
    Evaluation,
    OpenedOn,
    Channel,
    PersonsLocated,
    ArrestWarrants,
    LastName,
    FirstName,
    Unit,
    Rank,
    Languages,
    Code,
    City,
    ClosedOn,
    Coverage,
}

impl ImportField {
    /// The French label, for the mapping screen and messages.
    pub fn label(self) -> String {
        let id = crate::validate::enum_str(self).unwrap_or_default();
        i18n::tr(&format!("import-field-{}", id.replace('_', "-")), &[])
    }
}

/// One field of a kind: required or not, and the headers that name it.
pub(crate) struct FieldDef {
    pub field: ImportField,
    pub required: bool,
    pub synonyms: &'static [&'static str],
}

const fn def(field: ImportField, required: bool, synonyms: &'static [&'static str]) -> FieldDef {
    FieldDef {
        field,
        required,
        synonyms,
    }
}

use ImportField as F;

const SSI: &[&str] = &["SSI", "Code SSI", "Service de sécurité intérieure", "Poste"];
const COUNTRY: &[&str] = &[
    "Pays",
    "Country",
    "Pays bénéficiaire",
    "Code pays",
    "Country code",
];
const DOMAIN: &[&str] = &["Domaine", "Domain", "Thématique", "Thème", "Theme", "Topic"];

#[rustfmt::skip]
const ACTIONS: &[FieldDef] = &[
    def(F::Reference, true, &["Référence", "Reference", "Réf", "Ref", "N° action", "Numéro"]),
    def(F::Title, true, &["Intitulé", "Title", "Titre", "Libellé", "Objet"]),
    def(F::Ssi, true, SSI),
    def(F::Country, true, COUNTRY),
    def(F::Kind, true, &["Type", "Kind", "Type d'action", "Action type", "Nature"]),
    def(F::Domain, true, DOMAIN),
    def(F::Programme, false, &["Programme", "Program", "Code programme"]),
    def(F::Funder, false, &["Bailleur", "Funder", "Financeur", "Bailleur de fonds", "Donor"]),
    def(F::StartDate, true, &["Date de début", "Start date", "Début", "Start", "Du", "From"]),
    def(F::EndDate, true, &["Date de fin", "End date", "Fin", "End", "Au", "To"]),
    def(F::Beneficiary, false, &["Bénéficiaire", "Beneficiary", "Service bénéficiaire"]),
    def(F::Participants, true, &["Participants", "Nombre de participants", "Nb participants", "Stagiaires"]),
    def(F::Cost, true, &["Coût", "Cost", "Coût (€)", "Cost (EUR)", "Montant", "Amount", "Coût total"]),
    def(F::Status, true, &["Statut", "Status", "État d'avancement", "Etat"]),
    def(F::Evaluation, false, &["Évaluation", "Evaluation", "Bilan", "Commentaire", "Comment"]),
];

#[rustfmt::skip]
const CASES: &[FieldDef] = &[
    def(F::Reference, true, &["Référence", "Reference", "Réf", "Ref", "N° affaire", "Numéro"]),
    def(F::Ssi, true, SSI),
    def(F::Country, true, COUNTRY),
    def(F::Kind, true, &["Type", "Kind", "Type d'affaire", "Case type", "Nature"]),
    def(F::Domain, true, DOMAIN),
    def(F::OpenedOn, true, &["Date", "Date d'ouverture", "Opened on", "Ouverture", "Opening date", "Date de l'affaire"]),
    def(F::Channel, false, &["Canal", "Channel", "Canal de coopération"]),
    def(F::PersonsLocated, true, &["Personnes localisées", "Persons located", "Localisés", "Localisations", "Located"]),
    def(F::ArrestWarrants, true, &["Mandats d'arrêt", "Arrest warrants", "Sous mandat d'arrêt", "Mandats", "Warrants", "Sous mandat"]),
];

#[rustfmt::skip]
const TRAINEES: &[FieldDef] = &[
    def(F::LastName, true, &["Nom", "Last name", "Nom de famille", "Family name", "Surname"]),
    def(F::FirstName, true, &["Prénom", "First name", "Given name", "Prénoms"]),
    def(F::Country, true, &["État", "Pays", "Country", "State", "Nationalité", "Nationality"]),
    def(F::Unit, false, &["Unité", "Unit", "Service", "Unité d'origine"]),
    def(F::Rank, false, &["Grade", "Rank"]),
    def(F::Languages, false, &["Langues", "Languages", "Langue", "Language"]),
];

#[rustfmt::skip]
const SSIS: &[FieldDef] = &[
    def(F::Code, true, &["Code", "Code SSI", "SSI", "Sigle"]),
    def(F::City, true, &["Ville", "City", "Résidence", "Poste"]),
    def(F::Country, true, &["Pays de résidence", "Residence country", "Pays", "Country"]),
    def(F::OpenedOn, true, &["Date d'ouverture", "Opened on", "Ouverture", "Ouvert le", "Opening date", "Création"]),
    def(F::ClosedOn, false, &["Date de fermeture", "Closed on", "Fermeture", "Fermé le", "Closing date"]),
    def(F::Coverage, false, &["Pays couverts", "Covered countries", "Zone de compétence", "Compétence", "Coverage"]),
];

pub(crate) fn defs(kind: ImportKind) -> &'static [FieldDef] {
    match kind {
        ImportKind::Actions => ACTIONS,
        ImportKind::Cases => CASES,
        ImportKind::Trainees => TRAINEES,
        ImportKind::Ssi => SSIS,
    }
}

/// Whether `field` is one of `kind`'s, and required.
pub(crate) fn find(kind: ImportKind, field: ImportField) -> Option<&'static FieldDef> {
    defs(kind).iter().find(|d| d.field == field)
}

/// The field a header names, if any.
pub(crate) fn field_for(kind: ImportKind, header: &str) -> Option<ImportField> {
    let full = fold(header);
    if full.is_empty() {
        return None;
    }
    // « Coût (€) » → « Coût »: a unit in brackets does not change the field, unless it
    // is a multiplier (« Coût (k€) » is not in euros, so it is left for the user to map).
    let bare = match header.split_once('(') {
        Some((name, unit)) if !is_multiplier(&fold(unit)) => fold(name),
        _ => full.clone(),
    };
    let defs = defs(kind);
    let found = [&full, &bare].into_iter().find_map(|h| {
        defs.iter()
            .find(|d| d.synonyms.iter().any(|s| fold(s) == *h))
            .map(|d| d.field)
    });
    found
}

fn is_multiplier(unit: &str) -> bool {
    let first = unit.split(' ').next().unwrap_or("");
    [
        "k",
        "keur",
        "m",
        "meur",
        "milliers",
        "millions",
        "thousands",
    ]
    .contains(&first)
}

/// The automatic mapping of a header row: each column's field, a field going to its first
/// column only.
pub(crate) fn auto_map(kind: ImportKind, headers: &[String]) -> Vec<Option<ImportField>> {
    let mut seen = Vec::new();
    headers
        .iter()
        .map(|h| {
            let f = field_for(kind, h).filter(|f| !seen.contains(f))?;
            seen.push(f);
            Some(f)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_headers_match_the_action_fields() {
        let k = ImportKind::Actions;
        let cases = [
            ("Référence", F::Reference),
            ("REFERENCE", F::Reference),
            ("ssi", F::Ssi),
            ("Pays", F::Country),
            ("Country", F::Country),
            ("Type", F::Kind),
            ("Kind", F::Kind),
            ("Domaine", F::Domain),
            ("Domain", F::Domain),
            ("Programme", F::Programme),
            ("Bailleur", F::Funder),
            ("Funder", F::Funder),
            ("Date de début", F::StartDate),
            ("date de debut", F::StartDate),
            ("Start date", F::StartDate),
            ("Date de fin", F::EndDate),
            ("End date", F::EndDate),
            ("Participants", F::Participants),
            ("Coût (€)", F::Cost),
            ("Cost (EUR)", F::Cost),
            ("Statut", F::Status),
            ("Status", F::Status),
            ("Intitulé", F::Title),
            ("Title", F::Title),
        ];
        for (header, field) in cases {
            assert_eq!(field_for(k, header), Some(field), "{header}");
        }
        assert_eq!(field_for(k, "Couleur"), None);
        assert_eq!(field_for(k, "Coût (k€)"), None);
        assert_eq!(field_for(k, "Etat"), Some(F::Status));
        assert_eq!(field_for(k, ""), None);
    }

    #[test]
    fn every_field_has_a_label_and_a_column_goes_to_one_field() {
        for kind in [
            ImportKind::Actions,
            ImportKind::Cases,
            ImportKind::Trainees,
            ImportKind::Ssi,
        ] {
            for d in defs(kind) {
                assert!(
                    !d.field.label().starts_with("import-field"),
                    "{:?}",
                    d.field
                );
            }
        }
        let headers = ["Ref".to_owned(), "Référence".to_owned(), "Note".to_owned()];
        assert_eq!(
            auto_map(ImportKind::Actions, &headers),
            [Some(F::Reference), None, None]
        );
    }
}
