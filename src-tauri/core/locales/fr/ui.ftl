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
nav-charts = Graphiques
nav-journal = Journal
nav-settings = Paramètres
nav-shortcut = Alt+{ $n }
nav-keyboard-help = Alt+1 à Alt+9, Alt+0 : changer d'écran · ↑ ↓ : parcourir le menu

## États communs

state-loading = Chargement…
value-none = —
value-yes = Oui
value-no = Non
table-sort-by = Trier par { $column }
size-bytes = { $n } o
size-kb = { $n } ko
size-mb = { $n } Mo
size-gb = { $n } Go
size-tb = { $n } To

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
year-planned = { $year } (prévue)
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

## Commun : boutons, confirmations, formulaires

action-close = Fermer
action-cancel = Annuler
action-save = Enregistrer
action-delete = Supprimer
action-new = Nouvelle action
action-edit = Modifier
action-duplicate = Dupliquer
action-delete-selected = Supprimer ({ $count })
action-rename = Renommer
action-add = Ajouter
action-back = Retour
confirm-title = Confirmation
leave-message = Des modifications n'ont pas été enregistrées. Les abandonner ?
leave-discard = Abandonner les modifications
form-unsaved = Modifications non enregistrées
form-required = Ce champ est obligatoire.
form-invalid-count = Nombre entier attendu (par exemple 12).
form-invalid-amount = Montant invalide : saisissez des euros, par exemple 12 500,50.
form-invalid-date = Date attendue (jj/mm/aaaa).
form-none = (aucun)
status-planned = prévue
status-done = réalisée
status-cancelled = annulée
lateral-bilateral = bilatéral
lateral-multilateral = multilatéral

## Filtres

filters-label = Filtres
filter-text = Recherche
filter-text-placeholder = Référence, intitulé, bénéficiaire
filter-year = Année
filter-all = Tous
filter-from = Du
filter-to = Au
filter-country = Pays
filter-continent = Continent
filter-ssi = SSI
filter-kind = Type
filter-domain = Thématique
filter-programme = Programme
filter-funder = Bailleur
filter-status = Statut
filter-channel = Canal
filter-reset = Effacer les filtres

## Coopération technique

technical-tab-actions = Actions
technical-tab-programmes = Programmes et bailleurs
technical-tab-references = Référentiels
actions-table-label = Actions de coopération technique
actions-col-reference = Référence
actions-col-start = Début
actions-col-end = Fin
actions-col-title = Intitulé
actions-col-country = Pays
actions-col-ssi = SSI
actions-col-kind = Type
actions-col-domain = Thématique
actions-col-participants = Participants
actions-col-cost = Coût
actions-col-status = Statut
actions-selected = { $count ->
    [one] { $count } action sélectionnée
   *[other] { $count } actions sélectionnées
}
actions-select-row = Sélectionner l'action { $reference }
actions-outside-coverage = { $country } est hors de la zone de compétence du SSI { $ssi }
actions-empty = Aucune action ne correspond aux filtres.
actions-delete-confirm = { $count ->
    [one] Supprimer cette action ? Cette opération est définitive.
   *[other] Supprimer ces { $count } actions ? Cette opération est définitive.
}
actions-deleted = { $count ->
    [one] { $count } action supprimée.
   *[other] { $count } actions supprimées.
}
actions-total-label = { $count ->
    [one] action
   *[other] actions
}
actions-total-participants = { $count ->
    [one] participant
   *[other] participants
}
actions-keyboard-help = ↑ ↓ : parcourir · Entrée ou double-clic : modifier · Espace : cocher · Suppr : supprimer
action-form-new = Nouvelle action de coopération technique
action-form-edit = Modifier l'action de coopération technique
form-reference = Référence
form-status = Statut
form-title = Intitulé
form-ssi = SSI
form-country = Pays
form-kind = Type
form-domain = Thématique
form-programme = Programme
form-funder = Bailleur
form-start = Date de début
form-end = Date de fin
form-beneficiary = Service bénéficiaire
form-participants = Participants
form-cost = Coût (€)
form-evaluation = Évaluation

## Programmes et bailleurs

programmes-title = Programmes
programmes-col-code = Code
programmes-col-name = Programme
programmes-col-kind = Nature
programmes-col-funders = Bailleurs (part)
programmes-col-period = Période
programmes-col-countries = Pays bénéficiaires
programmes-countries-more = { $names } et { $count } autres
programmes-col-actions = Actions
programmes-col-budget = Budget
programmes-col-spent = Dépensé / budget
programmes-share = { $name } ({ $pct } %)
programmes-spent-title = { $pct } % du budget consommé
programmes-empty = Aucun programme enregistré.
funders-title = Bailleurs
funders-col-name = Bailleur
funders-col-kind = Nature
funders-col-programmes = Programmes
funders-col-committed = Montant engagé
funders-empty = Aucun bailleur enregistré.

## Référentiels

references-intro = Listes de référence utilisées par les actions, les affaires et les affectations. Une entrée utilisée ne peut pas être supprimée.
references-list-domain = Thématiques
references-list-action_kind = Types d'action
references-list-case_kind = Types d'affaire
references-code-tooltip = Code interne : { $code }
references-col-fr = Libellé français
references-col-en = Libellé anglais
references-col-actions = Actions
references-delete-confirm = Supprimer l'entrée « { $name } » ?
references-empty = Liste vide.

