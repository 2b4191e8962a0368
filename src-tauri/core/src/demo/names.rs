//! Invented names. First and last names are drawn separately from common names of each
//! language area, so no record describes a real person.

use std::collections::BTreeSet;

use super::rng::Rng;
use crate::error::Result;

#[rustfmt::skip]
const FR_FIRST: &[&str] = &[
    "Julien", "Nicolas", "Stéphane", "Laurent", "Sébastien", "Christophe", "Frédéric", "Olivier",
    "Thierry", "Pascal", "Philippe", "Éric", "David", "Jérôme", "Franck", "Guillaume", "Arnaud",
    "Vincent", "Benoît", "Cédric", "Damien", "Emmanuel", "Fabrice", "Grégory", "Hervé",
    "Jean-Marc", "Jean-Luc", "Ludovic", "Mathieu", "Patrice", "Régis", "Romain", "Xavier", "Yann",
    "Bruno", "Claire", "Nathalie", "Sandrine", "Isabelle", "Valérie", "Céline", "Sophie",
    "Stéphanie", "Karine", "Aurélie", "Émilie", "Hélène", "Virginie", "Anne-Laure", "Caroline",
    "Delphine", "Marion", "Laetitia", "Élodie", "Gaëlle", "Armelle", "Pauline", "Agnès",
    "Béatrice", "Corinne",
];

#[rustfmt::skip]
const FR_LAST: &[&str] = &[
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
    "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël",
    "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie",
    "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre",
    "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois",
    "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre",
    "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot",
    "Rivière", "Le Gall", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte",
    "Ménard", "Fleury", "Deschamps", "Carpentier", "Julien", "Benoît", "Paris", "Maillard",
    "Marchal", "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier",
    "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton",
    "Rémy", "Schneider", "Perrot", "Guyot", "Barre", "Marty", "Cousin",
];

#[rustfmt::skip]
const WEST_AFRICA_FIRST: &[&str] = &[
    "Mamadou", "Moussa", "Ibrahima", "Ousmane", "Abdoulaye", "Cheikh", "Seydou", "Adama",
    "Aminata", "Fatou", "Issa", "Boubacar", "Souleymane", "Yacouba", "Hamidou", "Koffi", "Amadou",
    "Aïssatou", "Lassina", "Modibo",
];

#[rustfmt::skip]
const WEST_AFRICA_LAST: &[&str] = &[
    "Diop", "Ndiaye", "Fall", "Sow", "Traoré", "Keïta", "Coulibaly", "Diallo", "Ouédraogo",
    "Sawadogo", "Kaboré", "Konaté", "Touré", "Cissé", "Koné", "Kouassi", "Bamba", "Issoufou",
    "Adjovi", "Houngbo", "Agbodjan", "Sanogo", "Diarra", "Sylla", "Camara", "Barry",
];

#[rustfmt::skip]
const CENTRAL_AFRICA_FIRST: &[&str] = &[
    "Jean-Pierre", "Serge", "Hervé", "Blaise", "Mahamat", "Idriss", "Christelle", "Landry",
    "Brice", "Armand", "Fabrice", "Guy-Roger", "Patrick", "Rodrigue", "Aimé", "Ghislain",
];

#[rustfmt::skip]
const CENTRAL_AFRICA_LAST: &[&str] = &[
    "Mbarga", "Essomba", "Ngono", "Atangana", "Nzeng", "Mba", "Ondo", "Obiang", "Ndong", "Abakar",
    "Oumar", "Mabiala", "Kabila", "Tshibanda", "Mbemba", "Ngoma", "Nguema", "Moukala",
];

#[rustfmt::skip]
const ARABIC_FIRST: &[&str] = &[
    "Mohamed", "Ahmed", "Youssef", "Karim", "Omar", "Khalid", "Hassan", "Rachid", "Samir", "Nabil",
    "Tarek", "Walid", "Amine", "Hicham", "Sami", "Ali", "Fatima", "Leïla", "Mehdi", "Yassine",
    "Faisal", "Saïd",
];

