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
nav-charts = Charts
nav-journal = Journal
nav-settings = Settings
nav-shortcut = Alt+{ $n }
nav-keyboard-help = Alt+1 to Alt+9, Alt+0: switch screen · ↑ ↓: move through the menu

## Common states

state-loading = Loading…
value-none = —
value-yes = Yes
value-no = No
table-sort-by = Sort by { $column }
size-bytes = { $n } B
size-kb = { $n } kB
size-mb = { $n } MB
size-gb = { $n } GB
size-tb = { $n } TB

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
year-planned = { $year } (planned)
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
programmes-countries-more = { $names } and { $count } more
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
references-code-tooltip = Internal code: { $code }
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

## Typed dates

date-placeholder = dd/mm/yyyy
date-invalid = Invalid date (dd/mm/yyyy)

## GIGN courses

courses-tab-planning = Planning
courses-tab-catalogue = Catalogue
courses-tab-requests = States' requests
courses-tab-certificates = Certificates
course-new = New course
course-form-new = New catalogue course
course-form-edit = Edit course
course-code = Code
course-mission = Mission spectrum
course-level = Level
course-duration = Duration (days)
course-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
course-sessions = Sessions
course-prerequisites = Prerequisites
course-description = Description
course-active = active
course-archived = archived
course-archive = Archive
course-restore = Restore
course-archive-confirm = Archive the course "{ $title }"? It will no longer be offered for new sessions.
course-restore-confirm = Restore the course "{ $title }" to the catalogue?
course-show-archived = Show archived courses
course-empty = No course in the catalogue.
mission-intervention = Intervention
mission-negotiation = Negotiation
mission-precision_shooting = Precision shooting
mission-protection = Protection
mission-special_means = Special means
mission-breaching = Breaching
mission-crisis_management = Crisis management
mission-instructor = Train the trainers
level-basic = basic
level-advanced = advanced
level-expert = expert

planning-year = Year
planning-prev-year = Previous year
planning-next-year = Next year
planning-prev-month = Previous month
planning-next-month = Next month
planning-view = View
planning-view-month = Month
planning-view-timeline = Timeline by course
planning-view-year = Year
planning-col-dates = Dates
planning-col-course = Course
planning-col-enrolled = Enrolled
planning-col-waiting = Waiting list
planning-col-conflicts = Conflicts
planning-empty = No session this year.
calendar-new-on = New session on { $date }
calendar-open-month = Open { $month } ({ $count ->
    [0] no session
    [one] one session
   *[other] { $count } sessions
})
calendar-day-sessions = { $date }: { $count ->
    [one] one session
   *[other] { $count } sessions
}
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

session-new = New session
session-form-new = New course session
session-form-edit = Edit session
session-form-hint = Conflicts (instructors, trainees, capacity, request, duration) are reported after saving; they do not prevent saving.
session-course = Course
session-place = Place (country)
session-city = City
session-where = Place
session-cost = Cost
session-language = Language
session-language-default = French
session-capacity = Places
session-request = Request it answers
session-instructors = Instructors
session-status-draft = draft
session-status-confirmed = confirmed
session-status-done = done
session-status-cancelled = cancelled
session-saved = Session saved, no conflict.
session-saved-with-conflicts = { $count ->
    [one] Session saved with one warning:
   *[other] Session saved with { $count } warnings:
}
session-open = Open the session
session-back = Planning
session-delete-confirm = Delete the session of { $dates }? Its enrolments will be deleted too.
conflicts-title = { $count ->
    [0] No conflict
    [one] One conflict
   *[other] { $count } conflicts
}
conflicts-none = No conflict for this session.
conflicts-flag = Conflict
conflict-other = see the other session
conflict-kind-instructor_overlap = Instructor
conflict-kind-trainee_overlap = Trainee
conflict-kind-over_capacity = Capacity
conflict-kind-abroad_without_request = No request
conflict-kind-duration_mismatch = Duration

