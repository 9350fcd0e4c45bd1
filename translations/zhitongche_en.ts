<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Nobody is signed in. Sign in first.</source>
        <translation>Nobody is signed in. Sign in first.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head.</source>
        <translation>You are signed in as %1 (%2); this needs a station head.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs an administrator.</source>
        <translation>You are signed in as %1 (%2); this needs an administrator.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a district officer.</source>
        <translation>You are signed in as %1 (%2); this needs a district officer.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs station staff or a station head.</source>
        <translation>You are signed in as %1 (%2); this needs station staff or a station head.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head or a district officer.</source>
        <translation>You are signed in as %1 (%2); this needs a station head or a district officer.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head or an administrator.</source>
        <translation>You are signed in as %1 (%2); this needs a station head or an administrator.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs station staff, a station head or a district officer.</source>
        <translation>You are signed in as %1 (%2); this needs station staff, a station head or a district officer.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); this needs a station head, a district officer or an administrator.</source>
        <translation>You are signed in as %1 (%2); this needs a station head, a district officer or an administrator.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2), which may not do this.</source>
        <translation>You are signed in as %1 (%2), which may not do this.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>The audit log could not be written: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a store to a backup file, also while Zhitongche is running.</source>
        <translation>Copy a store to a backup file, also while Zhitongche is running.</translation>
    </message>
    <message>
        <source>--db PATH --to FILE</source>
        <translation>--db PATH --to FILE</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist yet.</source>
        <translation>The backup file to write; it must not exist yet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The option --to is missing: say where the backup goes.</source>
        <translation>The option --to is missing: say where the backup goes.</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself; choose another file.</source>
        <translation>The backup cannot replace the store itself; choose another file.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or move that file away first.</source>
        <translation>%1 already exists; choose another file name or move that file away first.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>Backed up %1 to %2 (%3).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The store is not open.</source>
        <translation>The store is not open.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>The backup could not be written to %1.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened.</source>
        <translation>The store at %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>The backup %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>The backup %1 is damaged and was not restored.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Zhitongche.</source>
        <translation>The backup %1 was written by a newer version of Zhitongche.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>The backup could not be copied to %1.</translation>
    </message>
    <message>
        <source>The store %1 is in use; close Zhitongche and try again.</source>
        <translation>The store %1 is in use; close Zhitongche and try again.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>The backup could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>CaseMoveForm</name>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Reply date:</source>
        <translation>Reply date:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Deputy:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Reference number:</translation>
    </message>
    <message>
        <source>Into case number:</source>
        <translation>Into case number:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseNumberAllocator</name>
    <message>
        <source>A case number needs the station code and a date.</source>
        <translation>A case number needs the station code and a date.</translation>
    </message>
    <message>
        <source>No case number could be drawn: %1</source>
        <translation>No case number could be drawn: %1</translation>
    </message>
