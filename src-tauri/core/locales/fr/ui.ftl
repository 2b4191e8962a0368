# CoopDesk — interface (français, langue de référence).
# Chaque texte affiché par l'interface vient d'ici ; en/ui.ftl porte les mêmes clés.

app-name = CoopDesk
app-subtitle = Cellule relations internationales du GIGN

## Navigation

nav-label = Navigation principale
nav-dashboard = Tableau de bord
nav-ssi = Réseau SSI
nav-technical = Coopération technique
nav-operational = Coopération opérationnelle
nav-courses = Stages GIGN
nav-trainees = Stagiaires
nav-partners = Partenaires
nav-reports = Rapports
nav-shortcut = Alt+{ $n }
nav-keyboard-help = Alt+1 à Alt+8 : changer d'écran · ↑ ↓ : parcourir le menu

## États communs

state-loading = Chargement…
value-none = —
table-sort-by = Trier par { $column }

## Erreurs affichées par le bandeau

banner-title = Erreur
banner-retry = Réessayer
banner-ipc-unavailable = Le service CoopDesk ne répond pas. Relancez l'application.
banner-unexpected = Une erreur inattendue s'est produite.
banner-hint-db-corrupt = Le fichier de données est endommagé : restaurez une sauvegarde.
banner-hint-db-io = Le fichier de données est inaccessible : vérifiez le disque et les droits d'accès.

## Tableau de bord

dashboard-intro = Chiffres clés de l'année
dashboard-year = Année
dashboard-kpi-ssi_count = SSI
dashboard-kpi-countries_covered = Pays couverts
dashboard-kpi-technical_actions = Actions de coopération technique
dashboard-kpi-persons_located = Personnes localisées
dashboard-kpi-arrest_warrants = dont sous mandat d'arrêt
dashboard-kpi-trainees = Stagiaires GIGN
dashboard-kpi-trainee_states = États d'origine
dashboard-group-network = Réseau des SSI
dashboard-group-gign = Stages du GIGN
dashboard-cell-founded = Cellule relations internationales du GIGN créée le { $date }
dashboard-no-data = Aucune donnée n'est encore enregistrée.

## Réseau SSI

ssi-intro = Services de sécurité intérieure à l'étranger et pays qu'ils couvrent
ssi-search = Rechercher
ssi-search-placeholder = Code, ville ou pays
ssi-count-label = { $count ->
    [one] SSI
   *[other] SSI
}
ssi-count-of = sur { $total }
ssi-col-code = Code
ssi-col-city = Ville
ssi-col-country = Pays de résidence
ssi-col-continent = Continent
ssi-col-head = Chef de poste
ssi-col-covered = Pays couverts
ssi-col-staff = Effectif
ssi-col-status = Statut
ssi-status-open = ouvert
ssi-status-closed = fermé
ssi-empty = Aucun SSI ne correspond à la recherche.

## Tableaux annuels d'activité

activity-col-year = Année
activity-col-technical_actions = Actions de coopération technique
activity-col-operational_cases = Affaires opérationnelles
activity-col-persons_located = Personnes localisées
activity-col-arrest_warrants = dont sous mandat d'arrêt
activity-col-sessions = Sessions de stage
activity-col-trainees = Stagiaires
activity-col-exchanges = Échanges
activity-col-requests = Demandes étrangères
activity-total = Total
activity-empty = Aucune activité enregistrée.
activity-intro-technical = Actions de coopération technique conduites par les SSI, par année
activity-intro-operational = Coopération opérationnelle : affaires traitées et personnes recherchées localisées, par année
activity-intro-courses = Sessions de stage du GIGN au profit de services étrangers, par année
activity-intro-trainees = Stagiaires étrangers formés par le GIGN, par année
activity-intro-partners = Échanges avec les unités partenaires et demandes des États étrangers, par année
activity-intro-reports = Synthèse annuelle de l'activité
