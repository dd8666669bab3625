<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AppController</name>
    <message>
        <source>Logbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mandates addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source c&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the &amp;victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot it: use the &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In OHCHR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In public export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Logbook — new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logbook keeps your cases in an encrypted vault. Choose a passphrase of four or more unusual words: it is the only way in, besides the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only now. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed by description and hash only, never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed when the file is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FuzzyDateField</name>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;bout (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end, if it lasted (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New injury…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New remedy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality (city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing or imminent (leads to an urgent appeal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the incident first (Apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjuryEditor</name>
    <message>
        <source>New injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medically confidential: withheld unless the person consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamined by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istanbul Protocol &amp;consistency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Special Rapporteur on human rights defenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of peaceful assembly and of association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Expert on sexual orientation and gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Rapporteur on the independence of judges and lawyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (urgent appeal if anything is ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrary arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation of privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure of medical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruption of an assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine or administrative sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of legal counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defamation or smear campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction or loss of livelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laceration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided in favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, places, words in narratives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ersons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person &amp;directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case with all its incidents, persons and evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this incident with its injuries, statements and remedies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person from the case, with their injuries and statements?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This passphrase is too easy to guess. Use four or more unusual words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Logbook. Update Logbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an age between 0 and 130.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a birth year from 1900 to this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age is under 18: mark the person as a minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year makes the person a minor: mark them as a minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym must not contain any part of the person&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be blank: leave it empty to have one assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter country code such as KZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a language code such as ru or kk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist or does not match the precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date, or set the precision to unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: use HH:MM, 24-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time needs an exact day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an alleged perpetrator has a perpetrator type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date empty when it is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Logbook. Your last change may not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair: add another unusual word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;variants (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;xual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the person describes it, or &apos;prefer not to say&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 18: never named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationa&amp;lity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human rights defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human rights &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent, this person appears under their pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share identity with the UN (OHCHR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclose identity to the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share medical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained &amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this page is ever exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEraseOverlay</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s).
Everything in it will be unreadable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemedyEditor</name>
    <message>
        <source>New domestic remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit domestic remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step taken with the national authorities, and its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never quoted in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Logbook — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
