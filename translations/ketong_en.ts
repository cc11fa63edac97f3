<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ketong::AccessControl</name>
    <message>
        <source>You do not have the right "%1" (%2)</source>
        <translation />
    </message>
    <message>
        <source>Please log in first</source>
        <translation />
    </message>
    <message>
        <source>Only a %1 may %2</source>
        <translation />
    </message>
    <message>
        <source> or </source>
        <translation />
    </message>
    <message>
        <source>%1 belongs to another account manager</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::AppController</name>
    <message>
        <source>Ketong CRM</source>
        <translation />
    </message>
    <message>
        <source>The demo company could not be created: %1</source>
        <translation />
    </message>
    <message>
        <source>Database password</source>
        <translation />
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation />
    </message>
    <message>
        <source>Upgrade the database</source>
        <translation />
    </message>
    <message>
        <source>%1

Upgrade it now? A backup copy is made first.</source>
        <translation />
    </message>
    <message>
        <source>The database was upgraded to version %1. The backup is %2.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::AssignDialog</name>
    <message>
        <source>Help</source>
        <translation />
    </message>
    <message>
        <source>Choose the account manager who will develop this chance. The assignment time is set automatically. The chance then appears in that manager's development plans.</source>
        <translation />
    </message>
    <message>
        <source>Assign sales chance</source>
        <translation />
    </message>
    <message>
        <source>Assign to:</source>
        <translation />
    </message>
    <message>
        <source>Assigned:</source>
        <translation />
    </message>
    <message>
        <source>(choose an account manager)</source>
        <translation />
    </message>
    <message>
        <source>Reload</source>
        <translation />
    </message>
    <message>
        <source>Back</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Assigned.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::AuthService</name>
    <message>
        <source>Wrong login name or password</source>
        <translation />
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1</source>
        <translation />
    </message>
    <message>
        <source>This account is disabled; ask the administrator</source>
        <translation />
    </message>
    <message>
        <source>The role "%1" of this account is disabled</source>
        <translation />
    </message>
    <message>
        <source>There is no account "%1"</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Backup</name>
    <message>
        <source>The backup file %1 already exists</source>
        <translation />
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation />
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation />
    </message>
    <message>
        <source>pg_dump was not found; install the PostgreSQL client tools</source>
        <translation />
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::ChanceDetailView</name>
    <message>
        <source>No.:</source>
        <translation />
    </message>
    <message>
        <source>Source:</source>
        <translation />
    </message>
    <message>
        <source>Customer name:</source>
        <translation />
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation />
    </message>
    <message>
        <source>Summary:</source>
        <translation />
    </message>
    <message>
        <source>Contact:</source>
        <translation />
    </message>
    <message>
        <source>Contact phone:</source>
        <translation />
    </message>
    <message>
        <source>Description:</source>
        <translation />
    </message>
    <message>
        <source>Created by:</source>
        <translation />
    </message>
    <message>
        <source>Created:</source>
        <translation />
    </message>
    <message>
        <source>Assigned to:</source>
        <translation />
    </message>
    <message>
        <source>Assigned:</source>
        <translation />
    </message>
    <message>
        <source>Status:</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::ChanceDialog</name>
    <message>
        <source>New sales chance</source>
        <translation />
    </message>
    <message>
        <source>Edit sales chance</source>
        <translation />
    </message>
    <message>
        <source>No.:</source>
        <translation />
    </message>
    <message>
        <source>Source:</source>
        <translation />
    </message>
    <message>
        <source>Customer name:</source>
        <translation />
    </message>
    <message>
        <source>Success rate (%):</source>
        <translation />
    </message>
    <message>
        <source>Summary:</source>
        <translation />
    </message>
    <message>
        <source>Contact:</source>
        <translation />
    </message>
    <message>
        <source>Contact phone:</source>
        <translation />
    </message>
    <message>
        <source>Description:</source>
        <translation />
    </message>
    <message>
        <source>Created by:</source>
        <translation />
    </message>
    <message>
        <source>Created:</source>
        <translation />
    </message>
    <message>
        <source>Assign to:</source>
        <translation />
    </message>
    <message>
        <source>Assigned:</source>
        <translation />
    </message>
    <message>
        <source>(assigned on saving)</source>
        <translation />
    </message>
    <message>
        <source>(not now)</source>
        <translation />
    </message>
    <message>
        <source>0–100</source>
        <translation />
    </message>
    <message>
        <source>Reload</source>
        <translation />
    </message>
    <message>
        <source>Help</source>
        <translation />
    </message>
    <message>
        <source>Back</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Saved.</source>
        <translation />
    </message>
    <message>
        <source>Enter the sales chance. Fields marked ★ are required; the success rate is a whole number from 0 to 100. A new chance is unassigned until the sales director assigns it to an account manager. Only unassigned chances can be edited, by their creator or the sales director.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::ChanceService</name>
    <message>
        <source>The date of a plan item must be a valid date (yyyy-MM-dd)</source>
        <translation />
    </message>
    <message>
        <source>The plan item</source>
        <translation />
    </message>
    <message>
        <source>The plan item no longer exists: someone deleted it</source>
        <translation />
    </message>
    <message>
        <source>The plan item of %1</source>
        <translation />
    </message>
    <message>
        <source>The result</source>
        <translation />
    </message>
    <message>
        <source>The dictionary has no region (地区): add one before a chance can become a customer</source>
        <translation />
    </message>
    <message>
        <source>%1 has no development plan yet: make a plan before marking it a success</source>
        <translation />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the chance lists</comment>
        <translation />
    </message>
    <message>
        <source>No.</source>
        <translation />
    </message>
    <message>
        <source>Customer name</source>
        <translation />
    </message>
    <message>
        <source>Summary</source>
        <translation />
    </message>
    <message>
        <source>Contact</source>
        <translation />
    </message>
    <message>
        <source>Contact phone</source>
        <translation />
    </message>
    <message>
        <source>Created</source>
        <translation />
    </message>
    <message>
        <source>The sales chance no longer exists: someone deleted it</source>
        <translation />
    </message>
    <message>
        <source>%1 is assigned to another account manager</source>
        <translation />
    </message>
    <message>
        <source>Assigned to</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Archived (succeeded)</source>
        <translation />
    </message>
    <message>
        <source>Archived (failed)</source>
        <translation />
    </message>
    <message>
        <source>assign sales chances</source>
        <translation />
    </message>
    <message>
        <source>Unassigned</source>
        <translation />
    </message>
    <message>
        <source>In development</source>
        <translation />
    </message>
    <message>
        <source>Developed successfully</source>
        <translation />
    </message>
    <message>
        <source>Development failed</source>
        <translation />
    </message>
    <message>
        <source>The sales chance "%1"</source>
        <translation />
    </message>
    <message>
        <source>The success rate must be a whole number from 0 to 100</source>
        <translation />
    </message>
    <message>
        <source>The source</source>
        <translation />
    </message>
    <message>
        <source>The customer name</source>
        <translation />
    </message>
    <message>
        <source>The summary</source>
        <translation />
    </message>
    <message>
        <source>The success rate is required</source>
        <translation />
    </message>
    <message>
        <source>The contact</source>
        <translation />
    </message>
    <message>
        <source>The contact's phone</source>
        <translation />
    </message>
    <message>
        <source>The description</source>
        <translation />
    </message>
    <message>
        <source>Sales chances are created by a user account, not by the system</source>
        <translation />
    </message>
    <message>
        <source>%1 is "%2": only an unassigned chance can be changed or deleted</source>
        <translation />
    </message>
    <message>
        <source>Only the creator of a sales chance or the sales director may change or delete it</source>
        <translation />
    </message>
    <message>
        <source>%1 is "%2": only an unassigned chance can be assigned</source>
        <translation />
    </message>
    <message>
        <source>%1 is "%2": plans are made and executed only while a chance is in development</source>
        <translation />
    </message>
    <message>
        <source>Choose an active account manager</source>
        <translation />
    </message>
    <message>
        <source>Choose the account manager to assign the chance to</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation />
    </message>
    <message>
        <source>The administrator set your password. Choose your own before you go on: at least 8 characters, not your login name and not a common password.</source>
        <translation />
    </message>
    <message>
        <source>At least 8 characters, not your login name and not a common password.</source>
        <translation />
    </message>
    <message>
        <source>Current password:</source>
        <translation />
    </message>
    <message>
        <source>New password:</source>
        <translation />
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation />
    </message>
    <message>
        <source>Log out</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation />
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Cli</name>
    <message>
        <source>Usage: ketongctl COMMAND [OPTIONS]</source>
        <translation />
    </message>
    <message>
        <source>The command-line companion of Ketong CRM, for administrators, scheduled jobs and scripts.</source>
        <translation />
    </message>
    <message>
        <source>Commands:</source>
        <translation />
    </message>
    <message>
        <source>Every command takes --database URL (or the environment variable KETONG_DATABASE), --lang zh_CN|en and --help.</source>
        <translation />
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 database unreachable or newer than this program.</source>
        <translation />
    </message>
    <message>
        <source>schema version %1</source>
        <translation />
    </message>
    <message>
        <source>ketongctl: unknown command "%1"</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::CliContext</name>
    <message>
        <source>The database URL (default: $KETONG_DATABASE).</source>
        <translation />
    </message>
    <message>
        <source>Read the account's password from FILE.</source>
        <translation />
    </message>
    <message>
        <source>PostgreSQL: read the database password from FILE (else PGPASSWORD or ~/.pgpass).</source>
        <translation />
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation />
    </message>
    <message>
        <source>Show this help.</source>
        <translation />
    </message>
    <message>
        <source>Usage: ketongctl %1</source>
        <translation />
    </message>
    <message>
        <source>wrong number of arguments; usage: ketongctl %1</source>
        <translation />
    </message>
    <message>
        <source>No database given: use --database URL or set KETONG_DATABASE</source>
        <translation />
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is empty</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::CustomerStore</name>
    <message>
        <source>The customer does not exist</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Database</name>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The server %1 refused the user name or password</source>
        <translation />
    </message>
    <message>
        <source>The server has no database named "%1"</source>
        <translation />
    </message>
    <message>
        <source>Cannot reach the database server %1:%2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation />
    </message>
    <message>
        <source>There is no database file at %1</source>
        <translation />
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::DatabaseUrl</name>
    <message>
        <source>Invalid database URL "%1": %2</source>
        <translation />
    </message>
    <message>
        <source>it is empty</source>
        <translation />
    </message>
    <message>
        <source>write sqlite:///absolute/path.db or sqlite:relative/path.db</source>
        <translation />
    </message>
    <message>
        <source>the file path is missing</source>
        <translation />
    </message>
    <message>
        <source>the file name is missing</source>
        <translation />
    </message>
    <message>
        <source>the file path may not contain '?'</source>
        <translation />
    </message>
    <message>
        <source>it must start with sqlite: or postgresql://</source>
        <translation />
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation />
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation />
    </message>
    <message>
        <source>bad option "%1"</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::DevelopmentDialog</name>
    <message>
        <source>Make plan</source>
        <translation />
    </message>
    <message>
        <source>Execute plan</source>
        <translation />
    </message>
    <message>
        <source>View development</source>
        <translation />
    </message>
    <message>
        <source>Development plans &gt; %1</source>
        <translation />
    </message>
    <message>
        <source>Help</source>
        <translation />
    </message>
    <message>
        <source>Terminate development</source>
        <translation />
    </message>
    <message>
        <source>Developed successfully</source>
        <translation />
    </message>
    <message>
        <source>Back</source>
        <translation />
    </message>
    <message>
        <source>Sales chance</source>
        <translation />
    </message>
    <message>
        <source>Plan</source>
        <translation />
    </message>
    <message>
        <source>New plan item</source>
        <translation />
    </message>
    <message>
        <source>Date:</source>
        <translation />
    </message>
    <message>
        <source>Plan item:</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Reload</source>
        <translation />
    </message>
    <message>
        <source>Delete the plan item of %1: %2?</source>
        <translation />
    </message>
    <message>
        <source>Delete plan item</source>
        <translation />
    </message>
    <message>
        <source>Some results are typed but not saved: save them first.</source>
        <translation />
    </message>
    <message>
        <source>Mark "%1" as developed successfully? A new customer "%2" managed by %3 will be created.</source>
        <translation />
    </message>
    <message>
        <source>The customer was developed successfully; a new customer record was added.</source>
        <translation />
    </message>
    <message>
        <source>Terminate the development of "%1"? The chance will be archived as failed.</source>
        <translation />
    </message>
    <message>
        <source>Development failed; the chance is archived.</source>
        <translation />
    </message>
    <message>
        <source>List the steps to develop this customer: a date and what to do. A step's text can be changed and saved in its row; its date cannot be changed once saved. Use "Execute plan" to record what each step achieved.</source>
        <translation />
    </message>
    <message>
        <source>Record the result of each step in its row and save it. When the customer is won, click "Developed successfully": a customer record is created for the assigned account manager. "Terminate development" archives the chance as failed.</source>
        <translation />
    </message>
    <message>
        <source>The archived chance with its plan and results, read-only.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::FirstRunWizard</name>
    <message>
        <source>Welcome to Ketong CRM</source>
        <translation />
    </message>
    <message>
        <source>Where should Ketong keep its data?</source>
        <translation />
    </message>
    <message>
        <source>Ketong keeps customers, opportunities, services and reports in one database. Choose how this computer reaches it. You can change this later.</source>
        <translation />
    </message>
    <message>
        <source>On this PC only</source>
        <translation />
    </message>
    <message>
        <source>A database file on this computer, ready at once. Right for one person. Several people sharing data need an office server.</source>
        <translation />
    </message>
    <message>
        <source>On the office server (PostgreSQL)</source>
        <translation />
    </message>
    <message>
        <source>Everybody in the office works on the same data on a PostgreSQL server. Ask your administrator for the server's address, the database name and your account.</source>
        <translation />
    </message>
    <message>
        <source>Try the demo company</source>
        <translation />
    </message>
    <message>
        <source>A sample company with 200 customers, orders, opportunities and services. Every demo account's password is "demo". Nothing you do there touches real data.</source>
        <translation />
    </message>
    <message>
        <source>A database on this PC</source>
        <translation />
    </message>
    <message>
        <source>Ketong creates the file and the first administrator account.</source>
        <translation />
    </message>
    <message>
        <source>Database file:</source>
        <translation />
    </message>
    <message>
        <source>Administrator login:</source>
        <translation />
    </message>
    <message>
        <source>Administrator name:</source>
        <translation />
    </message>
    <message>
        <source>Password:</source>
        <translation />
    </message>
    <message>
        <source>Repeat password:</source>
        <translation />
    </message>
    <message>
        <source>The office server</source>
        <translation />
    </message>
    <message>
        <source>Ketong connects to the PostgreSQL database your administrator set up.</source>
        <translation />
    </message>
    <message>
        <source>Server address:</source>
        <translation />
    </message>
    <message>
        <source>Port:</source>
        <translation />
    </message>
    <message>
        <source>Database name:</source>
        <translation />
    </message>
    <message>
        <source>Database user:</source>
        <translation />
    </message>
    <message>
        <source>Database password:</source>
        <translation />
    </message>
    <message>
        <source>Test connection</source>
        <translation />
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation />
    </message>
    <message>
        <source>Choose a file for the database</source>
        <translation />
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation />
    </message>
    <message>
        <source>Connecting…</source>
        <translation />
    </message>
    <message>
        <source>Connected, but the database %1 has no Ketong data yet. The administrator creates it with "ketongctl init --database %2".</source>
        <translation />
    </message>
    <message>
        <source>Connected: Ketong database, schema version %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation />
    </message>
    <message>
        <source>You are logged in as %1 (%2). Here is what waits for you:</source>
        <translation />
    </message>
    <message>
        <source>Nothing waits for you right now.</source>
        <translation />
    </message>
    <message>
        <source>Refresh</source>
        <translation />
    </message>
    <message>
        <source>Open %1</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::IntegrityCheck</name>
    <message>
        <source>Storage: %1</source>
        <translation />
    </message>
    <message>
        <source>Foreign key: row %1 of %2 refers to a missing %3 row</source>
        <translation />
    </message>
    <message>
        <source>%1 constraints are not validated</source>
        <translation />
    </message>
    <message>
        <source>%1 indexes are invalid</source>
        <translation />
    </message>
    <message>
        <source>orders whose total differs from the sum of their lines</source>
        <translation />
    </message>
    <message>
        <source>lost customers without a confirmed loss</source>
        <translation />
    </message>
    <message>
        <source>confirmed losses whose customer is not marked lost</source>
        <translation />
    </message>
    <message>
        <source>developed chances without their customer</source>
        <translation />
    </message>
    <message>
        <source>accounts whose role does not exist</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::LoginDialog</name>
    <message>
        <source>Ketong CRM — Log in</source>
        <translation />
    </message>
    <message>
        <source>Ketong CRM</source>
        <translation />
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation />
    </message>
    <message>
        <source>Language:</source>
        <translation />
    </message>
    <message>
        <source>Log in</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>Database: %1</source>
        <translation />
    </message>
    <message>
        <source>Demo company: log in as director, manager1, manager2, manager3, executive or admin; every password is "demo".</source>
        <translation />
    </message>
    <message>
        <source>Enter your login name</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::MainWindow</name>
    <message>
        <source>Ketong CRM — %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>[demo company]</source>
        <translation />
    </message>
    <message>
        <source>&amp;System</source>
        <translation />
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>&amp;About Ketong CRM</source>
        <translation />
    </message>
    <message>
        <source>Home</source>
        <translation />
    </message>
    <message>
        <source>User: %1 (%2) · Role: %3</source>
        <translation />
    </message>
    <message>
        <source>Database: %1</source>
        <translation />
    </message>
    <message>
        <source>About Ketong CRM</source>
        <translation />
    </message>
    <message>
        <source>&lt;h3&gt;Ketong CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for companies that sell to business customers.&lt;/p&gt;&lt;p&gt;Database schema version %2, Qt %3.&lt;/p&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Migrator</name>
    <message>
        <source>The database has no Ketong data yet; create it first (ketongctl init)</source>
        <translation />
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2; install a newer Ketong</source>
        <translation />
    </message>
    <message>
        <source>The database has schema version %1 and this program needs version %2; upgrade it first (ketongctl migrate)</source>
        <translation />
    </message>
    <message>
        <source>Backup before the upgrade failed, nothing was changed: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation />
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Money</name>
    <message>
        <source>"%1" is not an amount in yuan with at most two decimals</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Optimistic</name>
    <message>
        <source>%1 no longer exists: someone deleted it</source>
        <translation />
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload it to see the change; your edit was not saved.</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start</source>
        <translation />
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::PasswordPolicy</name>
    <message>
        <source>The password must have at least 8 characters</source>
        <translation />
    </message>
    <message>
        <source>The password may have at most 200 characters</source>
        <translation />
    </message>
    <message>
        <source>The password may not be the login name</source>
        <translation />
    </message>
    <message>
        <source>This password is one of the most common passwords; choose another</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::PlanItemsTable</name>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Plan item</source>
        <translation />
    </message>
    <message>
        <source>Plan</source>
        <translation />
    </message>
    <message>
        <source>Result</source>
        <translation />
    </message>
    <message>
        <source>Actions</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message>
        <source>What to do</source>
        <translation />
    </message>
    <message>
        <source>Type the result of this step</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::RightCatalog</name>
    <message>
        <source>Customer relationship management</source>
        <translation />
    </message>
    <message>
        <source>Marketing</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Customer service</source>
        <translation />
    </message>
    <message>
        <source>Reports</source>
        <translation />
    </message>
    <message>
        <source>Basic data</source>
        <translation />
    </message>
    <message>
        <source>Permissions</source>
        <translation />
    </message>
    <message>
        <source>Sales opportunities</source>
        <translation />
    </message>
    <message>
        <source>Development plans</source>
        <translation />
    </message>
    <message>
        <source>Customer information</source>
        <translation />
    </message>
    <message>
        <source>Customer churn</source>
        <translation />
    </message>
    <message>
        <source>Create service</source>
        <translation />
    </message>
    <message>
        <source>Assign services</source>
        <translation />
    </message>
    <message>
        <source>Handle services</source>
        <translation />
    </message>
    <message>
        <source>Service feedback</source>
        <translation />
    </message>
    <message>
        <source>Service archive</source>
        <translation />
    </message>
    <message>
        <source>Customer contribution</source>
        <translation />
    </message>
    <message>
        <source>Customer composition</source>
        <translation />
    </message>
    <message>
        <source>Customer service analysis</source>
        <translation />
    </message>
    <message>
        <source>Customer churn analysis</source>
        <translation />
    </message>
    <message>
        <source>Data dictionary</source>
        <translation />
    </message>
    <message>
        <source>Products</source>
        <translation />
    </message>
    <message>
        <source>Stock</source>
        <translation />
    </message>
    <message>
        <source>Users, roles and rights</source>
        <translation />
    </message>
    <message>
        <source>System administrator</source>
        <translation />
    </message>
    <message>
        <source>Sales director</source>
        <translation />
    </message>
    <message>
        <source>Account manager</source>
        <translation />
    </message>
    <message>
        <source>Executive</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Settings</name>
    <message>
        <source>change settings</source>
        <translation />
    </message>
    <message>
        <source>A setting may have at most 2000 characters</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Setup</name>
    <message>
        <source>The database already holds Ketong data (schema version %1); init refuses to overwrite it</source>
        <translation />
    </message>
    <message>
        <source>The database is not empty; init needs an empty database</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::SqlQuery</name>
    <message>
        <source>The database is busy with another user's change; try again</source>
        <translation />
    </message>
    <message>
        <source>This value is already in use</source>
        <translation />
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation />
    </message>
    <message>
        <source>The disk is full</source>
        <translation />
    </message>
    <message>
        <source>The database file is read-only</source>
        <translation />
    </message>
    <message>
        <source>The database file cannot be read or written</source>
        <translation />
    </message>
    <message>
        <source>Database error: %1</source>
        <translation />
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation />
    </message>
    <message>
        <source>The database server's disk is full</source>
        <translation />
    </message>
    <message>
        <source>The connection to the database was lost</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::TaskSummary</name>
    <message>
        <source>Open churn warnings</source>
        <translation />
    </message>
    <message>
        <source>Churn warnings of my customers</source>
        <translation />
    </message>
    <message>
        <source>Sales opportunities to assign</source>
        <translation />
    </message>
    <message>
        <source>Opportunities in development</source>
        <translation />
    </message>
    <message>
        <source>Opportunities assigned to me</source>
        <translation />
    </message>
    <message>
        <source>Service requests to assign</source>
        <translation />
    </message>
    <message>
        <source>Service requests for me to handle</source>
        <translation />
    </message>
    <message>
        <source>Handled services awaiting feedback</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::UserService</name>
    <message>
        <source>There is no account "%1"</source>
        <translation />
    </message>
    <message>
        <source>There is no built-in role of kind %1</source>
        <translation />
    </message>
    <message>
        <source>The login name must be 1–50 letters, digits, '.', '_' or '-', starting with a letter or digit</source>
        <translation />
    </message>
    <message>
        <source>The name may have at most 50 characters</source>
        <translation />
    </message>
    <message>
        <source>The chosen role does not exist</source>
        <translation />
    </message>
    <message>
        <source>The chosen role is disabled</source>
        <translation />
    </message>
    <message>
        <source>The login name "%1" is already taken</source>
        <translation />
    </message>
    <message>
        <source>Please log in first</source>
        <translation />
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation />
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation />
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation />
    </message>
    <message>
        <source>The last active administrator cannot be disabled</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::Validation</name>
    <message>
        <source>%1 is required</source>
        <translation />
    </message>
    <message>
        <source>%1 may have at most %2 characters</source>
        <translation />
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation />
    </message>
    <message>
        <source>%1 must be 6 digits</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a valid e-mail address</source>
        <translation />
    </message>
    <message>
        <source>%1 may contain only digits, spaces, + - ( ) and an extension (转 or ext)</source>
        <translation />
    </message>
    <message>
        <source>%1 must be an 11-digit mobile number</source>
        <translation />
    </message>