</context>
<context>
    <name>CaseRegistration</name>
    <message>
        <source>Please describe the problem in a short title.</source>
        <translation>Please describe the problem in a short title.</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>This case is closed</source>
        <translation>This case is closed</translation>
    </message>
    <message>
        <source>This case was not accepted</source>
        <translation>This case was not accepted</translation>
    </message>
    <message>
        <source>This case was transferred to another platform</source>
        <translation>This case was transferred to another platform</translation>
    </message>
    <message>
        <source>This case was merged into another case</source>
        <translation>This case was merged into another case</translation>
    </message>
    <message>
        <source>This case was cancelled</source>
        <translation>This case was cancelled</translation>
    </message>
    <message>
        <source>it cannot be accepted</source>
        <translation>it cannot be accepted</translation>
    </message>
    <message>
        <source>it cannot be marked as not accepted</source>
        <translation>it cannot be marked as not accepted</translation>
    </message>
    <message>
        <source>it cannot be assigned</source>
        <translation>it cannot be assigned</translation>
    </message>
    <message>
        <source>it cannot be reassigned</source>
        <translation>it cannot be reassigned</translation>
    </message>
    <message>
        <source>no reminder can be sent</source>
        <translation>no reminder can be sent</translation>
    </message>
    <message>
        <source>no reply can be recorded</source>
        <translation>no reply can be recorded</translation>
    </message>
    <message>
        <source>no feedback can be recorded</source>
        <translation>no feedback can be recorded</translation>
    </message>
    <message>
        <source>it cannot be rated</source>
        <translation>it cannot be rated</translation>
    </message>
    <message>
        <source>it cannot be closed</source>
        <translation>it cannot be closed</translation>
    </message>
    <message>
        <source>it cannot be transferred</source>
        <translation>it cannot be transferred</translation>
    </message>
    <message>
        <source>it cannot be merged</source>
        <translation>it cannot be merged</translation>
    </message>
    <message>
        <source>it cannot be escalated</source>
        <translation>it cannot be escalated</translation>
    </message>
    <message>
        <source>it cannot be cancelled</source>
        <translation>it cannot be cancelled</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>a case&apos;s state; the move it rules out</comment>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>This case has already been accepted.</source>
        <translation>This case has already been accepted.</translation>
    </message>
    <message>
        <source>A case must be accepted before it is assigned to a department.</source>
        <translation>A case must be accepted before it is assigned to a department.</translation>
    </message>
    <message>
        <source>This case has already been assigned to a department.</source>
        <translation>This case has already been assigned to a department.</translation>
    </message>
    <message>
        <source>This case has not been assigned yet; assign it to a department first.</source>
        <translation>This case has not been assigned yet; assign it to a department first.</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be reassigned.</source>
        <translation>The department has already replied; the case can no longer be reassigned.</translation>
    </message>
    <message>
        <source>Reminders go to the department handling the case; assign it first.</source>
        <translation>Reminders go to the department handling the case; assign it first.</translation>
    </message>
    <message>
        <source>The department has already replied; there is nothing left to remind it of.</source>
        <translation>The department has already replied; there is nothing left to remind it of.</translation>
    </message>
    <message>
        <source>A case must be assigned to a department before a reply can be recorded.</source>
        <translation>A case must be assigned to a department before a reply can be recorded.</translation>
    </message>
    <message>
        <source>The department has already replied to this case.</source>
        <translation>The department has already replied to this case.</translation>
    </message>
    <message>
        <source>Feedback has already been given to the citizen.</source>
        <translation>Feedback has already been given to the citizen.</translation>
    </message>
    <message>
        <source>Feedback to the citizen follows the department&apos;s reply; record the reply first.</source>
        <translation>Feedback to the citizen follows the department&apos;s reply; record the reply first.</translation>
    </message>
    <message>
        <source>The citizen can rate the case only after being given feedback.</source>
        <translation>The citizen can rate the case only after being given feedback.</translation>
    </message>
    <message>
        <source>A case can be closed only after the citizen has been given feedback.</source>
        <translation>A case can be closed only after the citizen has been given feedback.</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be transferred.</source>
        <translation>The department has already replied; the case can no longer be transferred.</translation>
    </message>
    <message>
        <source>The department has already replied; the case can no longer be merged into another.</source>
        <translation>The department has already replied; the case can no longer be merged into another.</translation>
    </message>
    <message>
        <source>This is not possible for a case in this state.</source>
        <translation>This is not possible for a case in this state.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>Assign to a department</source>
        <translation>Assign to a department</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Send a reminder</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>Record the reply</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>Rate satisfaction</source>
        <translation>Rate satisfaction</translation>
    </message>
    <message>
        <source>Close without a rating</source>
        <translation>Close without a rating</translation>
    </message>
    <message>
        <source>Transfer to a platform</source>
        <translation>Transfer to a platform</translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation>Merge into another case</translation>
    </message>
    <message>
        <source>Escalate to a suggestion</source>
        <translation>Escalate to a suggestion</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Cancel the case</translation>
    </message>
    <message>
        <source>This case could not be found; it may have been removed.</source>
        <translation>This case could not be found; it may have been removed.</translation>
    </message>
    <message>
        <source>The date of this step cannot be in the future.</source>
        <translation>The date of this step cannot be in the future.</translation>
    </message>
    <message>
        <source>This step cannot be dated before the case&apos;s previous step.</source>
        <translation>This step cannot be dated before the case&apos;s previous step.</translation>
    </message>
    <message>
        <source>The deadline cannot be earlier than the day of assignment.</source>
        <translation>The deadline cannot be earlier than the day of assignment.</translation>
    </message>
    <message>
        <source>Please choose the department that will handle the case.</source>
        <translation>Please choose the department that will handle the case.</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>The chosen department no longer exists.</translation>
    </message>
    <message>
        <source>Please say why the case is not accepted.</source>
        <translation>Please say why the case is not accepted.</translation>
    </message>
    <message>
        <source>The case is already with this department.</source>
        <translation>The case is already with this department.</translation>
    </message>
    <message>
        <source>Please enter the department&apos;s reply.</source>
        <translation>Please enter the department&apos;s reply.</translation>
    </message>
    <message>
        <source>The reply date cannot be in the future.</source>
        <translation>The reply date cannot be in the future.</translation>
    </message>
    <message>
        <source>The reply date cannot be earlier than the day the case was assigned.</source>
        <translation>The reply date cannot be earlier than the day the case was assigned.</translation>
    </message>
    <message>
        <source>Please say how the citizen was given feedback.</source>
        <translation>Please say how the citizen was given feedback.</translation>
    </message>
    <message>
        <source>The chosen deputy no longer exists.</source>
        <translation>The chosen deputy no longer exists.</translation>
    </message>
    <message>
        <source>Please choose how satisfied the citizen is.</source>
        <translation>Please choose how satisfied the citizen is.</translation>
    </message>
    <message>
        <source>Please say why the case is closed without the citizen&apos;s rating.</source>
        <translation>Please say why the case is closed without the citizen&apos;s rating.</translation>
    </message>
    <message>
        <source>Please choose the platform the case is transferred to.</source>
        <translation>Please choose the platform the case is transferred to.</translation>
    </message>
    <message>
        <source>Please enter the platform&apos;s reference number.</source>
        <translation>Please enter the platform&apos;s reference number.</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>A case cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The case to merge into could not be found.</source>
        <translation>The case to merge into could not be found.</translation>
    </message>
    <message>
        <source>Cases can only be merged within one station.</source>
        <translation>Cases can only be merged within one station.</translation>
    </message>
    <message>
        <source>Case %1 has itself been merged into another case; merge into that one instead.</source>
        <translation>Case %1 has itself been merged into another case; merge into that one instead.</translation>
    </message>
    <message>
        <source>Case %1 was cancelled; no case can be merged into it.</source>
        <translation>Case %1 was cancelled; no case can be merged into it.</translation>
    </message>
    <message>
        <source>Please say why the case is cancelled.</source>
        <translation>Please say why the case is cancelled.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>This case is already marked as not accepted.</source>
        <translation>This case is already marked as not accepted.</translation>
    </message>
    <message>
        <source>This case has already been transferred to another platform.</source>
        <translation>This case has already been transferred to another platform.</translation>
    </message>
    <message>
        <source>This case has already been merged into another case.</source>
        <translation>This case has already been merged into another case.</translation>
    </message>
    <message>
        <source>This case is already cancelled.</source>
        <translation>This case is already cancelled.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>BACKUP-FILE</source>
        <translation>BACKUP-FILE</translation>
    </message>
    <message>
        <source>restore the last good backup with: ztctl restore --db %1 --from %2</source>
        <translation>restore the last good backup with: ztctl restore --db %1 --from %2</translation>
    </message>
    <message>
        <source>Check that a store is whole: the file, references between records, the audit log and the changes waiting to sync.</source>
        <translation>Check that a store is whole: the file, references between records, the audit log and the changes waiting to sync.</translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation>--db PATH</translation>
    </message>
    <message>
        <source>Store file: %1 To repair it, %2.</source>
        <translation>Store file: %1 To repair it, %2.</translation>
    </message>
    <message>
        <source>The store could not be opened, so nothing else was checked.</source>
        <translation>The store could not be opened, so nothing else was checked.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Stop working on this store and %1.</source>
        <translation>Stop working on this store and %1.</translation>
    </message>
    <message>
        <source>References between records</source>
        <translation>References between records</translation>
    </message>
    <message>
        <source>To repair it, %1.</source>
        <translation>To repair it, %1.</translation>
    </message>
    <message>
        <source>entry %1 was changed or removed after it was written, so the log can no longer be trusted</source>
        <translation>entry %1 was changed or removed after it was written, so the log can no longer be trusted</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Keep a copy of this file for whoever looks into it, then %1.</source>
        <translation>Keep a copy of this file for whoever looks into it, then %1.</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Changes waiting to sync</translation>
    </message>
    <message>
        <source>Do not sync from this PC until this is repaired; %1.</source>
        <translation>Do not sync from this PC until this is repaired; %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks found problems.</source>
        <translation>
            <numerusform>%n of %1 checks found problems.</numerusform>
            <numerusform>%n of %1 checks found problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation>All %1 checks passed.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &apos;ztctl --help&apos; to see the commands and their options.</source>
        <translation>Run &apos;ztctl --help&apos; to see the commands and their options.</translation>
    </message>
    <message>
        <source>Run &apos;ztctl %1 --help&apos; to see its options.</source>
        <translation>Run &apos;ztctl %1 --help&apos; to see its options.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>text follows a closing quote.</source>
        <translation>text follows a closing quote.</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field.</source>
        <translation>a quote inside an unquoted field.</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>a quoted field is not closed.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>the header is not &quot;%1&quot;.</source>
        <translation>the header is not &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected.</source>
        <translation>
            <numerusform>%n field where %1 are expected.</numerusform>
            <numerusform>%n fields where %1 are expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read. Check that the file exists and that you may open it.</source>
        <translation>The store %1 cannot be read. Check that the file exists and that you may open it.</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store.</source>
        <translation>The store %1 is damaged or is not a Zhitongche store.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>The store %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Zhitongche store (%2).</source>
        <translation>The store %1 is damaged or is not a Zhitongche store (%2).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Zhitongche (schema %2; this program knows up to %3). It has not been changed. Please install the newer version.</source>
        <translation>The store %1 was written by a newer version of Zhitongche (schema %2; this program knows up to %3). It has not been changed. Please install the newer version.</translation>
    </message>
    <message>
        <source>The store was not updated because the backup before the update failed: %1</source>
        <translation>The store was not updated because the backup before the update failed: %1</translation>
    </message>