enrolments-title = Enrolments
enrolments-fill = { $held } / { $capacity } places taken · { $waiting } on the waiting list
enrolments-empty = No trainee enrolled.
enrol-title = Enrol a trainee
enrol-search = Search a trainee
enrol-search-placeholder = Last name, first name
enrol-results = Trainees found
enrol-add = Enrol
enrol-request-state = Requesting state
enrol-done = { $name } is enrolled: { $status }.
enrol-waiting = Session full: { $name } is on the waiting list.
enrolment-col-result = Result and comment
enrolment-col-certificate = Certificate no.
enrolment-waiting-position = (no. { $n })
enrolment-status-requested = requested
enrolment-status-confirmed = confirmed
enrolment-status-waiting = waiting list
enrolment-status-attended = attended
enrolment-status-passed = passed
enrolment-status-failed = failed
enrolment-status-withdrawn = withdrawn
enrolment-action-confirmed = Confirm
enrolment-action-attended = Attended
enrolment-action-passed = Passed
enrolment-action-failed = Failed
enrolment-action-withdrawn = Withdraw
enrolment-confirm-withdrawn = Withdraw { $name } from this session? The place goes to the first on the waiting list.
enrolment-confirm-failed = Record that { $name } failed this course? No certificate will be issued.
enrolment-action-requested = Promote
promotion-notice = { $name } moves from the waiting list to "{ $status }".
attendance-title = Attendance per day
attendance-total = Days
attendance-cell = { $name } present on { $day }
attendance-empty = No confirmed trainee: the attendance sheet is empty.

request-new = New request
request-form-new = New request from a state
request-country = Requesting state
request-received-label = Received on
request-received-on = received on { $date }
request-subject = Subject
request-sessions = { $count ->
    [0] no session
    [one] one session
   *[other] { $count } sessions
}
request-kind-training = training
request-kind-expertise = expertise
request-status-received = Received
request-status-studied = Studied
request-status-accepted = Accepted
request-status-refused = Refused
request-status-scheduled = Scheduled
request-status-delivered = Delivered
request-action-studied = Study
request-action-accepted = Accept
request-action-refused = Refuse
request-action-scheduled = Schedule
request-action-delivered = Delivered

trainee-col-name = Name
trainee-col-state = State
trainee-col-unit = Unit
trainee-col-rank = Rank
trainee-col-sessions = Sessions
trainee-new = New trainee
trainee-form-new = New trainee
trainee-form-edit = Edit trainee
trainee-last-name = Last name
trainee-first-name = First name
trainee-languages = Languages
trainee-duplicate = Possible duplicate: { $names }. You may save anyway.
trainee-count = { $count ->
    [0] No trainee
    [one] { $count } trainee
   *[other] { $count } trainees
}
trainee-empty = No trainee matches.
trainee-back = Trainees
trainee-history = History (all years)
trainee-history-empty = No session attended.

## Partners

partners-tab-units = Foreign units
partners-tab-networks = Networks
partners-tab-exchanges = Exchanges
unit-col-name = Name
unit-col-networks = Networks
unit-col-trainees = Trainees trained
unit-col-exchanges = Exchanges
unit-empty = No unit recorded.
unit-exchanges = { $count ->
    [0] No exchange
    [one] One exchange
   *[other] { $count } exchanges
}
unit-trainees = { $count ->
    [0] No trainee trained by the GIGN
    [one] One trainee trained by the GIGN
   *[other] { $count } trainees trained by the GIGN
}
network-col-units = Units
exchange-col-network = Network
exchange-col-units = Units
exchange-empty = No exchange.
trainee-list-limited = Only the first { $shown } are shown: refine the search.
exchange-kind-tactical = tactical exchange
exchange-kind-technical = technical exchange
exchange-kind-retex = lessons learned
exchange-kind-seminar = network seminar
exchange-kind-training_mission = training mission
exchange-kind-expertise = expertise
unit-new = New unit
unit-form-new = New foreign unit
unit-form-edit = Edit the foreign unit
exchange-new = New exchange
exchange-form-new = New exchange with foreign units
exchange-form-edit = Edit the exchange
exchange-delete-confirm = Delete the exchange “{ $title }” of { $date }?

## Dashboard: GIGN courses

gign-title = GIGN courses per year
gign-col-trainees = Trainees
gign-col-states = States
gign-col-france = Sessions in France
gign-col-abroad = Sessions abroad
gign-col-fill = Fill rate
gign-col-received = Requests received
gign-col-open = Open requests
documents-attendance = Attendance sheet…
documents-certificates = Course certificates…
documents-file-attendance = attendance-session-{ $id }.pdf
documents-file-certificates = certificates-session-{ $id }.pdf

