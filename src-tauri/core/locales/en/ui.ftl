# CoopDesk — user interface (English). Same keys as fr/ui.ftl, the reference.

app-name = CoopDesk
app-subtitle = GIGN international relations cell

## Navigation

nav-label = Main navigation
nav-dashboard = Dashboard
nav-ssi = SSI network
nav-technical = Technical cooperation
nav-operational = Operational cooperation
nav-courses = GIGN courses
nav-trainees = Trainees
nav-partners = Partners
nav-reports = Reports
nav-shortcut = Alt+{ $n }
nav-keyboard-help = Alt+1 to Alt+8: switch screen · ↑ ↓: move through the menu

## Common states

state-loading = Loading…
value-none = —
table-sort-by = Sort by { $column }

## Errors shown in the banner

banner-title = Error
banner-retry = Retry
banner-ipc-unavailable = The CoopDesk service is not responding. Restart the application.
banner-unexpected = An unexpected error occurred.
banner-hint-db-corrupt = The data file is damaged: restore a backup.
banner-hint-db-io = The data file cannot be accessed: check the disk and the access rights.

## Dashboard

dashboard-intro = Key figures of the year
dashboard-year = Year
dashboard-kpi-ssi_count = SSIs
dashboard-kpi-countries_covered = Countries covered
dashboard-kpi-technical_actions = Technical cooperation actions
dashboard-kpi-persons_located = Persons located
dashboard-kpi-arrest_warrants = of whom under an arrest warrant
dashboard-kpi-trainees = GIGN trainees
dashboard-kpi-trainee_states = States of origin
dashboard-group-network = SSI network
dashboard-group-gign = GIGN courses
dashboard-cell-founded = GIGN international relations cell founded on { $date }
dashboard-no-data = No data has been recorded yet.

## SSI network

ssi-intro = Internal security services abroad and the countries they cover
ssi-search = Search
ssi-search-placeholder = Code, city or country
ssi-count-label = { $count ->
    [one] SSI
   *[other] SSIs
}
ssi-count-of = of { $total }
ssi-col-code = Code
ssi-col-city = City
ssi-col-country = Country of residence
ssi-col-continent = Continent
ssi-col-head = Head of post
ssi-col-covered = Countries covered
ssi-col-staff = Staff
ssi-col-status = Status
ssi-status-open = open
ssi-status-closed = closed
ssi-empty = No SSI matches the search.

## Yearly activity tables

activity-col-year = Year
activity-col-technical_actions = Technical cooperation actions
activity-col-operational_cases = Operational cases
activity-col-persons_located = Persons located
activity-col-arrest_warrants = of whom under an arrest warrant
activity-col-sessions = Course sessions
activity-col-trainees = Trainees
activity-col-exchanges = Exchanges
activity-col-requests = Foreign requests
activity-total = Total
activity-empty = No activity recorded.
activity-intro-technical = Technical cooperation actions carried out by the SSIs, by year
activity-intro-operational = Operational cooperation: cases handled and wanted persons located, by year
activity-intro-courses = GIGN course sessions for foreign services, by year
activity-intro-trainees = Foreign trainees trained by the GIGN, by year
activity-intro-partners = Exchanges with partner units and requests from foreign states, by year
activity-intro-reports = Yearly activity summary

## Common: buttons, confirmations, forms

action-close = Close
action-cancel = Cancel
action-save = Save
action-delete = Delete
action-new = New action
action-edit = Edit
action-duplicate = Duplicate
action-delete-selected = Delete selection ({ $count })
action-rename = Rename
action-add = Add
action-back = Back
confirm-title = Confirmation
leave-message = Some changes have not been saved. Discard them?
leave-discard = Discard changes
form-unsaved = Unsaved changes
form-required = This field is required.
form-invalid-count = A whole number is expected (e.g. 12).
form-invalid-amount = Invalid amount: type euros, e.g. 12,500.50.
form-invalid-date = A date is expected (dd/mm/yyyy).
form-none = (none)
status-planned = planned
status-done = done
status-cancelled = cancelled
lateral-bilateral = bilateral
lateral-multilateral = multilateral

## Filters

filters-label = Filters
filter-text = Search
filter-text-placeholder = Reference, title, beneficiary
filter-year = Year
filter-all = All
filter-from = From
filter-to = To
filter-country = Country
filter-continent = Continent
filter-ssi = SSI
filter-kind = Kind
filter-domain = Domain
filter-programme = Programme
filter-funder = Funder
filter-status = Status
filter-channel = Channel
filter-reset = Clear filters

## Technical cooperation

