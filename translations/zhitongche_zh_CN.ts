<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a store to a backup file, also while Zhitongche is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --to is missing: say where the backup goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or move that file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Zhitongche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is in use; close Zhitongche and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNumberAllocator</name>
    <message>
        <source>A case number needs the station code and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number could be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRegistration</name>
    <message>
        <source>Please describe the problem in a short title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>BACKUP-FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the last good backup with: ztctl restore --db %1 --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a store is whole: the file, references between records, the audit log and the changes waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file: %1 To repair it, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened, so nothing else was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working on this store and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To repair it, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed or removed after it was written, so the log can no longer be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of this file for whoever looks into it, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sync from this PC until this is repaired; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks found problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &apos;ztctl --help&apos; to see the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ztctl %1 --help&apos; to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read. Check that the file exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Zhitongche (schema %2; this program knows up to %3). It has not been changed. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was not updated because the backup before the update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCast</name>
    <message>
        <source>The communities of Baiyun street are missing from the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a new store filled with made-up demo data (never an existing station&apos;s store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make about N cases, for load tests; without it, as many as a real station has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed makes the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day with records (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a whole number of cases above 0, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-date needs a date written as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; demo data only goes into a new store. Choose another --db file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: 100% in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled %1 with demo data for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data can only be generated into a new, empty store; this one is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRun</name>
    <message>
        <source>Generating the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy; the demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Usage: ztctl COMMAND --db PATH [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks after a Zhitongche store from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of ztctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ztctl COMMAND --help&apos; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ztctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command comes first, before any option: ztctl COMMAND --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file (a .sqlite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; every value follows its option, such as --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db is missing: say which store to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>National deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County (district) deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themed reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy field visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8890 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the schema version, device, station and number of records of a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (needs update; Zhitongche updates it, after a backup, when it next opens the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1, letter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1 (its record is missing; run ztctl check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: not set up (run ztctl init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync_outbox (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up a new store for the station of a township or street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH --station CODE [--device-letter A]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 9-digit code of the township or street, such as 330203006.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers, A to Z (default A); give each PC of a station its own letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --station is missing: give the township or street code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; init only sets up a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of the store cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>The reference data %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a division code with a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected a date (YYYY-MM-DD) and holiday or workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data could not be saved in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no place for reference data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace a store with a backup; the replaced store is kept beside it. Close Zhitongche first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH --from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --from is missing: say which backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced store was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSetup</name>
    <message>
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up for a station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 already exists in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problems; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The references between records cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record in %1 (row %2) points to a missing record in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The changes waiting to be sent cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the numbered changes from %2 to %3 are missing, so the server would wait for them forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next change would get number %1, which is already taken (the last is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes refer to a table &apos;%1&apos; that this store does not sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) describe records of %1 that are not in the store</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>No backup of this store was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The newest backup was made on %2. Restore it? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>A visit needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for cancelling the visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The store is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: the transaction has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 has no station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to change no longer exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to delete no longer exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change for sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zhitongche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is not set up for a station yet. Set it up with: ztctl init --db %1 --station CODE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::DashboardPage</name>
    <message>
        <source>Same as last month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 from last month (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 from last month (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 points from last month (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 points from last month (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: %1 to %2 (figures up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion concentration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::DeputyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::MainWindow</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest visits to the station and its points. Visitors&apos; names are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem raised, newest first. Scroll down to read further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies of all five levels assigned to this station. Phones are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception days held in the last twelve months and the deputies on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the monthly report for the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved on this PC that the central server has not received yet. They are kept safely until a connection is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhitongche — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhitongche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (no sync server set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::MonthFiguresModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::OutboxModel</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::ReceptionDayModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size (points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 in case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 KB — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::Store</name>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zt::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
