<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BackupPage</name>
    <message numerus="yes">
        <source>Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. Tick others to back them up too.</source>
        <translation><numerusform>Ticked: the OneDrive of the %n user whose licence you are about to remove. Tick others to back them up too.</numerusform><numerusform>Ticked: the OneDrive of the %n users whose licence you are about to remove. Tick others to back them up too.</numerusform></translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message numerus="yes">
        <source>Checking DNS for %n domain(s) with {0}…</source>
        <translation><numerusform>Checking DNS for %n domain with {0}…</numerusform><numerusform>Checking DNS for %n domains with {0}…</numerusform></translation>
    </message>
</context>
<context>
    <name>LicenceRemovalDialog</name>
    <message numerus="yes">
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</source>
        <translation><numerusform>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</numerusform><numerusform>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen.</source>
        <translation><numerusform>%n chosen.</numerusform><numerusform>%n chosen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation><numerusform>…and %n more</numerusform><numerusform>…and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the {product} licence from %n user(s)?</source>
        <translation><numerusform>Remove the {product} licence from %n user?</numerusform><numerusform>Remove the {product} licence from %n users?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</source>
        <translation><numerusform>The Backup page (step 4) will back up the OneDrive of the %n user you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</numerusform><numerusform>The Backup page (step 4) will back up the OneDrive of the %n users you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Licences removed: %n.</source>
        <translation><numerusform>Licences removed: %n.</numerusform><numerusform>Licences removed: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be removed:</source>
        <translation><numerusform>%n could not be removed:</numerusform><numerusform>%n could not be removed:</numerusform></translation>
    </message>
</context>
<context>
    <name>MailMovePage</name>
    <message numerus="yes">
        <source>The mail of %n user(s) was saved in {0}.</source>
        <translation><numerusform>The mail of %n user was saved in {0}.</numerusform><numerusform>The mail of %n users was saved in {0}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every message of %n user(s) is at the new provider (counted again there).</source>
        <translation><numerusform>Every message of %n user is at the new provider (counted again there).</numerusform><numerusform>Every message of %n users is at the new provider (counted again there).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not complete for %n user(s): some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</source>
        <translation><numerusform>Not complete for %n user: some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</numerusform><numerusform>Not complete for %n users: some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not moved, with no login filled in: %n user(s).</source>
        <translation><numerusform>Not moved, with no login filled in: %n user.</numerusform><numerusform>Not moved, with no login filled in: %n users.</numerusform></translation>
    </message>
</context>
</TS>