</context>
<context>
    <name>DemoCast</name>
    <message>
        <source>The communities of Baiyun street are missing from the reference data.</source>
        <translation>The communities of Baiyun street are missing from the reference data.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a new store filled with made-up demo data (never an existing station&apos;s store).</source>
        <translation>Create a new store filled with made-up demo data (never an existing station&apos;s store).</translation>
    </message>
    <message>
        <source>--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]</source>
        <translation>--db PATH [--scale N] [--seed S] [--end-date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Make about N cases, for load tests; without it, as many as a real station has.</source>
        <translation>Make about N cases, for load tests; without it, as many as a real station has.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed makes the same data.</source>
        <translation>Seed of the random choices; the same seed makes the same data.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The last day with records (default: today).</source>
        <translation>The last day with records (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--scale needs a whole number of cases above 0, not &apos;%1&apos;.</source>
        <translation>--scale needs a whole number of cases above 0, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--end-date needs a date written as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--end-date needs a date written as YYYY-MM-DD, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; demo data only goes into a new store. Choose another --db file.</source>
        <translation>The store %1 is already set up for a station; demo data only goes into a new store. Choose another --db file.</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Generating demo data: %1%</translation>
    </message>
    <message>
        <source>Generating demo data: 100% in %1 s.</source>
        <translation>Generating demo data: 100% in %1 s.</translation>
    </message>
    <message>
        <source>Filled %1 with demo data for %2:</source>
        <translation>Filled %1 with demo data for %2:</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Contact points</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Case events</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data can only be generated into a new, empty store; this one is already set up.</source>
        <translation>Demo data can only be generated into a new, empty store; this one is already set up.</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>The number of demo cases cannot be negative.</translation>
    </message>
</context>
<context>
    <name>DemoRun</name>
    <message>
        <source>Generating the demo data was cancelled.</source>
        <translation>Generating the demo data was cancelled.</translation>
    </message>
    <message>
        <source>The store is busy; the demo data could not be written.</source>
        <translation>The store is busy; the demo data could not be written.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Usage: ztctl COMMAND --db PATH [options]</source>
        <translation>Usage: ztctl COMMAND --db PATH [options]</translation>
    </message>
    <message>
        <source>Looks after a Zhitongche store from the command line.</source>
        <translation>Looks after a Zhitongche store from the command line.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version of ztctl.</source>
        <translation>Show the version of ztctl.</translation>
    </message>
    <message>
        <source>Run &apos;ztctl COMMAND --help&apos; for the options of one command.</source>
        <translation>Run &apos;ztctl COMMAND --help&apos; for the options of one command.</translation>
    </message>
    <message>
        <source>Usage: ztctl %1 %2</source>
        <translation>Usage: ztctl %1 %2</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>The command comes first, before any option: ztctl COMMAND --db PATH.</source>
        <translation>The command comes first, before any option: ztctl COMMAND --db PATH.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The store file (a .sqlite file).</source>
        <translation>The store file (a .sqlite file).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; every value follows its option, such as --db PATH.</source>
        <translation>Unexpected argument &apos;%1&apos;; every value follows its option, such as --db PATH.</translation>
    </message>
    <message>
        <source>The option --db is missing: say which store to use.</source>
        <translation>The option --db is missing: say which store to use.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>National deputy</source>
        <translation>National deputy</translation>
    </message>
    <message>
        <source>Provincial deputy</source>
        <translation>Provincial deputy</translation>
    </message>
    <message>
        <source>City deputy</source>
        <translation>City deputy</translation>
    </message>
    <message>
        <source>County (district) deputy</source>
        <translation>County (district) deputy</translation>
    </message>
    <message>
        <source>Township deputy</source>
        <translation>Township deputy</translation>
    </message>
    <message>
        <source>Walk-in reception</source>
        <translation>Walk-in reception</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Themed reception</source>
        <translation>Themed reception</translation>
    </message>
    <message>
        <source>Deputy field visit</source>
        <translation>Deputy field visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online message</source>
        <translation>Online message</translation>
    </message>
    <message>
        <source>8890 hotline</source>
        <translation>8890 hotline</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Four platforms</source>
        <translation>Four platforms</translation>
    </message>
    <message>
        <source>Petition proxy</source>
        <translation>Petition proxy</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>Fed back</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Station staff</source>
        <translation>Station staff</translation>
    </message>
    <message>
        <source>Station head</source>
        <translation>Station head</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>District officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>case event</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>case event</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>case event</comment>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Assigned to a department</source>
        <comment>case event</comment>
        <translation>Assigned to a department</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <comment>case event</comment>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Reminder</source>
        <comment>case event</comment>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>case event</comment>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>case event</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Satisfaction rated</source>
        <comment>case event</comment>
        <translation>Satisfaction rated</translation>
    </message>
    <message>
        <source>Reopened</source>
        <comment>case event</comment>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case event</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>case event</comment>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Merged</source>
        <comment>case event</comment>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Escalated to a suggestion</source>
        <comment>case event</comment>
        <translation>Escalated to a suggestion</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>case event</comment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the schema version, device, station and number of records of a store.</source>
        <translation>Show the schema version, device, station and number of records of a store.</translation>
    </message>
    <message>
        <source>--db PATH</source>
        <translation>--db PATH</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (needs update; Zhitongche updates it, after a backup, when it next opens the store)</source>
        <translation>Schema: %1 of %2 (needs update; Zhitongche updates it, after a backup, when it next opens the store)</translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (up to date)</source>
        <translation>Schema: %1 of %2 (up to date)</translation>
    </message>
    <message>
        <source>Device: none yet</source>
        <translation>Device: none yet</translation>
    </message>
    <message>
        <source>Device: %1, letter %2</source>
        <translation>Device: %1, letter %2</translation>
    </message>
    <message>
        <source>Station: %1 (%2), %3</source>
        <translation>Station: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Station: %1 (its record is missing; run ztctl check)</source>
        <translation>Station: %1 (its record is missing; run ztctl check)</translation>
    </message>
    <message>
        <source>Station: not set up (run ztctl init)</source>
        <translation>Station: not set up (run ztctl init)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>sync_outbox (pending)</source>
        <translation>sync_outbox (pending)</translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation>(%1 deleted)</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up a new store for the station of a township or street.</source>
        <translation>Set up a new store for the station of a township or street.</translation>
    </message>
    <message>
        <source>--db PATH --station CODE [--device-letter A]</source>
        <translation>--db PATH --station CODE [--device-letter A]</translation>
    </message>
    <message>
        <source>The 9-digit code of the township or street, such as 330203006.</source>
        <translation>The 9-digit code of the township or street, such as 330203006.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers, A to Z (default A); give each PC of a station its own letter.</source>
        <translation>This PC&apos;s letter in case numbers, A to Z (default A); give each PC of a station its own letter.</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>The option --station is missing: give the township or street code.</source>
        <translation>The option --station is missing: give the township or street code.</translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z, not &apos;%1&apos;.</source>
        <translation>The device letter must be one letter from A to Z, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The store %1 is already set up for a station; init only sets up a new store.</source>
        <translation>The store %1 is already set up for a station; init only sets up a new store.</translation>
    </message>
    <message>
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation>%1 is not a township or street code: it must have 9 digits, such as 330203006.</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</translation>
    </message>
    <message>
        <source>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</source>
        <translation>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of the store cannot be read.</source>
        <translation>The schema version of the store cannot be read.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migration %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Updating the store to version %1 (%2) failed: %3</source>
        <translation>Updating the store to version %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>ReceptionRuleParser</name>
    <message>
        <source>The quote is not closed: %1</source>
        <translation>The quote is not closed: %1</translation>
    </message>
    <message>
        <source>The rule is empty.</source>
        <translation>The rule is empty.</translation>
    </message>
    <message>
        <source>A rule starts with its kind (monthly, weekly, once or leaders), not: %1</source>
        <translation>A rule starts with its kind (monthly, weekly, once or leaders), not: %1</translation>
    </message>
    <message>
        <source>Expected key=value: %1</source>
        <translation>Expected key=value: %1</translation>
    </message>
    <message>
        <source>Unknown key: %1</source>
        <translation>Unknown key: %1</translation>
    </message>
    <message>
        <source>The key is given twice: %1</source>
        <translation>The key is given twice: %1</translation>
    </message>
    <message>
        <source>A %1 rule does not take: %2</source>
        <translation>A %1 rule does not take: %2</translation>
    </message>
    <message>
        <source>Weeks are 1 to 5 or last: %1</source>
        <translation>Weeks are 1 to 5 or last: %1</translation>
    </message>
    <message>
        <source>A week is given twice: %1</source>
        <translation>A week is given twice: %1</translation>
    </message>
    <message>
        <source>Unknown weekday (use mon to sun): %1</source>
        <translation>Unknown weekday (use mon to sun): %1</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD: %1</source>
        <translation>Dates are written YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>Half-day is am or pm: %1</source>
        <translation>Half-day is am or pm: %1</translation>
    </message>
    <message>
        <source>Deputy %1 is in the pool twice: %2</source>
        <translation>Deputy %1 is in the pool twice: %2</translation>
    </message>
    <message>
        <source>Deputies per session must be 1 or more: %1</source>
        <translation>Deputies per session must be 1 or more: %1</translation>
    </message>
    <message>
        <source>On a holiday use next, previous, skip or keep: %1</source>
        <translation>On a holiday use next, previous, skip or keep: %1</translation>
    </message>
    <message>
        <source>A %1 rule needs %2=</source>
        <translation>A %1 rule needs %2=</translation>
    </message>
    <message>
        <source>The rule ends before it starts: %1 is after %2</source>
        <translation>The rule ends before it starts: %1 is after %2</translation>
    </message>
    <message numerus="yes">
        <source>More deputies per session than the %n in the pool: %1</source>
        <translation>
            <numerusform>More deputies per session than the %n in the pool: %1</numerusform>
            <numerusform>More deputies per session than the %n in the pool: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>The reference data %1 is missing from the program.</source>
        <translation>The reference data %1 is missing from the program.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a division code with a name.</source>
        <translation>%1, line %2: &quot;%3&quot; is not a division code with a name.</translation>
    </message>
    <message>
        <source>%1, line %2: expected a date (YYYY-MM-DD) and holiday or workday.</source>
        <translation>%1, line %2: expected a date (YYYY-MM-DD) and holiday or workday.</translation>
    </message>
    <message>
        <source>The reference data could not be saved in the store: %1</source>
        <translation>The reference data could not be saved in the store: %1</translation>
    </message>
    <message>
        <source>The store has no place for reference data: %1</source>
        <translation>The store has no place for reference data: %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace a store with a backup; the replaced store is kept beside it. Close Zhitongche first.</source>
        <translation>Replace a store with a backup; the replaced store is kept beside it. Close Zhitongche first.</translation>
    </message>
    <message>
        <source>--db PATH --from FILE</source>
        <translation>--db PATH --from FILE</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The option --from is missing: say which backup to restore.</source>
        <translation>The option --from is missing: say which backup to restore.</translation>
    </message>
    <message>
        <source>The backup and the store are the same file.</source>
        <translation>The backup and the store are the same file.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The replaced store was kept as %1.</source>
        <translation>The replaced store was kept as %1.</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>The username or the password is wrong.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator to enable it.</source>
        <translation>The account %1 is disabled. Ask the administrator to enable it.</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>The wrong password could not be counted: %1</source>
        <translation>The wrong password could not be counted: %1</translation>
    </message>
    <message>
        <source>The count of wrong passwords could not be cleared: %1</source>
        <translation>The count of wrong passwords could not be cleared: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationSetup</name>
    <message>
        <source>%1 is not a township or street code: it must have 9 digits, such as 330203006.</source>
        <translation>%1 is not a township or street code: it must have 9 digits, such as 330203006.</translation>
    </message>
    <message>
        <source>This store is already set up for a station.</source>
        <translation>This store is already set up for a station.</translation>
    </message>
    <message>
        <source>The station %1 already exists in this store.</source>
        <translation>The station %1 already exists in this store.</translation>
    </message>
</context>
<context>
    <name>StoreInspector</name>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite cannot read the file: %1</translation>
    </message>
    <message>
        <source>SQLite found damage: %1</source>
        <translation>SQLite found damage: %1</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problems; the first: %1</source>
        <translation>
            <numerusform>SQLite found %n problems; the first: %1</numerusform>
            <numerusform>SQLite found %n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The references between records cannot be checked: %1</source>
        <translation>The references between records cannot be checked: %1</translation>
    </message>
    <message>
        <source>a record in %1 (row %2) points to a missing record in %3</source>
        <translation>a record in %1 (row %2) points to a missing record in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist; the first: %1</source>
        <translation>
            <numerusform>%n record point to records that do not exist; the first: %1</numerusform>
            <numerusform>%n records point to records that do not exist; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes waiting to be sent cannot be read: %1</source>
        <translation>The changes waiting to be sent cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 of the numbered changes from %2 to %3 are missing, so the server would wait for them forever</source>
        <translation>%1 of the numbered changes from %2 to %3 are missing, so the server would wait for them forever</translation>
    </message>
    <message>
        <source>the next change would get number %1, which is already taken (the last is %2)</source>
        <translation>the next change would get number %1, which is already taken (the last is %2)</translation>
    </message>
    <message>
        <source>changes refer to a table &apos;%1&apos; that this store does not sync</source>
        <translation>changes refer to a table &apos;%1&apos; that this store does not sync</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) describe records of %1 that are not in the store</source>
        <translation>
            <numerusform>%n change describe records of %1 that are not in the store</numerusform>
            <numerusform>%n changes describe records of %1 that are not in the store</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>No backup of this store was found in %1.</source>
        <translation>No backup of this store was found in %1.</translation>
    </message>
    <message>
        <source>%1

The newest backup was made on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>%1

The newest backup was made on %2. Restore it? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>Restoring the backup failed</source>
        <translation>Restoring the backup failed</translation>
    </message>
    <message>
        <source>The data file cannot be opened</source>
        <translation>The data file cannot be opened</translation>
    </message>
</context>
<context>
    <name>SuggestionDraft</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion (draft)</source>
        <translation>Suggestion (draft)</translation>
    </message>
    <message>
        <source>%1 · drafted on %2 · draft for the deputy to complete</source>
        <translation>%1 · drafted on %2 · draft for the deputy to complete</translation>
    </message>
    <message>
        <source>1. What citizens raised</source>
        <translation>1. What citizens raised</translation>
    </message>
    <message>
        <source>No cases were selected.</source>
        <translation>No cases were selected.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 the station received %n case(s) on this matter.</source>
        <translation>
            <numerusform>From %1 to %2 the station received %n case on this matter.</numerusform>
            <numerusform>From %1 to %2 the station received %n cases on this matter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were raised by %n citizen(s).</source>
        <translation>
            <numerusform>They were raised by %n citizen.</numerusform>
            <numerusform>They were raised by %n citizens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Communities: %1.</source>
        <translation>Communities: %1.</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>Categories: %1.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>2. What the departments replied</source>
        <translation>2. What the departments replied</translation>
    </message>
    <message>
        <source>No department has replied to these cases yet.</source>
        <translation>No department has replied to these cases yet.</translation>
    </message>
    <message>
        <source>%1, %2 (case %3): %4</source>
        <translation>%1, %2 (case %3): %4</translation>
    </message>
    <message>
        <source>3. Analysis</source>
        <translation>3. Analysis</translation>
    </message>
    <message>
        <source>(Why this is a widespread problem, and its causes.)</source>
        <translation>(Why this is a widespread problem, and its causes.)</translation>
    </message>
    <message>
        <source>4. Suggestions</source>
        <translation>4. Suggestions</translation>
    </message>
    <message>
        <source>(What the deputy proposes.)</source>
        <translation>(What the deputy proposes.)</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Deputy:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Carried into a deputy&apos;s suggestion</source>
        <translation>Carried into a deputy&apos;s suggestion</translation>
    </message>
    <message>
        <source>Carried into the suggestion: %1</source>
        <translation>Carried into the suggestion: %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
</context>
<context>
    <name>SupervisionColour</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionListDocument</name>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>Supervision list</source>
        <translation>Supervision list</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>No open case is waiting for a department&apos;s reply.</source>
        <translation>No open case is waiting for a department&apos;s reply.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Received by (department):</source>
        <translation>Received by (department):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password may not be the username.</source>
        <translation>The password may not be the username.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <source>A username may not contain spaces.</source>
        <translation>A username may not contain spaces.</translation>
    </message>
    <message numerus="yes">
        <source>A username may have at most %n character(s).</source>
        <translation>
            <numerusform>A username may have at most %n character.</numerusform>
            <numerusform>A username may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>There is no role called &quot;%1&quot;.</source>
        <translation>There is no role called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This PC is not set up for a station yet.</source>
        <translation>This PC is not set up for a station yet.</translation>
    </message>
    <message>
        <source>The first user of this PC must be an administrator.</source>
        <translation>The first user of this PC must be an administrator.</translation>
    </message>
    <message>
        <source>The password could not be stored: not enough memory.</source>
        <translation>The password could not be stored: not enough memory.</translation>
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation>The username %1 is taken.</translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation>You can only change your own password.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>A visit needs a date.</source>
        <translation>A visit needs a date.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling the visit.</source>
        <translation>Please give a reason for cancelling the visit.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The store is busy or read-only: %1</source>
        <translation>The store is busy or read-only: %1</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Unknown table %1.</translation>
    </message>
    <message>
        <source>Unknown column %1.%2.</source>
        <translation>Unknown column %1.%2.</translation>
    </message>
    <message>
        <source>The change was not saved: the transaction has ended.</source>
        <translation>The change was not saved: the transaction has ended.</translation>
    </message>
    <message>
        <source>A row of %1 has no station.</source>
        <translation>A row of %1 has no station.</translation>
    </message>
    <message>
        <source>Saving to %1 failed: %2</source>
        <translation>Saving to %1 failed: %2</translation>
    </message>
    <message>
        <source>The record to change no longer exists (%1).</source>
        <translation>The record to change no longer exists (%1).</translation>
    </message>
    <message>
        <source>The record to delete no longer exists (%1).</source>
        <translation>The record to delete no longer exists (%1).</translation>
    </message>
    <message>
        <source>Deleting from %1 failed: %2</source>
        <translation>Deleting from %1 failed: %2</translation>
    </message>
    <message>
        <source>Recording the change for sync failed: %1</source>
        <translation>Recording the change for sync failed: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zhitongche</source>
        <translation>Zhitongche</translation>
    </message>
    <message>
        <source>The store %1 is not set up for a station yet. Set it up with: ztctl init --db %1 --station CODE</source>
        <translation>The store %1 is not set up for a station yet. Set it up with: ztctl init --db %1 --station CODE</translation>
    </message>
</context>
<context>
    <name>zt::CaseDetailPanel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deputy following</source>
        <translation>Deputy following</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Raised at the visit of %1</source>
        <translation>Raised at the visit of %1</translation>
    </message>
    <message>
        <source>received by %1</source>
        <translation>received by %1</translation>
    </message>
    <message>
        <source>This case did not come from a recorded visit.</source>
        <translation>This case did not come from a recorded visit.</translation>
    </message>
    <message>
        <source>Deputies involved: %1</source>
        <translation>Deputies involved: %1</translation>
    </message>
    <message>
        <source>Same visit</source>
        <translation>Same visit</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Duplicate merged here</source>
        <translation>Duplicate merged here</translation>
    </message>
    <message>
        <source>No related cases.</source>
        <translation>No related cases.</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <source>Visit and related cases (%1)</source>
        <translation>Visit and related cases (%1)</translation>
    </message>
    <message>
        <source>Choose a case in the list to see its history and take the next step.</source>
        <translation>Choose a case in the list to see its history and take the next step.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Visit and related cases</source>
        <translation>Visit and related cases</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>zt::CaseFilterBar</name>
    <message>
        <source>Search titles, descriptions and replies (Ctrl+F)</source>
        <translation>Search titles, descriptions and replies (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open (not yet closed)</source>
        <translation>Open (not yet closed)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removes the saved filter chosen on the left</source>
        <translation>Removes the saved filter chosen on the left</translation>
    </message>
    <message>
        <source>Remove these conditions</source>
        <translation>Remove these conditions</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Deadline soonest</source>
        <translation>Deadline soonest</translation>
    </message>
    <message>
        <source>By case number</source>
        <translation>By case number</translation>
    </message>
    <message>
        <source>registered %1 to %2</source>
        <translation>registered %1 to %2</translation>
    </message>
    <message>
        <source>one liaison point</source>
        <translation>one liaison point</translation>
    </message>
    <message>
        <source>one deputy&apos;s cases</source>
        <translation>one deputy&apos;s cases</translation>
    </message>
    <message>
        <source>Also only: %1</source>
        <translation>Also only: %1</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Name for this filter:</translation>
    </message>
</context>
<context>
    <name>zt::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>zt::CaseMoveForm</name>
    <message>
        <source>(the deputy following the case)</source>
        <translation>(the deputy following the case)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>At the station</source>
        <translation>At the station</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>There is no case with the number &quot;%1&quot;. Check the number on the list.</source>
        <translation>There is no case with the number &quot;%1&quot;. Check the number on the list.</translation>
    </message>
    <message>
        <source>This step is not available.</source>
        <translation>This step is not available.</translation>
    </message>
</context>
<context>
    <name>zt::CaseTimelineModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>zt::CasesPage</name>
    <message>
        <source>Draft a suggestion from the selected cases…</source>
        <translation>Draft a suggestion from the selected cases…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Supervision board</source>
        <translation>Supervision board</translation>
    </message>
</context>
<context>
    <name>zt::DashboardPage</name>
    <message>
        <source>Same as last month (%1)</source>
        <translation>Same as last month (%1)</translation>
    </message>
    <message>
        <source>Up %1 from last month (%2)</source>
        <translation>Up %1 from last month (%2)</translation>
    </message>
    <message>
        <source>Down %1 from last month (%2)</source>
        <translation>Down %1 from last month (%2)</translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation>Last month: %1</translation>
    </message>
    <message>
        <source>Up %1 points from last month (%2)</source>
        <translation>Up %1 points from last month (%2)</translation>
    </message>
    <message>
        <source>Down %1 points from last month (%2)</source>
        <translation>Down %1 points from last month (%2)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>This month: %1 to %2 (figures up to %3)</source>
        <translation>This month: %1 to %2 (figures up to %3)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>Problems solved</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation>On-time reply rate</translation>
    </message>
    <message>
        <source>Opinion concentration</source>
        <translation>Opinion concentration</translation>
    </message>
</context>
<context>
    <name>zt::DeputyListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation>Liaison point</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>zt::MainWindow</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reception records</source>
        <translation>Reception records</translation>
    </message>
    <message>
        <source>The latest visits to the station and its points. Visitors&apos; names are masked.</source>
        <translation>The latest visits to the station and its points. Visitors&apos; names are masked.</translation>
    </message>
    <message>
        <source>Deputies of all five levels assigned to this station. Phones are masked.</source>
        <translation>Deputies of all five levels assigned to this station. Phones are masked.</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>Reception days held in the last twelve months and the deputies on duty.</source>
        <translation>Reception days held in the last twelve months and the deputies on duty.</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Monthly figures</translation>
    </message>
    <message>
        <source>The figures of the monthly report for the last twelve months.</source>
        <translation>The figures of the monthly report for the last twelve months.</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Changes saved on this PC that the central server has not received yet. They are kept safely until a connection is available.</source>
        <translation>Changes saved on this PC that the central server has not received yet. They are kept safely until a connection is available.</translation>
    </message>
    <message>
        <source>Zhitongche — %1</source>
        <translation>Zhitongche — %1</translation>
    </message>
    <message>
        <source>Zhitongche</source>
        <translation>Zhitongche</translation>
    </message>
    <message>
        <source>Offline (no sync server set)</source>
        <translation>Offline (no sync server set)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Data file: %1</translation>
    </message>
</context>
<context>
    <name>zt::MonthFiguresModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>Problems solved</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>On-time reply rate</source>
        <translation>On-time reply rate</translation>
    </message>
</context>
<context>
    <name>zt::OutboxModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation>Liaison point</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Receiving deputy</source>
        <translation>Receiving deputy</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>Case event</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Staff user</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
</context>
<context>
    <name>zt::ReceptionDayModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>Deputies on duty</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>zt::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Font size (points):</source>
        <translation>Font size (points):</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>This PC:</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>Letter %1 in case numbers</source>
        <translation>Letter %1 in case numbers</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>%1 — %2 KB — %3</source>
        <translation>%1 — %2 KB — %3</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Backup saved to %1.</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>zt::Store</name>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>The device letter must be one letter from A to Z.</translation>
    </message>
</context>
<context>
    <name>zt::SuggestionDraftDialog</name>
    <message>
        <source>Draft a deputy&apos;s suggestion</source>
        <translation>Draft a deputy&apos;s suggestion</translation>
    </message>
    <message>
        <source>What the suggestion is about, e.g. on parking in old residential areas</source>
        <translation>What the suggestion is about, e.g. on parking in old residential areas</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Record on the cases</source>
        <translation>Record on the cases</translation>
    </message>
    <message>
        <source>Adds &quot;escalated to a suggestion&quot; to the timeline of each case</source>
        <translation>Adds &quot;escalated to a suggestion&quot; to the timeline of each case</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Saved the draft to %1.</source>
        <translation>Saved the draft to %1.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>Could not write %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Save the draft as PDF</source>
        <translation>Save the draft as PDF</translation>
    </message>
    <message>
        <source>suggestion-draft.pdf</source>
        <translation>suggestion-draft.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded on %n case(s).</source>
        <translation>
            <numerusform>Recorded on %n case.</numerusform>
            <numerusform>Recorded on %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SupervisionBoardModel</name>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Deputy following</source>
        <translation>Deputy following</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n time, last %1</numerusform>
            <numerusform>%n times, last %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SupervisionBoardPanel</name>
    <message>
        <source>%1 overdue · %2 due soon · %3 on time · %4 in all</source>
        <translation>%1 overdue · %2 due soon · %3 on time · %4 in all</translation>
    </message>
    <message>
        <source>Select the cases to remind first (Ctrl+click for several).</source>
        <translation>Select the cases to remind first (Ctrl+click for several).</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded.</source>
        <translation>
            <numerusform>%n reminder recorded.</numerusform>
            <numerusform>%n reminders recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision list</source>
        <translation>Supervision list</translation>
    </message>
    <message>
        <source>Saved the supervision list to %1.</source>
        <translation>Saved the supervision list to %1.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>Could not write %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Save the supervision list as PDF</source>
        <translation>Save the supervision list as PDF</translation>
    </message>
    <message>
        <source>supervision-list-%1.pdf</source>
        <translation>supervision-list-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All deputies</source>
        <translation>All deputies</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <source>Records a reminder to the department for each selected case</source>
        <translation>Records a reminder to the department for each selected case</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>zt::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
</TS>
