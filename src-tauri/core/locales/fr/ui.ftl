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

## Commun : boutons, confirmations, formulaires

action-close = Fermer
action-cancel = Annuler
action-save = Enregistrer
action-delete = Supprimer
action-new = Nouvelle action
action-edit = Modifier
action-duplicate = Dupliquer
action-delete-selected = Supprimer la sélection ({ $count })
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
references-col-code = Code
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