## Charts
charts-pick = Chart
charts-name-actions-by-country-year = Actions by country and type
charts-name-actions-heatmap = Country × year heatmap
charts-name-actions-by-year = Actions by year
charts-name-actions-world-map = World map of actions
charts-name-operational-by-year = Operational results by year
charts-name-trainees-by-state = Trainees by state and year
charts-top-n = Number of countries
charts-default = Default
charts-heatmap-sort = Row order
charts-sort-total = By total
charts-sort-continent = By continent
charts-series-split = Split
charts-split-kind = By kind
charts-split-domain = By domain
charts-outline-covered = Outline covered countries
charts-outline-residences = Mark SSI residence countries
charts-export-svg = Export as SVG
charts-export-png = Export as PNG
charts-png-width = PNG width
charts-px = { $n } px
charts-print = Print
charts-saved = Chart saved: { $path }
charts-print-date = Printed on { $date }
charts-print-source = Source: CoopDesk — GIGN international relations cell
charts-summary-period = Period: { $value }
charts-summary-year = Year: { $value }
charts-summary-all = all years
charts-summary-since = since { $from }
charts-summary-until = until { $to }
charts-summary-kind = Kind: { $value }
charts-summary-domain = Domain: { $value }
charts-summary-ssi = SSI: { $value }
charts-summary-continent = Continent: { $value }
charts-summary-programme = Programme: { $value }
charts-summary-funder = Funder: { $value }
dashboard-charts = Charts of the year
programmes-col-year = Year
programmes-show-actions = Show the programme's actions
programmes-budget-invalid = Invalid amount (e.g. 12,500.50).
programmes-budget-edit = Edit the year's budget

## document preview (session documents, charts on paper, reports)
document-save-pdf = Save as PDF…
document-print = Print…
document-close-hint = Close the preview (Esc)
document-zoom = Zoom
document-zoom-in = Zoom in
document-zoom-out = Zoom out
document-zoom-value = { $value } %
document-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
document-page-alt = Page { $current } of { $total }
document-saved = Document saved ({ $pages } p.): { $path }
document-certificates-issued = { $count ->
    [one] 1 certificate number issued.
   *[other] { $count } certificate numbers issued.
}
documents-preview-attendance = Attendance sheet
documents-preview-certificates = Course certificates
charts-export-pdf = Export as PDF

## export
export-menu = Export
export-menu-busy = Exporting…
export-menu-hint = Export every row of the filtered list
export-format-xlsx = Excel (XLSX)
export-format-ods = OpenDocument (ODS)
export-format-csv_semicolon = CSV separated by “;” (French Excel)
export-format-csv_comma = CSV separated by “,”
export-saved = { $count ->
    [one] 1 row exported: { $path }
   *[other] { $count } rows exported: { $path }
}
export-file-actions = actions
export-file-cases = cases
export-file-trainees = trainees
export-file-ssi = ssi
export-file-sessions = sessions
export-file-requests = requests
export-file-units = partner-units
export-file-courses = course-catalogue
export-file-exchanges = exchanges

## reports
reports-tab-documents = Printed reports
reports-tab-activity = Activity by year
reports-form = Report choice
reports-kind = Report
reports-kind-annual_report = Annual report
reports-kind-annual_report-hint = Key figures, network, technical and operational cooperation, courses, exchanges, comparison with the previous year.
reports-kind-country_sheet = Country sheet
reports-kind-country_sheet-hint = SSI and staff, actions, operational results, trainees, partner units, requests.
reports-year = Year
reports-country = Country
reports-country-placeholder = Country name or code
reports-from = From
reports-to = To
reports-from-first = first year
reports-to-last = last year
reports-preview = Preview
reports-hint = The report is laid out on A4 pages; save it as PDF or print it from the preview.
reports-empty = Choose a report, then “Preview” to see its pages.
reports-need-year = Choose the year of the report.
reports-need-country = Choose the country of the sheet.
reports-bad-period = The first year must come before the last year.