## Page d'un SSI, couverture, affectations, agents

ssi-tab-list = Postes
ssi-tab-agents = Agents
ssi-back = Tous les SSI
ssi-page-residence = Pays de résidence
ssi-page-opened = Ouvert le
ssi-page-closed = Fermé le
ssi-page-years = Activité par année
ssi-year-technical_actions = Actions techniques
ssi-year-participants = Participants
ssi-year-operational_cases = Affaires opérationnelles
ssi-year-persons_located = Personnes localisées
ssi-year-arrest_warrants = dont sous mandat d'arrêt
coverage-title = Zone de compétence
coverage-placeholder = Ajouter un pays (nom en français)
coverage-remove = Retirer
coverage-remove-label = Retirer { $country } de la zone de compétence
coverage-remove-confirm = Retirer { $country } de la zone de compétence du SSI { $ssi } ?
coverage-residence = pays de résidence
postings-title = Personnels affectés
postings-add = Nouvelle affectation
postings-col-agent = Agent
postings-col-role = Fonction
postings-col-force = Force
postings-col-grade = Grade
postings-col-specialty = Dominante
postings-col-from = Du
postings-col-to = Au
postings-end = Terminer
postings-end-ok = Valider
postings-end-date = Date de fin d'affectation
postings-delete-confirm = Supprimer l'affectation de { $agent } ?
postings-empty = Aucune affectation.
postings-form-title = Nouvelle affectation
postings-agent-mode = Agent
postings-existing-agent = Agent existant
postings-new-agent = Nouvel agent
postings-search-agent = Rechercher l'agent
role-attache = Attaché de sécurité intérieure (ASI)
role-deputy = Adjoint
role-assistant = Assistant
role-liaison_officer = Officier de liaison
role-technical_expert = Expert technique international
role-cooperant = Coopérant
force-police = Police
force-gendarmerie = Gendarmerie
agents-search-placeholder = Nom de l'agent
agents-last-name = Nom
agents-first-name = Prénom
agents-count = { $count ->
    [one] { $n } agent
   *[other] { $n } agents
}
agents-col-current = Affectation actuelle
agents-col-postings = Affectations
agents-empty = Aucun agent ne correspond à la recherche.
agents-history = Affectations de { $name }
agents-pick = Choisissez un agent pour voir ses affectations.

## Coopération opérationnelle

cases-text-placeholder = Référence de l'affaire
cases-new = Nouvelle affaire
cases-col-reference = Référence
cases-col-date = Date
cases-col-located = Personnes localisées
cases-col-warrants = dont sous mandat d'arrêt
cases-total-label = { $count ->
    [one] affaire
   *[other] affaires
}
cases-total-located = personnes localisées
cases-total-warrants = sous mandat d'arrêt
cases-empty = Aucune affaire ne correspond aux filtres.
cases-delete-confirm = { $count ->
    [one] Supprimer cette affaire ? Cette opération est définitive.
   *[other] Supprimer ces { $count } affaires ? Cette opération est définitive.
}
cases-form-new = Nouvelle affaire de coopération opérationnelle
cases-form-edit = Modifier l'affaire
channel-none = SSI seul
channel-interpol = Interpol
channel-europol = Europol
channel-schengen = Schengen (SIS)
cases-tab-cases = Affaires
cases-tab-years = Totaux par année

## Dates saisies

date-placeholder = jj/mm/aaaa
date-invalid = Date invalide (jj/mm/aaaa)

## Stages GIGN

courses-tab-planning = Planification
courses-tab-catalogue = Catalogue
courses-tab-requests = Demandes des États
courses-tab-certificates = Attestations
course-new = Nouveau stage
course-form-new = Nouveau stage du catalogue
course-form-edit = Modifier le stage
course-code = Code
course-mission = Spectre de mission
course-level = Niveau
course-duration = Durée (jours)
course-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
course-sessions = Sessions
course-prerequisites = Prérequis
course-description = Description
course-active = actif
course-archived = archivé
course-archive = Archiver
course-restore = Restaurer
course-archive-confirm = Archiver le stage « { $title } » ? Il ne sera plus proposé pour de nouvelles sessions.
course-restore-confirm = Restaurer le stage « { $title } » dans le catalogue ?
course-show-archived = Afficher les stages archivés
course-empty = Aucun stage dans le catalogue.
mission-intervention = Intervention
mission-negotiation = Négociation
mission-precision_shooting = Tir de précision
mission-protection = Protection
mission-special_means = Moyens spéciaux
mission-breaching = Effraction
mission-crisis_management = Gestion de crise
mission-instructor = Formation de formateurs
level-basic = initial
level-advanced = perfectionnement
level-expert = expert

planning-year = Année
planning-prev-year = Année précédente
planning-next-year = Année suivante
planning-prev-month = Mois précédent
planning-next-month = Mois suivant
planning-view = Vue
planning-view-month = Mois
planning-view-timeline = Chronologie par stage
planning-view-year = Année
planning-col-dates = Dates
planning-col-course = Stage
planning-col-enrolled = Inscrits
planning-col-waiting = Liste d'attente
planning-col-conflicts = Conflits
planning-empty = Aucune session cette année.
calendar-new-on = Nouvelle session le { $date }
calendar-open-month = Ouvrir { $month } ({ $count ->
    [0] aucune session
    [one] une session
   *[other] { $count } sessions
})
calendar-day-sessions = { $date } : { $count ->
    [one] une session
   *[other] { $count } sessions
}
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.

