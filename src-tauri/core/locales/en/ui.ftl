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
