<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Everything we hold on this person</source>
        <translation>Everything we hold on this person</translation>
    </message>
    <message>
        <source>Answer to a request of access (GDPR art. 15): a document to read and a ZIP (JSON and CSV) with every record of the file about {name}.</source>
        <translation>Answer to a request of access (GDPR art. 15): a document to read and a ZIP (JSON and CSV) with every record of the file about {name}.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Also write the machine-readable copy (ZIP)</source>
        <translation>Also write the machine-readable copy (ZIP)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>This folder does not exist.</translation>
    </message>
    <message>
        <source>Written: {names}.</source>
        <translation>Written: {names}.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who (a person, a structure or a name)</source>
        <translation>Who (a person, a structure or a name)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>or typed free, e.g. “Economic development”</source>
        <translation>or typed free, e.g. “Economic development”</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choose an agenda item first.</translation>
    </message>
    <message>
        <source>these actions</source>
        <translation>these actions</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>All instances</translation>
    </message>
    <message>
        <source>Words of the action</source>
        <translation>Words of the action</translation>
    </message>
    <message>
        <source>Closed ones too</source>
        <translation>Closed ones too</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Carry again…</source>
        <translation>Carry again…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Follow-up workbook (Excel)…</source>
        <translation>Follow-up workbook (Excel)…</translation>
    </message>
    <message>
        <source>{count} action(s) shown, {overdue} overdue</source>
        <translation>{count} action(s) shown, {overdue} overdue</translation>
    </message>
    <message>
        <source>Export the actions follow-up</source>
        <translation>Export the actions follow-up</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>e.g. project officer</source>
        <translation>e.g. project officer</translation>
    </message>
    <message>
        <source>Professional e-mail</source>
        <translation>Professional e-mail</translation>
    </message>
    <message>
        <source>Professional phone</source>
        <translation>Professional phone</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>AffiliationsEditor</name>
    <message>
        <source>Add a job…</source>
        <translation>Add a job…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>The person left this structure: the job stays in their history.</source>
        <translation>The person left this structure: the job stays in their history.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Only for a line typed by mistake; when someone leaves, use End.</source>
        <translation>Only for a line typed by mistake; when someone leaves, use End.</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>New item: type its title, then Enter</source>
        <translation>New item: type its title, then Enter</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Who presents it</source>
        <translation>Who presents it</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>{count} items · {minutes} min planned</source>
        <translation>{count} items · {minutes} min planned</translation>
    </message>
    <message>
        <source>No agenda yet: add its items below.</source>
        <translation>No agenda yet: add its items below.</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choose an agenda item first.</translation>
    </message>
</context>
<context>
    <name>AttendanceForm</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <source>Structure represented</source>
        <translation>Structure represented</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Excused</source>
        <translation>&amp;Excused</translation>
    </message>
    <message>
        <source>&amp;Represented…</source>
        <translation>&amp;Represented…</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Key {key} in the list</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>or a name typed free</source>
        <translation>or a name typed free</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>{status} by {who}</source>
        <translation>{status} by {who}</translation>
    </message>
    <message>
        <source>Invite someone of the directory…</source>
        <translation>Invite someone of the directory…</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} invited</translation>
    </message>
    <message>
        <source>{count} invitee</source>
        <translation>{count} invitee</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} excused</translation>
    </message>
    <message>
        <source>{count} represented</source>
        <translation>{count} represented</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} absent</translation>
    </message>
    <message>
        <source>{count} not marked yet</source>
        <translation>{count} not marked yet</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>Quorum: {present} of {required} required — {state}</source>
        <translation>Quorum: {present} of {required} required — {state}</translation>
    </message>
    <message>
        <source>(instance&apos;s quorum: {rule}; invited: {invited})</source>
        <translation>(instance&apos;s quorum: {rule}; invited: {invited})</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation>Backups of {name}</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Kept in {folder}</translation>
    </message>
    <message>
        <source>Backups of this file</source>
        <translation>Backups of this file</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>The file will go back to its state of {date}. Its current state is backed up first, so you can come back to it.</source>
        <translation>The file will go back to its state of {date}. Its current state is backed up first, so you can come back to it.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Backup of {date} restored.</source>
        <translation>Backup of {date} restored.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Edit the call…</source>
        <translation>Edit the call…</translation>
    </message>
    <message>
        <source>Delete the call</source>
        <translation>Delete the call</translation>
    </message>
    <message>
        <source>Rules of the call</source>
        <translation>Rules of the call</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Choose a call in the list, or create one.</source>
        <translation>Choose a call in the list, or create one.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Jury and decisions</source>
        <translation>Jury and decisions</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>envelope {total}: {committed} committed, {left} remaining</source>
        <translation>envelope {total}: {committed} committed, {left} remaining</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>at least 1 partner</source>
        <translation>at least 1 partner</translation>
    </message>
    <message>
        <source>at least {n} partners</source>
        <translation>at least {n} partners</translation>
    </message>
    <message>
        <source>no partner required</source>
        <translation>no partner required</translation>
    </message>
    <message>
        <source>One category for every application.</source>
        <translation>One category for every application.</translation>
    </message>
    <message>
        <source>Partners required in every category</source>
        <translation>Partners required in every category</translation>
    </message>
    <message>
        <source>Ceiling per award</source>
        <translation>Ceiling per award</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Awards paid by</source>
        <translation>Awards paid by</translation>
    </message>
    <message>
        <source>Rules and envelope</source>
        <translation>Rules and envelope</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Documents required</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Out of</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>No criterion yet.</source>
        <translation>No criterion yet.</translation>
    </message>
    <message>
        <source>No member yet.</source>
        <translation>No member yet.</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Call for projects</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>New call for projects</source>
        <translation>New call for projects</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>The call</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Leave empty to take the proposed reference.</source>
        <translation>Leave empty to take the proposed reference.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Leave empty when the commune pays the awards.</source>
        <translation>Leave empty when the commune pays the awards.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Minimum partners</source>
        <translation>Minimum partners</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <source>Partners required in every category</source>
        <translation>Partners required in every category</translation>
    </message>
    <message>
        <source>Ceiling per award</source>
        <translation>Ceiling per award</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Documents required</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Out of</translation>
    </message>
    <message>
        <source>What the jury looks at</source>
        <translation>What the jury looks at</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Add a criterion</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls for projects</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <source>New call for projects…</source>
        <translation>New call for projects…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>All challenges</translation>
    </message>
    <message>
        <source>Words of the title or reference</source>
        <translation>Words of the title or reference</translation>
    </message>
    <message>
        <source>No call for projects yet: write the first one with its categories, its calendar, its criteria and its jury.</source>
        <translation>No call for projects yet: write the first one with its categories, its calendar, its criteria and its jury.</translation>
    </message>
    <message>
        <source>{count} call(s)</source>
        <translation>{count} call(s)</translation>
    </message>
    <message>
        <source>Delete the call</source>
        <translation>Delete the call</translation>
    </message>
    <message>
        <source>Delete the call « {title} », its criteria and its jury? They go to the recycle bin and can be restored.</source>
        <translation>Delete the call « {title} », its criteria and its jury? They go to the recycle bin and can be restored.</translation>
    </message>
</context>
<context>
    <name>CarryForm</name>
    <message>
        <source>Carry again</source>
        <translation>Carry again</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
</context>
<context>
    <name>CaseEventForm</name>
    <message>
        <source>New case log entry</source>
        <translation>New case log entry</translation>
    </message>
    <message>
        <source>Edit the case log entry</source>
        <translation>Edit the case log entry</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Structures involved</source>
        <translation>Structures involved</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>No file is open.</source>
        <translation>No file is open.</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <source>Pick a challenge in the list, or create one.</source>
        <translation>Pick a challenge in the list, or create one.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. Shared SSE diagnosis 2025</source>
        <translation>e.g. Shared SSE diagnosis 2025</translation>
    </message>
    <message>
        <source>A reference or a file path</source>
        <translation>A reference or a file path</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>Diagnosis source</source>
        <translation>Diagnosis source</translation>
    </message>
    <message>
        <source>Diagnosis document</source>
        <translation>Diagnosis document</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Add an indicator…</source>
        <translation>Add an indicator…</translation>
    </message>
    <message>
        <source>Edit the indicator…</source>
        <translation>Edit the indicator…</translation>
    </message>
    <message>
        <source>Delete the indicator</source>
        <translation>Delete the indicator</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date of the measure</source>
        <translation>Date of the measure</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Value measured</translation>
    </message>
    <message>
        <source>Source of the measure</source>
        <translation>Source of the measure</translation>
    </message>
    <message>
        <source>Add the measure</source>
        <translation>Add the measure</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Delete the measure</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Records carrying this challenge</source>
        <translation>Records carrying this challenge</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} on {date}</translation>
    </message>
    <message>
        <source>Measures of « {name} »</source>
        <translation>Measures of « {name} »</translation>
    </message>
    <message>
        <source>Add an indicator, then its measures.</source>
        <translation>Add an indicator, then its measures.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>The challenge could not be saved</source>
        <translation>The challenge could not be saved</translation>
    </message>
    <message>
        <source>The challenge could not be archived</source>
        <translation>The challenge could not be archived</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>The indicator could not be added</source>
        <translation>The indicator could not be added</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Edit the indicator</translation>
    </message>
    <message>
        <source>The indicator could not be saved</source>
        <translation>The indicator could not be saved</translation>
    </message>
    <message>
        <source>Delete « {name} » and its {count} measure(s)? They go to the trash.</source>
        <translation>Delete « {name} » and its {count} measure(s)? They go to the trash.</translation>
    </message>
    <message>
        <source>The indicator could not be deleted</source>
        <translation>The indicator could not be deleted</translation>
    </message>
    <message>
        <source>The measure could not be added</source>
        <translation>The measure could not be added</translation>
    </message>
    <message>
        <source>The measure could not be deleted</source>
        <translation>The measure could not be deleted</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Coverage matrix</translation>
    </message>
    <message>
        <source>New challenge…</source>
        <translation>New challenge…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>New challenge</translation>
    </message>
    <message>
        <source>Title of the challenge:</source>
        <translation>Title of the challenge:</translation>
    </message>
    <message>
        <source>The challenge could not be created</source>
        <translation>The challenge could not be created</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projects {year}</source>
        <translation>Projects {year}</translation>
    </message>
    <message>
        <source>Granted {year}</source>
        <translation>Granted {year}</translation>
    </message>
    <message>
        <source>{status} (archived)</source>
        <translation>{status} (archived)</translation>
    </message>
    <message>
        <source>The challenge could not be moved</source>
        <translation>The challenge could not be moved</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>The call asks for no document.</source>
        <translation>The call asks for no document.</translation>
    </message>