session-new = Nouvelle session
session-form-new = Nouvelle session de stage
session-form-edit = Modifier la session
session-form-hint = Les conflits (instructeurs, stagiaires, capacité, demande, durée) sont signalés après l'enregistrement ; ils n'empêchent pas d'enregistrer.
session-course = Stage
session-place = Lieu (pays)
session-city = Ville
session-where = Lieu
session-cost = Coût
session-language = Langue
session-language-default = français
session-capacity = Places
session-request = Demande à laquelle elle répond
session-instructors = Instructeurs
session-status-draft = brouillon
session-status-confirmed = confirmée
session-status-done = réalisée
session-status-cancelled = annulée
session-saved = Session enregistrée, sans conflit.
session-saved-with-conflicts = { $count ->
    [one] Session enregistrée avec un avertissement :
   *[other] Session enregistrée avec { $count } avertissements :
}
session-open = Ouvrir la session
session-back = Planification
session-delete-confirm = Supprimer la session du { $dates } ? Ses inscriptions seront aussi supprimées.
conflicts-title = { $count ->
    [0] Aucun conflit
    [one] Un conflit
   *[other] { $count } conflits
}
conflicts-none = Aucun conflit pour cette session.
conflicts-flag = Conflit
conflict-other = voir l'autre session
conflict-kind-instructor_overlap = Instructeur
conflict-kind-trainee_overlap = Stagiaire
conflict-kind-over_capacity = Capacité
conflict-kind-abroad_without_request = Sans demande
conflict-kind-duration_mismatch = Durée

enrolments-title = Inscriptions
enrolments-fill = { $held } / { $capacity } places occupées · { $waiting } en liste d'attente
enrolments-empty = Aucun stagiaire inscrit.
enrol-title = Inscrire un stagiaire
enrol-search = Rechercher un stagiaire
enrol-search-placeholder = Nom, prénom
enrol-results = Stagiaires trouvés
enrol-add = Inscrire
enrol-request-state = État demandeur
enrol-done = { $name } est inscrit(e) : { $status }.
enrol-waiting = Session complète : { $name } est placé(e) en liste d'attente.
enrolment-col-result = Résultat et commentaire
enrolment-col-certificate = N° d'attestation
enrolment-waiting-position = (n° { $n })
enrolment-status-requested = demandée
enrolment-status-confirmed = confirmée
enrolment-status-waiting = liste d'attente
enrolment-status-attended = stage suivi
enrolment-status-passed = réussi
enrolment-status-failed = échec
enrolment-status-withdrawn = désisté(e)
enrolment-action-confirmed = Confirmer
enrolment-action-attended = Stage suivi
enrolment-action-passed = Réussi
enrolment-action-failed = Échec
enrolment-action-withdrawn = Désister
enrolment-confirm-withdrawn = Désister { $name } de cette session ? Sa place revient au premier de la liste d'attente.
enrolment-confirm-failed = Noter l'échec de { $name } à ce stage ? Aucune attestation ne lui sera délivrée.
enrolment-action-requested = Promouvoir
promotion-notice = { $name } passe de la liste d'attente à « { $status } ».
attendance-title = Présence par jour
attendance-total = Jours
attendance-cell = { $name } présent(e) le { $day }
attendance-empty = Aucun stagiaire confirmé : la feuille de présence est vide.

request-new = Nouvelle demande
request-form-new = Nouvelle demande d'un État
request-country = État demandeur
request-received-label = Reçue le
request-received-on = reçue le { $date }
request-subject = Objet
request-sessions = { $count ->
    [0] aucune session
    [one] une session
   *[other] { $count } sessions
}
request-kind-training = formation
request-kind-expertise = expertise
request-status-received = Reçues
request-status-studied = Étudiées
request-status-accepted = Acceptées
request-status-refused = Refusées
request-status-scheduled = Programmées
request-status-delivered = Réalisées
request-action-studied = Étudier
request-action-accepted = Accepter
request-action-refused = Refuser
request-action-scheduled = Programmer
request-action-delivered = Réalisée

trainee-col-name = Nom
trainee-col-state = État
trainee-col-unit = Unité
trainee-col-rank = Grade
trainee-col-sessions = Sessions
trainee-new = Nouveau stagiaire
trainee-form-new = Nouveau stagiaire
trainee-form-edit = Modifier le stagiaire
trainee-last-name = Nom
trainee-first-name = Prénom
trainee-languages = Langues
trainee-duplicate = Doublon possible : { $names }. Vous pouvez tout de même enregistrer.
trainee-count = { $count ->
    [0] Aucun stagiaire
    [one] { $count } stagiaire
   *[other] { $count } stagiaires
}
trainee-empty = Aucun stagiaire ne correspond.
trainee-back = Stagiaires
trainee-history = Parcours (toutes années)
trainee-history-empty = Aucune session suivie.

## Partenaires

