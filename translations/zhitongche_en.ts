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
    <message>
        <source>Your account no longer exists. Sign in again.</source>
        <translation>Your account no longer exists. Sign in again.</translation>
    </message>
</context>
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>For example: themed reception on waste sorting</source>
        <translation>For example: themed reception on waste sorting</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>People who took part, deputies not counted</source>
        <translation>People who took part, deputies not counted</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>D&amp;eputies who took part</source>
        <translation>D&amp;eputies who took part</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Saves the activity (Ctrl+S)</source>
        <translation>Saves the activity (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Themed reception</source>
        <translation>Themed reception</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Law publicity</source>
        <translation>Law publicity</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Study day</translation>
    </message>
    <message>
        <source>Deputies&apos; lecture</source>
        <translation>Deputies&apos; lecture</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Other activity</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Enter the date the activity was held.</source>
        <translation>Enter the date the activity was held.</translation>
    </message>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation>Choose what kind of activity it was.</translation>
    </message>
    <message>
        <source>Enter a title, e.g. the theme of the reception.</source>
        <translation>Enter a title, e.g. the theme of the reception.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>The activity&apos;s deputies could not be read.</source>
        <translation>The activity&apos;s deputies could not be read.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>The new user signs in with this username and password on every PC of the station once it has synced. The password needs at least 8 characters.</source>
        <translation>The new user signs in with this username and password on every PC of the station once it has synced. The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB. Please attach a smaller copy.</source>
        <translation>The file %1 is larger than %2 MB. Please attach a smaller copy.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>The folder %1 is not writable.</translation>
    </message>
    <message>
        <source>The file %1 could not be stored.</source>
        <translation>The file %1 could not be stored.</translation>
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
    <name>AuditViewerPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who did what and when on this PC: sign-ins, views of phone and ID numbers, changes to users, backups. The log cannot be changed; ztctl check finds any entry removed or altered.</source>
        <translation>Who did what and when on this PC: sign-ins, views of phone and ID numbers, changes to users, backups. The log cannot be changed; ztctl check finds any entry removed or altered.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
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
    <name>BackupSchedule</name>
    <message>
        <source>The folder %1 does not exist. Is the USB drive plugged in?</source>
        <translation>The folder %1 does not exist. Is the USB drive plugged in?</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>The folder %1 cannot be written to.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>The backup %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The restore could not be prepared: %1</source>
        <translation>The restore could not be prepared: %1</translation>
    </message>
    <message>
        <source>The restore request cannot be read.</source>
        <translation>The restore request cannot be read.</translation>
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
    <message>
        <source>The copy %1 could not be read back correctly (%2). Do not rely on it: try again, or use another drive.</source>
        <translation>The copy %1 could not be read back correctly (%2). Do not rely on it: try again, or use another drive.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>it holds no store</translation>
    </message>
</context>
<context>
    <name>BlobSync</name>
    <message>
        <source>The sync server answered %1 for an attachment.</source>
        <translation>The sync server answered %1 for an attachment.</translation>
    </message>
    <message>
        <source>The server does not accept this attachment from this PC.</source>
        <translation>The server does not accept this attachment from this PC.</translation>
    </message>
    <message>
        <source>The attachment file %1 cannot be read.</source>
        <translation>The attachment file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The attachment file on this PC is damaged: %1</source>
        <translation>The attachment file on this PC is damaged: %1</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation>The sync server answered %1: %2</translation>
    </message>
    <message>
        <source>The upload of an attachment did not make progress.</source>
        <translation>The upload of an attachment did not make progress.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The sync server sent an attachment from the wrong place.</source>
        <translation>The sync server sent an attachment from the wrong place.</translation>
    </message>
</context>
<context>
    <name>BootstrapPrefetch</name>
    <message>
        <source>The sync stopped: no page of the server&apos;s data was asked for.</source>
        <translation>The sync stopped: no page of the server&apos;s data was asked for.</translation>
    </message>
    <message>
        <source>Sync was stopped; it goes on from here next time.</source>
        <translation>Sync was stopped; it goes on from here next time.</translation>
    </message>
</context>
<context>
    <name>BulkLoadIndexes</name>
    <message>
        <source>Preparing the store for the first sync failed: %1</source>
        <translation>Preparing the store for the first sync failed: %1</translation>
    </message>
    <message>
        <source>The store&apos;s indexes could not be rebuilt after the first sync: %1. They are rebuilt the next time the store is opened.</source>
        <translation>The store&apos;s indexes could not be rebuilt after the first sync: %1. They are rebuilt the next time the store is opened.</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel a visit</source>
        <translation>Cancel a visit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>For example: recorded twice by mistake</source>
        <translation>For example: recorded twice by mistake</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>The cases could not be read: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Only a district officer may export the cases of other stations. Export the cases of this station, or ask the district.</source>
        <translation>Only a district officer may export the cases of other stations. Export the cases of this station, or ask the district.</translation>
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
    <name>CaseRenumbering</name>
    <message>
        <source>The case numbers could not be changed: %1</source>
        <translation>The case numbers could not be changed: %1</translation>
    </message>
    <message>
        <source>Case %1 is now %2: another PC had given out %1. Give the citizen the new number.</source>
        <translation>Case %1 is now %2: another PC had given out %1. Give the citizen the new number.</translation>
    </message>
</context>
<context>
    <name>CaseSearchIndex</name>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>The search index could not be updated: %1</translation>
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
    <name>ChartDataBuilder</name>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>Problems solved</translation>
    </message>
    <message>
        <source>Visitors, cases and completion rate by month</source>
        <translation>Visitors, cases and completion rate by month</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>Cases by category</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Communities and villages with most cases</source>
        <translation>Communities and villages with most cases</translation>
    </message>
    <message>
        <source>Reply time (working days)</source>
        <translation>Reply time (working days)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>Satisfaction of the rated cases</source>
        <translation>Satisfaction of the rated cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Deputies: reception days and cases followed</source>
        <translation>Deputies: reception days and cases followed</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>Cases followed</source>
        <translation>Cases followed</translation>
    </message>
    <message>
        <source>Cases by liaison point</source>
        <translation>Cases by liaison point</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>The station itself</translation>
    </message>
    <message>
        <source>Cases by station</source>
        <translation>Cases by station</translation>
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
    <message>
        <source>the newest entries, from entry %1 on, were removed</source>
        <translation>the newest entries, from entry %1 on, were removed</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
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
    <name>CsvReportWriter</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
    <message>
        <source>Sign in with one of these demo accounts (password %1 for all):</source>
        <translation>Sign in with one of these demo accounts (password %1 for all):</translation>
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
    <name>DeputyDetailForm</name>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Station or point:</source>
        <translation>Station or point:</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>Constituency:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <source>Expertise:</source>
        <translation>Expertise:</translation>
    </message>
    <message>
        <source>Tags separated by 、 e.g. 教育、心理</source>
        <translation>Tags separated by 、 e.g. 教育、心理</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Active (still a deputy of this station)</source>
        <translation>Active (still a deputy of this station)</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DeputyService</name>
    <message>
        <source>Enter the deputy&apos;s name.</source>
        <translation>Enter the deputy&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the deputy&apos;s level.</source>
        <translation>Choose the deputy&apos;s level.</translation>
    </message>
    <message>
        <source>The phone number is neither a mobile number (11 digits) nor a landline number.</source>
        <translation>The phone number is neither a mobile number (11 digits) nor a landline number.</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>The term ends before it starts.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the photo: %1</source>
        <translation>Cannot save the photo: %1</translation>
    </message>
    <message>
        <source>The deputy was removed meanwhile.</source>
        <translation>The deputy was removed meanwhile.</translation>
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
        <source>Reception schedule</source>
        <translation>Reception schedule</translation>
    </message>
    <message>
        <source>Reception day attendance</source>
        <translation>Reception day attendance</translation>
    </message>
    <message>
        <source>Visit and case link</source>
        <translation>Visit and case link</translation>
    </message>
    <message>
        <source>Notable case</source>
        <translation>Notable case</translation>
    </message>
    <message>
        <source>Station activity</source>
        <translation>Station activity</translation>
    </message>
    <message>
        <source>Deputy at an activity</source>
        <translation>Deputy at an activity</translation>
    </message>
    <message>
        <source>Case number changed</source>
        <comment>case event</comment>
        <translation>Case number changed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Kind of department</source>
        <translation>Kind of department</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Deputy&apos;s name</source>
        <translation>Deputy&apos;s name</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <source>Liaison point name</source>
        <translation>Liaison point name</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Schedule name</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Kind of attachment</source>
        <translation>Kind of attachment</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Reference number elsewhere</source>
        <translation>Reference number elsewhere</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Citizen&apos;s name</translation>
    </message>
    <message>
        <source>Citizen&apos;s phone</source>
        <translation>Citizen&apos;s phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Corrects the step</source>
        <translation>Corrects the step</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Default time limit (working days)</source>
        <translation>Default time limit (working days)</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Order in lists</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Constituency</translation>
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
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Term begins</source>
        <translation>Term begins</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Morning or afternoon</source>
        <translation>Morning or afternoon</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Administrative division</source>
        <translation>Administrative division</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Schedule rule</source>
        <translation>Schedule rule</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Also reported at another station</source>
        <comment>case event</comment>
        <translation>Also reported at another station</translation>
    </message>
</context>
<context>
    <name>EditVisitorDialog</name>
    <message>
        <source>Correct the visitor</source>
        <translation>Correct the visitor</translation>
    </message>
    <message>
        <source>Corrections are saved on the visit and on the cases it registered.</source>
        <translation>Corrections are saved on the visit and on the cases it registered.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the cases with every date of their handling to CSV or XLSX.</source>
        <translation>Export the cases with every date of their handling to CSV or XLSX.</translation>
    </message>
    <message>
        <source>--db PATH (--csv FILE | --xlsx FILE) [--role ROLE]</source>
        <translation>--db PATH (--csv FILE | --xlsx FILE) [--role ROLE]</translation>
    </message>
    <message>
        <source>Write a CSV file (UTF-8 with BOM, opens in Excel and WPS).</source>
        <translation>Write a CSV file (UTF-8 with BOM, opens in Excel and WPS).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write an Excel workbook.</source>
        <translation>Write an Excel workbook.</translation>
    </message>
    <message>
        <source>Export as a user with this role (%1); phone and ID numbers are masked unless the role may see them. Default: %2.</source>
        <translation>Export as a user with this role (%1); phone and ID numbers are masked unless the role may see them. Default: %2.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Give exactly one of --csv FILE and --xlsx FILE.</source>
        <translation>Give exactly one of --csv FILE and --xlsx FILE.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use one of %2.</source>
        <translation>Unknown role &apos;%1&apos;; use one of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Welcome to Zhitongche</source>
        <translation>Welcome to Zhitongche</translation>
    </message>
    <message>
        <source>This PC has no user yet. Create the administrator&apos;s account first; the administrator then adds the station&apos;s staff.</source>
        <translation>This PC has no user yet. Create the administrator&apos;s account first; the administrator then adds the station&apos;s staff.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this PC</source>
        <translation>Set up this PC</translation>
    </message>
    <message>
        <source>Welcome to Zhitongche</source>
        <translation>Welcome to Zhitongche</translation>
    </message>
    <message>
        <source>Join a station that already syncs</source>
        <translation>Join a station that already syncs</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers</source>
        <translation>This PC&apos;s letter in case numbers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Join and receive the station&apos;s data</source>
        <translation>Join and receive the station&apos;s data</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. Leave it empty and the server gives this PC one that no other PC of the station uses.</source>
        <translation>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. Leave it empty and the server gives this PC one that no other PC of the station uses.</translation>
    </message>
    <message>
        <source>This PC is not set up for a station yet. If your station already uses Zhitongche on another PC and syncs with the district&apos;s server, join the station: this PC first receives the station&apos;s data, then you sign in and work. If this is the station&apos;s first PC, set the station up here.</source>
        <translation>This PC is not set up for a station yet. If your station already uses Zhitongche on another PC and syncs with the district&apos;s server, join the station: this PC first receives the station&apos;s data, then you sign in and work. If this is the station&apos;s first PC, set the station up here.</translation>
    </message>
    <message>
        <source>Join a station</source>
        <translation>Join a station</translation>
    </message>
    <message>
        <source>New station (its first PC)</source>
        <translation>New station (its first PC)</translation>
    </message>
    <message>
        <source>The station&apos;s township or street</source>
        <translation>The station&apos;s township or street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>County or district</translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation>Township or street</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The 9-digit code of the township or street; typing it chooses it above.</source>
        <translation>The 9-digit code of the township or street; typing it chooses it above.</translation>
    </message>
    <message>
        <source>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. The first PC usually takes A.</source>
        <translation>Each PC of a station has its own letter (A to Z), so two PCs never give out the same case number. The first PC usually takes A.</translation>
    </message>
    <message>
        <source>Only for the station&apos;s first PC: the station and its usual categories are made here, and the administrator&apos;s account is made next. To sync, enrol this PC on the Settings page later; the station&apos;s other PCs then join it through the server.</source>
        <translation>Only for the station&apos;s first PC: the station and its usual categories are made here, and the administrator&apos;s account is made next. To sync, enrol this PC on the Settings page later; the station&apos;s other PCs then join it through the server.</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <source>Station or district account</source>
        <translation>Station or district account</translation>
    </message>
    <message>
        <source>The station&apos;s account joins this PC to the station. A district officer&apos;s PC joins with the district&apos;s account: it receives every station of the district.</source>
        <translation>The station&apos;s account joins this PC to the station. A district officer&apos;s PC joins with the district&apos;s account: it receives every station of the district.</translation>
    </message>
</context>
<context>
    <name>ForkRecovery</name>
    <message>
        <source>This data file is a copy of another PC&apos;s (or a restored backup), and the server could not enrol it as a new PC: %1</source>
        <translation>This data file is a copy of another PC&apos;s (or a restored backup), and the server could not enrol it as a new PC: %1</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>Deputies receiving: %1</source>
        <translation>Deputies receiving: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Moved from %1 because of %2.</source>
        <translation>Moved from %1 because of %2.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a ledger (CSV or XLSX with Chinese headers) as visits and cases.</source>
        <translation>Import a ledger (CSV or XLSX with Chinese headers) as visits and cases.</translation>
    </message>
    <message>
        <source>--db PATH [--mapping NAME] [--save-mapping NAME] FILE</source>
        <translation>--db PATH [--mapping NAME] [--save-mapping NAME] FILE</translation>
    </message>
    <message>
        <source>Use the column mapping saved under this name.</source>
        <translation>Use the column mapping saved under this name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Save the mapping used under this name for next time.</source>
        <translation>Save the mapping used under this name for next time.</translation>
    </message>
    <message>
        <source>Say which ledger to import: ztctl import --db PATH FILE.</source>
        <translation>Say which ledger to import: ztctl import --db PATH FILE.</translation>
    </message>
    <message>
        <source>There is no saved mapping called %1.</source>
        <translation>There is no saved mapping called %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Row %1 of %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 already in the store, %4 refused.</source>
        <translation>%1 rows: %2 imported, %3 already in the store, %4 refused.</translation>
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
        <source>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</source>
        <translation>Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.</translation>
    </message>
</context>
<context>
    <name>JoinCommand</name>
    <message>
        <source>Set up a new store as another PC of a station that syncs already (receives the station&apos;s data).</source>
        <translation>Set up a new store as another PC of a station that syncs already (receives the station&apos;s data).</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org:8443.</source>
        <translation>The sync server, e.g. https://sync.example.org:8443.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate, PEM.</source>
        <translation>The organisation&apos;s CA certificate, PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A file whose first line is the account&apos;s password; - reads it from standard input. Without it: ZT_SYNC_PASSWORD, else the first line of standard input.</source>
        <translation>A file whose first line is the account&apos;s password; - reads it from standard input. Without it: ZT_SYNC_PASSWORD, else the first line of standard input.</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64).</source>
        <translation>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64).</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>The option --%1 is missing.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>The CA certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>The password file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password on standard input, with --password-file FILE or in ZT_SYNC_PASSWORD.</source>
        <translation>Give the account&apos;s password on standard input, with --password-file FILE or in ZT_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>The store %1 is set up for a station already; join only sets up a new store.</source>
        <translation>The store %1 is set up for a station already; join only sets up a new store.</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Signing in to %1 as %2…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data: %1 of %2 records.</source>
        <translation>Receiving the station&apos;s data: %1 of %2 records.</translation>
    </message>
    <message>
        <source>Sending this PC&apos;s changes…</source>
        <translation>Sending this PC&apos;s changes…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data…</source>
        <translation>Receiving the station&apos;s data…</translation>
    </message>
    <message>
        <source>The data received so far stays in %1; run the same command again to receive the rest.</source>
        <translation>The data received so far stays in %1; run the same command again to receive the rest.</translation>
    </message>
    <message>
        <source>This PC is now a PC of %1 (%2) in %3 and writes case numbers with the letter %4. Its sync server is saved: `ztctl sync --db %3` or the program&apos;s own sync goes on from here.</source>
        <translation>This PC is now a PC of %1 (%2) in %3 and writes case numbers with the letter %4. Its sync server is saved: `ztctl sync --db %3` or the program&apos;s own sync goes on from here.</translation>
    </message>
    <message>
        <source>This PC&apos;s letter in case numbers, A to Z: one the station&apos;s other PCs do not use. Without it the server gives a free one.</source>
        <translation>This PC&apos;s letter in case numbers, A to Z: one the station&apos;s other PCs do not use. Without it the server gives a free one.</translation>
    </message>
    <message>
        <source>Give this PC its own letter with --device-letter, A to Z, one the station&apos;s other PCs do not use (not &apos;%1&apos;), or leave the option out for the server to choose.</source>
        <translation>Give this PC its own letter with --device-letter, A to Z, one the station&apos;s other PCs do not use (not &apos;%1&apos;), or leave the option out for the server to choose.</translation>
    </message>
    <message>
        <source>--db PATH --server URL --ca FILE --user NAME [--device-letter X] [--station CODE] [--password-file FILE|-] [--pin sha256/BASE64]</source>
        <translation>--db PATH --server URL --ca FILE --user NAME [--device-letter X] [--station CODE] [--password-file FILE|-] [--pin sha256/BASE64]</translation>
    </message>
    <message>
        <source>The station&apos;s account (the district office gives it out), or the district&apos;s for a district officer&apos;s PC.</source>
        <translation>The station&apos;s account (the district office gives it out), or the district&apos;s for a district officer&apos;s PC.</translation>
    </message>
    <message>
        <source>With a district&apos;s account: the code of the station this PC opens on (default: the district&apos;s first by code).</source>
        <translation>With a district&apos;s account: the code of the station this PC opens on (default: the district&apos;s first by code).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations: %1 of %2 records.</source>
        <translation>Receiving the data of the district&apos;s stations: %1 of %2 records.</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations…</source>
        <translation>Receiving the data of the district&apos;s stations…</translation>
    </message>