## import
import-open = Import…
import-hint = Import rows from a spreadsheet (XLSX, ODS or CSV)
import-title-actions = Import technical-cooperation actions
import-title-cases = Import operational cases
import-title-trainees = Import trainees
import-title-ssi = Import SSIs
import-pick-help = Choose a spreadsheet (XLSX, ODS or CSV) with a row naming the columns, in French or English. The file is checked first: nothing is saved before the last step, and rows already present (same reference) are updated, never duplicated.
import-pick = Choose a file…
import-filter-name = Spreadsheets
import-file = File: { $name }
import-rows = { $count ->
    [one] { $shown } row read
   *[other] { $shown } rows read
}
import-mapping-help = Check the field of each column; an ignored column is not imported.
import-col-header = Column in the file
import-col-samples = Examples
import-col-field = Field
import-field-for = Field of the column “{ $column }”
import-ignore = — Ignore —
import-unknown = not recognised
import-required-mark = (required)
import-missing = Required fields without a column: { $fields }
import-check = Check the file
import-other-file = Another file…
import-checking = Checking the file…
import-importing = Importing…
import-progress = { $done } / { $total } rows
import-cancel = Cancel
import-cancelled = Import cancelled: nothing was saved.
import-summary-total = Rows read
import-summary-create = To create
import-summary-update = To update
import-summary-unchanged = Already up to date
import-summary-errors = Errors
import-ignored = Ignored columns: { $columns }
import-errors-title = Errors to fix
import-errors-help = Nothing is imported while a row has an error: fix the file, then check it again.
import-errors-more = … and { $count } more errors.
import-col-line = Line
import-col-column = Column
import-col-value = Value
import-col-message = Problem
import-whole-row = (whole row)
import-no-error = No error: the file can be imported.
import-nothing = Nothing to import: every row is already up to date.
import-warnings-title = Warnings ({ $count })
import-warning-line = Line { $line }: { $message }
import-back = Back to the columns
import-recheck = Check again
import-commit = { $count ->
    [one] Import { $count } row
   *[other] Import { $count } rows
}
import-done = Import finished: { $created } created, { $updated } updated, { $unchanged } already up to date.
import-commit-blocked = Cannot import: { $count } error(s)
import-empty-value = (empty)
import-ignored-columns = Ignored columns: { $columns } (choose a field to import them)
import-commit-nothing = Nothing to import
import-close = Close

## Settings: the database and its backups

settings-db-title = Database
settings-db-path = Data file
settings-db-backup-dir = Backups folder
settings-db-schema = Schema
settings-db-schema-version = schema version { $version }
settings-db-note = The data file and its copies are in the user's data folder.
settings-backups-title = Backups
settings-backups-note = CoopDesk makes a copy each time the window opens and once a day of use; it keeps every copy of the day, the latest one of each of the 6 days before and of each of the 4 weeks before. The copies made before a restore or an upgrade are kept apart (the 10 newest).
settings-backup-now = Back up now
settings-backup-export = Export a copy…
settings-restore-file = Restore from a file…
settings-busy-backup = Backing up…
settings-busy-export = Saving the copy…
settings-busy-restore = Restoring…
settings-col-date = Date
settings-col-size = Size
settings-col-ssis = SSIs
settings-col-actions = Actions
settings-col-cases = Cases
settings-col-sessions = Sessions
settings-col-trainees = Trainees
settings-col-restore = Restore
settings-backups-caption = Automatic copies, newest first
settings-backups-empty = No automatic copy yet: the next one is made when the window next opens, or right now with “Back up now”.
settings-restore = Restore…
settings-restore-label = Restore the backup of { $date }…
settings-backup-created = Backup created: { $path }
settings-backup-exported = Copy saved: { $path }
settings-export-file = coopdesk-backup-{ $date }.sqlite
settings-filter-name = CoopDesk database (SQLite)
settings-contents = { $ssis ->
    [one] { $ssis } SSI
   *[other] { $ssis } SSIs
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}, { $cases ->
    [one] { $cases } case
   *[other] { $cases } cases
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} and { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
}
settings-restore-confirm = Restore the backup of { $date }? It holds { $contents }. The current data will be replaced by this copy's; it is first kept as a “before restore” copy in the backups folder.
settings-restore-ok = Replace the data
settings-restored = Data restored from the backup of { $date } ({ $contents }). The replaced data is kept in the backups folder.
settings-passphrase-title = Passphrase
settings-passphrase-note = The database and its backups are encrypted with the passphrase; without it they cannot be read. A lost passphrase cannot be recovered.
settings-passphrase-old = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-confirm = Confirmation
settings-passphrase-save = Change the passphrase
settings-passphrase-busy = Changing the passphrase…
settings-passphrase-done = Passphrase changed. { $copies ->
    [0] No backup to re-encrypt in the backups folder.
    [one] The backup in the backups folder was re-encrypted with the new passphrase.
   *[other] The { $copies } backups in the backups folder were re-encrypted with the new passphrase.
} A copy exported elsewhere keeps the old passphrase.