#[rustfmt::skip]
const ARABIC_LAST: &[&str] = &[
    "Benali", "El Amrani", "Bennani", "Alaoui", "Haddad", "Khoury", "Mansour", "Saleh",
    "Al-Rashid", "Al-Mansouri", "Hamdi", "Trabelsi", "Ben Salah", "Abdallah", "Nasser", "Karam",
    "Farhat", "Ould Ahmed", "Ould Mohamed", "Chaabane", "Bouzid", "Jaziri", "Al-Harbi", "Naciri",
];

#[rustfmt::skip]
const HISPANIC_FIRST: &[&str] = &[
    "Juan", "Carlos", "José", "Luis", "Miguel", "Jorge", "Andrés", "Diego", "Alejandro", "María",
    "Ana", "Fernando", "Ricardo", "Javier", "Sergio", "Camila", "Óscar", "Raúl",
];

#[rustfmt::skip]
const HISPANIC_LAST: &[&str] = &[
    "García", "Rodríguez", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez",
    "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Castillo", "Vargas", "Morales",
    "Rojas", "Mendoza", "Herrera", "Medina", "Aguilar",
];

#[rustfmt::skip]
const LUSOPHONE_FIRST: &[&str] = &[
    "João", "Pedro", "Paulo", "Rafael", "Thiago", "Marcelo", "Lucas", "Bruno", "Mariana",
    "Fernanda", "Rodrigo", "Gustavo", "Felipe", "António", "Manuel", "Domingos",
];

#[rustfmt::skip]
const LUSOPHONE_LAST: &[&str] = &[
    "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho",
    "Gomes", "Ribeiro", "Martins", "Rocha", "Lima", "Barbosa", "Cardoso",
];

#[rustfmt::skip]
const EAST_EUROPE_FIRST: &[&str] = &[
    "Nikola", "Marko", "Stefan", "Ivan", "Dragan", "Andrei", "Mihai", "Bogdan", "Georgi", "Petar",
    "Arben", "Ilir", "Elena", "Giorgi", "Oleksandr", "Dmytro", "Milan", "Vlad", "Adrian", "Besnik",
    "Dejan", "Sorin",
];

#[rustfmt::skip]
const EAST_EUROPE_LAST: &[&str] = &[
    "Petrović", "Jovanović", "Nikolić", "Marković", "Popescu", "Ionescu", "Dimitrov", "Georgiev",
    "Ivanov", "Kovačević", "Hoxha", "Krasniqi", "Shehu", "Rusu", "Ciobanu", "Kovalenko",
    "Shevchenko", "Beridze", "Kapanadze", "Stojanović", "Popa", "Todorov",
];

#[rustfmt::skip]
const ASIA_FIRST: &[&str] = &[
    "Minh", "Tuan", "Hung", "Budi", "Agus", "Rizal", "Hafiz", "Arjun", "Rahul", "Daniyar",
    "Somchai", "Anan", "Wei", "Hiroshi", "Nurlan", "Bayu", "Thanh", "Aziz",
];

#[rustfmt::skip]
const ASIA_LAST: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Santoso", "Wijaya", "Hidayat", "Abdullah", "Rahman", "Ismail",
    "Singh", "Sharma", "Kumar", "Nurlanov", "Sadykov", "Saetang", "Wongsakul", "Hakim", "Prasetyo",
    "Vo",
];

#[rustfmt::skip]
const ENGLISH_FIRST: &[&str] = &[
    "James", "John", "Michael", "David", "Peter", "Samuel", "Joseph", "Daniel", "Grace", "Kwame",
    "Emmanuel", "Patrick", "Sarah", "Thomas", "Brian", "Kevin",
];

#[rustfmt::skip]
const ENGLISH_LAST: &[&str] = &[
    "Smith", "Johnson", "Brown", "Williams", "Mensah", "Owusu", "Okafor", "Adeyemi", "Kamau",
    "Otieno", "Mwangi", "Banda", "Phiri", "Wilson", "Taylor", "O'Brien", "Murphy", "Njoroge",
];