partners-tab-units = Unités étrangères
partners-tab-networks = Réseaux
partners-tab-exchanges = Échanges
unit-col-name = Nom
unit-col-networks = Réseaux
unit-col-trainees = Stagiaires formés
unit-col-exchanges = Échanges
unit-empty = Aucune unité enregistrée.
unit-exchanges = { $count ->
    [0] Aucun échange
    [one] Un échange
   *[other] { $count } échanges
}
unit-trainees = { $count ->
    [0] Aucun stagiaire formé par le GIGN
    [one] Un stagiaire formé par le GIGN
   *[other] { $count } stagiaires formés par le GIGN
}
network-col-units = Unités
exchange-col-network = Réseau
exchange-col-units = Unités
exchange-empty = Aucun échange.
trainee-list-limited = Seuls les { $shown } premiers sont affichés : affinez la recherche.
exchange-kind-tactical = échange tactique
exchange-kind-technical = échange technique
exchange-kind-retex = retour d'expérience
exchange-kind-seminar = séminaire de réseau
exchange-kind-training_mission = mission de formation
exchange-kind-expertise = expertise
unit-new = Nouvelle unité
unit-form-new = Nouvelle unité étrangère
unit-form-edit = Modifier l’unité étrangère
exchange-new = Nouvel échange
exchange-form-new = Nouvel échange avec des unités étrangères
exchange-form-edit = Modifier l’échange
exchange-delete-confirm = Supprimer l'échange « { $title } » du { $date } ?

## Tableau de bord : stages du GIGN

gign-title = Stages du GIGN par année
gign-col-trainees = Stagiaires
gign-col-states = États
gign-col-france = Sessions en France
gign-col-abroad = Sessions à l'étranger
gign-col-fill = Remplissage
gign-col-received = Demandes reçues
gign-col-open = Demandes en cours
documents-attendance = Feuille d'émargement…
documents-certificates = Attestations de stage…
documents-file-attendance = emargement-session-{ $id }.pdf
documents-file-certificates = attestations-session-{ $id }.pdf

## Graphiques
charts-pick = Graphique
charts-name-actions-by-country-year = Actions par pays et par type
charts-name-actions-heatmap = Carte de chaleur pays × année
charts-name-actions-by-year = Actions par année
charts-name-actions-world-map = Carte du monde des actions
charts-name-operational-by-year = Résultats opérationnels par année
charts-name-trainees-by-state = Stagiaires par État et par année
charts-top-n = Nombre de pays
charts-default = Par défaut
charts-heatmap-sort = Ordre des lignes
charts-sort-total = Par total
charts-sort-continent = Par continent
charts-series-split = Répartition
charts-split-kind = Par type
charts-split-domain = Par thématique
charts-outline-covered = Entourer les pays couverts
charts-outline-residences = Marquer les pays de résidence des SSI
charts-export-svg = Exporter en SVG
charts-export-png = Exporter en PNG
charts-png-width = Largeur PNG
charts-px = { $n } px
charts-print = Imprimer
charts-saved = Graphique enregistré : { $path }
charts-print-date = Édité le { $date }
charts-print-source = Source : CoopDesk — cellule relations internationales du GIGN
charts-summary-period = Période : { $value }
charts-summary-year = Année : { $value }
charts-summary-all = toutes les années
charts-summary-since = depuis { $from }
charts-summary-until = jusqu'à { $to }
charts-summary-kind = Type : { $value }
charts-summary-domain = Thématique : { $value }
charts-summary-ssi = SSI : { $value }
charts-summary-continent = Continent : { $value }
charts-summary-programme = Programme : { $value }
charts-summary-funder = Bailleur : { $value }
dashboard-charts = Graphiques de l'année
programmes-col-year = Année
programmes-show-actions = Voir les actions du programme
programmes-budget-invalid = Montant invalide (ex. 12 500,50).
programmes-budget-edit = Modifier le budget de l'année

## document preview (session documents, charts on paper, reports)
document-save-pdf = Enregistrer en PDF…
document-print = Imprimer…
document-close-hint = Fermer l’aperçu (Échap)
document-zoom = Zoom
document-zoom-in = Agrandir
document-zoom-out = Réduire
document-zoom-value = { $value } %
document-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
document-page-alt = Page { $current } sur { $total }
document-saved = Document enregistré ({ $pages } p.) : { $path }
document-certificates-issued = { $count ->
    [one] 1 numéro d'attestation attribué.
   *[other] { $count } numéros d'attestation attribués.
}
documents-preview-attendance = Feuille d'émargement
documents-preview-certificates = Attestations de stage
charts-export-pdf = Exporter en PDF

## export
export-menu = Exporter
export-menu-busy = Export en cours…
export-menu-hint = Exporter toutes les lignes de la liste filtrée
export-format-xlsx = Excel (XLSX)
export-format-ods = OpenDocument (ODS)
export-format-csv_semicolon = CSV séparé par « ; » (Excel en français)
export-format-csv_comma = CSV séparé par « , »
export-saved = { $count ->
    [one] 1 ligne exportée : { $path }
   *[other] { $count } lignes exportées : { $path }
}
export-file-actions = actions
export-file-cases = affaires
export-file-trainees = stagiaires
export-file-ssi = ssi
export-file-sessions = sessions
export-file-requests = demandes
export-file-units = unites-partenaires
export-file-courses = catalogue-stages
export-file-exchanges = echanges