## Passphrase: the fields shared by opening the database and the settings

passphrase-label = Passphrase
passphrase-confirm-label = Confirmation
passphrase-show = Show the passphrase
passphrase-hide = Hide the passphrase
passphrase-caps-lock = Caution: Caps Lock is on.
passphrase-min = At least { $min } characters; for instance four unrelated words.
passphrase-strength = Strength: { $level }
passphrase-strength-short = too short
passphrase-strength-acceptable = acceptable
passphrase-strength-solid = solid

## Opening the database: create, unlock, encrypt, or what to do with a file that cannot be used

gate-restricted = Restricted distribution
gate-file = File
gate-choose = Choose another file…
gate-quit = Quit
gate-busy-choose = Reading the file…
gate-create-title = Create the CoopDesk database
gate-create-intro = No database exists at this location yet. CoopDesk will create it encrypted: without its passphrase the file cannot be read.
gate-create-warning = A lost passphrase cannot be recovered, neither by CoopDesk nor by anyone: keep it somewhere safe.
gate-create-content = Content of the database
gate-create-demo = With the demonstration data
gate-create-empty = Empty database
gate-demo-hint = To try it out: the demonstration passphrase is “{ $passphrase }” (see the README).
gate-demo-fill = Use the demonstration passphrase
gate-create-submit = Create the database
gate-busy-create = Creating the database…
gate-busy-create-demo = Creating the database and the demonstration data (a few seconds)…
gate-unlock-title = Unlock the database
gate-unlock-submit = Unlock
gate-busy-unlock = Opening the database…
gate-convert-title = Encrypt the database
gate-convert-intro = This database comes from an earlier version of CoopDesk and is not encrypted. CoopDesk will encrypt it with the passphrase chosen below.
gate-convert-safety = A plaintext copy is kept until the encrypted database has been verified, then it is removed.
gate-convert-submit = Encrypt the database
gate-busy-convert = Encrypting the database…
gate-converted = The database has been encrypted; the plaintext copy has been removed.
gate-converted-continue = Continue
gate-problem-corrupt = Database file damaged
gate-problem-too-new = Database from a newer version
gate-problem-not-database = This file is not a CoopDesk database
gate-problem-other = The database cannot be opened
gate-not-database-message = This file is not a CoopDesk database: { $path }. It was not changed; choose another file.
gate-too-new-hint = Install the latest version of CoopDesk, then open this database again.
gate-backup-title = Latest valid backup
gate-backup-date = Date
gate-backup-size = Size
gate-backup-contents = Contents
gate-no-backup = No valid backup of this database was found: choose another file.
gate-restore-latest = Restore this backup
gate-restore-confirm = Replace the damaged file by the backup of { $date }? It holds { $contents }. The damaged file will be kept aside in the backups folder.
gate-restore-ok = Restore the backup
gate-busy-restore = Restoring the backup…

## Journal of changes and history of a record