/// The language areas trainees come from, for their names, ranks and languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Area {
    WestAfrica,
    CentralAfrica,
    Arabic,
    Hispanic,
    Lusophone,
    EastEurope,
    Asia,
    English,
}

impl Area {
    fn pools(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Area::WestAfrica => (WEST_AFRICA_FIRST, WEST_AFRICA_LAST),
            Area::CentralAfrica => (CENTRAL_AFRICA_FIRST, CENTRAL_AFRICA_LAST),
            Area::Arabic => (ARABIC_FIRST, ARABIC_LAST),
            Area::Hispanic => (HISPANIC_FIRST, HISPANIC_LAST),
            Area::Lusophone => (LUSOPHONE_FIRST, LUSOPHONE_LAST),
            Area::EastEurope => (EAST_EUROPE_FIRST, EAST_EUROPE_LAST),
            Area::Asia => (ASIA_FIRST, ASIA_LAST),
            Area::English => (ENGLISH_FIRST, ENGLISH_LAST),
        }
    }

    /// Ranks, in French.
    pub(crate) fn ranks(self) -> &'static [&'static str] {
        match self {
            Area::WestAfrica | Area::CentralAfrica | Area::Arabic => &[
                "Lieutenant",
                "Lieutenant",
                "Capitaine",
                "Adjudant",
                "Adjudant-chef",
                "Sergent-chef",
                "Maréchal des logis-chef",
                "Commandant",
                "Officier de police",
                "Inspecteur de police",
            ],
            _ => &[
                "Lieutenant",
                "Capitaine",
                "Capitaine",
                "Commandant",
                "Sergent",
                "Sergent-chef",
                "Adjudant",
                "Inspecteur",
                "Inspecteur principal",
                "Commissaire",
            ],
        }
    }

    /// The languages a trainee of this area usually speaks.
    pub(crate) fn languages(self) -> &'static str {
        match self {
            Area::WestAfrica | Area::CentralAfrica => "français",
            Area::Arabic => "arabe, français",
            Area::Hispanic => "espagnol, anglais",
            Area::Lusophone => "portugais, anglais",
            Area::EastEurope | Area::Asia => "anglais",
            Area::English => "anglais",
        }
    }

    /// The language a session abroad is taught in.
    pub(crate) fn session_language(self) -> &'static str {
        match self {
            Area::WestAfrica | Area::CentralAfrica => "français",
            Area::Arabic => "français (interprétation arabe)",
            Area::Hispanic => "espagnol (interprétation)",
            Area::Lusophone => "portugais (interprétation)",
            _ => "anglais",
        }
    }
}

/// Draws names without repeating a full name.
pub(crate) struct NameBook {
    used: BTreeSet<(String, String)>,
}

impl NameBook {
    pub(crate) fn new() -> Self {
        Self {
            used: BTreeSet::new(),
        }
    }

    /// (first name, last name) of a French agent or instructor.
    pub(crate) fn french(&mut self, rng: &mut Rng) -> Result<(String, String)> {
        self.draw(rng, FR_FIRST, FR_LAST)
    }

    /// (first name, last name) of a foreign trainee.
    pub(crate) fn foreign(&mut self, rng: &mut Rng, area: Area) -> Result<(String, String)> {
        let (first, last) = area.pools();
        self.draw(rng, first, last)
    }

    fn draw(&mut self, rng: &mut Rng, first: &[&str], last: &[&str]) -> Result<(String, String)> {
        let mut name = (String::new(), String::new());
        for attempt in 0..40 {
            name = (rng.pick(first)?.to_owned(), rng.pick(last)?.to_owned());
            if attempt >= 30 {
                // The pool is nearly exhausted: a compound name keeps names distinct.
                name.1 = format!("{}-{}", name.1, rng.pick(last)?);
            }
            if !self.used.contains(&name) {
                break;
            }
        }
        self.used.insert(name.clone());
        Ok(name)
    }
}