## reports
reports-tab-documents = Rapports imprimés
reports-tab-activity = Activité par année
reports-form = Choix du rapport
reports-kind = Rapport
reports-kind-annual_report = Rapport annuel
reports-kind-annual_report-hint = Chiffres clés, réseau, coopération technique et opérationnelle, stages, échanges, comparaison avec l'année précédente.
reports-kind-country_sheet = Fiche pays
reports-kind-country_sheet-hint = SSI et personnel, actions, résultats opérationnels, stagiaires, unités partenaires, demandes.
reports-year = Année
reports-country = Pays
reports-country-placeholder = Nom ou code du pays
reports-from = De
reports-to = À
reports-from-first = première année
reports-to-last = dernière année
reports-preview = Aperçu
reports-hint = Le rapport est mis en page au format A4 ; enregistrez-le en PDF ou imprimez-le depuis l'aperçu.
reports-empty = Choisissez un rapport puis « Aperçu » pour voir ses pages.
reports-need-year = Choisissez l'année du rapport.
reports-need-country = Choisissez le pays de la fiche.
reports-bad-period = L'année de début doit précéder l'année de fin.

## import
import-open = Importer…
import-hint = Importer des lignes depuis un tableur (XLSX, ODS ou CSV)
import-title-actions = Importer des actions de coopération technique
import-title-cases = Importer des affaires opérationnelles
import-title-trainees = Importer des stagiaires
import-title-ssi = Importer des SSI
import-pick-help = Choisissez un tableur (XLSX, ODS ou CSV) dont une ligne porte les noms des colonnes, en français ou en anglais. Le fichier est d'abord vérifié : rien n'est enregistré avant la dernière étape, et les lignes déjà présentes (même référence) sont mises à jour, jamais dupliquées.
import-pick = Choisir un fichier…
import-filter-name = Tableurs
import-file = Fichier : { $name }
import-rows = { $count ->
    [one] { $shown } ligne lue
   *[other] { $shown } lignes lues
}
import-mapping-help = Vérifiez le champ de chaque colonne ; une colonne ignorée n'est pas importée.
import-col-header = Colonne du fichier
import-col-samples = Exemples
import-col-field = Champ
import-field-for = Champ de la colonne « { $column } »
import-ignore = — Ignorer —
import-unknown = non reconnue
import-required-mark = (obligatoire)
import-missing = Champs obligatoires sans colonne : { $fields }
import-check = Vérifier le fichier
import-other-file = Autre fichier…
import-checking = Vérification du fichier…
import-importing = Import en cours…
import-progress = { $done } / { $total } lignes
import-cancel = Annuler
import-cancelled = Import annulé : rien n'a été enregistré.
import-summary-total = Lignes lues
import-summary-create = À créer
import-summary-update = À mettre à jour
import-summary-unchanged = Déjà à jour
import-summary-errors = Erreurs
import-ignored = Colonnes ignorées : { $columns }
import-errors-title = Erreurs à corriger
import-errors-help = Rien ne sera importé tant qu'une ligne est en erreur : corrigez le fichier puis vérifiez-le à nouveau.
import-errors-more = … et { $count } autres erreurs.
import-col-line = Ligne
import-col-column = Colonne
import-col-value = Valeur
import-col-message = Problème
import-whole-row = (ligne entière)
import-no-error = Aucune erreur : le fichier peut être importé.
import-nothing = Rien à importer : toutes les lignes sont déjà à jour.
import-warnings-title = Avertissements ({ $count })
import-warning-line = Ligne { $line } : { $message }
import-back = Revenir aux colonnes
import-recheck = Vérifier à nouveau
import-commit = { $count ->
    [one] Importer { $count } ligne
   *[other] Importer { $count } lignes
}
import-done = Import terminé : { $created } créée(s), { $updated } mise(s) à jour, { $unchanged } déjà à jour.
import-commit-blocked = Import impossible : { $count } erreur(s)
import-empty-value = (vide)
import-ignored-columns = Colonnes ignorées : { $columns } (choisissez un champ pour les importer)
import-commit-nothing = Rien à importer
import-close = Fermer

## Paramètres : la base de données et ses sauvegardes

