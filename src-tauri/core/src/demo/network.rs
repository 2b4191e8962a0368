//! The SSI network: 74 posts open in 2016 covering 158 countries, one post closed in 2014
//! and three opened since 2018. Posts sit in real French embassy cities; the countries each
//! one covers besides its residence are its neighbours in the same region.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::rng::ymd;
use crate::error::Result;
use crate::network::coverage;
use crate::network::ssi::{self, NewSsi};

/// How big a post is: sets its staff and its share of the activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Size {
    Small,
    Medium,
    Large,
}

/// The region of a post, for regional programmes and the themes of its actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Region {
    WesternEurope,
    Balkans,
    EasternEurope,
    Maghreb,
    Sahel,
    WestAfrica,
    CentralAfrica,
    EastAfrica,
    MiddleEast,
    Asia,
    Americas,
    Caribbean,
}

/// One post as written in the table below.
pub(crate) struct SsiDef {
    pub code: &'static str,
    pub city: &'static str,
    pub country: &'static str,
    pub opened: (i32, u32, u32),
    pub closed: Option<(i32, u32, u32)>,
    pub size: Size,
    pub region: Region,
    /// Countries covered besides the residence.
    pub covers: &'static [&'static str],
}

const fn post(
    code: &'static str,
    city: &'static str,
    country: &'static str,
    opened: (i32, u32, u32),
    size: Size,
    region: Region,
    covers: &'static [&'static str],
) -> SsiDef {
    SsiDef {
        code,
        city,
        country,
        opened,
        closed: None,
        size,
        region,
        covers,
    }
}

use Region::*;
use Size::*;

