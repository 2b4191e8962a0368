//! The GIGN course catalogue and its instructors.

use rusqlite::Transaction;

use super::names::NameBook;
use super::rng::Rng;
use crate::error::Result;
use crate::gign::course::{self, Level, Mission, NewCourse};

/// A course once inserted.
pub(crate) struct Course {
    pub id: i64,
    pub title: &'static str,
    pub days: i64,
    pub capacity: i64,
    /// Ends with an assessment (passed / failed); otherwise trainees have attended.
    pub assessed: bool,
    /// Can be taught in the requesting state.
    pub exportable: bool,
}

struct Def {
    code: &'static str,
    title: &'static str,
    mission: Mission,
    level: Level,
    days: i64,
    capacity: i64,
    prerequisites: &'static str,
    description: &'static str,
    assessed: bool,
    exportable: bool,
}

const COURSES: &[Def] = &[
    Def { code: "INT-1", title: "Techniques d'intervention — niveau initial", mission: Mission::Intervention, level: Level::Basic, days: 10, capacity: 14,
        prerequisites: "Appartenir à une unité d'intervention ou de sécurité ; aptitude physique.",
        description: "Progression en colonne, entrée dans les locaux, interpellation à risque, techniques de contrôle.", assessed: true, exportable: true },
    Def { code: "INT-2", title: "Intervention en milieu clos et dans les transports", mission: Mission::Intervention, level: Level::Advanced, days: 10, capacity: 12,
        prerequisites: "Stage INT-1 ou expérience équivalente.",
        description: "Prise d'otages dans un bus, un train ou un avion ; intervention simultanée sur plusieurs points.", assessed: true, exportable: false },
    Def { code: "INT-MAR", title: "Intervention en milieu maritime", mission: Mission::Intervention, level: Level::Expert, days: 10, capacity: 8,
        prerequisites: "Stage INT-2 ; aptitude à la nage de combat.",
        description: "Abordage de navires, progression à bord, reprise d'une plateforme.", assessed: true, exportable: false },
    Def { code: "TIR-OP", title: "Tir opérationnel et techniques de combat", mission: Mission::Intervention, level: Level::Basic, days: 5, capacity: 12,
        prerequisites: "", description: "Tir de combat à l'arme de poing et à l'arme longue, déplacements sous le feu.", assessed: true, exportable: true },
    Def { code: "NEG-1", title: "Négociation de crise", mission: Mission::Negotiation, level: Level::Basic, days: 5, capacity: 12,
        prerequisites: "Officier ou sous-officier appelé à négocier.",
        description: "Prise de contact, gestion du stress et de l'émotion, négociation en situation de prise d'otages.", assessed: false, exportable: true },
    Def { code: "NEG-2", title: "Négociation — perfectionnement", mission: Mission::Negotiation, level: Level::Advanced, days: 5, capacity: 10,
        prerequisites: "Stage NEG-1.", description: "Forcenés, suicidaires, revendications terroristes ; travail en cellule de négociation.", assessed: false, exportable: false },
    Def { code: "TP", title: "Tir de précision (tireurs d'élite)", mission: Mission::PrecisionShooting, level: Level::Advanced, days: 10, capacity: 8,
        prerequisites: "Tireur qualifié de son unité.", description: "Tir à longue distance, tir coordonné, observation et compte rendu.", assessed: true, exportable: true },
    Def { code: "PR", title: "Protection rapprochée de hautes personnalités", mission: Mission::Protection, level: Level::Basic, days: 10, capacity: 12,
        prerequisites: "", description: "Dispositifs de protection, déplacements motorisés, réaction à une attaque.", assessed: true, exportable: true },
    Def { code: "EFF", title: "Effraction mécanique, balistique et explosive", mission: Mission::Breaching, level: Level::Advanced, days: 5, capacity: 8,
        prerequisites: "Stage INT-1.", description: "Ouverture de portes et d'obstacles, choix du mode d'effraction, sécurité.", assessed: true, exportable: true },
    Def { code: "MS-ACC", title: "Moyens spéciaux : accès en hauteur et techniques de corde", mission: Mission::SpecialMeans, level: Level::Advanced, days: 5, capacity: 8,
        prerequisites: "Aptitude au travail en hauteur.", description: "Descente en rappel, accès par façade, franchissement.", assessed: true, exportable: false },
    Def { code: "MS-OBS", title: "Moyens spéciaux : observation et surveillance technique", mission: Mission::SpecialMeans, level: Level::Expert, days: 5, capacity: 6,
        prerequisites: "", description: "Capteurs, drones, renseignement technique au profit d'une intervention.", assessed: false, exportable: false },
    Def { code: "GC", title: "Gestion de crise et commandement d'une opération d'intervention", mission: Mission::CrisisManagement, level: Level::Expert, days: 5, capacity: 14,
        prerequisites: "Officier commandant une unité.", description: "Poste de commandement, planification, coordination avec les autorités.", assessed: false, exportable: true },
    Def { code: "FF", title: "Formation de formateurs en techniques d'intervention", mission: Mission::Instructor, level: Level::Expert, days: 15, capacity: 10,
        prerequisites: "Stage INT-1 ; expérience d'instructeur.", description: "Pédagogie, conception de séances, évaluation des stagiaires.", assessed: true, exportable: true },
];

/// Inserts the catalogue and the instructors.
pub(crate) fn insert_catalogue(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    names: &mut NameBook,
) -> Result<(Vec<Course>, Vec<i64>)> {
    let mut courses = Vec::new();
    for c in COURSES {
        let id = course::insert_course(
            tx,
            &NewCourse {
                code: format!("GIGN-{}", c.code),
                title: c.title.to_owned(),
                mission: c.mission,
                level: c.level,
                duration_days: c.days,
                capacity: c.capacity,
                prerequisites: c.prerequisites.to_owned(),
                description: c.description.to_owned(),
            },
        )?;
        courses.push(Course {
            id,
            title: c.title,
            days: c.days,
            capacity: c.capacity,
            assessed: c.assessed,
            exportable: c.exportable,
        });
    }
    let mut instructors = Vec::new();
    for _ in 0..15 {
        let (first, last) = names.french(rng)?;
        instructors.push(course::insert_instructor(
            tx,
            &format!("{first} {}", last.to_uppercase()),
        )?);
    }
    Ok((courses, instructors))
}