settings-db-title = Base de données
settings-db-path = Fichier de données
settings-db-backup-dir = Dossier des sauvegardes
settings-db-schema = Schéma
settings-db-schema-version = version du schéma { $version }
settings-db-note = Le fichier de données et ses copies se trouvent dans le dossier de données de l'utilisateur.
settings-backups-title = Sauvegardes
settings-backups-note = CoopDesk fait une copie à chaque ouverture de la fenêtre et une fois par jour d'utilisation ; il garde toutes les copies du jour, la plus récente de chacun des 6 jours précédents et de chacune des 4 semaines d'avant. Les copies faites avant une restauration ou une mise à jour sont conservées à part (les 10 plus récentes).
settings-backup-now = Sauvegarder maintenant
settings-backup-export = Exporter une copie…
settings-restore-file = Restaurer depuis un fichier…
settings-busy-backup = Sauvegarde en cours…
settings-busy-export = Enregistrement de la copie…
settings-busy-restore = Restauration en cours…
settings-col-date = Date
settings-col-size = Taille
settings-col-ssis = SSI
settings-col-actions = Actions
settings-col-cases = Affaires
settings-col-sessions = Sessions
settings-col-trainees = Stagiaires
settings-col-restore = Restauration
settings-backups-caption = Copies automatiques, de la plus récente à la plus ancienne
settings-backups-empty = Aucune copie automatique pour l'instant : la prochaine sera faite à la prochaine ouverture, ou tout de suite avec « Sauvegarder maintenant ».
settings-restore = Restaurer…
settings-restore-label = Restaurer la sauvegarde du { $date }…
settings-backup-created = Sauvegarde créée : { $path }
settings-backup-exported = Copie enregistrée : { $path }
settings-export-file = coopdesk-sauvegarde-{ $date }.sqlite
settings-filter-name = Base CoopDesk (SQLite)
settings-contents = { $ssis } SSI, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}, { $cases ->
    [one] { $cases } affaire
   *[other] { $cases } affaires
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} et { $trainees ->
    [one] { $trainees } stagiaire
   *[other] { $trainees } stagiaires
}
settings-restore-confirm = Restaurer la sauvegarde du { $date } ? Elle contient { $contents }. Les données actuelles seront remplacées par celles de cette copie ; elles seront d'abord conservées dans une copie « avant restauration » du dossier des sauvegardes.
settings-restore-ok = Remplacer les données
settings-restored = Données restaurées depuis la sauvegarde du { $date } ({ $contents }). Les données remplacées sont conservées dans le dossier des sauvegardes.
settings-passphrase-title = Phrase secrète
settings-passphrase-note = La base et ses sauvegardes sont chiffrées avec la phrase secrète ; sans elle, elles sont illisibles. Une phrase secrète perdue ne peut pas être retrouvée.
settings-passphrase-old = Phrase secrète actuelle
settings-passphrase-new = Nouvelle phrase secrète
settings-passphrase-confirm = Confirmation
settings-passphrase-save = Changer la phrase secrète
settings-passphrase-busy = Changement de la phrase secrète…
settings-passphrase-done = Phrase secrète changée. { $copies ->
    [0] Aucune sauvegarde à rechiffrer dans le dossier des sauvegardes.
    [one] La sauvegarde du dossier des sauvegardes a été rechiffrée avec la nouvelle phrase.
   *[other] Les { $copies } sauvegardes du dossier des sauvegardes ont été rechiffrées avec la nouvelle phrase.
} Une copie exportée ailleurs garde l'ancienne phrase.

## Phrase secrète : les champs partagés par l'ouverture de la base et les paramètres

passphrase-label = Phrase secrète
passphrase-confirm-label = Confirmation
passphrase-show = Afficher la phrase secrète
passphrase-hide = Masquer la phrase secrète
passphrase-caps-lock = Attention : la touche Verr. Maj. est activée.
passphrase-min = Au moins { $min } caractères ; par exemple quatre mots sans lien entre eux.
passphrase-strength = Solidité : { $level }
passphrase-strength-short = trop courte
passphrase-strength-acceptable = acceptable
passphrase-strength-solid = solide

## Ouverture de la base : créer, déverrouiller, chiffrer, ou que faire d'un fichier inutilisable

gate-restricted = Diffusion restreinte
gate-file = Fichier
gate-choose = Choisir un autre fichier…
gate-quit = Quitter
gate-busy-choose = Lecture du fichier…
gate-create-title = Créer la base CoopDesk
gate-create-intro = Aucune base n'existe encore à cet emplacement. CoopDesk va la créer chiffrée : sans sa phrase secrète, le fichier est illisible.
gate-create-warning = Une phrase secrète perdue ne peut pas être retrouvée, ni par CoopDesk ni par personne : conservez-la en lieu sûr.
gate-create-content = Contenu de la base
gate-create-demo = Avec les données de démonstration
gate-create-empty = Base vide
gate-demo-hint = Pour essayer : la phrase secrète de démonstration est « { $passphrase } » (voir le README).
gate-demo-fill = Utiliser la phrase de démonstration
gate-create-submit = Créer la base
gate-busy-create = Création de la base…
gate-busy-create-demo = Création de la base et des données de démonstration (quelques secondes)…
gate-unlock-title = Déverrouiller la base
gate-unlock-submit = Déverrouiller
gate-busy-unlock = Ouverture de la base…
gate-convert-title = Chiffrer la base
gate-convert-intro = Cette base vient d'une version antérieure de CoopDesk et n'est pas chiffrée. CoopDesk va la chiffrer avec la phrase secrète choisie ci-dessous.
gate-convert-safety = Une copie en clair est gardée jusqu'à ce que la base chiffrée soit vérifiée, puis elle est supprimée.
gate-convert-submit = Chiffrer la base
gate-busy-convert = Chiffrement de la base…
gate-converted = La base a été chiffrée ; la copie en clair a été supprimée.
gate-converted-continue = Continuer
gate-problem-corrupt = Fichier de la base endommagé
gate-problem-too-new = Base d'une version plus récente
gate-problem-not-database = Ce fichier n'est pas une base CoopDesk
gate-problem-other = La base ne peut pas être ouverte
gate-not-database-message = Ce fichier n'est pas une base CoopDesk : { $path }. Il n'a pas été modifié ; choisissez un autre fichier.
gate-too-new-hint = Installez la dernière version de CoopDesk, puis ouvrez de nouveau cette base.
gate-backup-title = Dernière sauvegarde valide
gate-backup-date = Date
gate-backup-size = Taille
gate-backup-contents = Contenu
gate-no-backup = Aucune sauvegarde valide de cette base n'a été trouvée : choisissez un autre fichier.
gate-restore-latest = Restaurer cette sauvegarde
gate-restore-confirm = Remplacer le fichier endommagé par la sauvegarde du { $date } ? Elle contient { $contents }. Le fichier endommagé sera conservé à part dans le dossier des sauvegardes.
gate-restore-ok = Restaurer la sauvegarde
gate-busy-restore = Restauration de la sauvegarde…

## Journal des modifications et historique d'un enregistrement