/// The posts, in the order they are inserted.
#[rustfmt::skip]
pub(crate) const POSTS: &[SsiDef] = &[
    // Europe
    post("BER", "Berlin", "DE", (1994, 9, 1), Large, WesternEurope, &["DK"]),
    post("LON", "Londres", "GB", (1993, 9, 1), Large, WesternEurope, &["IE", "IS"]),
    post("MAD", "Madrid", "ES", (1992, 9, 1), Large, WesternEurope, &["AD"]),
    post("ROM", "Rome", "IT", (1993, 1, 4), Large, WesternEurope, &["MT", "SM"]),
    post("BRU", "Bruxelles", "BE", (1995, 9, 1), Large, WesternEurope, &["NL", "LU"]),
    post("VAR", "Varsovie", "PL", (1998, 9, 1), Medium, EasternEurope, &["LT"]),
    post("BUC", "Bucarest", "RO", (1997, 3, 1), Medium, EasternEurope, &["MD"]),
    post("SOF", "Sofia", "BG", (1999, 9, 1), Medium, Balkans, &["MK"]),
    post("BEL", "Belgrade", "RS", (2001, 9, 1), Medium, Balkans, &["ME"]),
    post("ZAG", "Zagreb", "HR", (2002, 9, 1), Small, Balkans, &["SI"]),
    post("SAR", "Sarajevo", "BA", (1998, 3, 2), Small, Balkans, &[]),
    post("TIR", "Tirana", "AL", (2003, 9, 1), Small, Balkans, &[]),
    post("ATH", "Athènes", "GR", (1996, 9, 2), Medium, WesternEurope, &["CY"]),
    post("VIE", "Vienne", "AT", (1997, 9, 1), Medium, WesternEurope, &["SK", "HU", "CZ"]),
    post("BRN", "Berne", "CH", (2000, 9, 1), Small, WesternEurope, &["LI"]),
    post("LIS", "Lisbonne", "PT", (2001, 1, 2), Small, WesternEurope, &[]),
    post("STO", "Stockholm", "SE", (2004, 9, 1), Medium, WesternEurope, &["FI", "NO"]),
    post("RIG", "Riga", "LV", (2015, 9, 1), Small, EasternEurope, &["EE"]),
    post("KIE", "Kiev", "UA", (2005, 9, 1), Medium, EasternEurope, &[]),
    post("MOS", "Moscou", "RU", (1992, 3, 2), Large, EasternEurope, &["BY"]),
    // Africa
    post("RAB", "Rabat", "MA", (1991, 9, 2), Large, Maghreb, &[]),
    post("ALG", "Alger", "DZ", (1999, 9, 1), Large, Maghreb, &[]),
    post("TUN", "Tunis", "TN", (1995, 9, 1), Medium, Maghreb, &[]),
    post("CAI", "Le Caire", "EG", (1996, 1, 2), Medium, MiddleEast, &[]),
    post("DAK", "Dakar", "SN", (1990, 9, 3), Large, WestAfrica, &["GM", "GW", "CV"]),
    post("BAM", "Bamako", "ML", (1998, 9, 1), Medium, Sahel, &[]),
    post("NIA", "Niamey", "NE", (2003, 9, 1), Medium, Sahel, &[]),
    post("NOU", "Nouakchott", "MR", (2009, 9, 1), Small, Sahel, &[]),
    post("OUA", "Ouagadougou", "BF", (2002, 9, 2), Medium, Sahel, &[]),
    post("NDJ", "N'Djamena", "TD", (2010, 9, 1), Medium, Sahel, &[]),
    post("ABI", "Abidjan", "CI", (1993, 9, 1), Large, WestAfrica, &["LR"]),
    post("CON", "Conakry", "GN", (2013, 9, 2), Small, WestAfrica, &["SL"]),
    post("LOM", "Lomé", "TG", (2000, 9, 1), Small, WestAfrica, &["GH", "BJ"]),
    post("ABU", "Abuja", "NG", (2004, 1, 5), Medium, WestAfrica, &[]),
    post("YAO", "Yaoundé", "CM", (1997, 9, 1), Medium, CentralAfrica, &["GQ", "CF"]),
    post("LIB", "Libreville", "GA", (1996, 9, 2), Small, CentralAfrica, &["ST"]),
    post("KIN", "Kinshasa", "CD", (2001, 9, 3), Medium, CentralAfrica, &["CG"]),
    post("NAI", "Nairobi", "KE", (2000, 1, 3), Medium, EastAfrica, &["UG", "RW", "BI", "SO", "TZ"]),
    post("ADD", "Addis-Abeba", "ET", (2006, 9, 1), Small, EastAfrica, &["SS", "ER"]),
    post("DJI", "Djibouti", "DJ", (2009, 1, 5), Small, EastAfrica, &[]),
    post("PRE", "Pretoria", "ZA", (1999, 3, 1), Medium, EastAfrica, &["BW", "NA", "LS", "SZ", "ZW", "MZ", "MW", "ZM"]),
    post("ANT", "Antananarivo", "MG", (2002, 1, 7), Small, EastAfrica, &["MU", "SC", "KM"]),
    post("LUA", "Luanda", "AO", (2011, 9, 1), Small, CentralAfrica, &[]),
    post("KHA", "Khartoum", "SD", (2012, 9, 3), Small, EastAfrica, &[]),
    // Americas
    post("WAS", "Washington", "US", (1991, 1, 7), Large, Americas, &[]),
    post("OTT", "Ottawa", "CA", (2003, 9, 1), Small, Americas, &[]),
    post("MEX", "Mexico", "MX", (1995, 9, 1), Medium, Americas, &["GT", "BZ", "HN", "SV"]),
    post("SJO", "San José", "CR", (2011, 1, 3), Small, Americas, &["NI", "PA"]),
    post("BOG", "Bogota", "CO", (1992, 9, 1), Medium, Americas, &["EC"]),
    post("CAR", "Caracas", "VE", (1998, 9, 1), Small, Americas, &["TT", "GY", "SR"]),
    post("LIM", "Lima", "PE", (2000, 9, 4), Small, Americas, &["BO"]),
    post("BRA", "Brasilia", "BR", (1997, 9, 1), Medium, Americas, &[]),
    post("BUE", "Buenos Aires", "AR", (1999, 9, 1), Small, Americas, &["UY", "PY"]),
    post("SAN", "Santiago", "CL", (2002, 9, 2), Small, Americas, &[]),
    post("SDO", "Saint-Domingue", "DO", (2001, 9, 3), Medium, Caribbean, &["HT", "JM"]),
    post("HAV", "La Havane", "CU", (2004, 9, 1), Small, Caribbean, &[]),
    // Middle East, Asia, Oceania
    post("BEY", "Beyrouth", "LB", (1994, 9, 1), Medium, MiddleEast, &["SY"]),
    post("AMM", "Amman", "JO", (2000, 9, 4), Medium, MiddleEast, &["IQ"]),
    post("RIY", "Riyad", "SA", (2003, 1, 6), Medium, MiddleEast, &["YE", "OM", "BH", "KW"]),
    post("ABD", "Abou Dabi", "AE", (2008, 3, 3), Medium, MiddleEast, &["QA"]),
    post("ANK", "Ankara", "TR", (1993, 9, 1), Large, MiddleEast, &[]),
    post("TLV", "Tel-Aviv", "IL", (2001, 9, 3), Small, MiddleEast, &[]),
    post("TEH", "Téhéran", "IR", (2014, 1, 6), Small, MiddleEast, &[]),
    post("ISL", "Islamabad", "PK", (2010, 3, 1), Small, Asia, &[]),
    post("KAB", "Kaboul", "AF", (2008, 9, 1), Small, Asia, &[]),
    post("NDE", "New Delhi", "IN", (1999, 9, 1), Medium, Asia, &["NP", "BD", "LK"]),
    post("PEK", "Pékin", "CN", (1997, 9, 1), Large, Asia, &["MN"]),
    post("TOK", "Tokyo", "JP", (2001, 9, 3), Medium, Asia, &[]),
    post("SEO", "Séoul", "KR", (2014, 9, 1), Small, Asia, &[]),
    post("BAN", "Bangkok", "TH", (1996, 9, 2), Medium, Asia, &["MM", "LA", "KH"]),
    post("HAN", "Hanoï", "VN", (2012, 3, 1), Small, Asia, &[]),
    post("JAK", "Jakarta", "ID", (2004, 9, 1), Medium, Asia, &["TL"]),
    post("KUA", "Kuala Lumpur", "MY", (2006, 1, 2), Small, Asia, &["SG", "BN"]),
    post("CAN", "Canberra", "AU", (2005, 9, 1), Small, Asia, &["NZ"]),
    // Closed when the embassy left Tripoli in July 2014; Libya has had no SSI since.
    SsiDef { code: "TRI", city: "Tripoli", country: "LY", opened: (2005, 9, 1), closed: Some((2014, 7, 31)), size: Small, region: Maghreb, covers: &[], },
    // Opened after 2016, in countries the network did not cover.
    post("TBI", "Tbilissi", "GE", (2018, 9, 3), Small, EasternEurope, &["AM", "AZ"]),
    post("TAC", "Tachkent", "UZ", (2019, 9, 2), Small, Asia, &["KZ", "KG", "TJ", "TM"]),
    post("SUV", "Suva", "FJ", (2021, 1, 4), Small, Asia, &["VU", "WS", "TO", "SB", "PG"]),
];