journal-intro = Every change to the database, the newest first: who, when, what.
journal-text-placeholder = Value before or after
journal-col-at = Date
journal-col-user = User
journal-col-kind = Kind
journal-col-record = No.
journal-col-action = Operation
journal-col-fields = Fields
journal-fields = { $count ->
    [one] { $count } field
   *[other] { $count } fields
}
journal-range = { $from }–{ $to } of { $total }
journal-none = No changes
journal-empty = No change matches the filters.
journal-prev = Previous
journal-next = Next
journal-pages-label = Journal pages
journal-keyboard-help = ↑ ↓: move · Enter: details · Esc: close the details
journal-parent = Belongs to
journal-record = { $kind } no. { $id }
journal-batch = Batch
journal-open-record = Open the record
journal-no-changes = No field changed.
journal-change-field = Field
journal-change-before = Before
journal-change-becomes = becomes
journal-change-after = After
journal-change-value = Value
history-revert = Restore this version
history-undelete = Restore the record as it was before its deletion
history-revert-question = Restore the record as it was after the change of { $when }? Its current values are replaced; the restore is itself recorded in the journal.
history-toggle = History
history-order = Newest first.
history-empty = No change recorded.

## Undo notice
undo-button = Undo
undo-shortcut = Undo (Ctrl+Z)
undo-done = Change undone.
undo-action-created = Action { $reference } saved.
undo-action-saved = Action changes saved.
undo-actions-deleted = { $count ->
    [one] Action deleted.
   *[other] { $count } actions deleted.
}
undo-case-created = Case saved.
undo-case-saved = Case changes saved.
undo-cases-deleted = { $count ->
    [one] Case deleted.
   *[other] { $count } cases deleted.
}

## Journal: undo an import
journal-batch-value = { $kind } “{ $label }”
journal-undo-import = Undo this import
journal-undo-question = Undo the import “{ $label }”? The rows it created will be deleted and those it changed will get their values back. All or nothing.
journal-undo-confirm = Undo the import
journal-undo-done = { $count ->
    [one] Import undone: { $rows } row restored.
   *[other] Import undone: { $rows } rows restored.
}
journal-import-undone = This import was undone.

## Reports: closing the year
year-closing-title = Closing the year
year-closing-open = Year { $year } is open.
year-closing-closed = Year { $year } has been closed since { $date } (by { $user }): its actions, cases and enrolments can no longer be changed.
year-closing-close = Close year { $year }
year-closing-close-question = Close year { $year }? Its annual report will be frozen and no action, case or enrolment of { $year } can be created, changed or deleted any more, here, from the command line or by import.
year-closing-close-confirm = Close
year-closing-reopen = Reopen the year…
year-closing-reopen-title = Reopen year { $year }
year-closing-reason = Reason for reopening (required)
year-closing-reopen-hint = The reason is recorded in the journal with the reopening.
year-closing-reopen-submit = Reopen