journal-intro = Toutes les modifications de la base, les plus récentes d'abord : qui, quand, quoi.
journal-text-placeholder = Valeur avant ou après
journal-col-at = Date
journal-col-user = Utilisateur
journal-col-kind = Nature
journal-col-record = N°
journal-col-action = Opération
journal-col-fields = Champs
journal-fields = { $count ->
    [one] { $count } champ
   *[other] { $count } champs
}
journal-range = { $from }–{ $to } sur { $total }
journal-none = Aucune modification
journal-empty = Aucune modification ne correspond aux filtres.
journal-prev = Précédent
journal-next = Suivant
journal-pages-label = Pages du journal
journal-keyboard-help = ↑ ↓ : parcourir · Entrée : détail · Échap : fermer le détail
journal-parent = Rattaché à
journal-record = { $kind } n° { $id }
journal-batch = Lot
journal-open-record = Ouvrir l'enregistrement
journal-no-changes = Aucun champ modifié.
journal-change-field = Champ
journal-change-before = Avant
journal-change-becomes = devient
journal-change-after = Après
journal-change-value = Valeur
history-revert = Rétablir cette version
history-undelete = Rétablir l'enregistrement tel qu'avant sa suppression
history-revert-question = Rétablir l'enregistrement tel qu'il était après la modification du { $when } ? Ses valeurs actuelles sont remplacées ; le retour est lui-même inscrit au journal.
history-toggle = Historique
history-order = Du plus récent au plus ancien.
history-empty = Aucune modification enregistrée.

## Undo notice
undo-button = Annuler
undo-shortcut = Annuler (Ctrl+Z)
undo-done = Modification annulée.
undo-action-created = Action { $reference } enregistrée.
undo-action-saved = Modifications de l'action enregistrées.
undo-actions-deleted = { $count ->
    [one] Action supprimée.
   *[other] { $count } actions supprimées.
}
undo-case-created = Affaire enregistrée.
undo-case-saved = Modifications de l'affaire enregistrées.
undo-cases-deleted = { $count ->
    [one] Affaire supprimée.
   *[other] { $count } affaires supprimées.
}

## Journal : annuler un import
journal-batch-value = { $kind } « { $label } »
journal-undo-import = Annuler cet import
journal-undo-question = Annuler l'import « { $label } » ? Les lignes qu'il a créées seront supprimées et celles qu'il a modifiées retrouveront leurs valeurs. Tout ou rien.
journal-undo-confirm = Annuler l'import
journal-undo-done = { $count ->
    [one] Import annulé : { $rows } ligne rétablie.
   *[other] Import annulé : { $rows } lignes rétablies.
}
journal-import-undone = Cet import a été annulé.

## Rapports : clôture de l'année
year-closing-title = Clôture de l'année
year-closing-open = L'année { $year } est ouverte.
year-closing-closed = L'année { $year } est clôturée depuis le { $date } (par { $user }) : ses actions, affaires et inscriptions ne peuvent plus être modifiées.
year-closing-close = Clôturer l'année { $year }
year-closing-close-question = Clôturer l'année { $year } ? Son rapport annuel sera figé et plus aucune action, affaire ou inscription de { $year } ne pourra être créée, modifiée ou supprimée, ici, en ligne de commande ou par import.
year-closing-close-confirm = Clôturer
year-closing-reopen = Rouvrir l'année…
year-closing-reopen-title = Rouvrir l'année { $year }
year-closing-reason = Motif de la réouverture (obligatoire)
year-closing-reopen-hint = Le motif est inscrit au journal avec la réouverture.
year-closing-reopen-submit = Rouvrir