</context>
<context>
    <name>CollectiveDetail</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Collective sheet…</source>
        <translation>Collective sheet…</translation>
    </message>
    <message>
        <source>Print the collective sheet…</source>
        <translation>Print the collective sheet…</translation>
    </message>
    <message>
        <source>Delete the collective…</source>
        <translation>Delete the collective…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Members of the collective</source>
        <translation>Members of the collective</translation>
    </message>
    <message>
        <source>Double-click: correct the role or the dates</source>
        <translation>Double-click: correct the role or the dates</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Add a member…</translation>
    </message>
    <message>
        <source>Record a departure…</source>
        <translation>Record a departure…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>A line typed by mistake; a structure that left keeps its line</source>
        <translation>A line typed by mistake; a structure that left keeps its line</translation>
    </message>
    <message>
        <source>Referents</source>
        <translation>Referents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Referents of the collective</source>
        <translation>Referents of the collective</translation>
    </message>
    <message>
        <source>Add a referent…</source>
        <translation>Add a referent…</translation>
    </message>
    <message>
        <source>Remove the referent</source>
        <translation>Remove the referent</translation>
    </message>
    <message>
        <source>Projects and money</source>
        <translation>Projects and money</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Projects of the collective</source>
        <translation>Projects of the collective</translation>
    </message>
    <message>
        <source>Double-click: open the project</source>
        <translation>Double-click: open the project</translation>
    </message>
    <message>
        <source>Link a project…</source>
        <translation>Link a project…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Its instance</source>
        <translation>Its instance</translation>
    </message>
    <message>
        <source>Create its instance</source>
        <translation>Create its instance</translation>
    </message>
    <message>
        <source>Granted to its projects: {amount}</source>
        <translation>Granted to its projects: {amount}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Legal structure</source>
        <translation>Legal structure</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>No instance yet: create it to hold its meetings and number its decisions.</source>
        <translation>No instance yet: create it to hold its meetings and number its decisions.</translation>
    </message>
    <message>
        <source>{name} (code {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>Open the instance</source>
        <translation>Open the instance</translation>
    </message>
    <message>
        <source>Select a current member in the table</source>
        <translation>Select a current member in the table</translation>
    </message>
</context>
<context>
    <name>CollectiveExtras</name>
    <message>
        <source>since {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Legal structure of</source>
        <translation>Legal structure of</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Former collectives</source>
        <translation>Former collectives</translation>
    </message>
</context>
<context>
    <name>CollectiveForm</name>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>New collective</source>
        <translation>New collective</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
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
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Its own legal structure</source>
        <translation>Its own legal structure</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Collective already recorded</source>
        <translation>Collective already recorded</translation>
    </message>
    <message>
        <source>Open the existing collective</source>
        <translation>Open the existing collective</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Change the name</translation>
    </message>
</context>
<context>
    <name>CollectivesPage</name>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>The collective sheet could not be written</source>
        <translation>The collective sheet could not be written</translation>
    </message>
    <message>
        <source>New collective…</source>
        <translation>New collective…</translation>
    </message>
    <message>
        <source>Name of the collective…</source>
        <translation>Name of the collective…</translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation>Name of the collective</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>All challenges</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No collective yet: record the PTCE, SCIC, tiers-lieux and networks you accompany, with their members.</source>
        <translation>No collective yet: record the PTCE, SCIC, tiers-lieux and networks you accompany, with their members.</translation>
    </message>
    <message>
        <source>{count} collectives</source>
        <translation>{count} collectives</translation>
    </message>
    <message>
        <source>{count} collective</source>
        <translation>{count} collective</translation>
    </message>
    <message>
        <source>the collective « {name} »</source>
        <translation>the collective « {name} »</translation>
    </message>
    <message>
        <source>the line of « {name} »</source>
        <translation>the line of « {name} »</translation>
    </message>
    <message>
        <source>Instance already recorded</source>
        <translation>Instance already recorded</translation>
    </message>
    <message>
        <source>Attach this instance</source>
        <translation>Attach this instance</translation>
    </message>
    <message>
        <source>Its instance</source>
        <translation>Its instance</translation>
    </message>
    <message>
        <source>The instance « {name} » has no meeting yet. In Meetings, « New meeting… » and choose this instance: its agenda and invitees start from its template.</source>
        <translation>The instance « {name} » has no meeting yet. In Meetings, « New meeting… » and choose this instance: its agenda and invitees start from its template.</translation>
    </message>
    <message>
        <source>Export the collective sheet</source>
        <translation>Export the collective sheet</translation>
    </message>
    <message>
        <source>Writing the collective sheet…</source>
        <translation>Writing the collective sheet…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>CommuneField</name>
    <message>
        <source>Type a name or a postcode</source>
        <translation>Type a name or a postcode</translation>
    </message>
    <message>
        <source>Choose the commune from the list (type its name or its postcode).</source>
        <translation>Choose the commune from the list (type its name or its postcode).</translation>
    </message>
</context>
<context>
    <name>ContactsExportDialog</name>
    <message>
        <source>Export the contacts (vCard)</source>
        <translation>Export the contacts (vCard)</translation>
    </message>
    <message>
        <source>The people of structures are exported with their professional coordinates (structure, role, work e-mail and phone, the structure&apos;s address).</source>
        <translation>The people of structures are exported with their professional coordinates (structure, role, work e-mail and phone, the structure&apos;s address).</translation>
    </message>
    <message>
        <source>Include the project holders</source>
        <translation>Include the project holders</translation>
    </message>
    <message>
        <source>Include their home address</source>
        <translation>Include their home address</translation>
    </message>
    <message>
        <source>An address book is copied to phones and shared: include a person&apos;s own coordinates only when this export needs them.</source>
        <translation>An address book is copied to phones and shared: include a person&apos;s own coordinates only when this export needs them.</translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message>
        <source>Territory challenges</source>
        <translation>Territory challenges</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The matrix could not be written</source>
        <translation>The matrix could not be written</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Export to Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Click a cell to see what is behind it.</source>
        <translation>Click a cell to see what is behind it.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>No funding</source>
        <translation>No funding</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Every challenge has a project or funding over the period.</source>
        <translation>Every challenge has a project or funding over the period.</translation>
    </message>
    <message>
        <source>Not covered over the period (no project, no funding): {names}.</source>
        <translation>Not covered over the period (no project, no funding): {names}.</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <source>Structures involved</source>
        <translation>Structures involved</translation>
    </message>
    <message>
        <source>Money granted</source>
        <translation>Money granted</translation>
    </message>
    <message>
        <source>{challenge}: what the period holds</source>
        <translation>{challenge}: what the period holds</translation>
    </message>
    <message>
        <source>Export the coverage matrix</source>
        <translation>Export the coverage matrix</translation>
    </message>
    <message>
        <source>Writing the coverage matrix…</source>
        <translation>Writing the coverage matrix…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Projects followed by stage</source>
        <translation>Projects followed by stage</translation>
    </message>
    <message>
        <source>Meetings held by instance</source>
        <translation>Meetings held by instance</translation>
    </message>
    <message>
        <source>Projects followed</source>
        <translation>Projects followed</translation>
    </message>
    <message>
        <source>Case log entries</source>
        <translation>Case log entries</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>Funding requests</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Organisations in the directory</source>
        <translation>Organisations in the directory</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>This territory file is new and empty.</source>
        <translation>This territory file is new and empty.</translation>
    </message>
    <message>
        <source>This year: computing the figures…</source>
        <translation>This year: computing the figures…</translation>
    </message>
    <message>
        <source>Key figures, {period}</source>
        <translation>Key figures, {period}</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>workshops held</translation>
    </message>
    <message>
        <source>attendances at workshops</source>
        <translation>attendances at workshops</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What this territory file holds today.</source>
        <translation>What this territory file holds today.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Open the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>For example 01/09/2026, 01092026, 1/9/26, 1 sept, today, tomorrow</source>
        <translation>For example 01/09/2026, 01092026, 1/9/26, 1 sept, today, tomorrow</translation>
    </message>
    <message>
        <source>Unreadable date: type for example 01/09/2026, 1/9/26, 1 sept or tomorrow (or pick it in the calendar).</source>
        <translation>Unreadable date: type for example 01/09/2026, 1/9/26, 1 sept or tomorrow (or pick it in the calendar).</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Unreadable date or time: type for example 12/05/2026 14:30, tomorrow 9h or 1 sept 14h30 (or pick the day in the calendar).</source>
        <translation>Unreadable date or time: type for example 12/05/2026 14:30, tomorrow 9h or 1 sept 14h30 (or pick the day in the calendar).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Amount awarded</source>
        <translation>Amount awarded</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Type the amount awarded.</source>
        <translation>Type the amount awarded.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>The number is given when the decision is saved.</source>
        <translation>The number is given when the decision is saved.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <source>Number or words of the decision</source>
        <translation>Number or words of the decision</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>All instances</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Replaced by…</source>
        <translation>Replaced by…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Export the record of decisions</source>
        <translation>Export the record of decisions</translation>
    </message>
    <message>
        <source>{count} decision(s)</source>
        <translation>{count} decision(s)</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Replaced by {number}</source>
        <translation>Replaced by {number}</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Number of the decision that replaces {number}:</source>
        <translation>Number of the decision that replaces {number}:</translation>
    </message>
    <message>
        <source>No decision has the number {number}.</source>
        <translation>No decision has the number {number}.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Record a decision…</source>
        <translation>Record a decision…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Replaced by…</source>
        <translation>Replaced by…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Decisions ({count})</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choose an agenda item first.</translation>
    </message>
    <message>
        <source>the decision {number}</source>
        <translation>the decision {number}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation>Last changed {when} by {who}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Select a row in the list to see its details here.</source>
        <translation>Select a row in the list to see its details here.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>MunicipalESS territories (*.municipaless *.sqlite)</source>
        <translation>MunicipalESS territories (*.municipaless *.sqlite)</translation>
    </message>
    <message>
        <source>Open a territory file</source>
        <translation>Open a territory file</translation>
    </message>
    <message>
        <source>New territory file</source>
        <translation>New territory file</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>The file could not be opened</translation>
    </message>
</context>
<context>
    <name>DirectoryDetail</name>
    <message>
        <source>since {year}</source>
        <translation>since {year}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>until {year}</translation>
    </message>
    <message>
        <source>{role} at {organisation}</source>
        <translation>{role} at {organisation}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{name}, merged on {when}</source>
        <translation>{name}, merged on {when}</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Merged duplicates</translation>
    </message>
</context>
<context>
    <name>DirectoryListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <source>Put both records back as they were before the merge?</source>
        <translation>Put both records back as they were before the merge?</translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>The merge was not undone</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicates:</source>
        <translation>Possible duplicates:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Possible duplicate pairs</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>No possible duplicate found.</source>
        <translation>No possible duplicate found.</translation>
    </message>
    <message>
        <source>1 pair of records may be duplicates.</source>
        <translation>1 pair of records may be duplicates.</translation>
    </message>
    <message>
        <source>{count} pairs of records may be duplicates.</source>
        <translation>{count} pairs of records may be duplicates.</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Record to keep</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Moved to the kept record: {links}.</source>
        <translation>Moved to the kept record: {links}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <source>Merged into « {name} ». The merge can be undone from that record.</source>
        <translation>Merged into « {name} ». The merge can be undone from that record.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>EditableLines</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Line {n}: « {text} » is not a number.</source>
        <translation>Line {n}: « {text} » is not a number.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the job</source>
        <translation>End the job</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person permanently</source>
        <translation>Erase this person permanently</translation>
    </message>
    <message>
        <source>The name, civility, e-mail, phones, address and notes of « {name} » will be replaced everywhere in the file: the person card, their jobs, the history, the project and meeting texts, the minutes (approved ones too) and the search index. The anonymous facts stay: the projects, the case log entries and the attendance keep their counts, so the activity reports do not change.

This cannot be undone.</source>
        <translation>The name, civility, e-mail, phones, address and notes of « {name} » will be replaced everywhere in the file: the person card, their jobs, the history, the project and meeting texts, the minutes (approved ones too) and the search index. The anonymous facts stay: the projects, the case log entries and the attendance keep their counts, so the activity reports do not change.

This cannot be undone.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm: {name}</source>
        <translation>Type the person&apos;s name to confirm: {name}</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>This person is already erased.</source>
        <translation>This person is already erased.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>The person was erased.</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Delete these backups…</translation>
    </message>
    <message>
        <source>Delete the backups</source>
        <translation>Delete the backups</translation>
    </message>
    <message>
        <source>Delete the {count} backups that still hold this person&apos;s data? Earlier states of the file can then no longer be restored from them.</source>
        <translation>Delete the {count} backups that still hold this person&apos;s data? Earlier states of the file can then no longer be restored from them.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>The file was written to {path}.</source>
        <translation>The file was written to {path}.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>The file could not be written</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Territory covered</source>
        <translation>Territory covered</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Jobs planned</source>
        <translation>Jobs planned</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who (person)</source>
        <translation>Who (person)</translation>
    </message>
    <message>
        <source>Who (organisation)</source>
        <translation>Who (organisation)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Where to keep the copy</source>
        <translation>Where to keep the copy</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <source>{reason}

No automatic backup of this file was found.</source>
        <translation>{reason}

No automatic backup of this file was found.</translation>
    </message>
    <message>
        <source>{reason}

Restore the backup of {date} ({why})? The damaged file is kept beside it, renamed.</source>
        <translation>{reason}

Restore the backup of {date} ({why})? The damaged file is kept beside it, renamed.</translation>
    </message>
    <message>
        <source>Recover the damaged file</source>
        <translation>Recover the damaged file</translation>
    </message>
    <message>
        <source>Copy everything that can still be read from {name} into a new file? The damaged file is left as it is; you then work on the new one.</source>
        <translation>Copy everything that can still be read from {name} into a new file? The damaged file is left as it is; you then work on the new one.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Recovering…</translation>
    </message>
    <message>
        <source>{reason}

The damage touches the lists themselves ({error}): the file cannot be shown. Its backups are listed by File ▸ Backups… once another file is open.</source>
        <translation>{reason}

The damage touches the lists themselves ({error}): the file cannot be shown. Its backups are listed by File ▸ Backups… once another file is open.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Send a copy…</source>
        <translation>&amp;Send a copy…</translation>
    </message>
    <message>
        <source>Changes not yet saved to the share last time were found on this PC: they will be saved to it now.</source>
        <translation>Changes not yet saved to the share last time were found on this PC: they will be saved to it now.</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Changes set aside</translation>
    </message>
    <message>
        <source>Your changes not yet sent were set aside in {path}: open that file, then use File ▸ Merge a colleague&apos;s copy… to take them back.</source>
        <translation>Your changes not yet sent were set aside in {path}: open that file, then use File ▸ Merge a colleague&apos;s copy… to take them back.</translation>
    </message>
    <message>
        <source>The file could not be reopened</source>
        <translation>The file could not be reopened</translation>
    </message>
    <message>
        <source>A colleague took over this file at {time}: your changes are still saved, but reload records before editing them.</source>
        <translation>A colleague took over this file at {time}: your changes are still saved, but reload records before editing them.</translation>
    </message>
    <message>
        <source>Send a copy</source>
        <translation>Send a copy</translation>
    </message>
    <message>
        <source>The copy could not be written</source>
        <translation>The copy could not be written</translation>
    </message>
    <message>
        <source>Copy written</source>
        <translation>Copy written</translation>
    </message>
    <message>
        <source>The copy is in {path}. It has its own identity: when your colleague sends it back, File ▸ Merge brings their changes in without losing yours.</source>
        <translation>The copy is in {path}. It has its own identity: when your colleague sends it back, File ▸ Merge brings their changes in without losing yours.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration territory</source>
        <translation>Open the &amp;demonstration territory</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About MunicipalESS</source>
        <translation>&amp;About MunicipalESS</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>About MunicipalESS</source>
        <translation>About MunicipalESS</translation>
    </message>
    <message>
        <source>MunicipalESS {version}

For the social and solidarity economy officer of a commune: project holders, directory, meetings and activity reports, offline.</source>
        <translation>MunicipalESS {version}

For the social and solidarity economy officer of a commune: project holders, directory, meetings and activity reports, offline.</translation>
    </message>
</context>
<context>
    <name>FileStatusBar</name>
    <message>
        <source>Backup: {when}</source>
        <translation>Backup: {when}</translation>
    </message>
    <message>
        <source>File on a removable drive</source>
        <translation>File on a removable drive</translation>
    </message>
    <message>
        <source>Shared file</source>
        <translation>Shared file</translation>
    </message>
    <message>
        <source>saving to the share…</source>
        <translation>saving to the share…</translation>
    </message>
    <message>
        <source>changes not yet saved to the share</source>
        <translation>changes not yet saved to the share</translation>
    </message>
    <message>
        <source>saved at {time}</source>
        <translation>saved at {time}</translation>
    </message>
    <message>
        <source>working on a copy on this PC</source>
        <translation>working on a copy on this PC</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Read-only — {reason}</source>
        <translation>Read-only — {reason}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Updated from format {old} (backup: {backup})</source>
        <translation>Updated from format {old} (backup: {backup})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Your territory is not chosen yet: the activity report cannot offer its communes, and your name does not sign your changes.</source>
        <translation>Your territory is not chosen yet: the activity report cannot offer its communes, and your name does not sign your changes.</translation>
    </message>
    <message>
        <source>Set up the territory…</source>
        <translation>Set up the territory…</translation>
    </message>
    <message>
        <source>To begin</source>
        <translation>To begin</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Import the directory</translation>
    </message>
    <message>
        <source>The structures and contacts you already work with, from a spreadsheet (Excel, LibreOffice, CSV) or vCards exported from your e-mail.</source>
        <translation>The structures and contacts you already work with, from a spreadsheet (Excel, LibreOffice, CSV) or vCards exported from your e-mail.</translation>
    </message>
    <message>
        <source>Import the directory…</source>
        <translation>Import the directory…</translation>
    </message>
    <message>
        <source>Welcome a project holder</source>
        <translation>Welcome a project holder</translation>
    </message>
    <message>
        <source>Open the project of the first person you welcome: their name, their idea, the first interview; follow-ups and referrals come after.</source>
        <translation>Open the project of the first person you welcome: their name, their idea, the first interview; follow-ups and referrals come after.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>A steering committee (COPIL), a technical committee or a network meeting: date, place, invitees, agenda, then the minutes.</source>
        <translation>A steering committee (COPIL), a technical committee or a network meeting: date, place, invitees, agenda, then the minutes.</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>To follow up: cannot be read ({error})</source>
        <translation>To follow up: cannot be read ({error})</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>Today ({count})</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Overdue ({count})</translation>
    </message>
    <message>
        <source>No overdue follow-up.</source>
        <translation>No overdue follow-up.</translation>
    </message>
    <message>
        <source>last news {date}</source>
        <translation>last news {date}</translation>
    </message>
    <message>
        <source>no news recorded</source>
        <translation>no news recorded</translation>
    </message>
    <message>
        <source>No news for {days} days ({count})</source>
        <translation>No news for {days} days ({count})</translation>
    </message>
    <message>
        <source>Every open project had news recently.</source>
        <translation>Every open project had news recently.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <source>Post-creation check-in</source>
        <translation>Post-creation check-in</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>{open} to do, of which {late} overdue</source>
        <translation>{open} to do, of which {late} overdue</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <source>the follow-up « {what} »</source>
        <translation>the follow-up « {what} »</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>Type the funder&apos;s name…</source>
        <translation>Type the funder&apos;s name…</translation>
    </message>
    <message>
        <source>Choose a funder from the list (structures of the directory).</source>
        <translation>Choose a funder from the list (structures of the directory).</translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>New funding request</source>
        <translation>New funding request</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Funding request</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>The commune&apos;s own money (for the leverage)</source>
        <translation>The commune&apos;s own money (for the leverage)</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>Amount asked</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Year of the plan (optional)</source>
        <translation>Year of the plan (optional)</translation>
    </message>
</context>
<context>
    <name>FundingPlanView</name>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resources of the financing plan</source>
        <translation>Resources of the financing plan</translation>
    </message>
    <message>
        <source>Add a request…</source>
        <translation>Add a request…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export the financing plan…</source>
        <translation>Export the financing plan…</translation>
    </message>
    <message>
        <source>Side of the financing plan</source>
        <translation>Side of the financing plan</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>(commune)</source>
        <translation>(commune)</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(public)</translation>
    </message>
    <message>
        <source>Before the jury</source>
        <translation>Before the jury</translation>
    </message>
    <message>
        <source>Needs ({n})</source>
        <translation>Needs ({n})</translation>
    </message>
    <message>
        <source>Resources ({n})</source>
        <translation>Resources ({n})</translation>
    </message>
    <message>
        <source>Add the project&apos;s needs to see whether its plan balances.</source>
        <translation>Add the project&apos;s needs to see whether its plan balances.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balanced plan&lt;/b&gt;: the resources cover the needs.</source>
        <translation>&lt;b&gt;Balanced plan&lt;/b&gt;: the resources cover the needs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still to finance: {amount}&lt;/b&gt; ({share} of the needs)</source>
        <translation>&lt;b&gt;Still to finance: {amount}&lt;/b&gt; ({share} of the needs)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excess: {amount}&lt;/b&gt; of resources beyond the needs</source>
        <translation>&lt;b&gt;Excess: {amount}&lt;/b&gt; of resources beyond the needs</translation>
    </message>
    <message>
        <source>Needs {needs}; resources {resources}: {obtained} obtained, {expected} expected</source>
        <translation>Needs {needs}; resources {resources}: {obtained} obtained, {expected} expected</translation>
    </message>
    <message>
        <source>{year}: needs {needs}, resources {resources}, balance {balance}</source>
        <translation>{year}: needs {needs}, resources {resources}, balance {balance}</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>no year</translation>
    </message>
    <message>
        <source>No funding request yet.</source>
        <translation>No funding request yet.</translation>
    </message>
    <message>
        <source>Asked: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Asked: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Granted: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Granted: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public money: &lt;b&gt;{amount}&lt;/b&gt; ({share} of the amount granted)</source>
        <translation>Public money: &lt;b&gt;{amount}&lt;/b&gt; ({share} of the amount granted)</translation>
    </message>
    <message>
        <source>Leverage: the commune has granted nothing yet</source>
        <translation>Leverage: the commune has granted nothing yet</translation>
    </message>
    <message>
        <source>Leverage of the commune: &lt;b&gt;{ratio} €&lt;/b&gt; from the other funders for each euro of the commune ({commune})</source>
        <translation>Leverage of the commune: &lt;b&gt;{ratio} €&lt;/b&gt; from the other funders for each euro of the commune ({commune})</translation>
    </message>
    <message>
        <source>this funding request</source>
        <translation>this funding request</translation>
    </message>
    <message>
        <source>Export the financing plan</source>
        <translation>Export the financing plan</translation>
    </message>
    <message>
        <source>Writing the financing plan…</source>
        <translation>Writing the financing plan…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide of support structures</source>
        <translation>Guide of support structures</translation>
    </message>
    <message>
        <source>A handout for a project holder: the structures that fit their need, with their offer, conditions and contact, grouped by need.</source>
        <translation>A handout for a project holder: the structures that fit their need, with their offer, conditions and contact, grouped by need.</translation>
    </message>
    <message>
        <source>Every need</source>
        <translation>Every need</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Any sector</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Project stage</source>
        <translation>Project stage</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Project holder&apos;s commune</source>
        <translation>Project holder&apos;s commune</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Create the guide…</source>
        <translation>Create the guide…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>No structure of the directory fits: widen the criteria.</source>
        <translation>No structure of the directory fits: widen the criteria.</translation>
    </message>
    <message>
        <source>1 structure fits.</source>
        <translation>1 structure fits.</translation>
    </message>
    <message>
        <source>{count} structures fit.</source>
        <translation>{count} structures fit.</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Save the guide</translation>
    </message>
    <message>
        <source>Writing the guide…</source>
        <translation>Writing the guide…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — MunicipalESS</source>
        <translation>User guide — MunicipalESS</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>{page} — User guide</source>
        <translation>{page} — User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
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
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Restore this value</translation>
    </message>
    <message>
        <source>Puts the value of the “Before” column back, as a new change.</source>
        <translation>Puts the value of the “Before” column back, as a new change.</translation>
    </message>
    <message>
        <source>History of {what}</source>
        <translation>History of {what}</translation>
    </message>
    <message>
        <source>{count} changes, newest first.</source>
        <translation>{count} changes, newest first.</translation>
    </message>
    <message>
        <source>a colleague&apos;s copy</source>
        <translation>a colleague&apos;s copy</translation>
    </message>
    <message>
        <source>{who} (merged from {copy})</source>
        <translation>{who} (merged from {copy})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
</context>
<context>
    <name>HoldersEditor</name>
    <message>
        <source>Role (optional)</source>
        <translation>Role (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose a person from the list first (type part of the name).</source>
        <translation>Choose a person from the list first (type part of the name).</translation>
    </message>
    <message>
        <source>This person already holds the project.</source>
        <translation>This person already holds the project.</translation>
    </message>
    <message>
        <source>No person matches: &lt;a href=&apos;new&apos;&gt;create « {name} »&lt;/a&gt;?</source>
        <translation>No person matches: &lt;a href=&apos;new&apos;&gt;create « {name} »&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <source>{name} (new in the directory)</source>
        <translation>{name} (new in the directory)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A table of structures or people (CSV or Excel), or contacts exported as vCard (.vcf) from Outlook, Gmail, an iPhone or Thunderbird.</source>
        <translation>A table of structures or people (CSV or Excel), or contacts exported as vCard (.vcf) from Outlook, Gmail, an iPhone or Thunderbird.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The file is only read: nothing is written before the last step, and a backup is made just before.</source>
        <translation>The file is only read: nothing is written before the last step, and a backup is made just before.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Tables and contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>The file holds no row to import.</source>
        <translation>The file holds no row to import.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>For each column of the file, choose the field of the directory it fills, or leave it ignored. A person&apos;s structure and role create their job.</source>
        <translation>For each column of the file, choose the field of the directory it fills, or leave it ignored. A person&apos;s structure and role create their job.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field of the directory</source>
        <translation>Field of the directory</translation>
    </message>
    <message>
        <source>Header found on row {row} of « {name} »; {count} rows below it.</source>
        <translation>Header found on row {row} of « {name} »; {count} rows below it.</translation>
    </message>
    <message>
        <source>The matching used last time for these columns was restored.</source>
        <translation>The matching used last time for these columns was restored.</translation>
    </message>
    <message>
        <source>The matching was guessed from the column names: check it.</source>
        <translation>The matching was guessed from the column names: check it.</translation>
    </message>
    <message>
        <source>— ignored —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Every row was checked as a form would check it; nothing is written yet.</source>
        <translation>Every row was checked as a form would check it; nothing is written yet.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Some rows have problems. What should be imported?</source>
        <translation>Some rows have problems. What should be imported?</translation>
    </message>
    <message>
        <source>Import the probable duplicates too</source>
        <translation>Import the probable duplicates too</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Only the valid rows ({count})</source>
        <translation>Only the valid rows ({count})</translation>
    </message>
    <message>
        <source>Every row with a name ({count}), the unreadable values kept in the record&apos;s remarks</source>
        <translation>Every row with a name ({count}), the unreadable values kept in the record&apos;s remarks</translation>
    </message>
    <message>
        <source>Backing up, then importing…</source>
        <translation>Backing up, then importing…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>The file was backed up just before (File ▸ Backups…): {path}</source>
        <translation>The file was backed up just before (File ▸ Backups…): {path}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Import into the directory</translation>
    </message>
    <message>
        <source>Export the contacts (vCard)</source>
        <translation>Export the contacts (vCard)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard contacts (*.vcf)</translation>
    </message>
    <message>
        <source>Writing the contacts…</source>
        <translation>Writing the contacts…</translation>
    </message>
    <message>
        <source>{count} contacts written to:
{path}</source>
        <translation>{count} contacts written to:
{path}</translation>
    </message>
    <message>
        <source>&amp;Import into the directory…</source>
        <translation>&amp;Import into the directory…</translation>
    </message>
    <message>
        <source>Export the contacts (&amp;vCard)…</source>
        <translation>Export the contacts (&amp;vCard)…</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>e.g. Organic share in school meals</source>
        <translation>e.g. Organic share in school meals</translation>
    </message>
    <message>
        <source>e.g. %, jobs, tonnes</source>
        <translation>e.g. %, jobs, tonnes</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>JuryLines</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role in the jury</source>
        <translation>Role in the jury</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Add a name</translation>
    </message>
    <message>
        <source>Jury member from the directory</source>
        <translation>Jury member from the directory</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
</context>
<context>
    <name>JuryTab</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Score /100</source>
        <translation>Score /100</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Ranking of the candidatures</source>
        <translation>Ranking of the candidatures</translation>
    </message>
    <message>
        <source>Create the jury meeting</source>
        <translation>Create the jury meeting</translation>
    </message>
    <message>
        <source>Laureate…</source>
        <translation>Laureate…</translation>
    </message>
    <message>
        <source>Not selected…</source>
        <translation>Not selected…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>Notification letters…</source>
        <translation>Notification letters…</translation>
    </message>
    <message>
        <source>Summary for the council…</source>
        <translation>Summary for the council…</translation>
    </message>
    <message>
        <source>Nominative (porteurs&apos; names and jury comments)</source>
        <translation>Nominative (porteurs&apos; names and jury comments)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>No envelope set — committed: {committed}</source>
        <translation>No envelope set — committed: {committed}</translation>
    </message>
    <message>
        <source>Envelope: {envelope} — committed: {committed} — remaining: {left}</source>
        <translation>Envelope: {envelope} — committed: {committed} — remaining: {left}</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Create the jury meeting first: each decision is numbered there.</source>
        <translation>Create the jury meeting first: each decision is numbered there.</translation>
    </message>
    <message>
        <source>{candidature} asked {asked}. Amount the jury awards:</source>
        <translation>{candidature} asked {asked}. Amount the jury awards:</translation>
    </message>
    <message>
        <source>ceiling {amount}</source>
        <translation>ceiling {amount}</translation>
    </message>
    <message>
        <source>left in the envelope {amount}</source>
        <translation>left in the envelope {amount}</translation>
    </message>
    <message>
        <source>At most: {limits}.</source>
        <translation>At most: {limits}.</translation>
    </message>
    <message>
        <source>Why the jury does not select {candidature}:</source>
        <translation>Why the jury does not select {candidature}:</translation>
    </message>
    <message>
        <source>Folder for the notification letters</source>
        <translation>Folder for the notification letters</translation>
    </message>
    <message>
        <source>Notification letters</source>
        <translation>Notification letters</translation>
    </message>
    <message>
        <source>Letters already in this folder: {count}. Replace them? (No: the new ones get a numbered name.)</source>
        <translation>Letters already in this folder: {count}. Replace them? (No: the new ones get a numbered name.)</translation>
    </message>
    <message>
        <source>Letters written: {count}, in {folder}.</source>
        <translation>Letters written: {count}, in {folder}.</translation>
    </message>
    <message>
        <source>Without a decision yet, no letter: {refs}.</source>
        <translation>Without a decision yet, no letter: {refs}.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Summary for the council</source>
        <translation>Summary for the council</translation>
    </message>
    <message>
        <source>Jury summary.xlsx</source>
        <translation>Jury summary.xlsx</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>The document could not be written: {error}</source>
        <translation>The document could not be written: {error}</translation>
    </message>
</context>
<context>
    <name>KeyboardMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;New record in this section…</source>
        <translation>&amp;New record in this section…</translation>
    </message>
    <message>
        <source>A new project, structure, person or meeting</source>
        <translation>A new project, structure, person or meeting</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the document in view (fiche, minutes, bilan)</source>
        <translation>Print the document in view (fiche, minutes, bilan)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <source>Type in the list&apos;s filter (else: search everywhere)</source>
        <translation>Type in the list&apos;s filter (else: search everywhere)</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Search everywhere</translation>
    </message>
    <message>
        <source>Projects, people, structures, meetings…</source>
        <translation>Projects, people, structures, meetings…</translation>
    </message>
    <message>
        <source>Show the section « {name} »</source>
        <translation>Show the section « {name} »</translation>
    </message>
    <message>
        <source>Nothing to print on this screen.</source>
        <translation>Nothing to print on this screen.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Case log entries</source>
        <translation>Case log entries</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Territory challenges</source>
        <translation>Territory challenges</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Case log entry</source>
        <translation>Case log entry</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Territory challenge</source>
        <translation>Territory challenge</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>LeavingForm</name>
    <message>
        <source>Departure of {name}</source>
        <translation>Departure of {name}</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LetterheadFields</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>The commune&apos;s template ({size} KB) is used for Word documents.</source>
        <translation>The commune&apos;s template ({size} KB) is used for Word documents.</translation>
    </message>
    <message>
        <source>The application&apos;s standard layout.</source>
        <translation>The application&apos;s standard layout.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>Choose the commune&apos;s logo</source>
        <translation>Choose the commune&apos;s logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Word (*.docx *.dotx)</source>
        <translation>Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <source>Letterhead (optional)</source>
        <translation>Letterhead (optional)</translation>
    </message>
    <message>
        <source>The logo heads every document; a Word template gives Word exports the commune&apos;s styles. Both can be set later in File ▸ Territory settings.</source>
        <translation>The logo heads every document; a Word template gives Word exports the commune&apos;s styles. Both can be set later in File ▸ Territory settings.</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsField</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>List: {kind}</source>
        <translation>List: {kind}</translation>
    </message>
    <message>
        <source>No result for these filters.</source>
        <translation>No result for these filters.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Legal statuses</source>
        <translation>Legal statuses</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Project stages</source>
        <translation>Project stages</translation>
    </message>
    <message>
        <source>Kinds of organisation</source>
        <translation>Kinds of organisation</translation>
    </message>
    <message>
        <source>Funding instruments</source>
        <translation>Funding instruments</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>Kinds of case log entry</source>
        <translation>Kinds of case log entry</translation>
    </message>
    <message>
        <source>Kinds of meeting</source>
        <translation>Kinds of meeting</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Lists and local challenges</source>
        <translation>Lists and local challenges</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Values of the list</source>
        <translation>Values of the list</translation>
    </message>
    <message>
        <source>A renamed value changes on every record that holds it. An archived value is no longer offered but still shows on old records.</source>
        <translation>A renamed value changes on every record that holds it. An archived value is no longer offered but still shows on old records.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Used by {count} records: archive it instead.</source>
        <translation>Used by {count} records: archive it instead.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Add a value</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>New label:</translation>
    </message>
    <message>
        <source>Delete « {label} »? It goes to the recycle bin.</source>
        <translation>Delete « {label} »? It goes to the recycle bin.</translation>
    </message>
    <message>
        <source>&amp;Lists and local challenges…</source>
        <translation>&amp;Lists and local challenges…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>File already open</source>
        <translation>File already open</translation>
    </message>
    <message>
        <source>The program that opened it on this computer is no longer running: you can safely take over.</source>
        <translation>The program that opened it on this computer is no longer running: you can safely take over.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Open a copy…</source>
        <translation>Open a copy…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Take over the file?</source>
        <translation>Take over the file?</translation>
    </message>
    <message>
        <source>{holder}

If this colleague is still working on it, you will both edit the same file: changes will not be lost, but each of you may have to reload records the other changed. Take over only if you are sure they closed it (for example after their computer crashed).</source>
        <translation>{holder}

If this colleague is still working on it, you will both edit the same file: changes will not be lost, but each of you may have to reload records the other changed. Take over only if you are sure they closed it (for example after their computer crashed).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The backup could not be opened</source>
        <translation>The backup could not be opened</translation>
    </message>
    <message>
        <source>backup of {date}</source>
        <translation>backup of {date}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Project holders &amp; projects</source>
        <translation>Project holders &amp; projects</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nothing to create in this section.</source>
        <translation>Nothing to create in this section.</translation>
    </message>
    <message>
        <source>The file could not be opened: {error}</source>
        <translation>The file could not be opened: {error}</translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation>The file could not be created</translation>
    </message>
    <message>
        <source>The demonstration could not be prepared</source>
        <translation>The demonstration could not be prepared</translation>
    </message>
</context>
<context>
    <name>MarkCreatedDialog</name>
    <message>
        <source>Mark the project as created</source>
        <translation>Mark the project as created</translation>
    </message>
    <message>
        <source>Post-creation check-ins will be scheduled 6, 12, 24 and 36 months after the founding date.</source>
        <translation>Post-creation check-ins will be scheduled 6, 12, 24 and 36 months after the founding date.</translation>
    </message>
    <message>
        <source>Structure founded on</source>
        <translation>Structure founded on</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Projects discussed</source>
        <translation>Projects discussed</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>End of the meeting: invitees not marked are recorded as absent.</source>
        <translation>End of the meeting: invitees not marked are recorded as absent.</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Minutes (Word)…</source>
        <translation>Minutes (Word)…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Minutes (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (LibreOffice)…</source>
        <translation>Minutes (LibreOffice)…</translation>
    </message>
    <message>
        <source>Record of decisions (Word)…</source>
        <translation>Record of decisions (Word)…</translation>
    </message>
    <message>
        <source>Attendance sheet to sign (PDF)…</source>
        <translation>Attendance sheet to sign (PDF)…</translation>
    </message>
    <message>
        <source>Invitation (calendar)…</source>
        <translation>Invitation (calendar)…</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <source>Print the attendance sheet…</source>
        <translation>Print the attendance sheet…</translation>
    </message>
    <message>
        <source>Print the record of decisions…</source>
        <translation>Print the record of decisions…</translation>
    </message>
    <message>
        <source>Next meeting ›</source>
        <translation>Next meeting ›</translation>
    </message>
    <message>
        <source>Instance settings…</source>
        <translation>Instance settings…</translation>
    </message>
    <message>
        <source>Use this meeting as the instance&apos;s model</source>
        <translation>Use this meeting as the instance&apos;s model</translation>
    </message>
    <message>
        <source>Delete this meeting…</source>
        <translation>Delete this meeting…</translation>
    </message>
    <message>
        <source>Meeting closed: {count} invitee(s) not marked recorded as absent.</source>
        <translation>Meeting closed: {count} invitee(s) not marked recorded as absent.</translation>
    </message>
    <message>
        <source>Minutes circulated: this version is kept in the history.</source>
        <translation>Minutes circulated: this version is kept in the history.</translation>
    </message>
    <message>
        <source>Minutes approved: they are now frozen.</source>
        <translation>Minutes approved: they are now frozen.</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting approved at this meeting.</source>
        <translation>Minutes of the previous meeting approved at this meeting.</translation>
    </message>
    <message>
        <source>New version opened: the approved one stays in the history.</source>
        <translation>New version opened: the approved one stays in the history.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <source>Export the record of decisions</source>
        <translation>Export the record of decisions</translation>
    </message>
    <message>
        <source>Export the attendance sheet</source>
        <translation>Export the attendance sheet</translation>
    </message>
    <message>
        <source>Export the invitation</source>
        <translation>Export the invitation</translation>
    </message>
    <message>
        <source>The next meetings of {series} will start with this agenda and these invitees.</source>
        <translation>The next meetings of {series} will start with this agenda and these invitees.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or create one.</source>
        <translation>Choose a meeting in the list, or create one.</translation>
    </message>
    <message>
        <source>Approve them now</source>
        <translation>Approve them now</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Decisions and actions</translation>
    </message>
    <message>
        <source>Minutes history</source>
        <translation>Minutes history</translation>
    </message>
    <message>
        <source>Attendance ({count})</source>
        <translation>Attendance ({count})</translation>
    </message>
    <message>
        <source>The minutes were approved on {date}: they are frozen. Use “New version” to change them (the approved version stays in the history).</source>
        <translation>The minutes were approved on {date}: they are frozen. Use “New version” to change them (the approved version stays in the history).</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>No instance</translation>
    </message>
    <message>
        <source>Minutes: {status}</source>
        <translation>Minutes: {status}</translation>
    </message>
    <message>
        <source>Circulate again</source>
        <translation>Circulate again</translation>
    </message>
    <message>
        <source>The minutes are approved after being circulated.</source>
        <translation>The minutes are approved after being circulated.</translation>
    </message>
    <message>
        <source>Plan the next…</source>
        <translation>Plan the next…</translation>
    </message>
    <message>
        <source>This meeting belongs to no instance.</source>
        <translation>This meeting belongs to no instance.</translation>
    </message>
    <message>
        <source>Sectors: {list}</source>
        <translation>Sectors: {list}</translation>
    </message>
    <message>
        <source>Challenges: {list}</source>
        <translation>Challenges: {list}</translation>
    </message>
    <message>
        <source>Projects discussed: {list}</source>
        <translation>Projects discussed: {list}</translation>
    </message>
    <message>
        <source>Minutes circulated and waiting for approval at this meeting: {list}</source>
        <translation>Minutes circulated and waiting for approval at this meeting: {list}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>All instances</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Circulated</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>All challenges</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Words of the title or place</translation>
    </message>
    <message>
        <source>No meeting yet: plan the first one (a steering committee, a network meeting…), its invitees and its agenda.</source>
        <translation>No meeting yet: plan the first one (a steering committee, a network meeting…), its invitees and its agenda.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>{count} meeting(s)</source>
        <translation>{count} meeting(s)</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>New member of {name}</source>
        <translation>New member of {name}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MembershipForm</name>
    <message>
        <source>Membership of {name}</source>
        <translation>Membership of {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation>Kept (edited)</translation>
    </message>
    <message>
        <source>Deleted on {date}</source>
        <translation>Deleted on {date}</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy</source>
        <translation>Merge a colleague&apos;s copy</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Choose the colleague&apos;s copy</source>
        <translation>Choose the colleague&apos;s copy</translation>
    </message>
    <message>
        <source>Reading the colleague&apos;s copy…</source>
        <translation>Reading the colleague&apos;s copy…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>The backup before merging failed ({error}): nothing was merged.</source>
        <translation>The backup before merging failed ({error}): nothing was merged.</translation>
    </message>
    <message>
        <source>Merge it anyway? Every record of that file would be added.</source>
        <translation>Merge it anyway? Every record of that file would be added.</translation>
    </message>
    <message>
        <source>Really add every record of another territory to this file? A backup is made first, and restoring it undoes the merge.</source>
        <translation>Really add every record of another territory to this file? A backup is made first, and restoring it undoes the merge.</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>&amp;Merge a colleague&apos;s copy…</translation>
    </message>
</context>
<context>
    <name>MinutesHistory</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Version {version} — {status} on {date} by {who}</source>
        <translation>Version {version} — {status} on {date} by {who}</translation>
    </message>
    <message>
        <source>Not circulated yet: the minutes are a draft.</source>
        <translation>Not circulated yet: the minutes are a draft.</translation>
    </message>
    <message>
        <source>Export this version of the minutes</source>
        <translation>Export this version of the minutes</translation>
    </message>
</context>
<context>
    <name>MultiChoiceField</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Nothing chosen</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <source>Need of the financing plan</source>
        <translation>Need of the financing plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Year (optional)</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Needs of the financing plan</source>
        <translation>Needs of the financing plan</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Add a need…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Investment: &lt;b&gt;{investment}&lt;/b&gt; · Operating: &lt;b&gt;{operating}&lt;/b&gt; · Total: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Investment: &lt;b&gt;{investment}&lt;/b&gt; · Operating: &lt;b&gt;{operating}&lt;/b&gt; · Total: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No need yet: add the project&apos;s costs.</source>
        <translation>No need yet: add the project&apos;s costs.</translation>
    </message>
    <message>
        <source>the need « {label} »</source>
        <translation>the need « {label} »</translation>
    </message>
</context>
<context>
    <name>NewMeetingForm</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>New instance, from a template…</source>
        <translation>New instance, from a template…</translation>
    </message>
    <message>
        <source>No instance (one-off meeting)</source>
        <translation>No instance (one-off meeting)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>New instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code of decision numbers</source>
        <translation>Code of decision numbers</translation>
    </message>
    <message>
        <source>Quorum (people)</source>
        <translation>Quorum (people)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>By default: instance and date</source>
        <translation>By default: instance and date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Empty: add the items in the meeting.</source>
        <translation>Empty: add the items in the meeting.</translation>
    </message>
    <message>
        <source>{count} invitee(s) from the template</source>
        <translation>{count} invitee(s) from the template</translation>
    </message>
    <message>
        <source>Instance already recorded</source>
        <translation>Instance already recorded</translation>
    </message>
    <message>
        <source>Open the existing instance</source>
        <translation>Open the existing instance</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Change the name</translation>
    </message>
    <message>
        <source>Give the new instance a name.</source>
        <translation>Give the new instance a name.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>e.g. main holder, co-founder</source>
        <translation>e.g. main holder, co-founder</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Role in the project</translation>
    </message>
    <message>
        <source>Type at least the last name or the first name.</source>
        <translation>Type at least the last name or the first name.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes of this item, saved as you type.</source>
        <translation>Notes of this item, saved as you type.</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Typing…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>My notes, typed at the same time ({time}):</source>
        <translation>My notes, typed at the same time ({time}):</translation>
    </message>
    <message>
        <source>These notes were changed elsewhere while you typed: both texts are kept, the other one first, yours below. Tidy them up.</source>
        <translation>These notes were changed elsewhere while you typed: both texts are kept, the other one first, yours below. Tidy them up.</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>Privacy notice handed on {date}</source>
        <translation>Privacy notice handed on {date}</translation>
    </message>
    <message>
        <source>Privacy notice not handed</source>
        <translation>Privacy notice not handed</translation>
    </message>
    <message>
        <source>Print the privacy notice…</source>
        <translation>Print the privacy notice…</translation>
    </message>
    <message>
        <source>Everything we hold on this person…</source>
        <translation>Everything we hold on this person…</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Print the privacy notice</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>The notice was written in {name}. This file is open read-only: the date it was handed can be noted once it is open for writing.</source>
        <translation>The notice was written in {name}. This file is open read-only: the date it was handed can be noted once it is open for writing.</translation>
    </message>
    <message>
        <source>The notice was written in {name}. Mark it as handed today?</source>
        <translation>The notice was written in {name}. Mark it as handed today?</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer of service</source>
        <translation>Offer of service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Funding instrument</source>
        <translation>Funding instrument</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Leave empty when the offer covers the structure&apos;s whole territory.</source>
        <translation>Leave empty when the offer covers the structure&apos;s whole territory.</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <source>Add an offer…</source>
        <translation>Add an offer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <source>e.g. Marie Durand</source>
        <translation>e.g. Marie Durand</translation>
    </message>
    <message>
        <source>e.g. SSE project officer</source>
        <translation>e.g. SSE project officer</translation>
    </message>
    <message>
        <source>e.g. m.durand@mairie-exemple.fr</source>
        <translation>e.g. m.durand@mairie-exemple.fr</translation>
    </message>
    <message>
        <source>e.g. 04 75 00 00 00</source>
        <translation>e.g. 04 75 00 00 00</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kept on this computer, for your user account only, not in the shared file: your name signs your changes and is the referent of the projects you open.</source>
        <translation>Kept on this computer, for your user account only, not in the shared file: your name signs your changes and is the referent of the projects you open.</translation>
    </message>
    <message>
        <source>Your name is needed to sign changes.</source>
        <translation>Your name is needed to sign changes.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who you are</source>
        <translation>Who you are</translation>
    </message>
    <message>
        <source>Your name signs your changes and is the referent of the projects you open.</source>
        <translation>Your name signs your changes and is the referent of the projects you open.</translation>
    </message>
</context>
<context>
    <name>OrganisationChooser</name>
    <message>
        <source>No structure of the directory offers this yet.</source>
        <translation>No structure of the directory offers this yet.</translation>
    </message>
    <message>
        <source>Or another structure of the directory:</source>
        <translation>Or another structure of the directory:</translation>
    </message>
    <message>
        <source>fits at {score} %</source>
        <translation>fits at {score} %</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Offer of service</source>
        <translation>Offer of service</translation>
    </message>
    <message>
        <source>No offer recorded.</source>
        <translation>No offer recorded.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>No person recorded.</source>
        <translation>No person recorded.</translation>
    </message>
    <message>
        <source>Former people</source>
        <translation>Former people</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New structure</source>
        <translation>New structure</translation>
    </message>
    <message>
        <source>Structure: {name}</source>
        <translation>Structure: {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation>Where and for whom</translation>
    </message>
    <message>
        <source>Territory covered</source>
        <translation>Territory covered</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Offer of service</source>
        <translation>Offer of service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open the existing structure</source>
        <translation>Open the existing structure</translation>
    </message>
    <message>
        <source>Leave this form without saving and open the existing structure?</source>
        <translation>Leave this form without saving and open the existing structure?</translation>
    </message>
    <message>
        <source>Structure already recorded</source>
        <translation>Structure already recorded</translation>
    </message>
    <message>
        <source>Open the existing fiche</source>
        <translation>Open the existing fiche</translation>
    </message>
    <message>
        <source>Correct the SIRET</source>
        <translation>Correct the SIRET</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Guide of structures…</source>
        <translation>Guide of structures…</translation>
    </message>
    <message>
        <source>A handout for a project holder: who can help, for a need, a stage, a commune</source>
        <translation>A handout for a project holder: who can help, for a need, a stage, a commune</translation>
    </message>
    <message>
        <source>New structure…</source>
        <translation>New structure…</translation>
    </message>
    <message>
        <source>No structure in the directory yet: add the first one, or bring your whole list with File ▸ Import into the directory.</source>
        <translation>No structure in the directory yet: add the first one, or bring your whole list with File ▸ Import into the directory.</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>{count} structure</source>
        <translation>{count} structure</translation>
    </message>
    <message>
        <source>{count} structures</source>
        <translation>{count} structures</translation>
    </message>
    <message>
        <source>Name, acronym, SIRET, e-mail…</source>
        <translation>Name, acronym, SIRET, e-mail…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Any service</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Covers the commune</source>
        <translation>Covers the commune</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>OverrideForm</name>
    <message>
        <source>Declare eligible</source>
        <translation>Declare eligible</translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation>Rules not met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Partner structure to add</source>
        <translation>Partner structure to add</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Add the partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Remove the partner</source>
        <translation>Remove the partner</translation>
    </message>
    <message>
        <source>« {name} » is already a partner of this application.</source>
        <translation>« {name} » is already a partner of this application.</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Carry again…</source>
        <translation>Carry again…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Open items: this meeting belongs to no instance.</source>
        <translation>Open items: this meeting belongs to no instance.</translation>
    </message>
    <message>
        <source>No open action carried from earlier meetings.</source>
        <translation>No open action carried from earlier meetings.</translation>
    </message>
    <message>
        <source>Open items: {open} open action(s) from earlier meetings</source>
        <translation>Open items: {open} open action(s) from earlier meetings</translation>
    </message>
    <message>
        <source>Open items: {open} open action(s) from earlier meetings, {closed} closed since</source>
        <translation>Open items: {open} open action(s) from earlier meetings, {closed} closed since</translation>
    </message>
    <message>
        <source>This action is closed: reopen it to carry it again.</source>
        <translation>This action is closed: reopen it to carry it again.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Erase this person permanently…</source>
        <translation>Erase this person permanently…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>No contact yet: add the people you work with, or import them with File ▸ Import into the directory (a spreadsheet or vCards).</source>
        <translation>No contact yet: add the people you work with, or import them with File ▸ Import into the directory (a spreadsheet or vCards).</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>{count} person</source>
        <translation>{count} person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>Name, e-mail…</source>
        <translation>Name, e-mail…</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>former people too</source>
        <translation>former people too</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Contacts of structures</source>
        <translation>Contacts of structures</translation>
    </message>
    <message>
        <source>Other people (project holders…)</source>
        <translation>Other people (project holders…)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Do not contact any more, since {date}</source>
        <translation>Do not contact any more, since {date}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Current jobs</source>
        <translation>Current jobs</translation>
    </message>
    <message>
        <source>No current job.</source>
        <translation>No current job.</translation>
    </message>
    <message>
        <source>Former jobs</source>
        <translation>Former jobs</translation>
    </message>
    <message>
        <source>Projects carried</source>
        <translation>Projects carried</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type at least the last name or the first name.</source>
        <translation>Type at least the last name or the first name.</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Open the existing person</translation>
    </message>
    <message>
        <source>Leave this form without saving and open the existing person?</source>
        <translation>Leave this form without saving and open the existing person?</translation>
    </message>
    <message>
        <source>Do not contact any more (objection)</source>
        <translation>Do not contact any more (objection)</translation>
    </message>
    <message>
        <source>Since when? Type the date the person objected.</source>
        <translation>Since when? Type the date the person objected.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <source>e.g. Commune de Privas, represented by its mayor</source>
        <translation>e.g. Commune de Privas, represented by its mayor</translation>
    </message>
    <message>
        <source>e.g. dpo@cdg07.fr</source>
        <translation>e.g. dpo@cdg07.fr</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Controller&apos;s address</source>
        <translation>Controller&apos;s address</translation>
    </message>
    <message>
        <source>Data protection officer (e-mail or address)</source>
        <translation>Data protection officer (e-mail or address)</translation>
    </message>
    <message>
        <source>The processing</source>
        <translation>The processing</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>A closed or abandoned project is kept for</source>
        <translation>A closed or abandoned project is kept for</translation>
    </message>
    <message>
        <source>A person with no open project nor current job is kept for</source>
        <translation>A person with no open project nor current job is kept for</translation>
    </message>
    <message>
        <source>These texts are printed on the privacy notice handed to project holders and on the processing register: check them with your data protection officer.</source>
        <translation>These texts are printed on the privacy notice handed to project holders and on the processing register: check them with your data protection officer.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Personal &amp;data (GDPR)…</source>
        <translation>Personal &amp;data (GDPR)…</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Without a project</source>
        <translation>Without a project</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>Choose a project in the list, or create one.</source>
        <translation>Choose a project in the list, or create one.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <source>Mark as created…</source>
        <translation>Mark as created…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Project sheet (DOCX, PDF)…</source>
        <translation>Project sheet (DOCX, PDF)…</translation>
    </message>
    <message>
        <source>This project&apos;s follow-ups (.ics)…</source>
        <translation>This project&apos;s follow-ups (.ics)…</translation>
    </message>
    <message>
        <source>Print the project sheet…</source>
        <translation>Print the project sheet…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>created on {date}</source>
        <translation>created on {date}</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <source>Carried by {names}</source>
        <translation>Carried by {names}</translation>
    </message>
    <message>
        <source>No project holder recorded yet.</source>
        <translation>No project holder recorded yet.</translation>
    </message>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation>Last changed {when} by {who}</translation>
    </message>
    <message>
        <source>This project is already marked as created.</source>
        <translation>This project is already marked as created.</translation>
    </message>
    <message>
        <source>This part of the file cannot be read: {error}</source>
        <translation>This part of the file cannot be read: {error}</translation>
    </message>
    <message>
        <source>{months} months: {date}</source>
        <translation>{months} months: {date}</translation>
    </message>
    <message>
        <source>Post-creation check-ins scheduled — {dates}.</source>
        <translation>Post-creation check-ins scheduled — {dates}.</translation>
    </message>
</context>
<context>
    <name>ProjectExports</name>
    <message>
        <source>Export the project sheet</source>
        <translation>Export the project sheet</translation>
    </message>
    <message>
        <source>Writing the project sheet…</source>
        <translation>Writing the project sheet…</translation>
    </message>
    <message>
        <source>Export the liaison sheet</source>
        <translation>Export the liaison sheet</translation>
    </message>
    <message>
        <source>Writing the liaison sheet…</source>
        <translation>Writing the liaison sheet…</translation>
    </message>
    <message>
        <source>Export the follow-ups to a calendar</source>
        <translation>Export the follow-ups to a calendar</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
</context>
<context>
    <name>ProjectFieldsView</name>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Project holder</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Edit the project</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Legal status (envisaged or actual)</source>
        <translation>Legal status (envisaged or actual)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Structure founded on</source>
        <translation>Structure founded on</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Jobs planned</source>
        <translation>Jobs planned</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <source>Project holders</source>
        <translation>Project holders</translation>
    </message>
    <message>
        <source>Log the first welcome (accueil) on the first contact date</source>
        <translation>Log the first welcome (accueil) on the first contact date</translation>
    </message>
    <message>
        <source>First welcome</source>
        <translation>First welcome</translation>
    </message>
</context>
<context>
    <name>ProjectLinkForm</name>
    <message>
        <source>Link a project to {name}</source>
        <translation>Link a project to {name}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Follow-ups calendar (.ics)…</source>
        <translation>Follow-ups calendar (.ics)…</translation>
    </message>
    <message>
        <source>All open follow-ups, for Outlook, Thunderbird or Google Calendar</source>
        <translation>All open follow-ups, for Outlook, Thunderbird or Google Calendar</translation>
    </message>
    <message>
        <source>Name, reference or description…</source>
        <translation>Name, reference or description…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>All challenges</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>No project yet: open the first one when you welcome a project holder (their idea, the first interview).</source>
        <translation>No project yet: open the first one when you welcome a project holder (their idea, the first interview).</translation>
    </message>
    <message>
        <source>(no referent)</source>
        <translation>(no referent)</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} projects</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 project</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>this file is open read-only</source>
        <translation>this file is open read-only</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {what}? It stays in the history and can be restored.</source>
        <translation>Delete {what}? It stays in the history and can be restored.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>Reload the record (your unsaved changes in this form are lost)?</source>
        <translation>Reload the record (your unsaved changes in this form are lost)?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Save the changes?</translation>
    </message>
    <message>
        <source>What you typed in this form is lost if you do not save it.</source>
        <translation>What you typed in this form is lost if you do not save it.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>No person matches « {text} ». Check the spelling, or add the person to the directory first: what you typed is kept.</source>
        <translation>No person matches « {text} ». Check the spelling, or add the person to the directory first: what you typed is kept.</translation>
    </message>
    <message>
        <source>No structure matches « {text} ». Check the spelling, or add the structure to the directory first: what you typed is kept.</source>
        <translation>No structure matches « {text} ». Check the spelling, or add the structure to the directory first: what you typed is kept.</translation>
    </message>
    <message>
        <source>No project matches « {text} ». Check the spelling or type its reference (P-2026-…): what you typed is kept.</source>
        <translation>No project matches « {text} ». Check the spelling or type its reference (P-2026-…): what you typed is kept.</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or leave the field empty.</source>
        <translation>Choose an entry from the list, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>Check the replacements</source>
        <translation>Check the replacements</translation>
    </message>
    <message>
        <source>The anonymised sheet replaces these texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</source>
        <translation>The anonymised sheet replaces these texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</translation>
    </message>
    <message>
        <source>No name, phone, e-mail, link or address was found in the texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</source>
        <translation>No name, phone, e-mail, link or address was found in the texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text found</source>
        <translation>Text found</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferentForm</name>
    <message>
        <source>New referent of {name}</source>
        <translation>New referent of {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Orient</source>
        <translation>Orient</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Consent of the project holder</source>
        <translation>Consent of the project holder</translation>
    </message>
    <message>
        <source>Without consent, the liaison sheet carries the project&apos;s reference only: no name, no contact details.</source>
        <translation>Without consent, the liaison sheet carries the project&apos;s reference only: no name, no contact details.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>orally</source>
        <translation>orally</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>signed form</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Consent of the project holder</source>
        <translation>Consent of the project holder</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>A sent orientation cannot go back to proposed.</source>
        <translation>A sent orientation cannot go back to proposed.</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Reason / outcome</source>
        <translation>Reason / outcome</translation>
    </message>
    <message>
        <source>Orient…</source>
        <translation>Orient…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Liaison sheet…</source>
        <translation>Liaison sheet…</translation>
    </message>
    <message>
        <source>For the structure: only what the project holder agreed to transmit</source>
        <translation>For the structure: only what the project holder agreed to transmit</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the liaison sheet</source>
        <translation>Print the liaison sheet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} orientations, {taken} taken on</source>
        <translation>{count} orientations, {taken} taken on</translation>
    </message>
    <message>
        <source>No orientation yet.</source>
        <translation>No orientation yet.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
    <message>
        <source>Processing &amp;register…</source>
        <translation>Processing &amp;register…</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>This workshop is {state}.</source>
        <translation>This workshop is {state}.</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Or a name typed</source>
        <translation>Or a name typed</translation>
    </message>
    <message>
        <source>Workshop full</source>
        <translation>Workshop full</translation>
    </message>
    <message>
        <source>This workshop is {state}. Register all the same?</source>
        <translation>This workshop is {state}. Register all the same?</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
</context>
<context>
    <name>RegistrationsTable</name>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Not noted</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Excused</source>
        <translation>&amp;Excused</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Key {key} in the list</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Unregister</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} excused</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} absent</translation>
    </message>
    <message>
        <source>satisfaction {mean} / 5</source>
        <translation>satisfaction {mean} / 5</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>new project holders</source>
        <translation>new project holders</translation>
    </message>
    <message>
        <source>project holders supported</source>
        <translation>project holders supported</translation>
    </message>
    <message>
        <source>projects followed</source>
        <translation>projects followed</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>taken on by the structure</source>
        <translation>taken on by the structure</translation>
    </message>
    <message>
        <source>funding obtained</source>
        <translation>funding obtained</translation>
    </message>
    <message>
        <source>leverage of the commune&apos;s euro</source>
        <translation>leverage of the commune&apos;s euro</translation>
    </message>
    <message>
        <source>structures created</source>
        <translation>structures created</translation>
    </message>
    <message>
        <source>jobs created</source>
        <translation>jobs created</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>meetings held</translation>
    </message>
    <message>
        <source>Key figures, {period} (compared with {previous})</source>
        <translation>Key figures, {period} (compared with {previous})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The report could not be written</source>
        <translation>The report could not be written</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>The council&apos;s activity report: people welcomed, projects, referrals, funding, jobs, meetings, compared with the previous period. Anonymised by default: no names, counts under 3 people shown as “&lt; 3”.</source>
        <translation>The council&apos;s activity report: people welcomed, projects, referrals, funding, jobs, meetings, compared with the previous period. Anonymised by default: no names, counts under 3 people shown as “&lt; 3”.</translation>
    </message>
    <message>
        <source>Preview the key figures</source>
        <translation>Preview the key figures</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>First semester</source>
        <translation>First semester</translation>
    </message>
    <message>
        <source>Second semester</source>
        <translation>Second semester</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Only the communes ticked below</source>
        <translation>Only the communes ticked below</translation>
    </message>
    <message>
        <source>No commune to choose: the file&apos;s territory is not set and no project names its commune yet.</source>
        <translation>No commune to choose: the file&apos;s territory is not set and no project names its commune yet.</translation>
    </message>
    <message>
        <source>Set up the territory…</source>
        <translation>Set up the territory…</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Nominative annex (restricted use)</source>
        <translation>Nominative annex (restricted use)</translation>
    </message>
    <message>
        <source>Adds the list of projects with their holders&apos; names: do not circulate it.</source>
        <translation>Adds the list of projects with their holders&apos; names: do not circulate it.</translation>
    </message>
    <message>
        <source>Invalid period</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Export the activity report</source>
        <translation>Export the activity report</translation>
    </message>
    <message>
        <source>Writing the activity report…</source>
        <translation>Writing the activity report…</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Annual retention review</source>
        <translation>Annual retention review</translation>
    </message>
    <message>
        <source>Dossiers and people to review</source>
        <translation>Dossiers and people to review</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Why it is due</source>
        <translation>Why it is due</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Reason for keeping</source>
        <translation>Reason for keeping</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Delete these backups…</translation>
    </message>
    <message>
        <source>Closed or abandoned projects are kept {projects} years after their last activity, people with no live link {people} years after their last update (Territory settings). {count} records are due: keep them (with a reason) or purge them. A purged project keeps its figures; its names and texts go.</source>
        <translation>Closed or abandoned projects are kept {projects} years after their last activity, people with no live link {people} years after their last update (Territory settings). {count} records are due: keep them (with a reason) or purge them. A purged project keeps its figures; its names and texts go.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tick « Keep » or « Purge » on a line first.</source>
        <translation>Tick « Keep » or « Purge » on a line first.</translation>
    </message>
    <message>
        <source>Say why each kept record is kept.</source>
        <translation>Say why each kept record is kept.</translation>
    </message>
    <message>
        <source>{projects} projects will be anonymised, {people} people erased and {kept} records kept. Anonymised data cannot be brought back. Continue?</source>
        <translation>{projects} projects will be anonymised, {people} people erased and {kept} records kept. Anonymised data cannot be brought back. Continue?</translation>
    </message>
    <message>
        <source>{kept} kept, {purged} purged.</source>
        <translation>{kept} kept, {purged} purged.</translation>
    </message>
    <message>
        <source>Delete the {count} backups that still hold the purged data? Earlier states of the file can then no longer be restored from them.</source>
        <translation>Delete the {count} backups that still hold the purged data? Earlier states of the file can then no longer be restored from them.</translation>
    </message>
    <message>
        <source>Annual re&amp;tention review…</source>
        <translation>Annual re&amp;tention review…</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Jury member</source>
        <translation>Jury member</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <source>Save the grid</source>
        <translation>Save the grid</translation>
    </message>
    <message>
        <source>Add the jury members of the call to fill their grids.</source>
        <translation>Add the jury members of the call to fill their grids.</translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>Score « {criterion} », {candidature}</source>
        <translation>Score « {criterion} », {candidature}</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflict of interest, {candidature}</source>
        <translation>Conflict of interest, {candidature}</translation>
    </message>
    <message>
        <source>Comment, {candidature}</source>
        <translation>Comment, {candidature}</translation>
    </message>
    <message>
        <source>No candidature to score in this call yet.</source>
        <translation>No candidature to score in this call yet.</translation>
    </message>
    <message>
        <source>The call has no criteria yet: add them to score.</source>
        <translation>The call has no criteria yet: add them to score.</translation>
    </message>
    <message>
        <source>The file is open read-only: the grid cannot be saved.</source>
        <translation>The file is open read-only: the grid cannot be saved.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Save the scores typed for the previous member?</source>
        <translation>Save the scores typed for the previous member?</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Search everywhere (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Search everywhere</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code of decision numbers</source>
        <translation>Code of decision numbers</translation>
    </message>
    <message>
        <source>Prefix of the decision numbers, e.g. COPIL in COPIL-2026-07.</source>
        <translation>Prefix of the decision numbers, e.g. COPIL in COPIL-2026-07.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quorum (people)</source>
        <translation>Quorum (people)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Territory settings</source>
        <translation>Territory settings</translation>
    </message>
    <message>
        <source>Territory and documents</source>
        <translation>Territory and documents</translation>
    </message>
    <message>
        <source>You (this computer)</source>
        <translation>You (this computer)</translation>
    </message>
    <message>
        <source>Delays and backups</source>
        <translation>Delays and backups</translation>
    </message>
    <message>
        <source>Territory: {name}, {communes}.</source>
        <translation>Territory: {name}, {communes}.</translation>
    </message>
    <message>
        <source>No territory chosen yet: the activity report has no communes.</source>
        <translation>No territory chosen yet: the activity report has no communes.</translation>
    </message>
    <message>
        <source>Territory set-up assistant…</source>
        <translation>Territory set-up assistant…</translation>
    </message>
    <message>
        <source>Lists and local challenges…</source>
        <translation>Lists and local challenges…</translation>
    </message>
    <message>
        <source>Legal forms, sectors, stages, services… and the local challenges</source>
        <translation>Legal forms, sectors, stages, services… and the local challenges</translation>
    </message>
    <message>
        <source>e.g. Communauté de communes du Val d&apos;Eyrieux</source>
        <translation>e.g. Communauté de communes du Val d&apos;Eyrieux</translation>
    </message>
    <message>
        <source>empty: the e-mail of whoever sends them</source>
        <translation>empty: the e-mail of whoever sends them</translation>
    </message>
    <message>
        <source>Meeting invitations name this address as their organiser, so replies reach it; empty, each officer&apos;s own e-mail (tab « You ») is used, and without any, the calendar file only publishes the meeting.</source>
        <translation>Meeting invitations name this address as their organiser, so replies reach it; empty, each officer&apos;s own e-mail (tab « You ») is used, and without any, the calendar file only publishes the meeting.</translation>
    </message>
    <message>
        <source>Name on documents</source>
        <translation>Name on documents</translation>
    </message>
    <message>
        <source>Invitations&apos; organiser e-mail</source>
        <translation>Invitations&apos; organiser e-mail</translation>
    </message>
    <message>
        <source>Project holders</source>
        <translation>Project holders</translation>
    </message>
    <message>
        <source>An orientation is without answer after</source>
        <translation>An orientation is without answer after</translation>
    </message>
    <message>
        <source>A project is without news after</source>
        <translation>A project is without news after</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation>Most recent</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>One per day, for</source>
        <translation>One per day, for</translation>
    </message>
    <message>
        <source>One per week, for</source>
        <translation>One per week, for</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>One per month, for</source>
        <translation>One per month, for</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>In anonymised documents, a count of fewer people than this is shown « &lt; N », and the cells that would give it back by subtraction are withheld too.</source>
        <translation>In anonymised documents, a count of fewer people than this is shown « &lt; N », and the cells that would give it back by subtraction are withheld too.</translation>
    </message>
    <message>
        <source>Statistical secrecy</source>
        <translation>Statistical secrecy</translation>
    </message>
    <message>
        <source>Statistical secrecy threshold</source>
        <translation>Statistical secrecy threshold</translation>
    </message>
    <message>
        <source>Applied at the next start of the application. Documents stay in French, the commune&apos;s language.</source>
        <translation>Applied at the next start of the application. Documents stay in French, the commune&apos;s language.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>The new language will be used at the next start of the application.</source>
        <translation>The new language will be used at the next start of the application.</translation>
    </message>
    <message>
        <source>Your details could not be saved on this computer: {error}</source>
        <translation>Your details could not be saved on this computer: {error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Territory &amp;settings…</source>
        <translation>Territory &amp;settings…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Backup in progress…</source>
        <translation>Backup in progress…</translation>
    </message>
    <message>
        <source>The file lives on a network share or a removable drive: you work on a copy on this PC, saved back to it half a minute after each change, on closing, and now.</source>
        <translation>The file lives on a network share or a removable drive: you work on a copy on this PC, saved back to it half a minute after each change, on closing, and now.</translation>
    </message>
    <message>
        <source>Save to the &amp;share</source>
        <translation>Save to the &amp;share</translation>
    </message>
    <message>
        <source>Saved to the share.</source>
        <translation>Saved to the share.</translation>
    </message>
    <message>
        <source>Save to the share</source>
        <translation>Save to the share</translation>
    </message>
    <message>
        <source>Saving to the share…</source>
        <translation>Saving to the share…</translation>
    </message>
    <message>
        <source>A colleague saved the shared file</source>
        <translation>A colleague saved the shared file</translation>
    </message>
    <message>
        <source>{name} was saved on the share by someone else since you opened it. Nothing was overwritten: their changes will now be merged with yours, then the result saved.</source>
        <translation>{name} was saved on the share by someone else since you opened it. Nothing was overwritten: their changes will now be merged with yours, then the result saved.</translation>
    </message>
    <message>
        <source>Reading the shared file…</source>
        <translation>Reading the shared file…</translation>
    </message>
    <message>
        <source>Backing up, then merging…</source>
        <translation>Backing up, then merging…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Changes not saved to the share</source>
        <translation>Changes not saved to the share</translation>
    </message>
    <message>
        <source>Your changes could not be saved to {path}. They are kept on this PC and will be saved the next time you open this file. Close anyway?</source>
        <translation>Your changes could not be saved to {path}. They are kept on this PC and will be saved the next time you open this file. Close anyway?</translation>
    </message>
    <message>
        <source>a colleague saved it too: File ▸ Save to the share merges</source>
        <translation>a colleague saved it too: File ▸ Save to the share merges</translation>
    </message>
    <message>
        <source>the share cannot be reached, changes kept on this PC</source>
        <translation>the share cannot be reached, changes kept on this PC</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} at {time}</translation>
    </message>
</context>
<context>
    <name>SheetOptions</name>
    <message>
        <source>Project sheet</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>Nominative (names and contact details)</source>
        <translation>Nominative (names and contact details)</translation>
    </message>
    <message>
        <source>Anonymised, for a jury or a committee (reference instead of names)</source>
        <translation>Anonymised, for a jury or a committee (reference instead of names)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>On its screen</source>
        <translation>On its screen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>The keys of the window and of the screens opened so far. F1 opens the user guide at the page of the section in view.</source>
        <translation>The keys of the window and of the screens opened so far. F1 opens the user guide at the page of the section in view.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SilentDaysField</name>
    <message>
        <source>No news for</source>
        <translation>No news for</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The file could not be used</source>
        <translation>The file could not be used</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>The file is busy ({holder}): trying again…</source>
        <translation>The file is busy ({holder}): trying again…</translation>
    </message>
    <message>
        <source>The file is busy: trying again…</source>
        <translation>The file is busy: trying again…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>SubmissionForm</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Create it in the case log</source>
        <translation>Create it in the case log</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>New project&apos;s name</source>
        <translation>New project&apos;s name</translation>
    </message>
    <message>
        <source>New project&apos;s sector</source>
        <translation>New project&apos;s sector</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Lead structure</source>
        <translation>Lead structure</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>The application</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>Amount asked</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>SubmissionsTab</name>
    <message>
        <source>Declared eligible</source>
        <translation>Declared eligible</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible ({n})</source>
        <translation>Not eligible ({n})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation>Check eligibility</translation>
    </message>
    <message>
        <source>Declare eligible…</source>
        <translation>Declare eligible…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>{count} application(s), {eligible} eligible</source>
        <translation>{count} application(s), {eligible} eligible</translation>
    </message>
    <message>
        <source>Declared eligible: {reason}</source>
        <translation>Declared eligible: {reason}</translation>
    </message>
    <message>
        <source>Select an application to see why it is or is not eligible.</source>
        <translation>Select an application to see why it is or is not eligible.</translation>
    </message>
    <message>
        <source>{project} — received {date}, {words}.</source>
        <translation>{project} — received {date}, {words}.</translation>
    </message>
    <message>
        <source>Checked: {eligible} eligible, {ineligible} not eligible.</source>
        <translation>Checked: {eligible} eligible, {ineligible} not eligible.</translation>
    </message>
    <message>
        <source>Withdraw the application of {project}? It stays listed as withdrawn.</source>
        <translation>Withdraw the application of {project}? It stays listed as withdrawn.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Names separated by commas</source>
        <translation>Names separated by commas</translation>
    </message>
</context>
<context>
    <name>TerritoryAssistant</name>
    <message>
        <source>Territory set-up assistant</source>
        <translation>Territory set-up assistant</translation>
    </message>
    <message>
        <source>Territory: &lt;b&gt;{name}&lt;/b&gt;, {communes}.</source>
        <translation>Territory: &lt;b&gt;{name}&lt;/b&gt;, {communes}.</translation>
    </message>
    <message>
        <source>Officer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Officer: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Logo: {logo}. Word template: {template}.</source>
        <translation>Logo: {logo}. Word template: {template}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Then, from the dashboard:&lt;ol&gt;&lt;li&gt;import your directory of partners (a spreadsheet or vCards);&lt;/li&gt;&lt;li&gt;welcome a first project holder;&lt;/li&gt;&lt;li&gt;plan a meeting (a COPIL, a committee).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>Then, from the dashboard:&lt;ol&gt;&lt;li&gt;import your directory of partners (a spreadsheet or vCards);&lt;/li&gt;&lt;li&gt;welcome a first project holder;&lt;/li&gt;&lt;li&gt;plan a meeting (a COPIL, a committee).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TerritoryField</name>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>région</source>
        <translation>région</translation>
    </message>
    <message>
        <source>intercommunality</source>
        <translation>intercommunality</translation>
    </message>
    <message>
        <source>Add a commune, a département or a région</source>
        <translation>Add a commune, a département or a région</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose the commune, département or région from the list, or clear the text.</source>
        <translation>Choose the commune, département or région from the list, or clear the text.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>Your territory</source>
        <translation>Your territory</translation>
    </message>
    <message>
        <source>Type the name of your commune or intercommunality (communauté de communes, d&apos;agglomération…), then choose it in the list.</source>
        <translation>Type the name of your commune or intercommunality (communauté de communes, d&apos;agglomération…), then choose it in the list.</translation>
    </message>
    <message>
        <source>e.g. Privas, Ardèche, Val d&apos;Eyrieux…</source>
        <translation>e.g. Privas, Ardèche, Val d&apos;Eyrieux…</translation>
    </message>
    <message>
        <source>Communes and intercommunalities found</source>
        <translation>Communes and intercommunalities found</translation>
    </message>
    <message>
        <source>Communes of the territory</source>
        <translation>Communes of the territory</translation>
    </message>
    <message>
        <source>Name on documents</source>
        <translation>Name on documents</translation>
    </message>
    <message>
        <source>{name} — {nature}, {count} communes</source>
        <translation>{name} — {nature}, {count} communes</translation>
    </message>
    <message>
        <source>{name} — commune ({code})</source>
        <translation>{name} — commune ({code})</translation>
    </message>
    <message>
        <source>No commune or intercommunality has this name.</source>
        <translation>No commune or intercommunality has this name.</translation>
    </message>
    <message>
        <source>{name}: its communes are ticked; untick those your mission does not cover.</source>
        <translation>{name}: its communes are ticked; untick those your mission does not cover.</translation>
    </message>
    <message>
        <source>{name}: the other communes of its intercommunality are listed, to tick if your mission covers them.</source>
        <translation>{name}: the other communes of its intercommunality are listed, to tick if your mission covers them.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Met: {names}</source>
        <translation>Met: {names}</translation>
    </message>
    <message>
        <source>Structures: {names}</source>
        <translation>Structures: {names}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Service offer</source>
        <translation>Service offer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Project holder</translation>
    </message>
    <message>
        <source>Case log entry</source>
        <translation>Case log entry</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Funding request</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitee</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Local challenge</source>
        <translation>Local challenge</translation>
    </message>
    <message>
        <source>List value</source>
        <translation>List value</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>(with {count} linked items)</source>
        <translation>(with {count} linked items)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{count} deleted items</source>
        <translation>{count} deleted items</translation>
    </message>
    <message>
        <source>Brings the selected records back, with what was deleted with them.</source>
        <translation>Brings the selected records back, with what was deleted with them.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No territory file is open</source>
        <translation>No territory file is open</translation>
    </message>
    <message>
        <source>Open the territory file your colleagues share with you, create a new one, or try the app on the demonstration territory.</source>
        <translation>Open the territory file your colleagues share with you, create a new one, or try the app on the demonstration territory.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <source>Open the demonstration territory</source>
        <translation>Open the demonstration territory</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopDetail</name>
    <message>
        <source>Choose a workshop in the list.</source>
        <translation>Choose a workshop in the list.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>Export the registrations…</source>
        <translation>Export the registrations…</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Cancel the workshop</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Theme: {theme}</translation>
    </message>
    <message>
        <source>Trainer: {who}</source>
        <translation>Trainer: {who}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>This workshop is already cancelled.</source>
        <translation>This workshop is already cancelled.</translation>
    </message>
    <message>
        <source>A cancelled workshop takes no registration.</source>
        <translation>A cancelled workshop takes no registration.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Export the registrations</source>
        <translation>Export the registrations</translation>
    </message>
</context>
<context>
    <name>WorkshopExtras</name>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Trainer and places</source>
        <translation>Trainer and places</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Trainer&apos;s organisation</source>
        <translation>Trainer&apos;s organisation</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation>Capacity (places)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Local challenges</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>All challenges</translation>
    </message>
    <message>
        <source>Words of the title, theme or place</source>
        <translation>Words of the title, theme or place</translation>
    </message>
    <message>
        <source>No workshop yet: plan the first one (a training on the business plan, a session on cooperatives…) and register the porteurs.</source>
        <translation>No workshop yet: plan the first one (a training on the business plan, a session on cooperatives…) and register the porteurs.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>{count} workshop(s)</source>
        <translation>{count} workshop(s)</translation>
    </message>
</context>
</TS>