## Personal data: export, erasure, review
privacy-title = Personal data
privacy-export = Export their data…
privacy-export-done = Data exported: { $path }
privacy-export-file-trainee = trainee-data-{ $id }.json
privacy-export-file-agent = agent-data-{ $id }.json
privacy-export-filter-json = Personal data (JSON)
privacy-export-filter-pdf = Personal data sheet (PDF)
privacy-export-pdf = One-page PDF…
privacy-erase = Erase this trainee…
privacy-erase-question = Permanently erase the identity of { $name }? Their last name, first name, rank and languages are replaced everywhere in the database, journal included; their enrolments stay, anonymous, for the statistics. This cannot be undone.
privacy-erase-ok = Erase permanently
privacy-erased = { $count ->
    [one] Identity erased; { $count } enrolment kept, anonymous.
   *[other] Identity erased; { $count } enrolments kept, anonymous.
}
privacy-erased-already = Identity erased.
privacy-review-title = Personal data — review
privacy-review-note = Trainees whose last session ended longer ago than the period below, or recorded that long ago without any enrolment, the oldest first. Their identity can be erased; their enrolments stay, anonymous, for the statistics.
privacy-review-years = Trainees without activity for (years)
privacy-review-years-save = Save
privacy-review-years-saved = { $years ->
    [one] Review period saved: { $years } year.
   *[other] Review period saved: { $years } years.
}
privacy-review-years-invalid = Enter a whole number of years, from 1 to 50.
privacy-review-count = { $count ->
    [0] No trainee without activity for { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
    [one] { $count } trainee without activity for { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
   *[other] { $count } trainees without activity for { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
}
privacy-review-col-last = Last activity
privacy-review-col-enrolments = Enrolments
privacy-review-col-erase = Erasure
privacy-review-never = never enrolled
privacy-review-erase = Erase
privacy-review-erase-label = Erase the identity of { $name }…
privacy-review-more = { $count ->
    [one] … and { $count } more trainee, not shown: the list shows the first { $shown }.
   *[other] … and { $count } more trainees, not shown: the list shows the first { $shown }.
}

## Undo notice: trainees, postings, sessions, courses, requests
undo-trainee-created = Trainee saved.
undo-trainee-saved = Trainee changes saved.
undo-posting-created = Posting saved.
undo-posting-ended = End of posting saved.
undo-posting-deleted = Posting deleted.
undo-session-created = Session saved.
undo-session-saved = Session changes saved.
undo-session-deleted = Session deleted.
undo-course-created = Course saved.
undo-course-saved = Course changes saved.
undo-request-created = Request saved.
undo-enrolment-status = { $name }: { $status }.
undo-coverage-added = { $country } added to the coverage.
undo-coverage-removed = { $country } removed from the coverage.
undo-budget-saved = { $year } budget saved.
undo-reference-created = “{ $name }” added to the list.
undo-reference-renamed = “{ $name }” renamed.
undo-reference-deleted = “{ $name }” removed from the list.

## Certificates: checking, revocation, signing key
certificate-check-title = Check a certificate
certificate-check-intro = Type the number printed on the certificate, or read its QR code from a photo, a scan or the PDF: the QR code's signature proves its details were not changed.
certificate-number = Certificate number
certificate-number-placeholder = GIGN-2016-0001
certificate-check-submit = Check
certificate-scan = Read an image or a PDF…
certificate-busy-check = Checking…
certificate-busy-scan = Reading the QR code…
certificate-filter-all = Certificate (image or PDF)
certificate-filter-images = Images (PNG, JPEG)
certificate-filter-pdf = PDF
certificate-result-title = Certificate { $number }
certificate-field-number = No.
certificate-field-holder = Holder
certificate-field-course = Course
certificate-field-dates = Dates
certificate-field-place = Place
certificate-field-key = Key fingerprint
certificate-field-source = Source
certificate-source-number = number typed
certificate-source-qr_code = QR code read
certificate-field-revoked-on = Revoked on
certificate-field-revoked-reason = Reason
certificate-record-holder = The database says: { $name }
certificate-revoke = Revoke this certificate…
certificate-revoke-title = Revoke certificate { $number }
certificate-revoke-reason = Reason for the revocation (required)
certificate-revoke-hint = The revocation is dated today and written to the journal; every later check of this certificate will say “revoked”.
certificate-revoke-confirm = Revoke
certificate-key-title = Certificate signing
certificate-key-fingerprint = Fingerprint
certificate-key-hex = Public key (Ed25519)
certificate-key-note = This public key is printed on the back of every certificate: it lets a foreign unit check a certificate offline, without CoopDesk, with the command:
certificate-key-command = coopdesk-cli certificate verify --scan front.png --key coopdesk-public-key.pem
certificate-key-export = Export the public key…
certificate-key-file = coopdesk-public-key.pem
certificate-key-filter = Public key (PEM)
certificate-key-busy = Saving the public key…
certificate-key-saved = Public key saved: { $path }

# Editing an SSI post
ssi-edit = Edit the post
ssi-form-title = Edit the SSI post
ssi-form-code = Code
ssi-form-city = City
ssi-form-residence = Country of residence
ssi-form-opened = Opened on
ssi-form-closed = Closed on
ssi-form-closed-hint = Leave empty while the post is open.

# Settings: closed years, about
closed-years-title = Closed years
closed-years-note = A year is closed once its annual report went out: nothing dated in it changes until it is reopened, with a reason.
closed-years-col-state = State
closed-years-col-when = Closed on
closed-years-col-who = By
closed-years-col-reason = Reason for reopening
closed-years-closed = closed
closed-years-reopened = reopened
closed-years-empty = No closed year.
closed-years-pick = Year
about-title = About
about-version = Version
about-version-value = CoopDesk { $version }
about-licence = Licence
about-schema = version { $version } — this version of CoopDesk writes version { $latest }
about-data-dir = Data folder
about-log-dir = Technical log
about-no-log = none (the folder cannot be written)
about-note = The technical log holds no name, passphrase or key: it can be attached to a support request.