technical-tab-actions = Actions
technical-tab-programmes = Programmes and funders
technical-tab-references = Reference lists
actions-table-label = Technical-cooperation actions
actions-col-reference = Reference
actions-col-start = Start
actions-col-end = End
actions-col-title = Title
actions-col-country = Country
actions-col-ssi = SSI
actions-col-kind = Kind
actions-col-domain = Domain
actions-col-participants = Participants
actions-col-cost = Cost
actions-col-status = Status
actions-selected = { $count ->
    [one] { $count } action selected
   *[other] { $count } actions selected
}
actions-select-row = Select action { $reference }
actions-outside-coverage = { $country } is outside the coverage of SSI { $ssi }
actions-empty = No action matches the filters.
actions-delete-confirm = { $count ->
    [one] Delete this action? This cannot be undone.
   *[other] Delete these { $count } actions? This cannot be undone.
}
actions-deleted = { $count ->
    [one] { $count } action deleted.
   *[other] { $count } actions deleted.
}
actions-total-label = { $count ->
    [one] action
   *[other] actions
}
actions-total-participants = { $count ->
    [one] participant
   *[other] participants
}
actions-keyboard-help = ↑ ↓: move · Enter or double-click: edit · Space: tick · Delete: delete
action-form-new = New technical-cooperation action
action-form-edit = Edit technical-cooperation action
form-reference = Reference
form-status = Status
form-title = Title
form-ssi = SSI
form-country = Country
form-kind = Kind
form-domain = Domain
form-programme = Programme
form-funder = Funder
form-start = Start date
form-end = End date
form-beneficiary = Beneficiary service
form-participants = Participants
form-cost = Cost (€)
form-evaluation = Evaluation

## Programmes and funders

programmes-title = Programmes
programmes-col-code = Code
programmes-col-name = Programme
programmes-col-kind = Type
programmes-col-funders = Funders (share)
programmes-col-period = Period
programmes-col-countries = Beneficiary countries
programmes-col-actions = Actions
programmes-col-budget = Budget
programmes-col-spent = Spent / budget
programmes-share = { $name } ({ $pct } %)
programmes-spent-title = { $pct } % of the budget spent
programmes-empty = No programme recorded.
funders-title = Funders
funders-col-name = Funder
funders-col-kind = Type
funders-col-programmes = Programmes
funders-col-committed = Committed amount
funders-empty = No funder recorded.

## Reference lists

references-intro = Reference lists used by actions, cases and postings. An entry in use cannot be deleted.
references-list-domain = Domains
references-list-action_kind = Action kinds
references-list-case_kind = Case kinds
references-col-code = Code
references-col-fr = French label
references-col-en = English label
references-col-actions = Actions
references-delete-confirm = Delete the entry “{ $name }”?
references-empty = Empty list.

## SSI page, coverage, postings, agents

ssi-tab-list = Posts
ssi-tab-agents = Agents
ssi-back = All SSIs
ssi-page-residence = Residence country
ssi-page-opened = Opened on
ssi-page-closed = Closed on
ssi-page-years = Activity by year
ssi-year-technical_actions = Technical actions
ssi-year-participants = Participants
ssi-year-operational_cases = Operational cases
ssi-year-persons_located = Persons located
ssi-year-arrest_warrants = of which under arrest warrant
coverage-title = Coverage
coverage-placeholder = Add a country (French name)
coverage-remove = Remove
coverage-remove-label = Remove { $country } from the coverage
coverage-remove-confirm = Remove { $country } from the coverage of SSI { $ssi }?
coverage-residence = residence country
postings-title = Staff posted
postings-add = New posting
postings-col-agent = Agent
postings-col-role = Role
postings-col-force = Force
postings-col-grade = Rank
postings-col-specialty = Specialty
postings-col-from = From
postings-col-to = To
postings-end = End
postings-end-ok = Confirm
postings-end-date = End date of the posting
postings-delete-confirm = Delete the posting of { $agent }?
postings-empty = No posting.
postings-form-title = New posting
postings-agent-mode = Agent
postings-existing-agent = Existing agent
postings-new-agent = New agent
postings-search-agent = Find the agent
role-attache = Internal-security attaché (ASI)
role-deputy = Deputy
role-assistant = Assistant
role-liaison_officer = Liaison officer
role-technical_expert = International technical expert
role-cooperant = Coopérant
force-police = Police
force-gendarmerie = Gendarmerie
agents-search-placeholder = Agent's name
agents-last-name = Last name
agents-first-name = First name
agents-count = { $count ->
    [one] { $n } agent
   *[other] { $n } agents
}
agents-col-current = Current posting
agents-col-postings = Postings
agents-empty = No agent matches the search.
agents-history = Postings of { $name }
agents-pick = Pick an agent to see their postings.

## Operational cooperation

cases-text-placeholder = Case reference
cases-new = New case
cases-col-reference = Reference
cases-col-date = Date
cases-col-located = Persons located
cases-col-warrants = of which under arrest warrant
cases-total-label = { $count ->
    [one] case
   *[other] cases
}
cases-total-located = persons located
cases-total-warrants = under arrest warrant
cases-empty = No case matches the filters.
cases-delete-confirm = { $count ->
    [one] Delete this case? This cannot be undone.
   *[other] Delete these { $count } cases? This cannot be undone.
}
cases-form-new = New operational-cooperation case
cases-form-edit = Edit case
channel-none = SSI only
channel-interpol = Interpol
channel-europol = Europol
channel-schengen = Schengen (SIS)
cases-tab-cases = Cases
cases-tab-years = Yearly totals