/// A post once inserted.
pub(crate) struct Post {
    pub id: i64,
    pub def: &'static SsiDef,
    pub opened: NaiveDate,
    pub closed: Option<NaiveDate>,
    /// Residence first, then the other covered countries.
    pub countries: Vec<&'static str>,
}

impl Post {
    /// Relative activity of the post.
    pub(crate) fn weight(&self) -> u64 {
        match self.def.size {
            Small => 16,
            Medium => 30,
            Large => 58,
        }
    }

    pub(crate) fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opened <= day && self.closed.is_none_or(|c| c >= day)
    }
}

/// Inserts every post and its coverage through the SSI rules.
pub(crate) fn insert_posts(tx: &Transaction<'_>) -> Result<Vec<Post>> {
    let mut posts = Vec::with_capacity(POSTS.len());
    for def in POSTS {
        let (y, m, d) = def.opened;
        let opened = ymd(y, m, d)?;
        let closed = match def.closed {
            Some((y, m, d)) => Some(ymd(y, m, d)?),
            None => None,
        };
        let id = ssi::insert(
            tx,
            &NewSsi {
                code: def.code.to_owned(),
                city: def.city.to_owned(),
                residence_country: def.country.to_owned(),
                opened_on: opened,
                closed_on: closed,
            },
        )?;
        let mut countries = vec![def.country];
        for country in def.covers {
            coverage::add(tx, id, country)?;
            countries.push(country);
        }
        posts.push(Post {
            id,
            def,
            opened,
            closed,
            countries,
        });
    }
    Ok(posts)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn the_2016_network_has_74_posts_over_158_un_members() {
        let open: Vec<&SsiDef> = POSTS
            .iter()
            .filter(|p| p.opened.0 <= 2016 && p.closed.is_none_or(|c| c.0 >= 2016))
            .collect();
        assert_eq!(open.len(), 74);
        let residences: BTreeSet<&str> = open.iter().map(|p| p.country).collect();
        assert_eq!(residences.len(), 74);
        let mut covered = BTreeSet::new();
        for code in POSTS
            .iter()
            .flat_map(|p| std::iter::once(p.country).chain(p.covers.iter().copied()))
        {
            assert!(covered.insert(code), "{code} covered twice");
            let country = keshvar::Alpha2::try_from(code.to_lowercase().as_str())
                .expect("ISO code")
                .to_country();
            assert!(country.un_member() && code != "FR", "{code}");
        }
        let covered_2016: BTreeSet<&str> = open
            .iter()
            .flat_map(|p| std::iter::once(p.country).chain(p.covers.iter().copied()))
            .collect();
        assert_eq!(covered_2016.len(), 158);
        let codes: BTreeSet<&str> = POSTS.iter().map(|p| p.code).collect();
        assert_eq!(codes.len(), POSTS.len());
        let new: Vec<&str> = open
            .iter()
            .filter(|p| (2008..=2015).contains(&p.opened.0))
            .map(|p| p.code)
            .collect();
        assert_eq!(new.len(), 14, "{new:?}");
    }
}
