<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ketong::AccessControl</name>
    <message>
        <source>You do not have the right &quot;%1&quot; (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a %1 may %2</source>
        <translation></translation>
    </message>
    <message>
        <source> or </source>
        <translation></translation>
    </message>
    <message>
        <source>%1 belongs to another account manager</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ActivitiesDialog</name>
    <message>
        <source>Interaction records of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete interaction record</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot; of %2?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ActivityDialog</name>
    <message>
        <source>Interaction record</source>
        <translation></translation>
    </message>
    <message>
        <source>New interaction record</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ActivityService</name>
    <message>
        <source>Date is required</source>
        <translation></translation>
    </message>
    <message>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation></translation>
    </message>
    <message>
        <source>The record &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The record does not exist: someone deleted it</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AdminPages</name>
    <message>
        <source>Users</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AdministratorGuard</name>
    <message>
        <source>This change would leave no active account that can manage users, roles and rights; at least one administrator must remain</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot take away your own right to manage users, roles and rights; ask another administrator</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AppController</name>
    <message>
        <source>Ketong CRM</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo company could not be created: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgrade the database</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Upgrade it now? A backup copy is made first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database was upgraded to version %1. The backup is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Ask the administrator to upgrade the database.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AssignDialog</name>
    <message>
        <source>Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the account manager who will develop this chance. The assignment time is set automatically. The chance then appears in that manager&apos;s development plans.</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign sales chance</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation></translation>
    </message>
    <message>
        <source>(choose an account manager)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AuditChangesView</name>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Before</source>
        <translation></translation>
    </message>
    <message>
        <source>After</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an entry to see what changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 %5</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>From:</source>
        <translation></translation>
    </message>
    <message>
        <source>To:</source>
        <translation></translation>
    </message>
    <message>
        <source>By:</source>
        <translation></translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation></translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter to see older ones.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::AuditQuery</name>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Rights changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Database created</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn postponed</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn confirmed</source>
        <translation></translation>
    </message>
    <message>
        <source>Account</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales opportunity</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn record</source>
        <translation></translation>
    </message>
    <message>
        <source>Retention measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation></translation>
    </message>
    <message>
        <source>Service handling</source>
        <translation></translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation></translation>
    </message>
    <message>
        <source>Database</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales system feed</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation></translation>
    </message>
    <message>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <source>Login</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked for (minutes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Level</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Website</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no audit entry %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>System (ketongctl, scheduled jobs)</source>
        <translation></translation>
    </message>
    <message>
        <source>(value hidden)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields (values hidden): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <comment>dict_items</comment>
        <translation></translation>
    </message>
    <message>
        <source>Customer number</source>
        <comment>customers</comment>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customers</comment>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>roles</comment>
        <translation></translation>
    </message>
    <message>
        <source>Customer level</source>
        <comment>customers</comment>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>customers</comment>
        <translation></translation>
    </message>
    <message>
        <source>Office phone</source>
        <comment>contacts</comment>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>activities</comment>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>sales_chances</comment>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <comment>sales_chances</comment>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>plan_items</comment>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>lost_records</comment>
        <translation></translation>
    </message>
    <message>
        <source>Service type</source>
        <comment>service_tickets</comment>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <comment>service_tickets</comment>
        <translation></translation>
    </message>
    <message>
        <source>Assigned at</source>
        <comment>service_tickets</comment>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>service_tickets</comment>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>feed_runs</comment>
        <translation></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation></translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation></translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation></translation>
    </message>
    <message>
        <source>Database login</source>
        <translation></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation></translation>
    </message>
    <message>
        <source>Editable</source>
        <translation></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Business licence no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation></translation>
    </message>
    <message>
        <source>Annual turnover</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation></translation>
    </message>
    <message>
        <source>Local tax no.</source>
        <translation></translation>
    </message>
    <message>
        <source>National tax no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation></translation>
    </message>
    <message>
        <source>Name for duplicate checks</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Position</source>
        <translation></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn scan run</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn confirmed on</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovered on</source>
        <translation></translation>
    </message>
    <message>
        <source>Request</source>
        <translation></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled at</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation></translation>
    </message>
    <message>
        <source>Job</source>
        <translation></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation></translation>
    </message>
    <message>
        <source>As of</source>
        <translation></translation>
    </message>
    <message>
        <source>Months without orders</source>
        <translation></translation>
    </message>
    <message>
        <source>New warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovered customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation></translation>
    </message>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>sales_chances</comment>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>service_tickets</comment>
        <translation></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn scan</source>
        <translation></translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation></translation>
    </message>
    <message>
        <source>Order line</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn warning after (months)</source>
        <translation></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales system feed: source</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales system feed: token file</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales system feed: interval (minutes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Database role prefix</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation></translation>
    </message>
    <message>
        <source>Not shipped (sales system status %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped: another run was under way</source>
        <translation></translation>
    </message>
    <message>
        <source>account #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>role #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>System</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::AuthService</name>
    <message>
        <source>Wrong login name or password</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; of this account is disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Backup</name>
    <message>
        <source>The backup file %1 already exists</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not found; install the PostgreSQL client tools</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no Ketong data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was written by a newer Ketong (schema version %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; restore needs a new file</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no backup file %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The target database is not empty; restore needs an empty database</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore a SQLite backup to a new file (ketongctl restore FILE --database sqlite:NEW.db)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a readable backup: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::BackupDialog</name>
    <message>
        <source>The backup settings are saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Database backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation></translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the last copies</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>A folder on another disk or a USB drive is safest</source>
        <translation></translation>
    </message>
    <message>
        <source>No backup has been taken yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n older copies removed.</source>
        <translation>
            <numerusform>%n older copies removed.</numerusform>
            <numerusform>%n older copies removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::BackupSchedule</name>
    <message>
        <source>On a PostgreSQL server, backups are taken on the server (ketongctl backup as the database owner, or pg_dump); see the administrator&apos;s guide</source>
        <translation></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up every 1 to %1 days (0: never)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep between 1 and %1 copies</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::BackupScheduler</name>
    <message>
        <source>Database backup…</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up the database now, or set the automatic backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::BaseDataAdminPage</name>
    <message>
        <source>Data dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales-system feed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChanceDetailView</name>
    <message>
        <source>No.:</source>
        <translation></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChanceDialog</name>
    <message>
        <source>New sales chance</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit sales chance</source>
        <translation></translation>
    </message>
    <message>
        <source>No.:</source>
        <translation></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation></translation>
    </message>
    <message>
        <source>(assigned on saving)</source>
        <translation></translation>
    </message>
    <message>
        <source>(not now)</source>
        <translation></translation>
    </message>
    <message>
        <source>0–100</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the sales chance. Fields marked ★ are required; the success rate is a whole number from 0 to 100. A new chance is unassigned until the sales director assigns it to an account manager. Only unassigned chances can be edited, by their creator or the sales director.</source>
        <translation></translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact telephone:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChanceFilterBar</name>
    <message>
        <source>Customer name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChanceOutcome</name>
    <message>
        <source>Developed successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer was developed successfully; a new customer record was added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Terminate the development of &quot;%1&quot;? The chance will be archived as failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation></translation>
    </message>
    <message>
        <source>Development failed; the chance is archived.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChanceService</name>
    <message>
        <source>The date of a plan item must be a valid date (yyyy-MM-dd)</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan item</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan item no longer exists: someone deleted it</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan item of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The result</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no development plan yet: make a plan before marking it a success</source>
        <translation></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the chance lists</comment>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>The sales chance no longer exists: someone deleted it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is assigned to another account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Archived (succeeded)</source>
        <translation></translation>
    </message>
    <message>
        <source>Archived (failed)</source>
        <translation></translation>
    </message>
    <message>
        <source>assign sales chances</source>
        <translation></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation></translation>
    </message>
    <message>
        <source>In development</source>
        <translation></translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>Development failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The sales chance &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The success rate must be a whole number from 0 to 100</source>
        <translation></translation>
    </message>
    <message>
        <source>The source</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation></translation>
    </message>
    <message>
        <source>The success rate is required</source>
        <translation></translation>
    </message>
    <message>
        <source>The contact</source>
        <translation></translation>
    </message>
    <message>
        <source>The contact&apos;s phone</source>
        <translation></translation>
    </message>
    <message>
        <source>The description</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales chances are created by a user account, not by the system</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: only an unassigned chance can be changed or deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the creator of a sales chance or the sales director may change or delete it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: only an unassigned chance can be assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: plans are made and executed only while a chance is in development</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the account manager to assign the chance to</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>The position of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The office phone of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>The administrator set your password. Choose your own before you go on: at least 8 characters, not your login name and not a common password.</source>
        <translation></translation>
    </message>
    <message>
        <source>At least 8 characters, not your login name and not a common password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChartFactory</name>
    <message numerus="yes">
        <source>Top %1 of %n customers; the others together: %2 yuan</source>
        <translation>
            <numerusform>Top %1 of %n customers; the others together: %2 yuan</numerusform>
            <numerusform>Top %1 of %n customers; the others together: %2 yuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit: 10,000 yuan</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit: yuan</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChurnClosure</name>
    <message>
        <source>Warning closed: the customer was deleted</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChurnScan</name>
    <message>
        <source>run the churn scan</source>
        <translation></translation>
    </message>
    <message>
        <source>Another churn scan is running right now; nothing was done</source>
        <translation></translation>
    </message>
    <message>
        <source>The churn threshold must be between 1 and %1 months</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChurnService</name>
    <message>
        <source>Warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Retention under way</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation></translation>
    </message>
    <message>
        <source>The churn record does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>This churn record belongs to a customer of another account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The churn record of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>record retention measures</source>
        <translation></translation>
    </message>
    <message>
        <source>The retention measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Measures can be added only to a warning or a retention under way; this record is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>confirm a customer loss</source>
        <translation></translation>
    </message>
    <message>
        <source>The reason of the loss</source>
        <translation></translation>
    </message>
    <message>
        <source>A loss can be confirmed only after a retention measure (暂缓流失); this record is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1 is no longer active</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed (customer deleted)</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1 has been deleted</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ChurnWatcher</name>
    <message>
        <source>Check churn now</source>
        <translation></translation>
    </message>
    <message>
        <source>Look for customers who have not ordered for the set number of months</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn check settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking for customer churn…</source>
        <translation></translation>
    </message>
    <message>
        <source>Another computer is checking for churn right now.</source>
        <translation></translation>
    </message>
    <message>
        <source>The churn check failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn check done: %1 new warning(s), %2 customer(s) ordered again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have open churn warnings.</source>
        <translation>
            <numerusform>%n of your customers have open churn warnings.</numerusform>
            <numerusform>%n of your customers have open churn warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record what you do to keep them (暂缓流失), or confirm a loss.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Later</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn check settings</source>
        <translation></translation>
    </message>
    <message>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <source>A customer who has not ordered for this many months gets a churn warning.
Last check: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Cli</name>
    <message>
        <source>Usage: ketongctl COMMAND [OPTIONS]</source>
        <translation></translation>
    </message>
    <message>
        <source>The command-line companion of Ketong CRM, for administrators, scheduled jobs and scripts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation></translation>
    </message>
    <message>
        <source>Every command takes --database URL (or the environment variable KETONG_DATABASE), --lang zh_CN|en and --help.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 database unreachable or newer than this program.</source>
        <translation></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation></translation>
    </message>
    <message>
        <source>ketongctl: unknown command &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CliContext</name>
    <message>
        <source>The database URL (default: $KETONG_DATABASE).</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the account&apos;s password from FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL: read the database password from FILE (else PGPASSWORD or ~/.pgpass).</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: ketongctl %1</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: ketongctl %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No database given: use --database URL or set KETONG_DATABASE</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ConflictDialog</name>
    <message>
        <source>Your unsaved values</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation></translation>
    </message>
    <message>
        <source>The form now shows the record as stored. Copy what you typed from here into it and save again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Reload shows the stored record; what you typed stays visible here so you can copy it. Cancel keeps your typing in the form without saving.</source>
        <translation></translation>
    </message>
    <message>
        <source>What you &amp;typed:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ContactDialog</name>
    <message>
        <source>Contact %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Position</source>
        <translation></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation></translation>
    </message>
    <message>
        <source>Male</source>
        <translation></translation>
    </message>
    <message>
        <source>Female</source>
        <translation></translation>
    </message>
    <message>
        <source>known</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ContactService</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose male or female</source>
        <translation></translation>
    </message>
    <message>
        <source>Position</source>
        <translation></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>The birthday lies in the future</source>
        <translation></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation></translation>
    </message>
    <message>
        <source>The contact %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The contact does not exist: someone deleted it</source>
        <translation></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation></translation>
    </message>
    <message>
        <source>Male</source>
        <translation></translation>
    </message>
    <message>
        <source>Female</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ContactsDialog</name>
    <message>
        <source>Contacts of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CsvReader</name>
    <message>
        <source>A quoted field is not closed: a double quote (&quot;) is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CsvWriter</name>
    <message>
        <source>Writing the file failed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerDialog</name>
    <message>
        <source>Customer %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation></translation>
    </message>
    <message>
        <source>Interaction records</source>
        <translation></translation>
    </message>
    <message>
        <source>History orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>similar name and same phone</source>
        <translation></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 (%3; manager %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation></translation>
    </message>
    <message>
        <source>These customers may be the same company:

%1

Save anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Zip code:</source>
        <translation></translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation></translation>
    </message>
    <message>
        <source>Business licence no.:</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation></translation>
    </message>
    <message>
        <source>Local tax no.:</source>
        <translation></translation>
    </message>
    <message>
        <source>National tax no.:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerExporter</name>
    <message>
        <source>Cannot replace %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerForm</name>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation></translation>
    </message>
    <message>
        <source>www.example.cn</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImportChecker</name>
    <message>
        <source>The import was cancelled; nothing was written</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer code %1 is also given on line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 already imports a customer named &quot;%2&quot; without a code</source>
        <translation></translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;: give the customer code to say which one</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the dictionary (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be 1 to 5 or an item of the dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1 (%2) was deleted and cannot be imported into</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the sales director gives a customer to another account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Possible duplicate: a customer with a similar name exists (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Possible duplicate: a customer with this phone exists (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Possible duplicate of the customer on line %1</source>
        <translation></translation>
    </message>
    <message>
        <source>An account manager imports only customers they manage</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImportTemplate</name>
    <message>
        <source>Cannot replace %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation></translation>
    </message>
    <message>
        <source>The import accepts only the values of this list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a value from the list; the sheet &quot;%1&quot; shows every allowed value.</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerImporter</name>
    <message>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerRules</name>
    <message>
        <source>Customer code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Website</source>
        <translation></translation>
    </message>
    <message>
        <source>Business licence No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered capital (10,000 yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Annual turnover (10,000 yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation></translation>
    </message>
    <message>
        <source>Local tax No.</source>
        <translation></translation>
    </message>
    <message>
        <source>National tax No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer source</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 may hold only letters, digits and &quot;-&quot;, at most 20</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of the dictionary (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation></translation>
    </message>
    <message>
        <source>The account manager does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) is not an account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>The account of %1 (%2) is disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be an item of the dictionary %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the dictionary %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerService</name>
    <message>
        <source>Customer code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>reassign customers</source>
        <translation></translation>
    </message>
    <message>
        <source>create or change customers</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1 is &quot;%2&quot;: only normal customers can be changed</source>
        <translation></translation>
    </message>
    <message>
        <source>An account manager creates customers they manage; the sales director may give them to another manager later</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the sales director gives a customer to another account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1 is deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is generated when the customer is saved; a legacy code comes in only through the import</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomerStore</name>
    <message>
        <source>The customer does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>My customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Created today</source>
        <translation></translation>
    </message>
    <message>
        <source>New this week</source>
        <translation></translation>
    </message>
    <message>
        <source>New this month</source>
        <translation></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed within the last 30 days, newest first</source>
        <translation></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation></translation>
    </message>
    <message>
        <source>contains</source>
        <translation></translation>
    </message>
    <message>
        <source>Normal and lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation></translation>
    </message>
    <message>
        <source>Interaction records</source>
        <translation></translation>
    </message>
    <message>
        <source>History orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the customer %1 %2? It leaves the lists; its contacts, records and orders are kept.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) now have the new account manager.</source>
        <translation>
            <numerusform>%n customer now have the new account manager.</numerusform>
            <numerusform>%n customers now have the new account manager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers.csv…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Database</name>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password</source>
        <translation></translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the database server %1:%2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no database file at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot listen for changes of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file %1 is on a network drive (%2). A Ketong database file must be on a disk of this PC: over a network share its write-ahead log does not work and it can be damaged. To share data between PCs, use the office server (PostgreSQL).</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ketong saves every change in it: make the file writable for your account (or open a copy) and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Ketong keeps its write-ahead log next to the database file: make the folder writable for your account and try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>write sqlite:///absolute/path.db or sqlite:relative/path.db</source>
        <translation></translation>
    </message>
    <message>
        <source>the file path is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the file name is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the file path may not contain &apos;?&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>it must start with sqlite: or postgresql://</source>
        <translation></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation></translation>
    </message>
    <message>
        <source>bad option &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the file path may not start with &apos;:&apos;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DbRoles</name>
    <message>
        <source>The role %1 may not create roles. Run init as the database owner made as the admin guide says (createuser --createrole ketong_owner; createdb -O ketong_owner …)</source>
        <translation></translation>
    </message>
    <message>
        <source>This PostgreSQL server already has the roles %1, which belong to another Ketong database (role names are shared by every database of a server). Give the database %2 its own role prefix: run init again with --role-prefix %3, and set KETONG_ROLE_PREFIX=%3 on the PCs that use it</source>
        <translation></translation>
    </message>
    <message>
        <source>A role prefix has lower-case letters, digits and _, starts with a letter, ends with _ and has at most 30 characters (e.g. kttrain_)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DevelopmentDialog</name>
    <message>
        <source>Make plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute plan</source>
        <translation></translation>
    </message>
    <message>
        <source>View development</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation></translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation></translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales chance</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the plan item of %1: %2?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation></translation>
    </message>
    <message>
        <source>Some results are typed but not saved: save them first.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the steps to develop this customer: a date and what to do. A step&apos;s text can be changed and saved in its row; its date cannot be changed once saved. Use &quot;Execute plan&quot; to record what each step achieved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The archived chance with its plan and results, read-only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record the result of each step in its row and save it. When the customer is won, click &quot;Developed successfully&quot;, choose the customer&apos;s region and complete its contact person: a customer record is created for the assigned account manager. &quot;Terminate development&quot; archives the chance as failed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DevelopmentPlansPage</name>
    <message>
        <source>No chances in development or archived match the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Developed successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>Terminate development</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DictItemDialog</name>
    <message>
        <source>Edit dictionary item</source>
        <translation></translation>
    </message>
    <message>
        <source>New dictionary item</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>(assigned on saving)</source>
        <translation></translation>
    </message>
    <message>
        <source>Type ★</source>
        <translation></translation>
    </message>
    <message>
        <source>Item ★</source>
        <translation></translation>
    </message>
    <message>
        <source>Value ★</source>
        <translation></translation>
    </message>
    <message>
        <source>Editable</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 地区, 服务类型</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation></translation>
    </message>
    <message>
        <source>Take over the stored version? What you typed stays in the form; save again to overwrite.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DictionaryPage</name>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Item</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>New dictionary item (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete dictionary item</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the item &quot;%1&quot; (%2 = %3)?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::DictionaryService</name>
    <message>
        <source>maintain the data dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Item</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Editable</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>The dictionary item no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>item</source>
        <translation></translation>
    </message>
    <message>
        <source>value</source>
        <translation></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; already has an item with the %2 &quot;%3&quot;</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%2) is used by %n record(s) and cannot be deleted; you may rename it instead</source>
        <translation>
            <numerusform>&quot;%1&quot; (%2) is used by %n record and cannot be deleted; you may rename it instead</numerusform>
            <numerusform>&quot;%1&quot; (%2) is used by %n records and cannot be deleted; you may rename it instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s): its type cannot change</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n record: its type cannot change</numerusform>
            <numerusform>&quot;%1&quot; is used by %n records: its type cannot change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s): its value cannot change (the item text can)</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n record: its value cannot change (the item text can)</numerusform>
            <numerusform>&quot;%1&quot; is used by %n records: its value cannot change (the item text can)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a fixed item and cannot be edited</source>
        <translation></translation>
    </message>
    <message>
        <source>Dictionary item &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a fixed item and cannot be deleted</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FeedSettings</name>
    <message>
        <source>The schedule must be between 1 minute and one week (%1 minutes)</source>
        <translation></translation>
    </message>
    <message>
        <source>A scheduled feed needs a source</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FeedSettingsPage</name>
    <message>
        <source>Sync running…</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>A directory of CSV files, or https://… serving products.json, orders.json…</source>
        <translation></translation>
    </message>
    <message>
        <source>Directory…</source>
        <translation></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP(S) only: a file whose first line is the bearer token</source>
        <translation></translation>
    </message>
    <message>
        <source>File…</source>
        <translation></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>While the program runs, every</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run (check only)</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales-system feed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved. The feed runs every %n minute(s) while the program runs.</source>
        <translation>
            <numerusform>Saved. The feed runs every %n minute while the program runs.</numerusform>
            <numerusform>Saved. The feed runs every %n minutes while the program runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. No schedule: run it with &quot;Sync now&quot; or ketongctl sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the feed&apos;s source first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run finished: %1 (nothing was written).</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The feed was not applied: %n error(s), nothing was written.</source>
        <translation>
            <numerusform>The feed was not applied: %n error, nothing was written.</numerusform>
            <numerusform>The feed was not applied: %n errors, nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed directory</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved. &quot;ketongctl sync&quot; on the server uses these settings.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FeedSource</name>
    <message>
        <source>%1 is not a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no feed file (products.csv, stock.csv, orders.csv, order_lines.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 offers no feed file (products.json, stock.json, orders.json, order_lines.json: HTTP 404 for each)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the field is given twice</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a text or a number</source>
        <translation></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a JSON array of objects</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an array of objects</source>
        <translation></translation>
    </message>
    <message>
        <source>inline lines and order_lines.json cannot be used together</source>
        <translation></translation>
    </message>
    <message>
        <source>differs from the order&apos;s order_no &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FeedValidator</name>
    <message>
        <source>%1 is required</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a whole number greater than 0, not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>product %1 is given twice (first on line %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>product %1 in %2 / %3 is given twice (first on line %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>the file needs a customer_code (客户编号) or customer_name (客户名称) column</source>
        <translation></translation>
    </message>
    <message>
        <source>customer_code or customer_name is required</source>
        <translation></translation>
    </message>
    <message>
        <source>order_date is required</source>
        <translation></translation>
    </message>
    <message>
        <source>order_date &quot;%1&quot; is not a date (YYYY-MM-DD) or a time (YYYY-MM-DD HH:MM[:SS])</source>
        <translation></translation>
    </message>
    <message>
        <source>status is required</source>
        <translation></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not 1–6, shipped/已发货 or paid/已回款</source>
        <translation></translation>
    </message>
    <message>
        <source>order %1 is given twice (first on line %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FeedWriter</name>
    <message>
        <source>no customer has the code &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>no customer is named &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 customers are named &quot;%2&quot;: give customer_code instead</source>
        <translation></translation>
    </message>
    <message>
        <source>no product %1 in the store or in this feed</source>
        <translation></translation>
    </message>
    <message>
        <source>no order %1 in the store or in this feed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::FirstRunWizard</name>
    <message>
        <source>Welcome to Ketong CRM</source>
        <translation></translation>
    </message>
    <message>
        <source>Where should Ketong keep its data?</source>
        <translation></translation>
    </message>
    <message>
        <source>Ketong keeps customers, opportunities, services and reports in one database. Choose how this computer reaches it. You can change this later.</source>
        <translation></translation>
    </message>
    <message>
        <source>On this PC only</source>
        <translation></translation>
    </message>
    <message>
        <source>A database file on this computer, ready at once. Right for one person. Several people sharing data need an office server.</source>
        <translation></translation>
    </message>
    <message>
        <source>On the office server (PostgreSQL)</source>
        <translation></translation>
    </message>
    <message>
        <source>Everybody in the office works on the same data on a PostgreSQL server. Ask your administrator for the server&apos;s address, the database name and your account.</source>
        <translation></translation>
    </message>
    <message>
        <source>Try the demo company</source>
        <translation></translation>
    </message>
    <message>
        <source>A sample company with 200 customers, orders, opportunities and services. Every demo account&apos;s password is &quot;demo&quot;. Nothing you do there touches real data.</source>
        <translation></translation>
    </message>
    <message>
        <source>A database on this PC</source>
        <translation></translation>
    </message>
    <message>
        <source>Ketong creates the file and the first administrator account.</source>
        <translation></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation></translation>
    </message>
    <message>
        <source>Administrator login:</source>
        <translation></translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>The office server</source>
        <translation></translation>
    </message>
    <message>
        <source>Ketong connects to the PostgreSQL database your administrator set up.</source>
        <translation></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database user:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a file for the database</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected, but the database %1 has no Ketong data yet. The administrator creates it with &quot;ketongctl init --database %2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected: Ketong database, schema version %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::HistoryButton</name>
    <message>
        <source>History…</source>
        <translation></translation>
    </message>
    <message>
        <source>Who changed this record, when, and what they changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing has been recorded about this record yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, newest first.</source>
        <translation>
            <numerusform>%n change recorded, newest first.</numerusform>
            <numerusform>%n changes recorded, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2). Here is what waits for you:</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing waits for you right now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::HttpFetcher</name>
    <message>
        <source>%1: the response is larger than the limit of %2 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no answer within %2 seconds (connect timeout)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the transfer stalled for %2 seconds (timeout)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: refused a redirect from https to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the server refused access (HTTP %2 %3); check the token file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation></translation>
    </message>
    <message>
        <source>Update</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Row</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation></translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Check the preview</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Done</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to create, </source>
        <translation>
            <numerusform>%1: %n row to create, </numerusform>
            <numerusform>%1: %n rows to create, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update, </source>
        <translation>
            <numerusform>%n to update, </numerusform>
            <numerusform>%n to update, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing can be imported while any row has an error.</source>
        <translation>
            <numerusform>%n error: correct the file and choose it again; nothing can be imported while any row has an error.</numerusform>
            <numerusform>%n errors: correct the file and choose it again; nothing can be imported while any row has an error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (possible duplicates) do not stop the import.</source>
        <translation>
            <numerusform>%n warning (possible duplicates) do not stop the import.</numerusform>
            <numerusform>%n warnings (possible duplicates) do not stop the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was read as GBK (GB18030).</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was written.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n customer(s) created, </source>
        <translation>
            <numerusform>Imported %1: %n customer created, </numerusform>
            <numerusform>Imported %1: %n customers created, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a CSV file (UTF-8 or GBK, as Excel and WPS save it) or an Excel workbook (.xlsx, or .xls of Excel 97–2003; its first sheet is read, numbers and dates as the sheet shows them). The first row names the columns, in Chinese or English, in any order; the columns in bold are required:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;A row with a known customer code, or without code but with the exact name of one customer, updates that customer; other rows create customers. Nothing is written until you have seen the preview, and nothing at all if any row has an error.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>customers.xlsx or customers.csv</source>
        <translation></translation>
    </message>
    <message>
        <source>Starting from scratch? The import template is an Excel workbook with these columns, a sample row and lists of the allowed regions, account managers and levels.</source>
        <translation></translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation></translation>
    </message>
    <message>
        <source>The template was saved as %1. Fill it in, save it and choose it above.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer files (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation></translation>
    </message>
    <message>
        <source>customer import template.xlsx</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>Read from the sheet &quot;%1&quot; of the workbook.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::IntegrityCheck</name>
    <message>
        <source>Storage: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Foreign key: row %1 of %2 refers to a missing %3 row</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 constraints are not validated</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 indexes are invalid</source>
        <translation></translation>
    </message>
    <message>
        <source>orders whose total differs from the sum of their lines</source>
        <translation></translation>
    </message>
    <message>
        <source>lost customers without a confirmed loss</source>
        <translation></translation>
    </message>
    <message>
        <source>confirmed losses whose customer is not marked lost</source>
        <translation></translation>
    </message>
    <message>
        <source>developed chances without their customer</source>
        <translation></translation>
    </message>
    <message>
        <source>accounts whose role does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>contribution totals that differ from the orders</source>
        <translation></translation>
    </message>
    <message>
        <source>contribution totals whose customer code, name or deletion is out of date</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Inventory</name>
    <message>
        <source>Seq. no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation></translation>
    </message>
    <message>
        <source>Location</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::JobsHost</name>
    <message>
        <source>The scheduled sales-system feed failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales-system feed applied: %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The scheduled sales-system feed was not applied: %n error(s), nothing was written.</source>
        <translation>
            <numerusform>The scheduled sales-system feed was not applied: %n error, nothing was written.</numerusform>
            <numerusform>The scheduled sales-system feed was not applied: %n errors, nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::ListOutput</name>
    <message>
        <source>Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview of the list as it is filtered (Ctrl+P)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the list as it is filtered</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV (Excel can open it)…</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>List</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n record saved to %1.</numerusform>
            <numerusform>%n records saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ListPage</name>
    <message>
        <source>No records match the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ketong::ListPanel</name>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::LockDialog</name>
    <message>
        <source>Ketong CRM is locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation></translation>
    </message>
    <message>
        <source>Ketong CRM is locked; your unsaved work is kept.
Enter the password of %1 (%2) to go on.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::LoginDialog</name>
    <message>
        <source>Ketong CRM — Log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Ketong CRM</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo company: log in as director, manager1, manager2, manager3, executive or admin; every password is &quot;demo&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your login name</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::LostCustomersPage</name>
    <message>
        <source>No churn warnings match the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>name or code</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Delay churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Record a retention measure (暂缓流失)</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm the loss of the customer (确认流失)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::LostRecordDialog</name>
    <message>
        <source>Delay churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn &gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <source>never ordered</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;No.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Customer&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2 (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Account manager&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Last order&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Status&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Retention measures so far (%n):</source>
        <translation>
            <numerusform>Retention measures so far (%n):</numerusform>
            <numerusform>Retention measures so far (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a retention measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason of the loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm churn…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delay churn…</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm that %1 is lost? The customer&apos;s status becomes 流失 (lost).</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::MainWindow</name>
    <message>
        <source>Ketong CRM — %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>[demo company]</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Ketong CRM</source>
        <translation></translation>
    </message>
    <message>
        <source>Home</source>
        <translation></translation>
    </message>
    <message>
        <source>User: %1 (%2) · Role: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>About Ketong CRM</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ketong CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for companies that sell to business customers.&lt;/p&gt;&lt;p&gt;Database schema version %2, Qt %3.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation></translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Connection to the database lost — next attempt in %n second(s)…</source>
        <translation>
            <numerusform>Connection to the database lost — next attempt in %n second…</numerusform>
            <numerusform>Connection to the database lost — next attempt in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation></translation>
    </message>
    <message>
        <source>The user guide (%1) is not installed on this computer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Migrator</name>
    <message>
        <source>The database has no Ketong data yet; create it first (ketongctl init)</source>
        <translation></translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2; install a newer Ketong</source>
        <translation></translation>
    </message>
    <message>
        <source>The database has schema version %1 and this program needs version %2; upgrade it first (ketongctl migrate)</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup before the upgrade failed, nothing was changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Optimistic</name>
    <message>
        <source>%1 no longer exists: someone deleted it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload it to see the change; your edit was not saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <translation></translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the window locks and asks for your password again. Unsaved forms are kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::OrderDetailDialog</name>
    <message>
        <source>Order details %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::OrderHistory</name>
    <message>
        <source>Shipped (not paid)</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>The order is not among the shipped or paid orders</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::OrderHistoryDialog</name>
    <message>
        <source>History orders of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>View details</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>The password may have at most 200 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>The password may not be the login name</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is one of the most common passwords; choose another</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::PlanItemsTable</name>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the result of this step</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ProductCatalog</name>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Grade/batch</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ProductsPage</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Grade/batch</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ReassignDialog</name>
    <message>
        <source>Reassign customers</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected customer(s) to another account manager. Their contacts, records and orders go with them.</source>
        <translation>
            <numerusform>Give the %n selected customer to another account manager. Their contacts, records and orders go with them.</numerusform>
            <numerusform>Give the %n selected customers to another account manager. Their contacts, records and orders go with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>New account manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RecordListDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer code: %1    Customer name: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ReportPage</name>
    <message>
        <source>Customer name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Report by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Level</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Created between</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ReportPrinter</name>
    <message>
        <source>Printed by %1 at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ReportWriter</name>
    <message>
        <source>Writing the report failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Reports</name>
    <message>
        <source>all years</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer contribution</source>
        <translation></translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Order amount (yuan)</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer contains: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>By credit</source>
        <translation></translation>
    </message>
    <message>
        <source>By satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>By level</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer composition</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Level</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer service analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation></translation>
    </message>
    <message>
        <source>Services</source>
        <translation></translation>
    </message>
    <message>
        <source>Created: %1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Year</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager contains: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation></translation>
    </message>
    <message>
        <source>New password for %1 (%2). This also lifts a lock-out.</source>
        <translation></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation></translation>
    </message>
    <message>
        <source>Must choose a new password at the next login</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation></translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is:

%2

Give it to the person directly; it is not shown again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RightCatalog</name>
    <message>
        <source>Customer relationship management</source>
        <translation></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation></translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Create service</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign services</source>
        <translation></translation>
    </message>
    <message>
        <source>Handle services</source>
        <translation></translation>
    </message>
    <message>
        <source>Service feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>Service archive</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer contribution</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer composition</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer service analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer churn analysis</source>
        <translation></translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>Products</source>
        <translation></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation></translation>
    </message>
    <message>
        <source>Users, roles and rights</source>
        <translation></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales director</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation></translation>
    </message>
    <message>
        <source>Manages the users, roles and rights of the system, keeps the data dictionary and keeps the system running</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigns customer services, creates and assigns sales opportunities, makes development plans, analyses customer data</source>
        <translation></translation>
    </message>
    <message>
        <source>Looks after their customers; creates, handles and follows up customer services; develops sales opportunities; handles customer churn</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads the analyses of customer contribution, composition, services and churn</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RightsPage</name>
    <message>
        <source>Rights</source>
        <translation></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation></translation>
    </message>
    <message>
        <source>Pages the role &quot;%1&quot; opens:</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a role on the left.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation></translation>
    </message>
    <message>
        <source>The rights of &quot;%1&quot; have unsaved changes. Discard them?</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Load the role&apos;s rights as they are saved now? Your ticks are lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved. Accounts of the role get the new pages at their next login.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RightsService</name>
    <message>
        <source>There is no right with the code %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The role no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is an administrator role: it manages accounts and the dictionary and sees no customer data, so it cannot hold &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not an administrator role: only administrators hold &quot;%2&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RoleDialog</name>
    <message>
        <source>role %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation></translation>
    </message>
    <message>
        <source>New role</source>
        <translation></translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation></translation>
    </message>
    <message>
        <source>Usable (accounts of a disabled role cannot log in)</source>
        <translation></translation>
    </message>
    <message>
        <source>The kind decides which records the role&apos;s accounts work on: a sales director all, an account manager their own. Pages are chosen under Rights.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Load the role as it is saved now? What you typed stays in the form; save again to apply it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved now: &quot;%1&quot;, %2. Save again to replace it with your values.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RoleService</name>
    <message>
        <source>Usable</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>The role no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already a role named &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The kind of a built-in role cannot be changed</source>
        <translation></translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be deleted</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; cannot be deleted: %n account(s) hold it. Give them another role first.</source>
        <translation>
            <numerusform>The role &quot;%1&quot; cannot be deleted: %n account hold it. Give them another role first.</numerusform>
            <numerusform>The role &quot;%1&quot; cannot be deleted: %n accounts hold it. Give them another role first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which a role of the kind &quot;%3&quot; cannot hold; take the right away first</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RolesPage</name>
    <message>
        <source>Roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation></translation>
    </message>
    <message>
        <source>New…</source>
        <translation></translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>History…</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::RowReader</name>
    <message>
        <source>The statement has no value for :%1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server would not send the rows one at a time</source>
        <translation></translation>
    </message>
    <message>
        <source>Column %1 of the statement has a type RowReader does not read (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::SalesChancesPage</name>
    <message>
        <source>No unassigned sales chances match the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>New sales chance (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the sales chance (Del)</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete sales chance</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the sales chance: %1?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::SalesSystemSync</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The token file %1 is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: +%2 ~%3 =%4</source>
        <translation></translation>
    </message>
    <message>
        <source>run the sales-system feed</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the feed&apos;s source: a directory or an http(s) URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Another feed run is in progress; nothing was done</source>
        <translation></translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>Created / updated / unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>No feed run %1</source>
        <translation></translation>
    </message>
    <message>
        <source>On the office server the sales-system feed runs on the server, as the database owner: schedule &quot;ketongctl sync&quot; there (see the administrator&apos;s guide). The settings saved here are the ones it uses</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ServiceCreatePage</name>
    <message>
        <source>Service &gt; Create service</source>
        <translation></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>type part of the name or code</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Request</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Create service</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved. Service ticket %1 is waiting to be assigned.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service &gt; Create service &gt; Ticket %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the form for the next service ticket</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>My new service tickets (changeable until they are assigned)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved. Service ticket %1 is changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the service ticket %1: %2?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ServiceDesk</name>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation></translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation></translation>
    </message>
    <message>
        <source>The service type</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type of the dictionary</source>
        <translation></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation></translation>
    </message>
    <message>
        <source>The request</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Services are created only for active (正常) customers</source>
        <translation></translation>
    </message>
    <message>
        <source>The service request does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the creator of a service request may change it</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a new service request can be changed; this one is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the creator of a service request or the sales director may delete it</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a new service request can be deleted; this one is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>assign service requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a new service request can be assigned; this one is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The handling</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the account manager it is assigned to may handle this service</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an assigned service request can be handled; this one is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The result</source>
        <translation></translation>
    </message>
    <message>
        <source>The satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the creator or the handler of a service may give its feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback is given on a handled service; this one is &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the creator of this service request may open it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ServiceListPage</name>
    <message>
        <source>No service tickets match the filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation></translation>
    </message>
    <message>
        <source>to:</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign the selected ticket to the chosen account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign service</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the service ticket: %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation></translation>
    </message>
    <message>
        <source>You have no new service tickets: once assigned, a ticket can no longer be changed here</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the selected ticket in the form above</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Settings</name>
    <message>
        <source>change settings</source>
        <translation></translation>
    </message>
    <message>
        <source>A setting may have at most 2000 characters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Setup</name>
    <message>
        <source>The database already holds Ketong data (schema version %1); init refuses to overwrite it</source>
        <translation></translation>
    </message>
    <message>
        <source>The database is not empty; init needs an empty database</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::SheetReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx or .xls)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Does</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter / double click</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the current record of a list</source>
        <translation></translation>
    </message>
    <message>
        <source>New record (on a list page)</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the current record (after a confirmation)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter in a filter field</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
    <message>
        <source>Print preview of the list or report</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock the window now</source>
        <translation></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation></translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::SqlQuery</name>
    <message>
        <source>The database is busy with another user&apos;s change; try again</source>
        <translation></translation>
    </message>
    <message>
        <source>This value is already in use</source>
        <translation></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the database was lost; what was being done was not kept. Try again when the connection is back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk holding the database is full: the change was not saved. Free some space on it and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file is read-only: the change was not saved. Make the file and its folder writable and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database file cannot be read or written (a disk or file system error): the change was not saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::StockPage</name>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
    <message>
        <source>Search</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::SuccessDialog</name>
    <message>
        <source>Developed successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>(choose a region)</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. purchasing manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the new customer &quot;%2&quot; managed by %3. Choose its region.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the new customer &quot;%2&quot; managed by %3. Choose its region and complete its contact person, as the customer&apos;s and the contact&apos;s forms require.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::TableReader</name>
    <message>
        <source>The file is empty: its first line must name the columns</source>
        <translation></translation>
    </message>
    <message>
        <source>The sheet %1 is empty: its first row must name the columns</source>
        <translation></translation>
    </message>
    <message>
        <source>Column %1 has values but no name</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>The column %1 is given twice (also column %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The required column %1 is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>The row has %1 fields but the header names only %2 columns</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::TaskSummary</name>
    <message>
        <source>Open churn warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn warnings of my customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales opportunities to assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Opportunities in development</source>
        <translation></translation>
    </message>
    <message>
        <source>Opportunities assigned to me</source>
        <translation></translation>
    </message>
    <message>
        <source>Service requests to assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Service requests for me to handle</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled services awaiting feedback</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::TicketDialog</name>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Request</source>
        <translation></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Handling round %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback by</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>Handle service</source>
        <translation></translation>
    </message>
    <message>
        <source>Service feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>Service details</source>
        <translation></translation>
    </message>
    <message>
        <source>Service &gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>The handling is saved; the ticket waits for feedback.</source>
        <translation></translation>
    </message>
    <message>
        <source>The ticket is archived.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer was not satisfied: the ticket goes back to %1 for another round.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::UserDialog</name>
    <message>
        <source>New account</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation></translation>
    </message>
    <message>
        <source>Make a random password; it is shown once after saving</source>
        <translation></translation>
    </message>
    <message>
        <source>At least 8 characters, not the login name and not a common password. The person must choose their own password at the first login.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created.

Its initial password is:

%2

Give it to the person directly; it is not shown again. They must choose their own password at the first login.</source>
        <translation></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created. The person must choose their own password at the first login.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Load the account as it is saved now? What you typed stays in the form; save again to apply it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved now: name &quot;%1&quot;, role &quot;%2&quot;. Save again to replace them with your values.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::UserService</name>
    <message>
        <source>There is no account &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no built-in role of kind %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The login name must be 1–50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen role does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen role is disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is already taken</source>
        <translation></translation>
    </message>
    <message>
        <source>Please log in first</source>
        <translation></translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation></translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>Login</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation></translation>
    </message>
    <message>
        <source>The login name is required</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the account&apos;s role</source>
        <translation></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::UsersPage</name>
    <message>
        <source>Users</source>
        <translation></translation>
    </message>
    <message>
        <source>Search login or name</source>
        <translation></translation>
    </message>
    <message>
        <source>Login</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation></translation>
    </message>
    <message>
        <source>New…</source>
        <translation></translation>
    </message>
    <message>
        <source>New account (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>History…</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation></translation>
    </message>
    <message>
        <source>No account matches the filter</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot; (%2)? It can no longer log in; its history is kept and it can be enabled again.</source>
        <translation></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::Validation</name>
    <message>
        <source>%1 is required</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be 6 digits</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be an 11-digit mobile number</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces, + - ( ) . / and an extension (转 or ext)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::XlsReader</name>
    <message>
        <source>The file cannot be read as an Excel 97–2003 workbook (.xls). If it is protected by a password, save it without one; else save it as .xlsx or CSV and import that.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation></translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; save it as CSV and import that</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::XlsxReader</name>
    <message>
        <source>The part %1 of the workbook is damaged: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is out of place</source>
        <translation></translation>
    </message>
    <message>
        <source>a row has more than %1 columns</source>
        <translation></translation>
    </message>
    <message>
        <source>the cell %1 names a shared string that does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; save it as CSV and import that</source>
        <translation></translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is out of place</source>
        <translation></translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::ZipArchive</name>
    <message>
        <source>The file is not a readable zip archive (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is missing or damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is larger than %2 MB; save the sheet as CSV and import that</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ketong::cli</name>
    <message>
        <source>Create the first administrator with this login.</source>
        <translation></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Also load the demo company (accounts with the password &quot;demo&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a Ketong database: schema, roles and rights, dictionary, the first administrator, optionally the demo company.</source>
        <translation></translation>
    </message>
    <message>
        <source>--admin needs --admin-password-file</source>
        <translation></translation>
    </message>
    <message>
        <source>--admin-password-file needs --admin</source>
        <translation></translation>
    </message>
    <message>
        <source>Created a Ketong database (schema version %1) at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo company loaded: log in as admin, director, manager1, manager2, manager3 or executive with the password &quot;demo&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the pre-upgrade backup to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgrade the database&apos;s schema to this program&apos;s version, backing it up first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database has no Ketong schema; create it with ketongctl init</source>
        <translation></translation>
    </message>
    <message>
        <source>The schema is up to date (version %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgraded the schema from version %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup of the old database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the database: schema version, storage integrity, foreign keys, consistency rules, row counts.</source>
        <translation></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation></translation>
    </message>
    <message>
        <source>admin, director, manager or executive.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The account must change the password at its next login.</source>
        <translation></translation>
    </message>
    <message>
        <source>Manage accounts.</source>
        <translation></translation>
    </message>
    <message>
        <source>usage: ketongctl %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--password-file is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--role must be admin, director, manager or executive</source>
        <translation></translation>
    </message>
    <message>
        <source>Created account %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the password of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown user action &quot;%1&quot;; usage: ketongctl %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the backup to FILE (must not exist).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is in use (SQLite: a database file; PostgreSQL: a pg_dump custom-format file).</source>
        <translation></translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore a backup into an empty database (SQLite: a new file), after checking the backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored %1 into %2; the check passed</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluate the scan as of this date (YYYY-MM-DD; default today).</source>
        <translation></translation>
    </message>
    <message>
        <source>Months without a counted order (default: the setting, else 6).</source>
        <translation></translation>
    </message>
    <message>
        <source>Flag active customers without a shipped or paid order for N months, and close the warnings of customers who ordered again. Schedule it weekly (Saturday 02:00).</source>
        <translation></translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 120</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this year (YYYY).</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name contains TEXT.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager&apos;s name contains TEXT (churn).</source>
        <translation></translation>
    </message>
    <message>
        <source>Composition by level, credit or satisfaction.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service report: created on or after DATE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service report: created on or before DATE.</source>
        <translation></translation>
    </message>
    <message>
        <source>csv (default), xlsx or pdf (xlsx and pdf need -o).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>The four analyses of 统计报表.</source>
        <translation></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation></translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>--year must be a year such as 2025</source>
        <translation></translation>
    </message>
    <message>
        <source>--by must be level, credit or satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>give either --year or --from/--to</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; usage: ketongctl %2</source>
        <translation></translation>
    </message>
    <message>
        <source>This ketongctl was built without the PDF report printer</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown import &quot;%1&quot;; usage: ketongctl %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>ketongctl: %n error(s); nothing was written</source>
        <translation>
            <numerusform>ketongctl: %n error; nothing was written</numerusform>
            <numerusform>ketongctl: %n errors; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>csv (default) or xlsx (needs -o).</source>
        <translation></translation>
    </message>
    <message>
        <source>Export every customer that is not deleted in the format of the import (customers.csv; UTF-8 with BOM), or as XLSX.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot;; usage: ketongctl %2</source>
        <translation></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>Exported %n customer to %1</numerusform>
            <numerusform>Exported %n customers to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP: read the bearer token from the first line of FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the feed and count what would change; write nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP: seconds to wait for an answer and for each stall (default 60).</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply a sales-system feed (products, stock, orders, order lines): everything is checked first, then written in one transaction, or nothing is written.</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 3600</source>
        <translation></translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>the feed was not applied (%n error(s)); nothing was written</source>
        <translation>
            <numerusform>the feed was not applied (%n error); nothing was written</numerusform>
            <numerusform>the feed was not applied (%n errors); nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL: the prefix of this database&apos;s role names (default ketong_; another Ketong database on the same server needs its own).</source>
        <translation></translation>
    </message>
    <message>
        <source>The feed: a directory of CSV files or an http(s) base URL of JSON files (default: the source and token file saved in the program&apos;s feed settings).</source>
        <translation></translation>
    </message>
    <message>
        <source>--from DIR_OR_URL is required: no source is saved in the feed&apos;s settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Import customers (EXCHANGE.md) from a CSV file or from the first sheet of an .xlsx or .xls workbook: every row is checked first; with any error nothing is written and every error is listed as FILE:LINE:COLUMN: message (CSV) or FILE:SHEET!CELL: message (workbook).</source>
        <translation></translation>
    </message>
</context>
</TS>