</context>
<context>
    <name>ketong::cli</name>
    <message>
        <source>Create the first administrator with this login.</source>
        <translation />
    </message>
    <message>
        <source>The administrator's full name.</source>
        <translation />
    </message>
    <message>
        <source>Read the administrator's password from FILE.</source>
        <translation />
    </message>
    <message>
        <source>Also load the demo company (accounts with the password "demo").</source>
        <translation />
    </message>
    <message>
        <source>Create a Ketong database: schema, roles and rights, dictionary, the first administrator, optionally the demo company.</source>
        <translation />
    </message>
    <message>
        <source>--admin needs --admin-password-file</source>
        <translation />
    </message>
    <message>
        <source>--admin-password-file needs --admin</source>
        <translation />
    </message>
    <message>
        <source>Created a Ketong database (schema version %1) at %2</source>
        <translation />
    </message>
    <message>
        <source>Demo company loaded: log in as admin, director, manager1, manager2, manager3 or executive with the password "demo".</source>
        <translation />
    </message>
    <message>
        <source>Write the pre-upgrade backup to FILE.</source>
        <translation />
    </message>
    <message>
        <source>Upgrade the database's schema to this program's version, backing it up first.</source>
        <translation />
    </message>
    <message>
        <source>The database has no Ketong schema; create it with ketongctl init</source>
        <translation />
    </message>
    <message>
        <source>The schema is up to date (version %1)</source>
        <translation />
    </message>
    <message>
        <source>Upgraded the schema from version %1 to %2</source>
        <translation />
    </message>
    <message>
        <source>Backup of the old database: %1</source>
        <translation />
    </message>
    <message>
        <source>Check the database: schema version, storage integrity, foreign keys, consistency rules, row counts.</source>
        <translation />
    </message>
    <message>
        <source>schema version %1</source>
        <translation />
    </message>
    <message>
        <source>ok</source>
        <translation />
    </message>
    <message>
        <source>admin, director, manager or executive.</source>
        <translation />
    </message>
    <message>
        <source>The person's full name.</source>
        <translation />
    </message>
    <message>
        <source>The account must change the password at its next login.</source>
        <translation />
    </message>
    <message>
        <source>Manage accounts.</source>
        <translation />
    </message>
    <message>
        <source>usage: ketongctl %1</source>
        <translation />
    </message>
    <message>
        <source>--password-file is required</source>
        <translation />
    </message>
    <message>
        <source>--role must be admin, director, manager or executive</source>
        <translation />
    </message>
    <message>
        <source>Created account %1</source>
        <translation />
    </message>
    <message>
        <source>Changed the password of %1</source>
        <translation />
    </message>
    <message>
        <source>Enabled %1</source>
        <translation />
    </message>
    <message>
        <source>Disabled %1</source>
        <translation />
    </message>
    <message>
        <source>unknown user action "%1"; usage: ketongctl %2</source>
        <translation />
    </message>
</context>
</TS>