</context>
<context>
    <name>KeyPin</name>
    <message>
        <source>A key pin looks like sha256/ followed by 44 characters of base64 (the SHA-256 of the server&apos;s public key).</source>
        <translation>A key pin looks like sha256/ followed by 44 characters of base64 (the SHA-256 of the server&apos;s public key).</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <source>Reception date</source>
        <translation>Reception date</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>Receiving deputies</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Problem raised</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Fed back on</source>
        <translation>Fed back on</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>The file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a ledger.</source>
        <translation>The file %1 is too large for a ledger.</translation>
    </message>
    <message>
        <source>The file %1 is neither an .xlsx workbook nor a CSV file in UTF-8 or GB18030 text.</source>
        <translation>The file %1 is neither an .xlsx workbook nor a CSV file in UTF-8 or GB18030 text.</translation>
    </message>
    <message>
        <source>The file %1 has no rows.</source>
        <translation>The file %1 has no rows.</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>&amp;Ledger file:</source>
        <translation>&amp;Ledger file:</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with the ledger&apos;s headers in its first row</source>
        <translation>A CSV or Excel (.xlsx) file with the ledger&apos;s headers in its first row</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Check which field each column of the ledger holds and correct it where the guess is wrong. The choice is remembered for ledgers with the same headers.</source>
        <translation>Check which field each column of the ledger holds and correct it where the guess is wrong. The choice is remembered for ledgers with the same headers.</translation>
    </message>
    <message>
        <source>Column in the ledger</source>
        <translation>Column in the ledger</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>The first rows, as they will be read:</translation>
    </message>
    <message>
        <source>Rows not imported: correct them in the ledger and import it again; the rows already imported are skipped.</source>
        <translation>Rows not imported: correct them in the ledger and import it again; the rows already imported are skipped.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cop&amp;y the list</source>
        <translation>Cop&amp;y the list</translation>
    </message>
    <message>
        <source>&amp;Save the list as CSV…</source>
        <translation>&amp;Save the list as CSV…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LedgerImportRepository</name>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>This store is not set up for a station yet; set it up before importing a ledger.</source>
        <translation>This store is not set up for a station yet; set it up before importing a ledger.</translation>
    </message>
    <message>
        <source>The ledger has no column for %1. Choose the column in the mapping, or add it to the ledger.</source>
        <translation>The ledger has no column for %1. Choose the column in the mapping, or add it to the ledger.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (write it as 2026-09-10).</source>
        <translation>%1 &quot;%2&quot; is not a date (write it as 2026-09-10).</translation>
    </message>
    <message>
        <source>The reception date (%1) is empty.</source>
        <translation>The reception date (%1) is empty.</translation>
    </message>
    <message>
        <source>The problem raised (%1) is empty.</source>
        <translation>The problem raised (%1) is empty.</translation>
    </message>
    <message>
        <source>There is no deputy called %1 at this station. Add the deputy, then import the ledger again.</source>
        <translation>There is no deputy called %1 at this station. Add the deputy, then import the ledger again.</translation>
    </message>
    <message>
        <source>There is no category called %1. Add it in the settings or correct the ledger.</source>
        <translation>There is no category called %1. Add it in the settings or correct the ledger.</translation>
    </message>
    <message>
        <source>There is no department called %1. Add it in the settings or correct the ledger.</source>
        <translation>There is no department called %1. Add it in the settings or correct the ledger.</translation>
    </message>
    <message>
        <source>The satisfaction &quot;%1&quot; is not one of 满意, 基本满意, 不满意.</source>
        <translation>The satisfaction &quot;%1&quot; is not one of 满意, 基本满意, 不满意.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is neither a date nor a number of working days.</source>
        <translation>The deadline &quot;%1&quot; is neither a date nor a number of working days.</translation>
    </message>
    <message>
        <source>The row has a reply or a result but no department (%1).</source>
        <translation>The row has a reply or a result but no department (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Accepting</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Assigning</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>(no text in the ledger)</source>
        <translation>(no text in the ledger)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Recorded in the ledger</source>
        <translation>Recorded in the ledger</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Closed in the ledger</source>
        <translation>Closed in the ledger</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Assigned to a department (%1): assigning needs a station head, who can import this row later from the same file.</source>
        <translation>Assigned to a department (%1): assigning needs a station head, who can import this row later from the same file.</translation>
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
    <name>MonthlyReportBuilder</name>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Reception records</source>
        <translation>Reception records</translation>
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
        <source>On-time reply rate</source>
        <translation>On-time reply rate</translation>
    </message>
    <message>
        <source>Average reply time (working days)</source>
        <translation>Average reply time (working days)</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Cases rated by the citizen</source>
        <translation>Cases rated by the citizen</translation>
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
        <source>Opinion concentration (three largest categories)</source>
        <translation>Opinion concentration (three largest categories)</translation>
    </message>
    <message>
        <source>Opinion concentration (three communities with most cases)</source>
        <translation>Opinion concentration (three communities with most cases)</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <source>From %1 to %2 the station received %3 visitors in %4 reception records and registered %5 cases, of which %6 were solved by %7 (completion rate %8). On-time reply rate %9, satisfaction rate %10, average reply time %11 working days.</source>
        <translation>From %1 to %2 the station received %3 visitors in %4 reception records and registered %5 cases, of which %6 were solved by %7 (completion rate %8). On-time reply rate %9, satisfaction rate %10, average reply time %11 working days.</translation>
    </message>
    <message>
        <source>1. Main figures</source>
        <translation>1. Main figures</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Previous quarter</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Same quarter last year</source>
        <translation>Same quarter last year</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Visitors and cases by month</source>
        <translation>Visitors and cases by month</translation>
    </message>
    <message>
        <source>2. Cases by category and status</source>
        <translation>2. Cases by category and status</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>Cases by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>No cases were registered.</source>
        <translation>No cases were registered.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>3. Overdue and unsatisfied cases</source>
        <translation>3. Overdue and unsatisfied cases</translation>
    </message>
    <message>
        <source>Overdue cases on %1</source>
        <translation>Overdue cases on %1</translation>
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
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>No case was overdue.</source>
        <translation>No case was overdue.</translation>
    </message>
    <message>
        <source>Cases the citizen was not satisfied with</source>
        <translation>Cases the citizen was not satisfied with</translation>
    </message>
    <message>
        <source>No citizen was dissatisfied.</source>
        <translation>No citizen was dissatisfied.</translation>
    </message>
    <message>
        <source>4. Notable cases</source>
        <translation>4. Notable cases</translation>
    </message>
    <message>
        <source>No notable case was chosen.</source>
        <translation>No notable case was chosen.</translation>
    </message>
    <message>
        <source>5. Deputies&apos; duty</source>
        <translation>5. Deputies&apos; duty</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <source>Cases followed</source>
        <translation>Cases followed</translation>
    </message>
    <message>
        <source>The station has no deputies.</source>
        <translation>The station has no deputies.</translation>
    </message>
    <message>
        <source>Station (seal): %1</source>
        <translation>Station (seal): %1</translation>
    </message>
    <message>
        <source>Person in charge (signature):</source>
        <translation>Person in charge (signature):</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>the department</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <source>Closed on %1; rating: %2.</source>
        <translation>Closed on %1; rating: %2.</translation>
    </message>
    <message>
        <source>%1 replied on %2; the citizen is being told.</source>
        <translation>%1 replied on %2; the citizen is being told.</translation>
    </message>
    <message>
        <source>%1 replied on %2; the citizen has been told and not yet rated it.</source>
        <translation>%1 replied on %2; the citizen has been told and not yet rated it.</translation>
    </message>
    <message>
        <source>Reopened after the citizen was not satisfied; %1 is handling it again (deadline %2).</source>
        <translation>Reopened after the citizen was not satisfied; %1 is handling it again (deadline %2).</translation>
    </message>
    <message>
        <source>Assigned to %1, being handled (deadline %2).</source>
        <translation>Assigned to %1, being handled (deadline %2).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>Participants in activities</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>6. Activities held</source>
        <translation>6. Activities held</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Every activity of the year</source>
        <translation>Every activity of the year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>No activity was recorded.</source>
        <translation>No activity was recorded.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>NotableCaseRepository</name>
    <message>
        <source>Choose the month of the report.</source>
        <translation>Choose the month of the report.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>No case has the number %1.</source>
        <translation>No case has the number %1.</translation>
    </message>
</context>
<context>
    <name>NotableCasesPanel</name>
    <message>
        <source>color: #555;</source>
        <translation>color: #555;</translation>
    </message>
    <message>
        <source>Case number, e.g. A0012</source>
        <translation>Case number, e.g. A0012</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Take off the report</source>
        <translation>Take off the report</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Activities held…</source>
        <translation>Activities held…</translation>
    </message>
    <message>
        <source>Record the month&apos;s activities: themed receptions, field visits, surveys, law publicity</source>
        <translation>Record the month&apos;s activities: themed receptions, field visits, surveys, law publicity</translation>
    </message>
</context>
<context>
    <name>PageRowScanner</name>
    <message>
        <source>The sync server sent a damaged page (%1 at byte %2).</source>
        <translation>The sync server sent a damaged page (%1 at byte %2).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Save password</translation>
    </message>
</context>
<context>
    <name>PersonalDataAccess</name>
    <message>
        <source>This record could not be found; it may have been removed.</source>
        <translation>This record could not be found; it may have been removed.</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Name on the plate:</source>
        <translation>Name on the plate:</translation>
    </message>
    <message>
        <source>Village or community:</source>
        <translation>Village or community:</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Street address:</translation>
    </message>
    <message>
        <source>e.g. 南苑路18号一楼</source>
        <translation>e.g. 南苑路18号一楼</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>e.g. 周一至周五 8:30-11:30, 14:00-17:00</source>
        <translation>e.g. 周一至周五 8:30-11:30, 14:00-17:00</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation>Full address:</translation>
    </message>
    <message>
        <source>Deputies assigned here (tick to assign):</source>
        <translation>Deputies assigned here (tick to assign):</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>The problem in the visitor&apos;s words (Ctrl+S saves the visit)</source>
        <translation>The problem in the visitor&apos;s words (Ctrl+S saves the visit)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Village or community (if not the visitor&apos;s)</source>
        <translation>Village or community (if not the visitor&apos;s)</translation>
    </message>
    <message>
        <source>Place: street, building, unit</source>
        <translation>Place: street, building, unit</translation>
    </message>
    <message>
        <source>Register as a new case instead</source>
        <translation>Register as a new case instead</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Reception receipt</source>
        <translation>Reception receipt</translation>
    </message>
    <message>
        <source>Date: %1 %2</source>
        <translation>Date: %1 %2</translation>
    </message>
    <message>
        <source>Received at: %1</source>
        <translation>Received at: %1</translation>
    </message>
    <message>
        <source>Receiving deputies: %1</source>
        <translation>Receiving deputies: %1</translation>
    </message>
    <message>
        <source>station staff</source>
        <translation>station staff</translation>
    </message>
    <message>
        <source>Visitor: %1, phone %2</source>
        <translation>Visitor: %1, phone %2</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>  Added to a case already being handled; answer due by %1</source>
        <translation>  Added to a case already being handled; answer due by %1</translation>
    </message>
    <message>
        <source>  Answer due by %1</source>
        <translation>  Answer due by %1</translation>
    </message>
    <message>
        <source>Questions: call the station on %1 and give the case number.</source>
        <translation>Questions: call the station on %1 and give the case number.</translation>
    </message>
    <message>
        <source>added to a case already being handled</source>
        <translation>added to a case already being handled</translation>
    </message>
    <message>
        <source>Scan for the case number</source>
        <translation>Scan for the case number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Receiving deputies</source>
        <translation>Receiving deputies</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>%1 and others (%2 people)</source>
        <translation>%1 and others (%2 people)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>Your problems have been registered. The station will tell you the answer by the date above.</source>
        <translation>Your problems have been registered. The station will tell you the answer by the date above.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation>The visit no longer exists.</translation>
    </message>
    <message>
        <source>The visit was cancelled; it has no receipt.</source>
        <translation>The visit was cancelled; it has no receipt.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Cut along this line</source>
        <translation>Cut along this line</translation>
    </message>
    <message>
        <source>Reception receipt</source>
        <translation>Reception receipt</translation>
    </message>
    <message>
        <source>Receipt: print preview</source>
        <translation>Receipt: print preview</translation>
    </message>
</context>
<context>
    <name>ReceptionNotice</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>(Moved from %1 because of %2.)</source>
        <translation>(Moved from %1 because of %2.)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Deputies receiving:</source>
        <translation>Deputies receiving:</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Residents are welcome to come and raise their problems and suggestions in person.</source>
        <translation>Residents are welcome to come and raise their problems and suggestions in person.</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contact: %1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>to be announced</translation>
    </message>
    <message>
        <source>Residents are welcome to come and raise their problems and suggestions in person. The deputies listen, the station follows every problem up and tells you the result.</source>
        <translation>Residents are welcome to come and raise their problems and suggestions in person. The deputies listen, the station follows every problem up and tells you the result.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Station or point</source>
        <translation>Station or point</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>Deputies on duty</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>&amp;Add another problem</source>
        <translation>&amp;Add another problem</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Attach &amp;files…</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Remove attachments</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>Receipt as PDF…</source>
        <translation>Receipt as PDF…</translation>
    </message>
    <message>
        <source>Returning visitor</source>
        <translation>Returning visitor</translation>
    </message>
    <message>
        <source>Type a phone number to see the visitor&apos;s earlier visits and open cases.</source>
        <translation>Type a phone number to see the visitor&apos;s earlier visits and open cases.</translation>
    </message>
    <message>
        <source>Open cases that look alike</source>
        <translation>Open cases that look alike</translation>
    </message>
    <message>
        <source>While you type a problem, open cases of the last 90 days about the same thing appear here.</source>
        <translation>While you type a problem, open cases of the last 90 days about the same thing appear here.</translation>
    </message>
    <message>
        <source>&amp;Link the problem to this case</source>
        <translation>&amp;Link the problem to this case</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Correct visitor…</source>
        <translation>Correct visitor…</translation>
    </message>
    <message>
        <source>Print receipt again…</source>
        <translation>Print receipt again…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Cancel visit…</translation>
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
    <name>ReceptionSchedule</name>
    <message>
        <source>Attendance can be marked on the day of the reception or later, not before.</source>
        <translation>Attendance can be marked on the day of the reception or later, not before.</translation>
    </message>
    <message>
        <source>Deputies&apos; reception day</source>
        <translation>Deputies&apos; reception day</translation>
    </message>
    <message>
        <source>Reception by appointment</source>
        <translation>Reception by appointment</translation>
    </message>
    <message>
        <source>Themed reception</source>
        <translation>Themed reception</translation>
    </message>
    <message>
        <source>Leaders&apos; reception day</source>
        <translation>Leaders&apos; reception day</translation>
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
    <name>RefusalReason</name>
    <message>
        <source>The record was deleted on another PC, so this change could not be kept.</source>
        <translation>The record was deleted on another PC, so this change could not be kept.</translation>
    </message>
    <message>
        <source>The record belongs to another station now (or was never this station&apos;s), so this PC may not change it.</source>
        <translation>The record belongs to another station now (or was never this station&apos;s), so this PC may not change it.</translation>
    </message>
    <message>
        <source>A recorded step of a case cannot be changed afterwards; add a correcting step instead.</source>
        <translation>A recorded step of a case cannot be changed afterwards; add a correcting step instead.</translation>
    </message>
    <message>
        <source>An attachment cannot be changed after it was added; delete it and add the right one.</source>
        <translation>An attachment cannot be changed after it was added; delete it and add the right one.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock was more than a day ahead when the change was made. Set the PC&apos;s date and time.</source>
        <translation>This PC&apos;s clock was more than a day ahead when the change was made. Set the PC&apos;s date and time.</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>The server does not have this record.</translation>
    </message>
    <message>
        <source>The server cannot store this change (%1). This program may be newer or older than the server: ask the administrator.</source>
        <translation>The server cannot store this change (%1). This program may be newer or older than the server: ask the administrator.</translation>
    </message>
    <message>
        <source>Another case of this station already has this case number, so the number was not changed.</source>
        <translation>Another case of this station already has this case number, so the number was not changed.</translation>
    </message>
    <message>
        <source>The change names a record of another station (a category, department, deputy, case or visit this station does not have), so the server did not take it. Choose one of this station&apos;s records instead.</source>
        <translation>The change names a record of another station (a category, department, deputy, case or visit this station does not have), so the server did not take it. Choose one of this station&apos;s records instead.</translation>
    </message>
    <message>
        <source>The record was not moved to the other station: records of its station still use it (cases, visits or schedules). Change or move those first.</source>
        <translation>The record was not moved to the other station: records of its station still use it (cases, visits or schedules). Change or move those first.</translation>
    </message>
    <message numerus="yes">
        <source>The record was not moved to the other station: %n record(s) of its station still use it (cases, visits or schedules). Change or move those first.</source>
        <translation>
            <numerusform>The record was not moved to the other station: %n record of its station still use it (cases, visits or schedules). Change or move those first.</numerusform>
            <numerusform>The record was not moved to the other station: %n records of its station still use it (cases, visits or schedules). Change or move those first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Write the monthly or annual report as PDF, CSV (one figure per row), XLSX or HTML.</source>
        <translation>Write the monthly or annual report as PDF, CSV (one figure per row), XLSX or HTML.</translation>
    </message>
    <message>
        <source>--db PATH (--month YYYY-MM | --year YYYY) [--pdf FILE] [--csv FILE] [--xlsx FILE] [--html FILE]</source>
        <translation>--db PATH (--month YYYY-MM | --year YYYY) [--pdf FILE] [--csv FILE] [--xlsx FILE] [--html FILE]</translation>
    </message>
    <message>
        <source>The month of the monthly report, such as 2026-10.</source>
        <translation>The month of the monthly report, such as 2026-10.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The year of the annual report, such as 2026.</source>
        <translation>The year of the annual report, such as 2026.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Write the report as PDF (A4, ready to print and sign).</source>
        <translation>Write the report as PDF (A4, ready to print and sign).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the figures as CSV, one figure per row: name, value.</source>
        <translation>Write the figures as CSV, one figure per row: name, value.</translation>
    </message>
    <message>
        <source>Write the figures and tables as an Excel workbook.</source>
        <translation>Write the figures and tables as an Excel workbook.</translation>
    </message>
    <message>
        <source>Write the report as HTML.</source>
        <translation>Write the report as HTML.</translation>
    </message>
    <message>
        <source>Say which report: --month YYYY-MM or --year YYYY.</source>
        <translation>Say which report: --month YYYY-MM or --year YYYY.</translation>
    </message>
    <message>
        <source>The month &apos;%1&apos; is not of the form YYYY-MM, such as 2026-10.</source>
        <translation>The month &apos;%1&apos; is not of the form YYYY-MM, such as 2026-10.</translation>
    </message>
    <message>
        <source>The year &apos;%1&apos; is not a year such as 2026.</source>
        <translation>The year &apos;%1&apos; is not a year such as 2026.</translation>
    </message>
    <message>
        <source>Say where to write the report: --pdf, --csv, --xlsx or --html FILE.</source>
        <translation>Say where to write the report: --pdf, --csv, --xlsx or --html FILE.</translation>
    </message>
    <message>
        <source>The store has no station yet; run ztctl init first.</source>
        <translation>The store has no station yet; run ztctl init first.</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF written to %1</translation>
    </message>
    <message>
        <source>CSV written to %1</source>
        <translation>CSV written to %1</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Workbook written to %1</translation>
    </message>
    <message>
        <source>HTML written to %1</source>
        <translation>HTML written to %1</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Could not write the PDF file %1. Check that the folder exists and can be written to.</source>
        <translation>Could not write the PDF file %1. Check that the folder exists and can be written to.</translation>
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
    <name>RetentionService</name>
    <message>
        <source>Keep personal data for at least one year.</source>
        <translation>Keep personal data for at least one year.</translation>
    </message>
</context>
<context>
    <name>RosterFileReader</name>
    <message>
        <source>%1 is not a roster file: choose a .csv or .xlsx file.</source>
        <translation>%1 is not a roster file: choose a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>The file holds no rows.</translation>
    </message>
    <message>
        <source>No header row with the columns 姓名 (name) and 代表层级 or 级别 (level) was found in the first five rows. Add them and import again.</source>
        <translation>No header row with the columns 姓名 (name) and 代表层级 or 级别 (level) was found in the first five rows. Add them and import again.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the level is empty</source>
        <translation>the level is empty</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; is not one of: %2</source>
        <translation>the level &quot;%1&quot; is not one of: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the gender &quot;%1&quot; is neither 男 nor 女</source>
        <translation>the gender &quot;%1&quot; is neither 男 nor 女</translation>
    </message>
    <message>
        <source>the phone &quot;%1&quot; is neither a mobile number (11 digits) nor a landline number</source>
        <translation>the phone &quot;%1&quot; is neither a mobile number (11 digits) nor a landline number</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is not a period such as 2022-2027 or 2022.01-2027.01</source>
        <translation>the term &quot;%1&quot; is not a period such as 2022-2027 or 2022.01-2027.01</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date such as 2022-01-01</source>
        <translation>the date &quot;%1&quot; is not a date such as 2022-01-01</translation>
    </message>
    <message>
        <source>the term ends before it starts</source>
        <translation>the term ends before it starts</translation>
    </message>
    <message>
        <source>there is no liaison point called &quot;%1&quot; (add it under Stations and points first)</source>
        <translation>there is no liaison point called &quot;%1&quot; (add it under Stations and points first)</translation>
    </message>
    <message>
        <source>the same deputy is already on line %1</source>
        <translation>the same deputy is already on line %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing was imported: the roster could not be saved (%1).</source>
        <translation>Nothing was imported: the roster could not be saved (%1).</translation>
    </message>
</context>
<context>
    <name>RuleEditorForm</name>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>As the notice shows it, e.g. 区人大代表接待日</source>
        <translation>As the notice shows it, e.g. 区人大代表接待日</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Weeks of the month:</source>
        <translation>Weeks of the month:</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3rd</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4th</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5th</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Weekday:</source>
        <translation>Weekday:</translation>
    </message>
    <message>
        <source>Half-day:</source>
        <translation>Half-day:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>On an official holiday:</source>
        <translation>On an official holiday:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Themed receptions, e.g. 开学前心理辅导</source>
        <translation>Themed receptions, e.g. 开学前心理辅导</translation>
    </message>
    <message>
        <source>Expertise wanted:</source>
        <translation>Expertise wanted:</translation>
    </message>
    <message>
        <source>e.g. 教育、心理</source>
        <translation>e.g. 教育、心理</translation>
    </message>
    <message>
        <source>Suggest deputies</source>
        <translation>Suggest deputies</translation>
    </message>
    <message>
        <source>Deputies (in rotation order):</source>
        <translation>Deputies (in rotation order):</translation>
    </message>
    <message>
        <source>Deputies per session:</source>
        <translation>Deputies per session:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>List a year&apos;s reception days, export them as an .ics calendar, or add a schedule rule.</source>
        <translation>List a year&apos;s reception days, export them as an .ics calendar, or add a schedule rule.</translation>
    </message>
    <message>
        <source>--db PATH [--year YYYY] [--ics FILE] [--add-rule TEXT [--title TITLE]]</source>
        <translation>--db PATH [--year YYYY] [--ics FILE] [--add-rule TEXT [--title TITLE]]</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>The year (default: this year).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Write the year&apos;s reception days to this .ics calendar file.</source>
        <translation>Write the year&apos;s reception days to this .ics calendar file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Add a rule, e.g. &quot;monthly weeks=2,4 day=thu half=pm from=2026-01-01&quot;.</source>
        <translation>Add a rule, e.g. &quot;monthly weeks=2,4 day=thu half=pm from=2026-01-01&quot;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The title of the added rule, as notices show it.</source>
        <translation>The title of the added rule, as notices show it.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>--year wants a year such as 2026.</source>
        <translation>--year wants a year such as 2026.</translation>
    </message>
    <message>
        <source>The store is not set up for a station yet (run ztctl init).</source>
        <translation>The store is not set up for a station yet (run ztctl init).</translation>
    </message>
    <message>
        <source>Added rule: %1</source>
        <translation>Added rule: %1</translation>
    </message>
    <message>
        <source>Warning: the official holidays of %1 are not in this version&apos;s calendar; sessions on holidays are not moved.</source>
        <translation>Warning: the official holidays of %1 are not in this version&apos;s calendar; sessions on holidays are not moved.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 reception days %2</source>
        <translation>%1 reception days %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reception day(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n reception day of %1 to %2.</numerusform>
            <numerusform>Wrote %n reception days of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(moved from %1, %2)</source>
        <translation>(moved from %1, %2)</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsSection</name>
    <message>
        <source>Security and privacy</source>
        <translation>Security and privacy</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Lock when idle for:</translation>
    </message>
    <message>
        <source>Keep citizens&apos; names and phones:</source>
        <translation>Keep citizens&apos; names and phones:</translation>
    </message>
    <message>
        <source>Anonymise now…</source>
        <translation>Anonymise now…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Zhitongche</source>
        <translation>Zhitongche</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
    <name>StationJoin</name>
    <message>
        <source>This PC is set up for a station already.</source>
        <translation>This PC is set up for a station already.</translation>
    </message>
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>The device letter must be one letter from A to Z.</translation>
    </message>
    <message>
        <source>The server has no data of this station yet. Set up the station&apos;s first PC and let it sync, then join this PC.</source>
        <translation>The server has no data of this station yet. Set up the station&apos;s first PC and let it sync, then join this PC.</translation>
    </message>
    <message>
        <source>This sync server does not give out letters for case numbers yet: type one for this PC, A to Z, that no other PC of the station uses.</source>
        <translation>This sync server does not give out letters for case numbers yet: type one for this PC, A to Z, that no other PC of the station uses.</translation>
    </message>
    <message>
        <source>%1 is neither a station&apos;s account nor a district&apos;s. A PC joins its station with the station&apos;s account (the district office gives it out).</source>
        <translation>%1 is neither a station&apos;s account nor a district&apos;s. A PC joins its station with the station&apos;s account (the district office gives it out).</translation>
    </message>
    <message>
        <source>The server has no data of this district&apos;s stations yet. Set up a station&apos;s first PC and let it sync, then join this PC.</source>
        <translation>The server has no data of this district&apos;s stations yet. Set up a station&apos;s first PC and let it sync, then join this PC.</translation>
    </message>
    <message>
        <source>Stopped. The data received so far stays on this PC; join again to go on.</source>
        <translation>Stopped. The data received so far stays on this PC; join again to go on.</translation>
    </message>
    <message>
        <source>That station is not one of this district&apos;s.</source>
        <translation>That station is not one of this district&apos;s.</translation>
    </message>
</context>
<context>
    <name>StationService</name>
    <message>
        <source>Enter the name on the plate.</source>
        <translation>Enter the name on the plate.</translation>
    </message>
    <message>
        <source>The contact phone is neither a mobile number (11 digits) nor a landline number.</source>
        <translation>The contact phone is neither a mobile number (11 digits) nor a landline number.</translation>
    </message>
    <message>
        <source>Choose the village or community the point is in (one of %1).</source>
        <translation>Choose the village or community the point is in (one of %1).</translation>
    </message>
    <message>
        <source>There is already a point called %1.</source>
        <translation>There is already a point called %1.</translation>
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
    <message>
        <source>The device letter must be one letter from A to Z.</source>
        <translation>The device letter must be one letter from A to Z.</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</translation>
    </message>
</context>
<context>
    <name>StatsPeriod</name>
    <message>
        <source>%1-%2</source>
        <comment>year-month, e.g. 2026年10月</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>quarter of a year</comment>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year, e.g. 2026年</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
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
            <numerusform>%n record points to records that do not exist; the first: %1</numerusform>
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
    <name>SuggestionGroupsDialog</name>
    <message>
        <source>Proposed groups of similar cases</source>
        <translation>Proposed groups of similar cases</translation>
    </message>
    <message>
        <source>Open and closed cases of the same category in the same community, or of one category whose titles share words, with the most citizens first. Draft a suggestion from a group with its evidence.</source>
        <translation>Open and closed cases of the same category in the same community, or of one category whose titles share words, with the most citizens first. Draft a suggestion from a group with its evidence.</translation>
    </message>
    <message>
        <source>&amp;Months back:</source>
        <translation>&amp;Months back:</translation>
    </message>
    <message>
        <source>At &amp;least this many cases:</source>
        <translation>At &amp;least this many cases:</translation>
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
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Common words</source>
        <translation>Common words</translation>
    </message>
    <message>
        <source>&amp;Draft a suggestion from this group…</source>
        <translation>&amp;Draft a suggestion from this group…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>SyncClient</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation>The server address must start with https://.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>The CA certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>No sync server is set up for this store.</source>
        <translation>No sync server is set up for this store.</translation>
    </message>
    <message>
        <source>This PC is not enrolled with the sync server yet.</source>
        <translation>This PC is not enrolled with the sync server yet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>The sync server cannot be reached: %1</source>
        <translation>The sync server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server refused this PC&apos;s credentials: %1</source>
        <translation>The server refused this PC&apos;s credentials: %1</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation>The sync server answered %1: %2</translation>
    </message>
    <message>
        <source>This store was copied or restored from a backup: enrol this PC again to sync.</source>
        <translation>This store was copied or restored from a backup: enrol this PC again to sync.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this PC (%1).</source>
        <translation>The server is missing earlier changes of this PC (%1).</translation>
    </message>
    <message>
        <source>The sync server answered an incomplete batch.</source>
        <translation>The sync server answered an incomplete batch.</translation>
    </message>
    <message>
        <source>The sync server sent a damaged page.</source>
        <translation>The sync server sent a damaged page.</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key in the sync settings. The connection was stopped: this may not be your organisation&apos;s server. Ask the administrator before changing the pin.</source>
        <translation>The server&apos;s key does not match the pinned key in the sync settings. The connection was stopped: this may not be your organisation&apos;s server. Ask the administrator before changing the pin.</translation>
    </message>
    <message>
        <source>This version of Zhitongche is too old for the sync server: upgrade it to receive changes (changes made here are still sent).</source>
        <translation>This version of Zhitongche is too old for the sync server: upgrade it to receive changes (changes made here are still sent).</translation>
    </message>
    <message numerus="yes">
        <source>The sync server is under maintenance; this PC tries again in %n minute(s).</source>
        <translation>
            <numerusform>The sync server is under maintenance; this PC tries again in %n minute.</numerusform>
            <numerusform>The sync server is under maintenance; this PC tries again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync server is busy; this PC tries again in %n minute(s).</source>
        <translation>
            <numerusform>The sync server is busy; this PC tries again in %n minute.</numerusform>
            <numerusform>The sync server is busy; this PC tries again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was stopped; it goes on from here next time.</source>
        <translation>Sync was stopped; it goes on from here next time.</translation>
    </message>
    <message>
        <source>Another PC of this station already writes %1 into its case numbers, and no letter is free.</source>
        <translation>Another PC of this station already writes %1 into its case numbers, and no letter is free.</translation>
    </message>
    <message>
        <source>Another PC of this station already writes %1 into its case numbers. Take %2, or leave the letter empty and the server gives this PC a free one.</source>
        <translation>Another PC of this station already writes %1 into its case numbers. Take %2, or leave the letter empty and the server gives this PC a free one.</translation>
    </message>
    <message>
        <source>All 26 letters are in use by this station&apos;s PCs. Ask the district office to retire a PC that is no longer used.</source>
        <translation>All 26 letters are in use by this station&apos;s PCs. Ask the district office to retire a PC that is no longer used.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Send this store&apos;s changes to the sync server and fetch the others&apos;.</source>
        <translation>Send this store&apos;s changes to the sync server and fetch the others&apos;.</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org:8443 (saved in the store).</source>
        <translation>The sync server, e.g. https://sync.example.org:8443 (saved in the store).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate, PEM (saved in the store).</source>
        <translation>The organisation&apos;s CA certificate, PEM (saved in the store).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Enrol this PC with this station account.</source>
        <translation>Enrol this PC with this station account.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A file whose first line is the account&apos;s password (or set ZT_SYNC_PASSWORD).</source>
        <translation>A file whose first line is the account&apos;s password (or set ZT_SYNC_PASSWORD).</translation>
    </message>
    <message>
        <source>Rows per pulled page (1-1000).</source>
        <translation>Rows per pulled page (1-1000).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Give --server and --ca together.</source>
        <translation>Give --server and --ca together.</translation>
    </message>
    <message>
        <source>--page-size must be 1 to 1000.</source>
        <translation>--page-size must be 1 to 1000.</translation>
    </message>
    <message>
        <source>Give --server and --ca.</source>
        <translation>Give --server and --ca.</translation>
    </message>
    <message>
        <source>No sync server is set up for this store: give --server and --ca.</source>
        <translation>No sync server is set up for this store: give --server and --ca.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>The password file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Give --password-file FILE or set ZT_SYNC_PASSWORD to enrol.</source>
        <translation>Give --password-file FILE or set ZT_SYNC_PASSWORD to enrol.</translation>
    </message>
    <message>
        <source>This PC is not enrolled yet: give --user NAME and a password.</source>
        <translation>This PC is not enrolled yet: give --user NAME and a password.</translation>
    </message>
    <message>
        <source>Sent %1 changes (%2 refused, %3 conflicts); received %4 rows in %5 pages; %6 changes waiting.</source>
        <translation>Sent %1 changes (%2 refused, %3 conflicts); received %4 rows in %5 pages; %6 changes waiting.</translation>
    </message>
    <message>
        <source>--db PATH [--server URL --ca FILE] [--pin sha256/BASE64] [--user NAME --password-file FILE]</source>
        <translation>--db PATH [--server URL --ca FILE] [--pin sha256/BASE64] [--user NAME --password-file FILE]</translation>
    </message>
    <message>
        <source>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64; saved in the store after a sync that succeeds; an empty value removes it).</source>
        <translation>Also require the server&apos;s public key to have this SHA-256 pin (sha256/BASE64; saved in the store after a sync that succeeds; an empty value removes it).</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>This data file is a copy of another PC&apos;s (or a restored backup). It now syncs as a new PC; nothing was lost or sent twice.</source>
        <translation>This data file is a copy of another PC&apos;s (or a restored backup). It now syncs as a new PC; nothing was lost or sent twice.</translation>
    </message>
    <message>
        <source>Attachments: %1 sent (%2 bytes), %3 received (%4 bytes).</source>
        <translation>Attachments: %1 sent (%2 bytes), %3 received (%4 bytes).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Checked against the server: these records on this PC differed from the server&apos;s; they were received again and now match: %1.</source>
        <translation>Checked against the server: these records on this PC differed from the server&apos;s; they were received again and now match: %1.</translation>
    </message>
    <message>
        <source>Checked against the server: these records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; ask the administrator to compare this PC&apos;s data file with the server.</source>
        <translation>Checked against the server: these records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; ask the administrator to compare this PC&apos;s data file with the server.</translation>
    </message>
    <message>
        <source>Checked against the server: every record on this PC matches.</source>
        <translation>Checked against the server: every record on this PC matches.</translation>
    </message>
    <message>
        <source>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</source>
        <translation>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</translation>
    </message>
    <message>
        <source>This PC had not synced for longer than the server keeps deleted records, so it received all its records again.</source>
        <translation>This PC had not synced for longer than the server keeps deleted records, so it received all its records again.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted on other PCs meanwhile were removed here too.</source>
        <translation>
            <numerusform>%n record deleted on other PCs meanwhile was removed here too.</numerusform>
            <numerusform>%n records deleted on other PCs meanwhile were removed here too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictRepository</name>
    <message>
        <source>Saving the decision on a conflict failed: %1</source>
        <translation>Saving the decision on a conflict failed: %1</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>The store is busy: %1</source>
        <translation>The store is busy: %1</translation>
    </message>
    <message>
        <source>Saving the server&apos;s answer failed: %1</source>
        <translation>Saving the server&apos;s answer failed: %1</translation>
    </message>
    <message>
        <source>Saving a conflict failed: %1</source>
        <translation>Saving a conflict failed: %1</translation>
    </message>
    <message>
        <source>Applying changes from the server failed: %1</source>
        <translation>Applying changes from the server failed: %1</translation>
    </message>
    <message>
        <source>Saving the sync settings failed: %1</source>
        <translation>Saving the sync settings failed: %1</translation>
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
    <message>
        <source>A name may not contain line breaks or control characters.</source>
        <translation>A name may not contain line breaks or control characters.</translation>
    </message>
    <message numerus="yes">
        <source>A name may have at most %n character(s).</source>
        <translation>
            <numerusform>A name may have at most %n character.</numerusform>
            <numerusform>A name may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;: it asks for the current one.</source>
        <translation>Change your own password with &quot;Change my password&quot;: it asks for the current one.</translation>
    </message>
</context>
<context>
    <name>UserAdminPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The staff who may sign in at this station. Changes sync to the station&apos;s other PCs and are recorded in the audit log.</source>
        <translation>The staff who may sign in at this station. Changes sync to the station&apos;s other PCs and are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
</context>
<context>
    <name>VisitIntake</name>
    <message>
        <source>Please enter the date of the visit.</source>
        <translation>Please enter the date of the visit.</translation>
    </message>
    <message>
        <source>The date of the visit cannot be in the future.</source>
        <translation>The date of the visit cannot be in the future.</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>Please choose morning or afternoon.</translation>
    </message>
    <message>
        <source>Please choose how the visitor came to the station.</source>
        <translation>Please choose how the visitor came to the station.</translation>
    </message>
    <message>
        <source>Please enter the reference number the referring platform gave this matter.</source>
        <translation>Please enter the reference number the referring platform gave this matter.</translation>
    </message>
    <message>
        <source>The reference number is too long or contains characters that cannot be stored.</source>
        <translation>The reference number is too long or contains characters that cannot be stored.</translation>
    </message>
    <message>
        <source>One of the chosen deputies no longer exists.</source>
        <translation>One of the chosen deputies no longer exists.</translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name.</source>
        <translation>Please enter the visitor&apos;s name.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters or contain characters that cannot be stored.</source>
        <translation>The notes are longer than %1 characters or contain characters that cannot be stored.</translation>
    </message>
    <message>
        <source>Please describe at least one problem the visitor raised.</source>
        <translation>Please describe at least one problem the visitor raised.</translation>
    </message>
    <message>
        <source>Please describe the problem in the visitor&apos;s words.</source>
        <translation>Please describe the problem in the visitor&apos;s words.</translation>
    </message>
    <message>
        <source>The problem is described in %1 characters; at most %2 fit. Put the rest in an attachment.</source>
        <translation>The problem is described in %1 characters; at most %2 fit. Put the rest in an attachment.</translation>
    </message>
    <message>
        <source>The text contains invisible control characters (often from a paste). Please retype it.</source>
        <translation>The text contains invisible control characters (often from a paste). Please retype it.</translation>
    </message>
    <message>
        <source>The place is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>The place is longer than %1 characters or contains characters that cannot be stored.</translation>
    </message>
    <message>
        <source>The chosen category no longer exists.</source>
        <translation>The chosen category no longer exists.</translation>
    </message>
    <message>
        <source>Please choose the village or community from the list.</source>
        <translation>Please choose the village or community from the list.</translation>
    </message>
    <message>
        <source>The case this problem was linked to no longer exists.</source>
        <translation>The case this problem was linked to no longer exists.</translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name (a surname is enough).</source>
        <translation>Please enter the visitor&apos;s name (a surname is enough).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>The name is longer than %1 characters or contains characters that cannot be stored.</translation>
    </message>
    <message>
        <source>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</source>
        <translation>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</translation>
    </message>
    <message>
        <source>The number of people must be between 1 and %1.</source>
        <translation>The number of people must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>The visit no longer exists.</translation>
    </message>
    <message>
        <source>A cancelled visit cannot be changed.</source>
        <translation>A cancelled visit cannot be changed.</translation>
    </message>
    <message>
        <source>The visit has no visitor to correct.</source>
        <translation>The visit has no visitor to correct.</translation>
    </message>
    <message>
        <source>This PC is not set up for a station.</source>
        <translation>This PC is not set up for a station.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling the visit.</source>
        <translation>Please give a reason for cancelling the visit.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters or contains characters that cannot be stored.</source>
        <translation>The reason is longer than %1 characters or contains characters that cannot be stored.</translation>
    </message>
    <message>
        <source>This visit is already cancelled.</source>
        <translation>This visit is already cancelled.</translation>
    </message>
    <message>
        <source>Visit cancelled: %1</source>
        <translation>Visit cancelled: %1</translation>
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
    <name>WallSchedule</name>
    <message>
        <source>%1 deputies&apos; reception schedule %2</source>
        <translation>%1 deputies&apos; reception schedule %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>No reception days with deputies in %1.</source>
        <translation>No reception days with deputies in %1.</translation>
    </message>
    <message>
        <source>A reception day on an official holiday is moved as the notice before it says. Residents are welcome without an appointment.</source>
        <translation>A reception day on an official holiday is moved as the notice before it says. Residents are welcome without an appointment.</translation>
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
    <message>
        <source>The disk is full, so this change was not saved; nothing of it was written. Free some space on the disk (or ask for help), then save again.</source>
        <translation>The disk is full, so this change was not saved; nothing of it was written. Free some space on the disk (or ask for help), then save again.</translation>
    </message>
    <message>
        <source>The store is read-only, so this change was not saved; nothing of it was written. Check that the store&apos;s file and folder may be written, then save again.</source>
        <translation>The store is read-only, so this change was not saved; nothing of it was written. Check that the store&apos;s file and folder may be written, then save again.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook %1 cannot be read: %2. Save it again in Excel or WPS as an .xlsx workbook.</source>
        <translation>The workbook %1 cannot be read: %2. Save it again in Excel or WPS as an .xlsx workbook.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is not an .xlsx workbook</source>
        <translation>it is not an .xlsx workbook</translation>
    </message>
    <message>
        <source>it holds no workbook</source>
        <translation>it holds no workbook</translation>
    </message>
    <message>
        <source>its text table is damaged</source>
        <translation>its text table is damaged</translation>
    </message>
    <message>
        <source>it holds no worksheet</source>
        <translation>it holds no worksheet</translation>
    </message>
    <message>
        <source>row %1 refers to text that is not in the workbook</source>
        <translation>row %1 refers to text that is not in the workbook</translation>
    </message>
    <message>
        <source>its worksheet is damaged (%1)</source>
        <translation>its worksheet is damaged (%1)</translation>
    </message>
    <message>
        <source>row number %1 is beyond the last row of a worksheet</source>
        <translation>row number %1 is beyond the last row of a worksheet</translation>
    </message>
    <message>
        <source>it has more rows than a worksheet can hold</source>
        <translation>it has more rows than a worksheet can hold</translation>
    </message>
    <message>
        <source>row %1 has more columns than a worksheet can hold</source>
        <translation>row %1 has more columns than a worksheet can hold</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>Could not create the workbook %1.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Could not write the workbook %1.</source>
        <translation>Could not write the workbook %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zhitongche</source>
        <translation>Zhitongche</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
</context>
<context>
    <name>zt::ActivitiesDialog</name>
    <message>
        <source>Activities held in %1. Choose one in the list to change it.</source>
        <translation>Activities held in %1. Choose one in the list to change it.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
</context>
<context>
    <name>zt::AddUserDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>zt::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Locked when idle</source>
        <translation>Locked when idle</translation>
    </message>
    <message>
        <source>Created a user</source>
        <translation>Created a user</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Changed the password</translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation>Wrong current password</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>Enabled a user</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Disabled a user</translation>
    </message>
    <message>
        <source>Viewed a phone or ID number</source>
        <translation>Viewed a phone or ID number</translation>
    </message>
    <message>
        <source>Anonymised old cases</source>
        <translation>Anonymised old cases</translation>
    </message>
    <message>
        <source>Backed up the store</source>
        <translation>Backed up the store</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Exported data</translation>
    </message>
    <message>
        <source>Printed a report</source>
        <translation>Printed a report</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>zt::AuditViewerPage</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entries.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::CancelVisitDialog</name>
    <message>
        <source>The visit (%1) stays in the records, marked as cancelled with your reason. The new cases it registered are cancelled with it unless they have already been handed to a department.</source>
        <translation>The visit (%1) stays in the records, marked as cancelled with your reason. The new cases it registered are cancelled with it unless they have already been handed to a department.</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Please give a reason, so that others understand later why it was cancelled.</source>
        <translation>Please give a reason, so that others understand later why it was cancelled.</translation>
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
    <message>
        <source>Show number</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>Shows the citizen&apos;s full phone number; this is recorded in the audit log</source>
        <translation>Shows the citizen&apos;s full phone number; this is recorded in the audit log</translation>
    </message>
    <message>
        <source>Double-click to open with the program your PC uses for it</source>
        <translation>Double-click to open with the program your PC uses for it</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is not on this PC yet; it arrives with the next sync.</source>
        <translation>The file of &quot;%1&quot; is not on this PC yet; it arrives with the next sync.</translation>
    </message>
    <message>
        <source>Could not prepare &quot;%1&quot; for opening. Check the free space of the PC.</source>
        <translation>Could not prepare &quot;%1&quot; for opening. Check the free space of the PC.</translation>
    </message>
    <message>
        <source>Mark as notable case</source>
        <translation>Mark as notable case</translation>
    </message>
    <message>
        <source>Notable case ✓</source>
        <translation>Notable case ✓</translation>
    </message>
    <message>
        <source>Prints this case among the notable cases of the report of %1</source>
        <translation>Prints this case among the notable cases of the report of %1</translation>
    </message>
    <message>
        <source>Printed among the notable cases of the report of %1; click to take it off</source>
        <translation>Printed among the notable cases of the report of %1; click to take it off</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zt::CaseFilterBar</name>
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
    <message>
        <source>counted in the figures (not cancelled or merged)</source>
        <translation>counted in the figures (not cancelled or merged)</translation>
    </message>
    <message>
        <source>another station of the district</source>
        <translation>another station of the district</translation>
    </message>
    <message>
        <source>every station of the district</source>
        <translation>every station of the district</translation>
    </message>
    <message>
        <source>one community or village</source>
        <translation>one community or village</translation>
    </message>
    <message>
        <source>rated: %1</source>
        <translation>rated: %1</translation>
    </message>
    <message>
        <source>closed %1 to %2</source>
        <translation>closed %1 to %2</translation>
    </message>
    <message>
        <source>replied %1 to %2</source>
        <translation>replied %1 to %2</translation>
    </message>
    <message>
        <source>reply time %1 to %2 working days</source>
        <translation>reply time %1 to %2 working days</translation>
    </message>
    <message>
        <source>reply time %1 working days or more</source>
        <translation>reply time %1 working days or more</translation>
    </message>
    <message>
        <source>reply time up to %1 working days</source>
        <translation>reply time up to %1 working days</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>Search case numbers, titles, descriptions and replies (Ctrl+F)</source>
        <translation>Search case numbers, titles, descriptions and replies (Ctrl+F)</translation>
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Deputy: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the facts of one timeline entry</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Number changed from %1 to %2: another PC had used the old number</source>
        <translation>Number changed from %1 to %2: another PC had used the old number</translation>
    </message>
    <message>
        <source>A visitor at %1 reported this again on %2, before the case came to this station</source>
        <translation>A visitor at %1 reported this again on %2, before the case came to this station</translation>
    </message>
    <message>
        <source>A visitor at %1 reported this again on %2, before the case came to this station, and added: %3</source>
        <translation>A visitor at %1 reported this again on %2, before the case came to this station, and added: %3</translation>
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
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>&amp;Import a ledger…</translation>
    </message>
    <message>
        <source>Imports a station&apos;s reception ledger from an Excel or CSV file</source>
        <translation>Imports a station&apos;s reception ledger from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Proposed &amp;groups…</source>
        <translation>Proposed &amp;groups…</translation>
    </message>
    <message>
        <source>Groups of similar cases the program proposes for a deputy&apos;s suggestion</source>
        <translation>Groups of similar cases the program proposes for a deputy&apos;s suggestion</translation>
    </message>
    <message>
        <source>cases-%1.xlsx</source>
        <comment>file name of a case export; %1 is today&apos;s date</comment>
        <translation>cases-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the cases the list shows</source>
        <translation>Export the cases the list shows</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting cases: %1 of %2…</source>
        <translation>Exporting cases: %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n case exported to %1.</numerusform>
            <numerusform>%n cases exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Saves the cases the list shows, with every date of their handling, as an Excel workbook or CSV file; phone and ID numbers are masked unless your role may see them</source>
        <translation>Saves the cases the list shows, with every date of their handling, as an Excel workbook or CSV file; phone and ID numbers are masked unless your role may see them</translation>
    </message>
</context>
<context>
    <name>zt::ClockOffset</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>clock %1 slow</source>
        <translation>clock %1 slow</translation>
    </message>
    <message>
        <source>clock %1 fast</source>
        <translation>clock %1 fast</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 behind the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</source>
        <translation>This PC&apos;s clock is %1 behind the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 ahead of the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</source>
        <translation>This PC&apos;s clock is %1 ahead of the server&apos;s: please set the correct date and time, or the records made here carry the wrong time.</translation>
    </message>
</context>
<context>
    <name>zt::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
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
    <message>
        <source>Same as the %1 (%2)</source>
        <translation>Same as the %1 (%2)</translation>
    </message>
    <message>
        <source>Up %1 from the %2 (%3)</source>
        <translation>Up %1 from the %2 (%3)</translation>
    </message>
    <message>
        <source>Down %1 from the %2 (%3)</source>
        <translation>Down %1 from the %2 (%3)</translation>
    </message>
    <message>
        <source>The %1: %2</source>
        <translation>The %1: %2</translation>
    </message>
    <message>
        <source>Up %1 points from the %2 (%3)</source>
        <translation>Up %1 points from the %2 (%3)</translation>
    </message>
    <message>
        <source>Down %1 points from the %2 (%3)</source>
        <translation>Down %1 points from the %2 (%3)</translation>
    </message>
    <message>
        <source>%1 days slower than the %2 (%3)</source>
        <translation>%1 days slower than the %2 (%3)</translation>
    </message>
    <message>
        <source>%1 days faster than the %2 (%3)</source>
        <translation>%1 days faster than the %2 (%3)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>The whole station</source>
        <translation>The whole station</translation>
    </message>
    <message>
        <source>Point: %1</source>
        <translation>Point: %1</translation>
    </message>
    <message>
        <source>Every station of the district</source>
        <translation>Every station of the district</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>previous month</source>
        <translation>previous month</translation>
    </message>
    <message>
        <source>previous quarter</source>
        <translation>previous quarter</translation>
    </message>
    <message>
        <source>previous year</source>
        <translation>previous year</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (figures up to %4); same period last year: %5 cases, completion rate %6</source>
        <translation>%1: %2 to %3 (figures up to %4); same period last year: %5 cases, completion rate %6</translation>
    </message>
    <message>
        <source>Average reply time (working days)</source>
        <translation>Average reply time (working days)</translation>
    </message>
</context>
<context>
    <name>zt::DeputiesPage</name>
    <message>
        <source>%1 of %2 deputies</source>
        <translation>%1 of %2 deputies</translation>
    </message>
    <message>
        <source>Import a deputy roster</source>
        <translation>Import a deputy roster</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Rosters (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Station and all points</source>
        <translation>Station and all points</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>The station itself</translation>
    </message>
    <message>
        <source>Any expertise</source>
        <translation>Any expertise</translation>
    </message>
    <message>
        <source>%1 rows read: %2 deputies added, %3 updated, %4 rows left out.</source>
        <translation>%1 rows read: %2 deputies added, %3 updated, %4 rows left out.</translation>
    </message>
    <message>
        <source>Correct these lines in the file and import it again; the deputies already imported are updated, not doubled.</source>
        <translation>Correct these lines in the file and import it again; the deputies already imported are updated, not doubled.</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Columns not read: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (wjg), occupation</source>
        <translation>Search: name, pinyin initials (wjg), occupation</translation>
    </message>
    <message>
        <source>Serving today</source>
        <translation>Serving today</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>New deputy</source>
        <translation>New deputy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Why it was left out</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Stations and points</source>
        <translation>Stations and points</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Duty record</source>
        <translation>Duty record</translation>
    </message>
</context>
<context>
    <name>zt::DeputyDetailForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>The station itself</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Choose the deputy&apos;s photo</source>
        <translation>Choose the deputy&apos;s photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
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
    <name>zt::DeputyRosterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Station or point</source>
        <translation>Station or point</translation>
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
    <name>zt::DutyRecordPanel</name>
    <message>
        <source>Reception days attended: %1 (missed: %2)</source>
        <translation>Reception days attended: %1 (missed: %2)</translation>
    </message>
    <message>
        <source>Visits received: %1 (%2 people)</source>
        <translation>Visits received: %1 (%2 people)</translation>
    </message>
    <message>
        <source>Cases followed: %1, closed: %2</source>
        <translation>Cases followed: %1, closed: %2</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings yet</source>
        <translation>Satisfaction: no ratings yet</translation>
    </message>
    <message>
        <source>Satisfaction: %1% of %2 rated cases</source>
        <translation>Satisfaction: %1% of %2 rated cases</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Whole record</translation>
    </message>
    <message>
        <source>Dates attended:</source>
        <translation>Dates attended:</translation>
    </message>
</context>
<context>
    <name>zt::FirstAdminDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>zt::FirstRunDialog</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Signing in to the server…</source>
        <translation>Signing in to the server…</translation>
    </message>
    <message>
        <source>Stopped. The data received so far stays on this PC; join again to receive the rest.</source>
        <translation>Stopped. The data received so far stays on this PC; join again to receive the rest.</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data: %1 of %2 records. The forms open when it is all here.</source>
        <translation>Receiving the station&apos;s data: %1 of %2 records. The forms open when it is all here.</translation>
    </message>
    <message>
        <source>Sending this PC&apos;s changes…</source>
        <translation>Sending this PC&apos;s changes…</translation>
    </message>
    <message>
        <source>Receiving the station&apos;s data… The forms open when it is all here.</source>
        <translation>Receiving the station&apos;s data… The forms open when it is all here.</translation>
    </message>
    <message>
        <source>Give this PC one letter from A to Z for its case numbers, or leave it empty for the server to choose.</source>
        <translation>Give this PC one letter from A to Z for its case numbers, or leave it empty for the server to choose.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the city, the county or district, and the township or street of the station, or type its code.</source>
        <translation>Choose the city, the county or district, and the township or street of the station, or type its code.</translation>
    </message>
    <message>
        <source>This PC becomes the first PC of %1 (%2, %3).</source>
        <translation>This PC becomes the first PC of %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Choose the township or street of the station, or type its 9-digit code.</source>
        <translation>Choose the township or street of the station, or type its 9-digit code.</translation>
    </message>
    <message>
        <source>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</source>
        <translation>There is no township or street with the code %1 in Zhejiang&apos;s list of divisions.</translation>
    </message>
    <message>
        <source>Give this PC one letter from A to Z for its case numbers.</source>
        <translation>Give this PC one letter from A to Z for its case numbers.</translation>
    </message>
    <message>
        <source>Fill in the server address, the CA certificate file, the account and its password.</source>
        <translation>Fill in the server address, the CA certificate file, the account and its password.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open on which station</source>
        <translation>Open on which station</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s %n station(s) are on this PC. Which one does it open on? The dashboard and the case lists show the others too.</source>
        <translation>
            <numerusform>The district&apos;s %n station are on this PC. Which one does it open on? The dashboard and the case lists show the others too.</numerusform>
            <numerusform>The district&apos;s %n stations are on this PC. Which one does it open on? The dashboard and the case lists show the others too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations: %1 of %2 records. The forms open when it is all here.</source>
        <translation>Receiving the data of the district&apos;s stations: %1 of %2 records. The forms open when it is all here.</translation>
    </message>
    <message>
        <source>Receiving the data of the district&apos;s stations… The forms open when it is all here.</source>
        <translation>Receiving the data of the district&apos;s stations… The forms open when it is all here.</translation>
    </message>
</context>
<context>
    <name>zt::LedgerImportDialog</name>
    <message>
        <source>Choose a ledger</source>
        <translation>Choose a ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>(column %1 without a header)</source>
        <translation>(column %1 without a header)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
(not imported)</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Choose the column that holds: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The ledger has headers but no rows.</source>
        <translation>The ledger has headers but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n row to import.</numerusform>
            <numerusform>%n rows to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows; the rows before were imported.</source>
        <translation>Stopped after %1 of %2 rows; the rows before were imported.</translation>
    </message>
    <message>
        <source>Nothing new: the rows of this ledger are already in the store.</source>
        <translation>Nothing new: the rows of this ledger are already in the store.</translation>
    </message>
    <message>
        <source>Imported: %1. Already in the store: %2. Refused: %3.</source>
        <translation>Imported: %1. Already in the store: %2. Refused: %3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The list is copied; paste it into a spreadsheet.</source>
        <translation>The list is copied; paste it into a spreadsheet.</translation>
    </message>
    <message>
        <source>Saved the list to %1.</source>
        <translation>Saved the list to %1.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>Could not write %1. Choose another folder.</translation>
    </message>
    <message>
        <source>%1-refused-rows.csv</source>
        <translation>%1-refused-rows.csv</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them assign(s) the case to a department (%1), which needs a station head: they will be left out now, and a station head can import them later from the same file.</source>
        <translation>
            <numerusform>%n of them assigns the case to a department (%1), which needs a station head: it will be left out now, and a station head can import it later from the same file.</numerusform>
            <numerusform>%n of them assign the case to a department (%1), which needs a station head: they will be left out now, and a station head can import them later from the same file.</numerusform>
        </translation>
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
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
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
    <name>zt::NotableCasesPanel</name>
    <message>
        <source>Notable cases for the report of %1</source>
        <translation>Notable cases for the report of %1</translation>
    </message>
    <message>
        <source>Notable cases picked in %1</source>
        <translation>Notable cases picked in %1</translation>
    </message>
    <message>
        <source>None picked: the report lists the cases escalated in this period.</source>
        <translation>None picked: the report lists the cases escalated in this period.</translation>
    </message>
    <message>
        <source>Type the case&apos;s number, e.g. A0012.</source>
        <translation>Type the case&apos;s number, e.g. A0012.</translation>
    </message>
</context>
<context>
    <name>zt::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Change the password of %1.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and tell it to them in person. They must choose their own password when they next sign in.</source>
        <translation>Set a temporary password for %1 and tell it to them in person. They must choose their own password when they next sign in.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>%1, your password was reset by an administrator. Choose your own password now; the temporary one stops working.</source>
        <translation>%1, your password was reset by an administrator. Choose your own password now; the temporary one stops working.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>The two new passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>zt::PlaceForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>%1, now at the station</source>
        <translation>%1, now at the station</translation>
    </message>
</context>
<context>
    <name>zt::Printout</name>
    <message>
        <source>Cannot write %1; choose another folder.</source>
        <translation>Cannot write %1; choose another folder.</translation>
    </message>
</context>
<context>
    <name>zt::ProblemRow</name>
    <message>
        <source>Category…</source>
        <translation>Category…</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>Linked to case %1 (%2): no new case is registered; the visit is added to it.</source>
        <translation>Linked to case %1 (%2): no new case is registered; the visit is added to it.</translation>
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
    <name>zt::ReceptionDayPanel</name>
    <message>
        <source>The notice text is on the clipboard: paste it into the WeChat group.</source>
        <translation>The notice text is on the clipboard: paste it into the WeChat group.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Save the notice as PDF</translation>
    </message>
    <message>
        <source>Notice %1.pdf</source>
        <translation>Notice %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Choose a reception day in the calendar or the list.</source>
        <translation>Choose a reception day in the calendar or the list.</translation>
    </message>
    <message>
        <source>No deputies on duty in the rule.</source>
        <translation>No deputies on duty in the rule.</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>On duty: %1</translation>
    </message>
    <message>
        <source>Choose a reception day first.</source>
        <translation>Choose a reception day first.</translation>
    </message>
    <message>
        <source>Attendance is marked on the day or after it.</source>
        <translation>Attendance is marked on the day or after it.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Came as substitute</source>
        <translation>Came as substitute</translation>
    </message>
    <message>
        <source>Attendance saved; it counts in the deputies&apos; duty records.</source>
        <translation>Attendance saved; it counts in the deputies&apos; duty records.</translation>
    </message>
    <message>
        <source>Notice: preview and print…</source>
        <translation>Notice: preview and print…</translation>
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation>Notice as PDF…</translation>
    </message>
    <message>
        <source>Copy WeChat text</source>
        <translation>Copy WeChat text</translation>
    </message>
    <message>
        <source>Attendance (after the day):</source>
        <translation>Attendance (after the day):</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Came?</source>
        <translation>Came?</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
</context>
<context>
    <name>zt::ReceptionPage</name>
    <message>
        <source>Attach photos, letter scans or voice recordings</source>
        <translation>Attach photos, letter scans or voice recordings</translation>
    </message>
    <message>
        <source>Photos, scans and recordings (*.jpg *.jpeg *.png *.heic *.pdf *.tif *.tiff *.mp3 *.m4a *.amr *.wav *.mp4);;All files (*)</source>
        <translation>Photos, scans and recordings (*.jpg *.jpeg *.png *.heic *.pdf *.tif *.tiff *.mp3 *.m4a *.amr *.wav *.mp4);;All files (*)</translation>
    </message>
    <message>
        <source>The visit you were typing before the program closed has been restored.</source>
        <translation>The visit you were typing before the program closed has been restored.</translation>
    </message>
    <message>
        <source>The station</source>
        <translation>The station</translation>
    </message>
    <message>
        <source>The number the referring platform gave it</source>
        <translation>The number the referring platform gave it</translation>
    </message>
    <message>
        <source>Only for referrals (8890, mediation, four platforms, petition proxy)</source>
        <translation>Only for referrals (8890, mediation, four platforms, petition proxy)</translation>
    </message>
    <message>
        <source>Open cases that look alike</source>
        <translation>Open cases that look alike</translation>
    </message>
    <message>
        <source>Type a phone number to see the visitor&apos;s earlier visits and open cases.</source>
        <translation>Type a phone number to see the visitor&apos;s earlier visits and open cases.</translation>
    </message>
    <message>
        <source>Please choose the village or community from the list.</source>
        <translation>Please choose the village or community from the list.</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct what is marked in red.</source>
        <translation>Nothing was saved: please correct what is marked in red.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>%1 (linked)</source>
        <translation>%1 (linked)</translation>
    </message>
    <message>
        <source>Saved. Cases: %1. Print the receipt with Ctrl+P; the form is ready for the next visitor.</source>
        <translation>Saved. Cases: %1. Print the receipt with Ctrl+P; the form is ready for the next visitor.</translation>
    </message>
    <message>
        <source>Start the next visit?</source>
        <translation>Start the next visit?</translation>
    </message>
    <message>
        <source>The visit you are typing has not been saved. Discard it and start the next one?</source>
        <translation>The visit you are typing has not been saved. Discard it and start the next one?</translation>
    </message>
    <message>
        <source>Discard the visit?</source>
        <translation>Discard the visit?</translation>
    </message>
    <message>
        <source>The visit you are typing has not been saved. Discard what you typed?</source>
        <translation>The visit you are typing has not been saved. Discard what you typed?</translation>
    </message>
    <message>
        <source>The visit you were typing was discarded.</source>
        <translation>The visit you were typing was discarded.</translation>
    </message>
    <message>
        <source>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</source>
        <translation>This is not a phone number: enter a mobile number (11 digits, starting with 1) or a landline such as 0574-87654321.</translation>
    </message>
    <message>
        <source>First visit: this phone number is not in the records.</source>
        <translation>First visit: this phone number is not in the records.</translation>
    </message>
    <message numerus="yes">
        <source>Returning visitor %1: %n earlier visit(s)</source>
        <translation>
            <numerusform>Returning visitor %1: %n earlier visit</numerusform>
            <numerusform>Returning visitor %1: %n earlier visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open case(s).</source>
        <translation>
            <numerusform>, %n open case.</numerusform>
            <numerusform>, %n open cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1 %2 (%3, since %4)</source>
        <translation>Open: %1 %2 (%3, since %4)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Raised earlier by this visitor · %1</source>
        <translation>Raised earlier by this visitor · %1</translation>
    </message>
    <message>
        <source>Same community and category</source>
        <translation>Same community and category</translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>Similar words</translation>
    </message>
    <message>
        <source>Open cases that look alike (%1)</source>
        <translation>Open cases that look alike (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>The receipt was saved as %1.</translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation>The visit was cancelled.</translation>
    </message>
    <message>
        <source>The visit was cancelled, with its cases %1.</source>
        <translation>The visit was cancelled, with its cases %1.</translation>
    </message>
    <message>
        <source>The visitor&apos;s details were corrected.</source>
        <translation>The visitor&apos;s details were corrected.</translation>
    </message>
    <message>
        <source>Select a visit to print its receipt again or to cancel it (never deleted).</source>
        <translation>Select a visit to print its receipt again or to cancel it (never deleted).</translation>
    </message>
    <message>
        <source>Surname is enough</source>
        <translation>Surname is enough</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>Type a few characters and choose</source>
        <translation>Type a few characters and choose</translation>
    </message>
</context>
<context>
    <name>zt::ReportsPage</name>
    <message>
        <source>The report could not be made. Check the store with ztctl check.</source>
        <translation>The report could not be made. Check the store with ztctl check.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
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
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>zt::RuleEditorForm</name>
    <message>
        <source>Chosen weeks of each month (e.g. district deputies)</source>
        <translation>Chosen weeks of each month (e.g. district deputies)</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>One date: appointment or themed reception</source>
        <translation>One date: appointment or themed reception</translation>
    </message>
    <message>
        <source>Leaders&apos; reception day (a different leader each month)</source>
        <translation>Leaders&apos; reception day (a different leader each month)</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>Move to the next working day</translation>
    </message>
    <message>
        <source>Move to the working day before</source>
        <translation>Move to the working day before</translation>
    </message>
    <message>
        <source>Drop that session</source>
        <translation>Drop that session</translation>
    </message>
    <message>
        <source>Keep it on the holiday</source>
        <translation>Keep it on the holiday</translation>
    </message>
    <message>
        <source>The station itself</source>
        <translation>The station itself</translation>
    </message>
    <message>
        <source>Tick at least one week of the month.</source>
        <translation>Tick at least one week of the month.</translation>
    </message>
    <message>
        <source>The rule ends before it starts.</source>
        <translation>The rule ends before it starts.</translation>
    </message>
    <message>
        <source>Type the expertise the topic needs (e.g. 教育、心理), then ask for suggestions.</source>
        <translation>Type the expertise the topic needs (e.g. 教育、心理), then ask for suggestions.</translation>
    </message>
    <message>
        <source>No deputy serving on that day has this expertise.</source>
        <translation>No deputy serving on that day has this expertise.</translation>
    </message>
</context>
<context>
    <name>zt::SchedulePage</name>
    <message>
        <source>Save the wall schedule as PDF</source>
        <translation>Save the wall schedule as PDF</translation>
    </message>
    <message>
        <source>Reception schedule %1.pdf</source>
        <translation>Reception schedule %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Export the reception days for calendars</source>
        <translation>Export the reception days for calendars</translation>
    </message>
    <message>
        <source>Reception days %1.ics</source>
        <translation>Reception days %1.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>(moved, %1)</source>
        <translation>(moved, %1)</translation>
    </message>
    <message>
        <source>(moved from %1, %2)</source>
        <translation>(moved from %1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s) in %1.</source>
        <translation>
            <numerusform>%n reception day in %1.</numerusform>
            <numerusform>%n reception days in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The official holidays of %1 are not in this version&apos;s calendar yet; days are not moved for holidays.</source>
        <translation>The official holidays of %1 are not in this version&apos;s calendar yet; days are not moved for holidays.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 reception days %2</source>
        <translation>%1 reception days %2</translation>
    </message>
    <message>
        <source>Reception schedule</source>
        <translation>Reception schedule</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Deputies on duty</source>
        <translation>Deputies on duty</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>Wall schedule: preview and print…</source>
        <translation>Wall schedule: preview and print…</translation>
    </message>
    <message>
        <source>Wall schedule as PDF…</source>
        <translation>Wall schedule as PDF…</translation>
    </message>
    <message>
        <source>Export for calendars (.ics)…</source>
        <translation>Export for calendars (.ics)…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
</context>
<context>
    <name>zt::SecuritySettingsSection</name>
    <message>
        <source>Security and privacy</source>
        <translation>Security and privacy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> years after closing</source>
        <translation> years after closing</translation>
    </message>
    <message>
        <source>No case closed before %1 still holds a citizen&apos;s name or phone.</source>
        <translation>No case closed before %1 still holds a citizen&apos;s name or phone.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) closed before %1 still hold the citizen&apos;s name and phone</source>
        <translation>
            <numerusform>%n case closed before %1 still hold the citizen&apos;s name and phone</numerusform>
            <numerusform>%n cases closed before %1 still hold the citizen&apos;s name and phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n visitor record(s).</source>
        <translation>
            <numerusform>, and %n visitor record.</numerusform>
            <numerusform>, and %n visitor records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them for good? The cases and the figures stay; this cannot be undone.</source>
        <translation>Remove them for good? The cases and the figures stay; this cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n case(s)</source>
        <translation>
            <numerusform>Anonymised %n case</numerusform>
            <numerusform>Anonymised %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n visitor record(s).</source>
        <translation>
            <numerusform> and %n visitor record.</numerusform>
            <numerusform> and %n visitor records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
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
    <message>
        <source>Choose the folder for the backup (for example a USB drive)</source>
        <translation>Choose the folder for the backup (for example a USB drive)</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restore and restart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Select the backup to restore in the list first.</source>
        <translation>Select the backup to restore in the list first.</translation>
    </message>
    <message>
        <source>Replace the data on this PC with the backup %1? Changes made after it was taken are set aside (the current file is kept beside the store), and everyone signs in again.</source>
        <translation>Replace the data on this PC with the backup %1? Changes made after it was taken are set aside (the current file is kept beside the store), and everyone signs in again.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 free)</translation>
    </message>
    <message>
        <source>No USB drive found</source>
        <translation>No USB drive found</translation>
    </message>
    <message>
        <source>Back up to another folder…</source>
        <translation>Back up to another folder…</translation>
    </message>
    <message>
        <source>USB drive:</source>
        <translation>USB drive:</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Back up to the drive</source>
        <translation>Back up to the drive</translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>Writing the backup to %1…</translation>
    </message>
    <message>
        <source>Backup saved to %1 and checked: it opens and is complete. Keep the drive somewhere safe: it holds citizens&apos; personal data.</source>
        <translation>Backup saved to %1 and checked: it opens and is complete. Keep the drive somewhere safe: it holds citizens&apos; personal data.</translation>
    </message>
</context>
<context>
    <name>zt::SignInDialog</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Zhitongche was locked because nobody used it for a while. %1, enter your password to go on; anybody else quits and signs in again.</source>
        <translation>Zhitongche was locked because nobody used it for a while. %1, enter your password to go on; anybody else quits and signs in again.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in with your username and password. This works without a network.</source>
        <translation>Sign in with your username and password. This works without a network.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>zt::StationsView</name>
    <message>
        <source>Station and points</source>
        <translation>Station and points</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>New liaison point</source>
        <translation>New liaison point</translation>
    </message>
</context>
<context>
    <name>zt::StatisticsWorker</name>
    <message>
        <source>The figures could not be computed. Check the store with ztctl check.</source>
        <translation>The figures could not be computed. Check the store with ztctl check.</translation>
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
    <name>zt::SuggestionGroupsDialog</name>
    <message>
        <source>Looking for similar cases…</source>
        <translation>Looking for similar cases…</translation>
    </message>
    <message>
        <source>The cases could not be read. Check the store with ztctl check.</source>
        <translation>The cases could not be read. Check the store with ztctl check.</translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation>Several categories</translation>
    </message>
    <message>
        <source>Several communities</source>
        <translation>Several communities</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Brought together by the words their titles share</source>
        <translation>Brought together by the words their titles share</translation>
    </message>
    <message>
        <source>The same category in the same community</source>
        <translation>The same category in the same community</translation>
    </message>
    <message>
        <source>Draft…</source>
        <translation>Draft…</translation>
    </message>
    <message numerus="yes">
        <source>Draft a suggestion from the %n case(s) of this group</source>
        <translation>
            <numerusform>Draft a suggestion from the %n case of this group</numerusform>
            <numerusform>Draft a suggestion from the %n cases of this group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 or more similar cases in the last %n month(s).</source>
        <translation>
            <numerusform>No %1 or more similar cases in the last %n month.</numerusform>
            <numerusform>No %1 or more similar cases in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) proposed.</source>
        <translation>
            <numerusform>%n group proposed.</numerusform>
            <numerusform>%n groups proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft a suggestion from the latest %n case(s) of this group</source>
        <translation>
            <numerusform>Draft a suggestion from the latest %n case of this group</numerusform>
            <numerusform>Draft a suggestion from the latest %n cases of this group</numerusform>
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
    <name>zt::SyncController</name>
    <message>
        <source>Offline (this PC is not enrolled)</source>
        <translation>Offline (this PC is not enrolled)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline (last synced at %1)</source>
        <translation>Offline (last synced at %1)</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: sending %n change(s)…</source>
        <translation>
            <numerusform>Syncing: sending %n change…</numerusform>
            <numerusform>Syncing: sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>zt::SyncPage</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Server&apos;s value</translation>
    </message>
    <message>
        <source>This PC&apos;s value</source>
        <translation>This PC&apos;s value</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>No conflicts: nobody else changed what this PC changed.</source>
        <translation>No conflicts: nobody else changed what this PC changed.</translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field. Choose which value to keep; your choice is sent to the server like any other change.</source>
        <translation>Conflicts: someone else changed the same field. Choose which value to keep; your choice is sent to the server like any other change.</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Kept this PC&apos;s value; it will be sent with the next sync.</source>
        <translation>Kept this PC&apos;s value; it will be sent with the next sync.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>Kept the server&apos;s value.</translation>
    </message>
    <message>
        <source>This PC&apos;s data file is a copy of another PC&apos;s (a copied disk or a restored backup). So that the two PCs do not mix up their changes, this PC now syncs under a new identity. Its changes that the server did not have yet are being sent; nothing was lost or sent twice.</source>
        <translation>This PC&apos;s data file is a copy of another PC&apos;s (a copied disk or a restored backup). So that the two PCs do not mix up their changes, this PC now syncs under a new identity. Its changes that the server did not have yet are being sent; nothing was lost or sent twice.</translation>
    </message>
    <message>
        <source>If this PC should use its own letter for case numbers, ask the administrator to change the device letter.</source>
        <translation>If this PC should use its own letter for case numbers, ask the administrator to change the device letter.</translation>
    </message>
    <message>
        <source>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</source>
        <translation>From now on this PC writes case numbers with the letter %1; the other PC keeps its letter, so the two never give out the same case number.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>These records on this PC differ from the server&apos;s and are being received again: %1.</source>
        <translation>These records on this PC differ from the server&apos;s and are being received again: %1.</translation>
    </message>
    <message>
        <source>These records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; the next check runs tomorrow. If this stays, ask the administrator to compare this PC&apos;s data file with the server.</source>
        <translation>These records on this PC still differ from the server&apos;s after they were received again: %1. This PC may hold records the server never got; the next check runs tomorrow. If this stays, ask the administrator to compare this PC&apos;s data file with the server.</translation>
    </message>
    <message>
        <source>These records on this PC differed from the server&apos;s; they were received again and now match: %1.</source>
        <translation>These records on this PC differed from the server&apos;s; they were received again and now match: %1.</translation>
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
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Newest change</source>
        <translation>Newest change</translation>
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
        <source>Why the server refused it</source>
        <translation>Why the server refused it</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to the server.</source>
        <translation>Nothing is waiting to be sent to the server.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to the server: %Ln change(s), oldest first. Open a kind of record to see its newest changes.</source>
        <translation>
            <numerusform>Waiting to be sent to the server: %Ln change, oldest first. Open a kind of record to see its newest changes.</numerusform>
            <numerusform>Waiting to be sent to the server: %Ln changes, oldest first. Open a kind of record to see its newest changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1 changes; the newest %2 are listed. They never hold back the other changes.</source>
        <translation>Refused by the server: %1 changes; the newest %2 are listed. They never hold back the other changes.</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: %Ln change(s). They never hold back the other changes.</source>
        <translation>
            <numerusform>Refused by the server: %Ln change. It never holds back the other changes.</numerusform>
            <numerusform>Refused by the server: %Ln changes. They never hold back the other changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1 more (%2 not listed yet)</source>
        <translation>Show %1 more (%2 not listed yet)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>Case %1 (%2)</translation>
    </message>
    <message>
        <source>• %1 names a record this PC does not have: %2 …%3.</source>
        <translation>• %1 names a record this PC does not have: %2 …%3.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message numerus="yes">
        <source>Received from the server but not stored yet: %Ln record(s). Each names a record this PC does not have (usually one of another station). Syncing goes on; each is stored as soon as the server sends what it names. If one stays here, tell the district office which record it is.</source>
        <translation>
            <numerusform>Received from the server but not stored yet: %Ln record. Each names a record this PC does not have (usually one of another station). Syncing goes on; each is stored as soon as the server sends what it names. If one stays here, tell the district office which record it is.</numerusform>
            <numerusform>Received from the server but not stored yet: %Ln records. Each names a record this PC does not have (usually one of another station). Syncing goes on; each is stored as soon as the server sends what it names. If one stays here, tell the district office which record it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::SyncRunner</name>
    <message>
        <source>This PC is enrolled as %1.</source>
        <translation>This PC is enrolled as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n change(s).</source>
        <translation>
            <numerusform>received %n change.</numerusform>
            <numerusform>received %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Sending changes: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving this station&apos;s records: %1 of %2</source>
        <translation>Receiving this station&apos;s records: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>Receiving changes: %1</translation>
    </message>
    <message>
        <source>Checking the records against the server</source>
        <translation>Checking the records against the server</translation>
    </message>
    <message numerus="yes">
        <source>Attachments: %n sent</source>
        <translation>
            <numerusform>Attachments: %n sent</numerusform>
            <numerusform>Attachments: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received.</source>
        <translation>
            <numerusform>%n received.</numerusform>
            <numerusform>%n received.</numerusform>
        </translation>
    </message>
    <message>
        <source>This data file turned out to be a copy of another PC&apos;s (a copied disk or a restored backup). It now syncs as a new PC with its own identity; no change was lost or sent twice.</source>
        <translation>This data file turned out to be a copy of another PC&apos;s (a copied disk or a restored backup). It now syncs as a new PC with its own identity; no change was lost or sent twice.</translation>
    </message>
    <message>
        <source>Some records differ from the server&apos;s; receiving them again (%1 of %2)</source>
        <translation>Some records differ from the server&apos;s; receiving them again (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>zt::SyncSettingsSection</name>
    <message>
        <source>Choose the CA certificate of your sync server</source>
        <translation>Choose the CA certificate of your sync server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Sync with the central server</source>
        <translation>Sync with the central server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA certificate file:</translation>
    </message>
    <message>
        <source>Station account:</source>
        <translation>Station account:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>Last result:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Enrol this PC</source>
        <translation>Enrol this PC</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Used once to enrol; not saved</source>
        <translation>Used once to enrol; not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address, the CA certificate file, the account and its password.</source>
        <translation>Fill in the server address, the CA certificate file, the account and its password.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Server key pin (optional):</source>
        <translation>Server key pin (optional):</translation>
    </message>
    <message>
        <source>Ask your administrator. With a pin, this PC syncs only with the server whose key has this fingerprint, even if another certificate looks valid.</source>
        <translation>Ask your administrator. With a pin, this PC syncs only with the server whose key has this fingerprint, even if another certificate looks valid.</translation>
    </message>
</context>
<context>
    <name>zt::TodayVisitsModel</name>
    <message>
        <source>Half-day</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Deputies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (linked)</source>
        <translation>%1 (linked)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>zt::UserAdminPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in on this PC</source>
        <translation>Last sign-in on this PC</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled, must change password</source>
        <translation>Enabled, must change password</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Added %1 (%2) as %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in. Their cases and history stay.</source>
        <translation>%1 can no longer sign in. Their cases and history stay.</translation>
    </message>
    <message>
        <source>The password of %1 is reset. They must choose their own when they next sign in.</source>
        <translation>The password of %1 is reset. They must choose their own when they next sign in.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
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