## Données personnelles : export, effacement, revue
privacy-title = Données personnelles
privacy-export = Exporter ses données…
privacy-export-done = Données exportées : { $path }
privacy-export-file-trainee = donnees-stagiaire-{ $id }.json
privacy-export-file-agent = donnees-agent-{ $id }.json
privacy-export-filter-json = Données personnelles (JSON)
privacy-export-filter-pdf = Fiche des données personnelles (PDF)
privacy-export-pdf = Fiche PDF d'une page…
privacy-erase = Effacer ce stagiaire…
privacy-erase-question = Effacer définitivement l'identité de { $name } ? Son nom, son prénom, son grade et ses langues sont remplacés partout dans la base, journal compris ; ses inscriptions restent, anonymes, pour les statistiques. Cette opération est irréversible.
privacy-erase-ok = Effacer définitivement
privacy-erased = { $count ->
    [one] Identité effacée ; { $count } inscription conservée anonyme.
   *[other] Identité effacée ; { $count } inscriptions conservées anonymes.
}
privacy-erased-already = Identité effacée.
privacy-review-title = Données personnelles — revue
privacy-review-note = Stagiaires dont la dernière session s'est terminée il y a plus longtemps que la durée ci-dessous, ou enregistrés depuis aussi longtemps sans inscription, du plus ancien au plus récent. Leur identité peut être effacée ; leurs inscriptions restent, anonymes, pour les statistiques.
privacy-review-years = Stagiaires sans activité depuis (années)
privacy-review-years-save = Enregistrer
privacy-review-years-saved = { $years ->
    [one] Durée de revue enregistrée : { $years } an.
   *[other] Durée de revue enregistrée : { $years } ans.
}
privacy-review-years-invalid = Indiquez un nombre entier d'années, de 1 à 50.
privacy-review-count = { $count ->
    [0] Aucun stagiaire sans activité depuis { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }.
    [one] { $count } stagiaire sans activité depuis { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
   *[other] { $count } stagiaires sans activité depuis { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
}
privacy-review-col-last = Dernière activité
privacy-review-col-enrolments = Inscriptions
privacy-review-col-erase = Effacement
privacy-review-never = jamais inscrit
privacy-review-erase = Effacer
privacy-review-erase-label = Effacer l'identité de { $name }…
privacy-review-more = { $count ->
    [one] … et { $count } autre stagiaire, non affiché : la liste montre les { $shown } premiers.
   *[other] … et { $count } autres stagiaires, non affichés : la liste montre les { $shown } premiers.
}

## Undo notice: trainees, postings, sessions, courses, requests
undo-trainee-created = Stagiaire enregistré.
undo-trainee-saved = Modifications du stagiaire enregistrées.
undo-posting-created = Affectation enregistrée.
undo-posting-ended = Fin d'affectation enregistrée.
undo-posting-deleted = Affectation supprimée.
undo-session-created = Session enregistrée.
undo-session-saved = Modifications de la session enregistrées.
undo-session-deleted = Session supprimée.
undo-course-created = Stage enregistré.
undo-course-saved = Modifications du stage enregistrées.
undo-request-created = Demande enregistrée.
undo-enrolment-status = { $name } : { $status }.
undo-coverage-added = { $country } ajouté à la couverture.
undo-coverage-removed = { $country } retiré de la couverture.
undo-budget-saved = Budget { $year } enregistré.
undo-reference-created = « { $name } » ajouté à la liste.
undo-reference-renamed = « { $name } » renommé.
undo-reference-deleted = « { $name } » supprimé de la liste.

## Attestations : vérification, révocation, clé de signature
certificate-check-title = Vérifier une attestation
certificate-check-intro = Saisissez le numéro imprimé sur l'attestation, ou lisez son code QR sur une photo, un scan ou le PDF : la signature du code QR prouve que ses informations n'ont pas été modifiées.
certificate-number = Numéro d'attestation
certificate-number-placeholder = GIGN-2016-0001
certificate-check-submit = Vérifier
certificate-scan = Lire une image ou un PDF…
certificate-busy-check = Vérification…
certificate-busy-scan = Lecture du code QR…
certificate-filter-all = Attestation (image ou PDF)
certificate-filter-images = Images (PNG, JPEG)
certificate-filter-pdf = PDF
certificate-result-title = Attestation { $number }
certificate-field-number = N°
certificate-field-holder = Titulaire
certificate-field-course = Stage
certificate-field-dates = Dates
certificate-field-place = Lieu
certificate-field-key = Empreinte de la clé
certificate-field-source = Source
certificate-source-number = numéro saisi
certificate-source-qr_code = code QR lu
certificate-field-revoked-on = Révoquée le
certificate-field-revoked-reason = Motif
certificate-record-holder = La base indique : { $name }
certificate-revoke = Révoquer cette attestation…
certificate-revoke-title = Révoquer l'attestation { $number }
certificate-revoke-reason = Motif de la révocation (obligatoire)
certificate-revoke-hint = La révocation est datée d'aujourd'hui et inscrite au journal ; toute vérification de cette attestation dira ensuite « révoqué ».
certificate-revoke-confirm = Révoquer
certificate-key-title = Signature des attestations
certificate-key-fingerprint = Empreinte
certificate-key-hex = Clé publique (Ed25519)
certificate-key-note = Cette clé publique est imprimée au verso de chaque attestation : elle permet à une unité étrangère de vérifier une attestation hors ligne, sans accès à CoopDesk, avec la commande :
certificate-key-command = coopdesk-cli certificate verify --scan recto.png --key coopdesk-cle-publique.pem
certificate-key-export = Exporter la clé publique…
certificate-key-file = coopdesk-cle-publique.pem
certificate-key-filter = Clé publique (PEM)
certificate-key-busy = Enregistrement de la clé publique…
certificate-key-saved = Clé publique enregistrée : { $path }

# Editing an SSI post
ssi-edit = Modifier le poste
ssi-form-title = Modifier le poste SSI
ssi-form-code = Code
ssi-form-city = Ville
ssi-form-residence = Pays de résidence
ssi-form-opened = Ouvert le
ssi-form-closed = Fermé le
ssi-form-closed-hint = Laisser vide tant que le poste est ouvert.

# Paramètres : années clôturées, à propos
closed-years-title = Années clôturées
closed-years-note = Une année est clôturée quand son rapport annuel est parti : plus rien de daté dans cette année ne change, jusqu'à sa réouverture motivée.
closed-years-col-state = État
closed-years-col-when = Clôturée le
closed-years-col-who = Par
closed-years-col-reason = Motif de la réouverture
closed-years-closed = clôturée
closed-years-reopened = rouverte
closed-years-empty = Aucune année clôturée.
closed-years-pick = Année
about-title = À propos
about-version = Version
about-version-value = CoopDesk { $version }
about-licence = Licence
about-schema = version { $version } — cette version de CoopDesk écrit la version { $latest }
about-data-dir = Dossier de données
about-log-dir = Journal technique
about-no-log = aucun (le dossier ne peut pas être écrit)
about-note = Le journal technique ne contient ni nom, ni phrase secrète, ni clé : il peut être joint à une demande d'assistance.
