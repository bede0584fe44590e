<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessChooser</name>
    <message>
        <source>Access for the backup</source>
        <translation>Adgang til sikkerhedskopieringen</translation>
    </message>
    <message>
        <source>&amp;Set up backup access for me (recommended)</source>
        <translation>&amp;Opsæt adgang til sikkerhedskopiering for mig (anbefales)</translation>
    </message>
    <message>
        <source>Cancel365 creates an app registration in your tenant that may read every OneDrive and SharePoint site (Files.Read.All, Sites.Read.All, User.Read.All), with your consent as administrator and a client secret that expires in 7 days. The secret stays in this computer&apos;s password store. Cancel365 offers to remove the app registration when the backup is done.</source>
        <translation>Cancel365 opretter en appregistrering i din lejer, som må læse alle OneDrive- og SharePoint-websteder (Files.Read.All, Sites.Read.All, User.Read.All), med dit samtykke som administrator og en klienthemmelighed, der udløber om 7 dage. Hemmeligheden bliver i denne computers adgangskodelager. Cancel365 tilbyder at fjerne appregistreringen, når sikkerhedskopieringen er færdig.</translation>
    </message>
    <message>
        <source>It may also read every mailbox&apos;s mail, calendars and contacts (Mail.Read, Calendars.Read, Contacts.Read), to save them; it cannot send, change or delete anything, and these permissions go with the app registration when it is removed.</source>
        <translation>Den må også læse alle postkassers mail, kalendere og kontakter (Mail.Read, Calendars.Read, Contacts.Read) for at gemme dem; den kan ikke sende, ændre eller slette noget, og tilladelserne forsvinder sammen med appregistreringen, når den fjernes.</translation>
    </message>
    <message>
        <source>It may read each mailbox&apos;s settings too (MailboxSettings.Read), only to tell shared mailboxes from room mailboxes in the plan.</source>
        <translation>Den må også læse hver postkasses indstillinger (MailboxSettings.Read), kun for at skelne delte postkasser fra lokalepostkasser i planen.</translation>
    </message>
    <message>
        <source>Use an &amp;existing app registration</source>
        <translation>Brug en &amp;eksisterende appregistrering</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com eller lejer-id&apos;et</translation>
    </message>
    <message>
        <source>the secret&apos;s value (kept in the password store)</source>
        <translation>hemmelighedens værdi (gemmes i adgangskodelageret)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Lejer:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Kl&amp;ient-id:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Klient&amp;hemmelighed:</translation>
    </message>
    <message>
        <source>&amp;Only what I can open with my own sign-in</source>
        <translation>&amp;Kun det, jeg kan åbne med mit eget login</translation>
    </message>
    <message>
        <source>No app registration. The backup then leaves out every OneDrive and site your own account cannot open; the list below shows exactly which.</source>
        <translation>Ingen appregistrering. Sikkerhedskopien udelader så alle OneDrive-konti og websteder, som din egen konto ikke kan åbne; listen nedenfor viser præcis hvilke.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
</context>
<context>
    <name>AccessSteps</name>
    <message>
        <source>Setting up backup access</source>
        <translation>Konfigurerer adgang til sikkerhedskopiering</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Tjekker adgangen til sikkerhedskopiering, der blev gemt sidste gang…</translation>
    </message>
    <message>
        <source>Setting up backup access…</source>
        <translation>Konfigurerer adgang til sikkerhedskopiering…</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Tjekker appregistreringen…</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Go on without this?</source>
        <translation>Fortsæt uden dette?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is not done: {1}&lt;br&gt;&lt;br&gt;Write why it is fine to cancel anyway. The reason goes into the cancellation record.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; er ikke gjort: {1}&lt;br&gt;&lt;br&gt;Skriv, hvorfor det er i orden at annullere alligevel. Begrundelsen kommer med i annulleringsrapporten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>For example: the new provider already hosts our mail; we keep no files in OneDrive.</source>
        <translation>For eksempel: den nye udbyder har allerede vores mail; vi har ingen filer i OneDrive.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Godkend</translation>
    </message>
</context>
<context>
    <name>AppRemoval</name>
    <message>
        <source>Removing the backup app registration</source>
        <translation>Fjerner appregistreringen til sikkerhedskopiering</translation>
    </message>
    <message>
        <source>Removing the backup app registration…</source>
        <translation>Fjerner appregistreringen til sikkerhedskopiering…</translation>
    </message>
    <message>
        <source>The backup app registration is removed, and its secret is gone from this computer.</source>
        <translation>Appregistreringen til sikkerhedskopiering er fjernet, og dens hemmelighed er væk fra denne computer.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up every OneDrive and SharePoint library</source>
        <translation>Sikkerhedskopiér alle OneDrive- og SharePoint-biblioteker</translation>
    </message>
    <message>
        <source>Microsoft deletes the files 90 to 180 days after you cancel (sometimes sooner). This backup is verified file by file.</source>
        <translation>Microsoft sletter filerne 90 til 180 dage efter, at du har annulleret (nogle gange før). Denne sikkerhedskopi kontrolleres fil for fil.</translation>
    </message>
    <message>
        <source>Your own sign-in only opens what your account can open: even a Global Administrator cannot read other people&apos;s OneDrives that way. To back up everything, Cancel365 needs access of its own to the files (an app registration).</source>
        <translation>Dit eget login åbner kun det, din konto kan åbne: selv en global administrator kan ikke læse andres OneDrive på den måde. For at sikkerhedskopiere alt skal Cancel365 have sin egen adgang til filerne (en appregistrering).</translation>
    </message>
    <message>
        <source>Reminder for your &amp;users…</source>
        <translation>Påmindelse til dine &amp;brugere…</translation>
    </message>
    <message>
        <source>I back up these files another way (or nobody needs them): continue without a complete backup</source>
        <translation>Jeg sikkerhedskopierer disse filer på en anden måde (eller ingen har brug for dem): fortsæt uden en komplet sikkerhedskopi</translation>
    </message>
    <message>
        <source>On a real tenant the backup reads every OneDrive and SharePoint library and writes it to the folder you choose, checking each file&apos;s hash. Set up backup access for me creates an app registration in your tenant, with your consent; Cancel365 offers to remove it afterwards. Reading changes no file in Microsoft 365. What can go wrong: a disk too small, files that change during the backup, and OneNote notebooks, which cannot be downloaded as files.</source>
        <translation>På en rigtig lejer læser sikkerhedskopien hvert OneDrive- og SharePoint-bibliotek og skriver det til den mappe, du vælger, og kontrollerer hver fils hash. Opsæt adgang til sikkerhedskopiering for mig opretter en appregistrering i lejeren med dit samtykke; Cancel365 tilbyder at fjerne den bagefter. Læsningen ændrer ingen filer i Microsoft 365. Hvad kan gå galt: en for lille disk, filer der ændres under sikkerhedskopieringen, og OneNote-notesbøger, som ikke kan hentes som filer.</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library…</source>
        <translation>Finder alle OneDrive- og SharePoint-biblioteker…</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library… {0}</source>
        <translation>Finder alle OneDrive- og SharePoint-biblioteker… {0}</translation>
    </message>
    <message numerus="yes">
        <source>Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. Tick others to back them up too.</source>
        <translation>
            <numerusform>Markeret: OneDrive for den %n bruger, hvis licens du er ved at fjerne. Markér andre for også at sikkerhedskopiere dem.</numerusform>
            <numerusform>Markeret: OneDrive for de %n brugere, hvis licens du er ved at fjerne. Markér andre for også at sikkerhedskopiere dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough room: the backup needs about {0} but {1} has {2} free.</source>
        <translation>Ikke nok plads: sikkerhedskopien kræver ca. {0}, men {1} har {2} ledigt.</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel365 – leave Microsoft 365 safely</source>
        <translation>Cancel365 – forlad Microsoft 365 sikkert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close Cancel365?</source>
        <translation>Luk Cancel365?</translation>
    </message>
    <message>
        <source>Where you got to is saved on this computer (the subscription, the domains you checked and the backup folder; no password or token): the next start offers to continue there. You sign in again then, and the DNS checks run again. Nothing you did in Microsoft 365 is undone. Close now?</source>
        <translation>Hvor langt du nåede, gemmes på denne computer (abonnementet, de domæner, du tjekkede, og mappen til sikkerhedskopien; ingen adgangskode eller token): næste gang tilbydes du at fortsætte derfra. Du logger så på igen, og DNS-tjekkene køres igen. Intet af det, du har gjort i Microsoft 365, fortrydes. Luk nu?</translation>
    </message>
</context>
<context>
    <name>CancellationRoute</name>
    <message>
        <source>&amp;Open the demo&apos;s admin center…</source>
        <translation>&amp;Åbn demoens Administration…</translation>
    </message>
    <message>
        <source>&amp;Open the admin center</source>
        <translation>&amp;Åbn Administration</translation>
    </message>
    <message>
        <source>&amp;Open support in the admin center</source>
        <translation>&amp;Åbn Support i Administration</translation>
    </message>
    <message>
        <source>&amp;Open partner relationships</source>
        <translation>&amp;Åbn Partnerrelationer</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 with your work account as a Global or Billing Administrator.</source>
        <translation>Log på Microsoft 365 med din arbejdskonto som global administrator eller faktureringsadministrator.</translation>
    </message>
    <message>
        <source>Open the app launcher and choose &lt;b&gt;Admin&lt;/b&gt; (the button below opens the admin center directly).</source>
        <translation>Åbn appstarteren, og vælg &lt;b&gt;Administration&lt;/b&gt; (knappen nedenfor åbner Administration direkte).</translation>
    </message>
    <message>
        <source>In the admin center, go to &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt;.</source>
        <translation>Gå til &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dine produkter&lt;/b&gt; i Administration.</translation>
    </message>
    <message>
        <source>Choose the subscription &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Vælg abonnementet &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Settings &amp;amp; actions&lt;/b&gt;, choose &lt;b&gt;Cancel subscription&lt;/b&gt;. Not there? Then only Microsoft support can cancel it.</source>
        <translation>Vælg &lt;b&gt;Annuller abonnement&lt;/b&gt; under &lt;b&gt;Indstillinger &amp;amp; handlinger&lt;/b&gt;. Er det der ikke? Så kan kun Microsoft-support annullere det.</translation>
    </message>
    <message>
        <source>Review the key dates, give your reason for cancelling, and choose &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation>Gennemgå de vigtige datoer, giv din begrundelse for at annullere, og vælg &lt;b&gt;Annuller abonnement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Then come back here and choose &lt;b&gt;I have cancelled it&lt;/b&gt;: the wizard watches Microsoft 365 until the change shows.</source>
        <translation>Kom så tilbage hertil, og vælg &lt;b&gt;Jeg har annulleret det&lt;/b&gt;: guiden holder øje med Microsoft 365, indtil ændringen vises.</translation>
    </message>
    <message>
        <source>Microsoft support cancels this subscription. Open &lt;b&gt;Support&lt;/b&gt; in the admin center, ask to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Microsoft-support annullerer dette abonnement. Åbn &lt;b&gt;Support&lt;/b&gt; i Administration, bed om at få det annulleret, og giv dem oplysningerne nedenfor. Når de siger, at det er gjort, skal du vælge &lt;b&gt;Kontrollér status nu&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription. Find them in the admin center under &lt;b&gt;Settings&lt;/b&gt; &amp;gt; &lt;b&gt;Partner relationships&lt;/b&gt;, ask them to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Din partner annullerer dette abonnement. Du finder partneren i Administration under &lt;b&gt;Indstillinger&lt;/b&gt; &amp;gt; &lt;b&gt;Partnerrelationer&lt;/b&gt;. Bed dem om at annullere det, og giv dem oplysningerne nedenfor. Når de siger, at det er gjort, skal du vælge &lt;b&gt;Kontrollér status nu&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Lejer-id</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnements-id</translation>
    </message>
    <message>
        <source>Commerce subscription ID</source>
        <translation>Handelsabonnements-id</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tildelt af {1}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopiér {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>1. Before you cancel</source>
        <translation>1. Før du annullerer</translation>
    </message>
    <message>
        <source>Each row was checked again just now. Fix a red row on its page, or acknowledge it with a reason.</source>
        <translation>Hver række er lige blevet kontrolleret igen. Ret en rød række på dens side, eller godkend den med en begrundelse.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollér &amp;igen</translation>
    </message>
    <message>
        <source>Checking DNS, domains, licences and the backup…</source>
        <translation>Kontrollerer DNS, domæner, licenser og sikkerhedskopien…</translation>
    </message>
    <message>
        <source>Checked at {0}.</source>
        <translation>Kontrolleret kl. {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm and cancel</source>
        <translation>Bekræft og annuller</translation>
    </message>
    <message>
        <source>A last check of everything, then the cancellation itself, and proof from Microsoft 365 that it happened.</source>
        <translation>En sidste kontrol af det hele, så selve annulleringen og bevis fra Microsoft 365 på, at den er sket.</translation>
    </message>
    <message>
        <source>2. Confirm</source>
        <translation>2. Bekræft</translation>
    </message>
    <message>
        <source>&amp;Type the subscription&apos;s name, &lt;b&gt;{0}&lt;/b&gt;, to confirm that you want to cancel it:</source>
        <translation>&amp;Skriv abonnementets navn, &lt;b&gt;{0}&lt;/b&gt;, for at bekræfte, at du vil annullere det:</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Abonnementets navn</translation>
    </message>
    <message>
        <source>3. Cancel it</source>
        <translation>3. Annuller det</translation>
    </message>
    <message>
        <source>3. Hand it over</source>
        <translation>3. Overlad det</translation>
    </message>
    <message>
        <source>I have &amp;cancelled it</source>
        <translation>Jeg har &amp;annulleret det</translation>
    </message>
    <message>
        <source>Check the &amp;status now</source>
        <translation>Kontrollér &amp;status nu</translation>
    </message>
    <message>
        <source>&amp;Wait for proof up to:</source>
        <translation>&amp;Vent på bevis i op til:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Minutes to wait for proof</source>
        <translation>Minutter at vente på bevis</translation>
    </message>
    <message>
        <source>On a real tenant this page checks everything once more, then you cancel in the Microsoft 365 admin center yourself: no program may do that for you. The wizard then reads Microsoft 365 until the subscription leaves Enabled. Here a stand-in for the admin center plays that part, and the demo subscription turns to Warning a few seconds later. What can go wrong: the admin center offers no Cancel option (then support cancels it), or the change takes a while to show (check later with cancel365 status).</source>
        <translation>På en rigtig lejer kontrollerer denne side alt én gang til, og så annullerer du selv i Microsoft 365 Administration: Det må intet program gøre for dig. Guiden læser derefter Microsoft 365, indtil abonnementet ikke længere er Enabled. Her spiller en stand-in for Administration den rolle, og demoabonnementet skifter til Warning et par sekunder senere. Hvad der kan gå galt: Administration tilbyder ikke Annuller (så annullerer support det), eller ændringen tager tid om at vise sig (kontrollér senere med cancel365 status).</translation>
    </message>
    <message>
        <source>On the demo tenant nothing opens. On a real tenant this opens {0}</source>
        <translation>På demolejeren åbnes intet. På en rigtig lejer åbner dette {0}</translation>
    </message>
    <message>
        <source>That is not the name yet. Type it as shown above (capitals do not matter).</source>
        <translation>Det er ikke navnet endnu. Skriv det som vist ovenfor (store og små bogstaver er ligegyldige).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The permission was not granted; nothing was changed.</source>
        <translation>Tilladelsen blev ikke givet; intet blev ændret.</translation>
    </message>
    <message>
        <source>One more permission</source>
        <translation>Én tilladelse mere</translation>
    </message>
    <message>
        <source>{why} needs the permission {permissions}. Cancel365 asked only to read until now. Microsoft will ask you to accept it; you can say no, and nothing is changed.</source>
        <translation>{why} kræver tilladelsen {permissions}. Indtil nu har Cancel365 kun bedt om at læse. Microsoft beder dig acceptere den; du kan sige nej, og så ændres intet.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>Waiting for you to accept the permission…</source>
        <translation>Venter på, at du accepterer tilladelsen…</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Key dates</source>
        <translation>Vigtige datoer</translation>
    </message>
    <message>
        <source>When the subscription ends, when only admins can reach the data, and when Microsoft deletes it.</source>
        <translation>Hvornår abonnementet slutter, hvornår kun administratorer kan komme til dataene, og hvornår Microsoft sletter dem.</translation>
    </message>
    <message>
        <source>How should it end?</source>
        <translation>Hvordan skal det slutte?</translation>
    </message>
    <message>
        <source>&amp;Cancel now</source>
        <translation>&amp;Annuller nu</translation>
    </message>
    <message>
        <source>&amp;Let it run out: turn off recurring billing</source>
        <translation>&amp;Lad det udløbe: slå tilbagevendende fakturering fra</translation>
    </message>
    <message>
        <source>The same &amp;dates as a list:</source>
        <translation>De samme &amp;datoer som liste:</translation>
    </message>
    <message>
        <source>Co&amp;py dates</source>
        <translation>&amp;Kopiér datoer</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Eksportér til kalender (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Vis i mappe</translation>
    </message>
    <message>
        <source>Timeline of the key dates</source>
        <translation>Tidslinje over de vigtige datoer</translation>
    </message>
    <message>
        <source>Microsoft&apos;s pages disagree on when data may be deleted (30 or 90 days after the subscription ends), so the wizard plans for the earlier date: back up before it.</source>
        <translation>Microsofts sider er uenige om, hvornår data kan blive slettet (30 eller 90 dage efter, at abonnementet slutter), så guiden planlægger efter den tidligste dato: tag sikkerhedskopien før den.</translation>
    </message>
    <message>
        <source>On a real tenant this step reads nothing new and changes nothing: the dates come from the creation and next-lifecycle dates Graph gave for the subscription. The .ics file is written only to your computer. What can go wrong: Microsoft can change the periods, and Graph does not give the last renewal date, so check the dates in the admin center before you count on a refund.</source>
        <translation>I en rigtig organisation læser dette trin intet nyt og ændrer intet: datoerne kommer fra oprettelses- og livscyklusdatoerne, som Graph gav for abonnementet. .ics-filen skrives kun på din computer. Hvad der kan gå galt: Microsoft kan ændre perioderne, og Graph oplyser ikke den seneste fornyelsesdato, så tjek datoerne i Administration, før du regner med en refusion.</translation>
    </message>
    <message>
        <source>Choose a subscription first.</source>
        <translation>Vælg først et abonnement.</translation>
    </message>
    <message>
        <source>Users lose access today. The subscription is disabled at once: for 90 days only admins can sign in, read-only, and they can still back up.</source>
        <translation>Brugerne mister adgangen i dag. Abonnementet deaktiveres straks: i 90 dage kan kun administratorer logge på, skrivebeskyttet, og de kan stadig tage sikkerhedskopier.</translation>
    </message>
    <message>
        <source>&amp;Let it run its course: it has already expired</source>
        <translation>&amp;Lad det gå sin gang: det er allerede udløbet</translation>
    </message>
    <message>
        <source>Nothing to do: it is disabled on the day below, then deleted.</source>
        <translation>Intet at gøre: det deaktiveres på dagen nedenfor og slettes derefter.</translation>
    </message>
    <message>
        <source>Microsoft calls this the easiest way. Nothing changes until the term ends on {0}; then everyone keeps access for 30 days, then it is disabled for 90 days. You pay to the end of the term: no fee, no refund.</source>
        <translation>Microsoft kalder det den nemmeste måde. Intet ændres, før perioden slutter {0}; derefter har alle adgang i 30 dage, og så er det deaktiveret i 90 dage. Du betaler til periodens udløb: intet gebyr, ingen refusion.</translation>
    </message>
    <message>
        <source>A trial needs no cancelling: it expires by itself on {0}. Its data is deleted after the expired period.</source>
        <translation>En prøveversion skal ikke annulleres: den udløber af sig selv {0}. Dens data slettes efter udløbsperioden.</translation>
    </message>
    <message>
        <source>Graph gives no end of term for this subscription, so the dates count from cancelling today.</source>
        <translation>Graph oplyser ingen periodeslutning for dette abonnement, så datoerne regnes fra en annullering i dag.</translation>
    </message>
    <message>
        <source>The subscription is already disabled: the dates follow from its current state.</source>
        <translation>Abonnementet er allerede deaktiveret: datoerne følger af dets nuværende tilstand.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends on {0} may cost an early-termination fee. Check in the admin center before you cancel, or let it run out instead.</source>
        <translation>Annullering før perioden slutter {0} kan koste et gebyr for tidlig opsigelse. Tjek i Administration, før du annullerer, eller lad det udløbe i stedet.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends may cost an early-termination fee. Check in the admin center before you cancel.</source>
        <translation>Annullering før periodens udløb kan koste et gebyr for tidlig opsigelse. Tjek i Administration, før du annullerer.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription: their terms decide the end date, any fee and any refund. Ask them.</source>
        <translation>Din partner annullerer dette abonnement: partnerens vilkår afgør slutdatoen, et eventuelt gebyr og en eventuel refusion. Spørg partneren.</translation>
    </message>
    <message>
        <source>It started less than 7 days ago: cancel by {0} for a prorated refund.</source>
        <translation>Det startede for under 7 dage siden: annuller senest {0} for at få en forholdsmæssig refusion.</translation>
    </message>
    <message>
        <source>A prorated refund is given only within 7 days of the start or a renewal. Graph tells the start but not the last renewal, so the wizard cannot know: see the renewal date under Billing &gt; Your products.</source>
        <translation>En forholdsmæssig refusion gives kun inden for 7 dage efter start eller fornyelse. Graph oplyser starten, men ikke den seneste fornyelse, så guiden kan ikke vide det: se fornyelsesdatoen under Fakturering &gt; Abonnementer.</translation>
    </message>
    <message>
        <source>No refund: the subscription is paid to the end of its term.</source>
        <translation>Ingen refusion: abonnementet er betalt til periodens udløb.</translation>
    </message>
    <message>
        <source>Any unused, prepaid part comes back as a prorated credit on the next bill.</source>
        <translation>En ubrugt, forudbetalt del kommer tilbage som en forholdsmæssig kredit på næste regning.</translation>
    </message>
    <message>
        <source>The dates are on the clipboard.</source>
        <translation>Datoerne er kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>key-dates</source>
        <translation>vigtige-datoer</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>Eksportér de vigtige datoer</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Skriver kalenderfilen…</translation>
    </message>
    <message>
        <source>Saved to {0}. Open it to add the dates and their reminders to your calendar.</source>
        <translation>Gemt i {0}. Åbn filen for at føje datoerne og deres påmindelser til din kalender.</translation>
    </message>
</context>
<context>
    <name>DemoAdminCenterDialog</name>
    <message>
        <source>Demo stand-in for the Microsoft 365 admin center</source>
        <translation>Demoens stand-in for Microsoft 365 Administration</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This is not Microsoft&apos;s admin center. On a real tenant you do these steps in your browser, in the admin center, with the same names.</source>
        <translation>&lt;b&gt;Kun demo.&lt;/b&gt; Dette er ikke Microsofts Administration. På en rigtig lejer udfører du disse trin i din browser, i Administration, med de samme navne.</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Dine produkter</translation>
    </message>
    <message>
        <source>{0} – {1} licences</source>
        <translation>{0} – {1} licenser</translation>
    </message>
    <message>
        <source>&amp;Open the subscription</source>
        <translation>&amp;Åbn abonnementet</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licenser:</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tildelt af {1}</translation>
    </message>
    <message>
        <source>Settings &amp;&amp; actions</source>
        <translation>Indstillinger &amp;&amp; handlinger</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>&amp;Annuller abonnement</translation>
    </message>
    <message>
        <source>Key dates: the subscription stops when you cancel. Admins can still reach and back up the data for 90 days; after that it is deleted.</source>
        <translation>Vigtige datoer: abonnementet stopper, når du annullerer. Administratorer kan stadig nå og sikkerhedskopiere dataene i 90 dage; derefter slettes de.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Årsag til annullering</translation>
    </message>
    <message>
        <source>Moving to another provider</source>
        <translation>Skifter til en anden udbyder</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>For dyrt</translation>
    </message>
    <message>
        <source>The business is closing</source>
        <translation>Virksomheden lukker</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation>Å&amp;rsag til annullering:</translation>
    </message>
    <message>
        <source>Cancel &amp;subscription</source>
        <translation>Annuller a&amp;bonnement</translation>
    </message>
    <message>
        <source>The subscription is cancelled. Microsoft 365 can take a while to show it. Close this and choose &lt;b&gt;I have cancelled it&lt;/b&gt; in the wizard.</source>
        <translation>Abonnementet er annulleret. Det kan tage et stykke tid, før Microsoft 365 viser det. Luk dette, og vælg &lt;b&gt;Jeg har annulleret det&lt;/b&gt; i guiden.</translation>
    </message>
    <message>
        <source>Billing &gt; Your products</source>
        <translation>Fakturering &gt; Dine produkter</translation>
    </message>
    <message>
        <source>Billing &gt; Your products &gt; {0}</source>
        <translation>Fakturering &gt; Dine produkter &gt; {0}</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Annuller abonnement</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>DemoSignInPage</name>
    <message>
        <source>Signed in to the demo tenant</source>
        <translation>Logget på demoorganisationen</translation>
    </message>
    <message>
        <source>The demo tenant behaves like Microsoft 365, on this computer only.</source>
        <translation>Demoorganisationen opfører sig som Microsoft 365, men kun på denne computer.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Logget på som:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratorroller:</translation>
    </message>
    <message>
        <source>On a real tenant you sign in with your browser or a code, as a Global or Billing Administrator. Cancel365 asks Microsoft only for permission to read; it asks again before it changes anything. Signing in changes nothing in the tenant. What can go wrong: an account without an admin role can look but not cancel, and your organization must have registered Cancel365 first (see Settings).</source>
        <translation>På en rigtig lejer logger du på med din browser eller en kode, som global administrator eller faktureringsadministrator. Cancel365 beder kun Microsoft om tilladelse til at læse; den spørger igen, før den ændrer noget. Selve logonet ændrer intet i lejeren. Hvad kan gå galt: en konto uden administratorrolle kan se, men ikke annullere, og din organisation skal først have registreret Cancel365 (se Indstillinger).</translation>
    </message>
    <message>
        <source>Starting the demo tenant and signing in…</source>
        <translation>Starter demoorganisationen og logger på…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopi</translation>
    </message>
    <message>
        <source>a folder on a disk with enough room</source>
        <translation>en mappe på en disk med nok plads</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Sikkerhedskopiér til:</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Hvilken mappe skal der sikkerhedskopieres til?</translation>
    </message>
</context>
<context>
    <name>DnsRecordTable</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nuværende værdi</translation>
    </message>
    <message>
        <source>Microsoft 365?</source>
        <translation>Microsoft 365?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hvad skal du gøre</translation>
    </message>
    <message>
        <source>@ is the domain itself</source>
        <translation>@ er selve domænet</translation>
    </message>
    <message>
        <source>Old answer until</source>
        <translation>Gammelt svar til</translation>
    </message>
    <message>
        <source>Everywhere?</source>
        <translation>Overalt?</translation>
    </message>
    <message>
        <source>Until then, DNS servers may keep giving the old answer: the record&apos;s TTL (time to live), cached</source>
        <translation>Indtil da kan DNS-servere blive ved med at give det gamle svar: postens TTL (levetid) i cache</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s own (authoritative) nameservers give the same answer as the resolver: the change has propagated</source>
        <translation>Om domænets egne (autoritative) navneservere giver samme svar som resolveren: ændringen er slået igennem</translation>
    </message>
    <message>
        <source>The selected record&apos;s advice is also shown in full below the table</source>
        <translation>Rådet for den valgte post vises også i sin helhed under tabellen</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-poster</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Spørger…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>Kunne ikke tjekkes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
</context>
<context>
    <name>DomainActions</name>
    <message>
        <source>&amp;Message to users…</source>
        <translation>&amp;Besked til brugere…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Microsoft 365…</source>
        <translation>&amp;Fjern fra Microsoft 365…</translation>
    </message>
    <message>
        <source>Admin &amp;center: Domains</source>
        <translation>Ad&amp;ministration: Domæner</translation>
    </message>
    <message>
        <source>Ta&amp;ke off this list</source>
        <translation>Tag af li&amp;sten</translation>
    </message>
    <message>
        <source>A domain you typed to test: it leaves the list and the risks below (nothing changes in DNS)</source>
        <translation>Et domæne, du skrev for at teste: det forsvinder fra listen og fra risiciene nedenfor (intet ændres i DNS)</translation>
    </message>
    <message>
        <source>Finding the users on {0}…</source>
        <translation>Finder brugerne på {0}…</translation>
    </message>
    <message>
        <source>Looking up what still uses {0}…</source>
        <translation>Undersøger, hvad der stadig bruger {0}…</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…og {0} mere.</translation>
    </message>
    <message>
        <source>Domain still in use</source>
        <translation>Domænet er stadig i brug</translation>
    </message>
    <message>
        <source>{0} is still used by:
{1}

Change their addresses to another domain in the admin center, then remove the domain.</source>
        <translation>{0} bruges stadig af:
{1}

Skift deres adresser til et andet domæne i Administration, og fjern derefter domænet.</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>Fjern {0}?</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365? This cannot be undone. Do it only once mail and DNS have moved.</source>
        <translation>Fjern {0} fra Microsoft 365? Det kan ikke fortrydes. Gør det først, når mail og DNS er flyttet.</translation>
    </message>
    <message>
        <source>Removing a domain</source>
        <translation>Fjerner et domæne</translation>
    </message>
    <message>
        <source>Removing {0}…</source>
        <translation>Fjerner {0}…</translation>
    </message>
    <message>
        <source>{0} was removed from Microsoft 365 (checked).</source>
        <translation>{0} er fjernet fra Microsoft 365 (kontrolleret).</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Type a domain, e.g. contoso.com</source>
        <translation>Skriv et domæne, f.eks. contoso.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message numerus="yes">
        <source>Checking DNS for %n domain(s) with {0}…</source>
        <translation>
            <numerusform>Tjekker DNS for %n domæne med {0}…</numerusform>
            <numerusform>Tjekker DNS for %n domæner med {0}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking DNS for {0} with {1}…</source>
        <translation>Tjekker DNS for {0} med {1}…</translation>
    </message>
    <message>
        <source>{0} has answered. Asking the domains&apos; own nameservers whether they agree…</source>
        <translation>{0} har svaret. Spørger domænernes egne navneservere, om de er enige…</translation>
    </message>
    <message>
        <source>Checked at {0} with {1}.</source>
        <translation>Tjekket kl. {0} med {1}.</translation>
    </message>
</context>
<context>
    <name>DomainRisks</name>
    <message>
        <source>I &amp;understand, continue anyway</source>
        <translation>Jeg forstår, fortsæt &amp;alligevel</translation>
    </message>
    <message>
        <source>Your domains could not be read from Microsoft 365.</source>
        <translation>Dine domæner kunne ikke læses fra Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: not checked yet.</source>
        <translation>{0}: ikke tjekket endnu.</translation>
    </message>
    <message>
        <source>{0}: mail still goes to Microsoft 365. After you cancel, it bounces.</source>
        <translation>{0}: mail går stadig til Microsoft 365. Efter annulleringen bliver den afvist.</translation>
    </message>
    <message>
        <source>{0}: some records still point at Microsoft 365.</source>
        <translation>{0}: nogle poster peger stadig på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunne ikke tjekkes.</translation>
    </message>
    <message>
        <source>{0}: still added to Microsoft 365. Remove it before you cancel.</source>
        <translation>{0}: er stadig tilføjet i Microsoft 365. Fjern det, før du annullerer.</translation>
    </message>
</context>
<context>
    <name>DomainSummary</name>
    <message>
        <source>{0}: Microsoft 365 has this domain verified, so it exists, but the DNS server {1} says it does not (NXDOMAIN). That server is wrong or filtering: choose another DNS server above and check again.</source>
        <translation>{0}: Microsoft 365 har bekræftet dette domæne, så det findes, men DNS-serveren {1} siger, at det ikke gør (NXDOMAIN). Den server tager fejl eller filtrerer: vælg en anden DNS-server ovenfor, og tjek igen.</translation>
    </message>
    <message>
        <source>{0}: the DNS server says nothing points at Microsoft 365 any more.</source>
        <translation>{0}: DNS-serveren siger, at intet længere peger på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: nothing points at Microsoft 365 any more.</source>
        <translation>{0}: intet peger længere på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: still points at Microsoft 365.</source>
        <translation>{0}: peger stadig på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunne ikke tjekkes.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answers…</source>
        <translation>Spørger stadig domænets egne navneservere, om de giver de samme svar…</translation>
    </message>
    <message>
        <source>Not everywhere yet: the domain&apos;s own nameservers give other answers for {0}, so some senders may still get the old answer.</source>
        <translation>Ikke overalt endnu: domænets egne navneservere giver andre svar for {0}, så nogle afsendere kan stadig få det gamle svar.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer: this is the DNS server&apos;s answer only.</source>
        <translation>Domænets egne navneservere svarede ikke: dette er kun DNS-serverens svar.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Move your domains away from Microsoft 365</source>
        <translation>Flyt dine domæner væk fra Microsoft 365</translation>
    </message>
    <message>
        <source>Mail for your own domain must go to the new provider before you cancel, or it bounces. This page checks DNS live.</source>
        <translation>Mail til dit domæne skal gå til den nye udbyder, før du annullerer, ellers afvises den. Siden tjekker DNS direkte.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Tjek i&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domæne:</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS-se&amp;rver:</translation>
    </message>
    <message>
        <source>On a real tenant this page asks public DNS where your domain&apos;s mail and records point. Checking changes nothing; you make the DNS changes yourself at your DNS host, mail (MX) first. Remove from Microsoft 365 takes the domain out of your tenant and cannot be undone. What can go wrong: cancelling while MX still points at Microsoft 365 bounces all mail to your domain, and DNS changes take up to the TTL to reach everyone.</source>
        <translation>På en rigtig lejer spørger siden offentlig DNS, hvor dit domænes mail og poster peger hen. Kontrollen ændrer intet; DNS-ændringerne laver du selv hos din DNS-udbyder, mail (MX) først. Fjern fra Microsoft 365 tager domænet ud af lejeren og kan ikke fortrydes. Hvad kan gå galt: annullerer du, mens MX stadig peger på Microsoft 365, bliver al mail til domænet afvist, og DNS-ændringer kan tage op til TTL&apos;en om at nå ud til alle.</translation>
    </message>
    <message>
        <source>Reading your domains from Microsoft 365…</source>
        <translation>Læser dine domæner fra Microsoft 365…</translation>
    </message>
    <message>
        <source>Your tenant has no custom domain: nothing to move. You can check any domain by typing it above.</source>
        <translation>Din organisation har intet eget domæne: der er intet at flytte. Du kan tjekke et hvilket som helst domæne ved at skrive det ovenfor.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Hvad du skal gøre: {0}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What happens now</source>
        <translation>Hvad sker der nu</translation>
    </message>
    <message>
        <source>The last steps are Microsoft&apos;s. Save the record: it says what was done, and when.</source>
        <translation>De sidste trin er Microsofts. Gem rapporten: den viser, hvad der blev gjort, og hvornår.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Office on your computers.&lt;/b&gt; Users who still have Office installed can only read and print their documents now (reduced-functionality mode). Ask everyone to remove Office from their computers, or to sign in to it with the new provider&apos;s account.</source>
        <translation>&lt;b&gt;Office på jeres computere.&lt;/b&gt; Brugere, der stadig har Office installeret, kan nu kun læse og udskrive deres dokumenter (tilstand med reduceret funktionalitet). Bed alle om at fjerne Office fra deres computere eller logge på det med den nye udbyders konto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed your mind?&lt;/b&gt; For 90 days after it ends, the subscription is disabled: only admins can sign in, read-only, and they can still back up. Within that time you can reactivate it in the admin center, under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Fortryder du?&lt;/b&gt; I 90 dage efter at det er ophørt, er abonnementet deaktiveret: kun administratorer kan logge på, skrivebeskyttet, og de kan stadig sikkerhedskopiere. I den tid kan du genaktivere det i Administration under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Abonnementer&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close the account early.&lt;/b&gt; To have everything deleted before the disabled period ends, follow Microsoft&apos;s &lt;a href=&apos;{0}&apos;&gt;Close your account&lt;/a&gt;. Deleting the subscription skips the disabled period: SharePoint and OneDrive data is deleted at once and cannot be brought back.</source>
        <translation>&lt;b&gt;Luk kontoen før tid.&lt;/b&gt; Vil du have alt slettet, før den deaktiverede periode slutter, så følg Microsofts &lt;a href=&apos;{0}&apos;&gt;Luk din konto&lt;/a&gt;. Sletter du abonnementet, springes den deaktiverede periode over: data i SharePoint og OneDrive slettes med det samme og kan ikke hentes tilbage.</translation>
    </message>
    <message>
        <source>The cancellation record</source>
        <translation>Annulleringsrapporten</translation>
    </message>
    <message>
        <source>Two files in a folder you choose: a PDF to read and print, and the same record as JSON for your files. They hold no password or token.</source>
        <translation>To filer i en mappe, du vælger: en PDF til at læse og udskrive, og den samme rapport som JSON til jeres arkiv. De indeholder ingen adgangskode eller token.</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>&amp;Gem rapporten…</translation>
    </message>
    <message>
        <source>The record to read and print (PDF)</source>
        <translation>Rapporten til at læse og udskrive (PDF)</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Å&amp;bn PDF</translation>
    </message>
    <message>
        <source>S&amp;how in folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>The record as data (JSON)</source>
        <translation>Rapporten som data (JSON)</translation>
    </message>
    <message>
        <source>Open &amp;JSON</source>
        <translation>Åbn &amp;JSON</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Vis i ma&amp;ppe</translation>
    </message>
    <message>
        <source>The record is saved.</source>
        <translation>Rapporten er gemt.</translation>
    </message>
    <message>
        <source>On a real tenant nothing changes here: this page only explains what Microsoft does next and saves the record on your computer. Keep the record with your accounts; it shows the backup&apos;s manifest hash, the DNS before and after, and Graph&apos;s proof.</source>
        <translation>På en rigtig lejer ændres intet her: siden forklarer kun, hvad Microsoft gør bagefter, og gemmer rapporten på din computer. Gem rapporten sammen med regnskabet; den viser sikkerhedskopiens manifest-hash, DNS før og efter og beviset fra Graph.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; Microsoft 365 showed the subscription no longer Enabled at {0}.</source>
        <translation>&lt;b&gt;Annulleret.&lt;/b&gt; Microsoft 365 viste abonnementet som ikke længere Enabled (set {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not proven yet.&lt;/b&gt; Microsoft 365 has not shown the subscription leave Enabled. Check it later in the admin center under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;, or run &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Endnu ikke bevist.&lt;/b&gt; Microsoft 365 har ikke vist, at abonnementet ikke længere er Enabled. Tjek det senere i Administration under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Abonnementer&lt;/a&gt;, eller kør &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Close without the record?</source>
        <translation>Luk uden rapporten?</translation>
    </message>
    <message>
        <source>The cancellation record is not saved. It is the only written proof of what was done. Close Cancel365 anyway?</source>
        <translation>Annulleringsrapporten er ikke gemt. Den er det eneste skriftlige bevis på, hvad der blev gjort. Vil du lukke Cancel365 alligevel?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; They were not worked out: go back to the Key dates page to see them.</source>
        <translation>&lt;b&gt;Vigtige datoer.&lt;/b&gt; De blev ikke beregnet: gå tilbage til siden Vigtige datoer for at se dem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; Put them in your calendar:</source>
        <translation>&lt;b&gt;Vigtige datoer.&lt;/b&gt; Skriv dem i din kalender:</translation>
    </message>
    <message>
        <source>Save the cancellation record in</source>
        <translation>Gem annulleringsrapporten i</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Gemmer rapporten…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>Hvorfor stopper I? (valgfrit)</translation>
    </message>
    <message>
        <source>Your answer goes into the cancellation record, and you can paste it into Microsoft&apos;s own feedback box when you cancel.</source>
        <translation>Dit svar kommer med i annulleringsrapporten, og du kan indsætte det i Microsofts eget feedbackfelt, når du annullerer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this page is sent anywhere.&lt;/b&gt; Cancel365 keeps your answer only in the cancellation record you save at the end. Skip the page if you like.</source>
        <translation>&lt;b&gt;Intet på denne side sendes nogen steder hen.&lt;/b&gt; Cancel365 gemmer kun dit svar i den annulleringsrapport, du gemmer til sidst. Spring siden over, hvis du vil.</translation>
    </message>
    <message>
        <source>Why the organization is leaving</source>
        <translation>Hvorfor organisationen stopper</translation>
    </message>
    <message>
        <source>It &amp;costs too much</source>
        <translation>Det &amp;koster for meget</translation>
    </message>
    <message>
        <source>We are &amp;moving to another provider</source>
        <translation>Vi &amp;skifter til en anden udbyder</translation>
    </message>
    <message>
        <source>The business is c&amp;losing or merging</source>
        <translation>Virksomheden &amp;lukker eller fusionerer</translation>
    </message>
    <message>
        <source>&amp;Features we need are missing</source>
        <translation>&amp;Funktioner, vi har brug for, mangler</translation>
    </message>
    <message>
        <source>It is too comple&amp;x for us</source>
        <translation>Det er for kompli&amp;ceret for os</translation>
    </message>
    <message>
        <source>&amp;Another reason</source>
        <translation>En an&amp;den grund</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>&amp;Udbyderens navn:</translation>
    </message>
    <message>
        <source>The new provider&apos;s name</source>
        <translation>Den nye udbyders navn</translation>
    </message>
    <message>
        <source>for example Google Workspace</source>
        <translation>for eksempel Google Workspace</translation>
    </message>
    <message>
        <source>Commen&amp;t:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell Microsoft</source>
        <translation>Alt andet, du vil huske eller fortælle Microsoft</translation>
    </message>
    <message>
        <source>Cop&amp;y for the admin center</source>
        <translation>Kop&amp;iér til Administration</translation>
    </message>
    <message>
        <source>Puts your answer on the clipboard, to paste into the admin center&apos;s feedback box when you cancel</source>
        <translation>Lægger dit svar i udklipsholderen, så du kan indsætte det i feedbackfeltet i Administration, når du annullerer</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing either: the answer stays on your computer, in the record. When you cancel, the admin center asks why you are leaving; paste the copied text there if you want Microsoft to know.</source>
        <translation>På en rigtig lejer ændrer denne side heller intet: svaret bliver på din computer, i rapporten. Når du annullerer, spørger Administration, hvorfor I stopper; indsæt den kopierede tekst der, hvis du vil have, at Microsoft skal vide det.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the admin center&apos;s feedback box when you cancel.</source>
        <translation>Kopieret. Indsæt det i feedbackfeltet i Administration, når du annullerer.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once</source>
        <translation>Guidens sprog; det skifter med det samme</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Demo lesson: on a real tenant</source>
        <translation>Demolektion: på en rigtig lejer</translation>
    </message>
    <message>
        <source>Demo lesson</source>
        <translation>Demolektion</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Got it: hide this lesson</source>
        <translation>Forstået: skjul denne lektion</translation>
    </message>
</context>
<context>
    <name>LicenceRemovalDialog</name>
    <message>
        <source>Remove licences – {0}</source>
        <translation>Fjern licenser – {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their data is deleted 30 days later.&lt;/b&gt; Microsoft keeps a user&apos;s data for 30 days after the licence is removed (give it back and nothing is lost). After that everything but documents stored on SharePoint sites is deleted for good: their mailbox and their OneDrive included. Back up their OneDrives first: the Backup page saves every mailbox too (mail, calendars, contacts). To keep a mailbox in Microsoft 365 without a licence, convert it to a shared mailbox in the admin center first (Users › Active users › the user › Mail › Convert to shared mailbox).</source>
        <translation>&lt;b&gt;Deres data slettes 30 dage senere.&lt;/b&gt; Microsoft gemmer en brugers data i 30 dage, efter licensen er fjernet (giv den tilbage, og intet går tabt). Derefter slettes alt undtagen dokumenter på SharePoint-websteder for altid, også postkassen og OneDrive. Sikkerhedskopiér deres OneDrive først: siden Sikkerhedskopiering gemmer også alle postkasser (mail, kalendere, kontakter). Vil du beholde en postkasse i Microsoft 365 uden licens, så konvertér den først til en delt postkasse i Administration (Brugere › Aktive brugere › brugeren › Mail › Konvertér til delt postkasse).</translation>
    </message>
    <message>
        <source>Licensed users</source>
        <translation>Brugere med licens</translation>
    </message>
    <message>
        <source>Reading who has a licence…</source>
        <translation>Læser, hvem der har en licens…</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(dig)</translation>
    </message>
    <message>
        <source>Remove licences?</source>
        <translation>Fjern licenser?</translation>
    </message>
    <message numerus="yes">
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</source>
        <translation>
            <numerusform>Markér de brugere, der skal miste deres {product}-licens. De mister straks adgang til abonnementets apps og tjenester. Fjern mindst %n for at komme ned på 25.</numerusform>
            <numerusform>Markér de brugere, der skal miste deres {product}-licens. De mister straks adgang til abonnementets apps og tjenester. Fjern mindst %n for at komme ned på 25.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove licences</source>
        <translation>&amp;Fjern licenser</translation>
    </message>
    <message>
        <source>&amp;Back up their OneDrives first…</source>
        <translation>&amp;Sikkerhedskopiér deres OneDrive først…</translation>
    </message>
    <message>
        <source>The Backup page then backs up only the ticked users&apos; OneDrives; come back here afterwards to remove the licences.</source>
        <translation>Siden Sikkerhedskopi sikkerhedskopierer så kun de markerede brugeres OneDrive; kom tilbage hertil bagefter for at fjerne licenserne.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen.</source>
        <translation>
            <numerusform>%n valgt.</numerusform>
            <numerusform>%n valgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences assigned afterwards: {left} (online cancellation needs 25 or fewer).</source>
        <translation>Tildelte licenser bagefter: {left} (annullering online kræver 25 eller færre).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…og %n mere</numerusform>
            <numerusform>…og %n mere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the {product} licence from %n user(s)?</source>
        <translation>
            <numerusform>Fjern {product}-licensen fra %n bruger?</numerusform>
            <numerusform>Fjern {product}-licensen fra %n brugere?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their mailbox and OneDrive are deleted for good 30 days from now, unless you give the licence back before then.</source>
        <translation>Postkasse og OneDrive slettes for altid om 30 dage, medmindre du giver licensen tilbage inden da.</translation>
    </message>
    <message>
        <source>You are removing your own licence. You stay an administrator and can still sign in to the admin center and to Cancel365, but you lose Outlook, Teams and OneDrive at once, and your own mailbox and OneDrive are deleted 30 days from now. Back up your OneDrive first, and convert your mailbox to a shared mailbox if you need to keep it. Remove your own licence anyway?</source>
        <translation>Du fjerner din egen licens. Du forbliver administrator og kan stadig logge på Administration og Cancel365, men du mister straks Outlook, Teams og OneDrive, og din egen postkasse og OneDrive slettes om 30 dage. Sikkerhedskopiér din OneDrive først, og konvertér din postkasse til en delt postkasse, hvis du vil beholde den. Fjern din egen licens alligevel?</translation>
    </message>
    <message>
        <source>Remove your own licence?</source>
        <translation>Fjern din egen licens?</translation>
    </message>
    <message numerus="yes">
        <source>The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</source>
        <translation>
            <numerusform>Siden Sikkerhedskopi (trin 4) sikkerhedskopierer OneDrive for den %n bruger, du markerede. Luk dette vindue, gå videre til siden Sikkerhedskopi, kør sikkerhedskopien, og kom så tilbage hertil med Tilbage for at fjerne licenserne.</numerusform>
            <numerusform>Siden Sikkerhedskopi (trin 4) sikkerhedskopierer OneDrive for de %n brugere, du markerede. Luk dette vindue, gå videre til siden Sikkerhedskopi, kør sikkerhedskopien, og kom så tilbage hertil med Tilbage for at fjerne licenserne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing licences</source>
        <translation>Fjerner licenser</translation>
    </message>
    <message>
        <source>Removing licences…</source>
        <translation>Fjerner licenser…</translation>
    </message>
    <message numerus="yes">
        <source>Licences removed: %n.</source>
        <translation>
            <numerusform>Licenser fjernet: %n.</numerusform>
            <numerusform>Licenser fjernet: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be removed:</source>
        <translation>
            <numerusform>%n kunne ikke fjernes:</numerusform>
            <numerusform>%n kunne ikke fjernes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data is kept until {date}; give a licence back before then and nothing is lost.</source>
        <translation>Deres data gemmes til {date}; giv en licens tilbage inden da, og intet går tabt.</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>Mail, kalendere og kontakter</translation>
    </message>
    <message>
        <source>Pause &amp;mail</source>
        <translation>Sæt &amp;mail på pause</translation>
    </message>
    <message>
        <source>Resume &amp;mail</source>
        <translation>Genoptag &amp;mail</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postkasse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mailboxes in the backup</source>
        <translation>Postkasser i sikkerhedskopien</translation>
    </message>
    <message>
        <source>Mail backup progress</source>
        <translation>Status for sikkerhedskopiering af mail</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruger</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delt postkasse</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>lokalepostkasse</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>udstyrspostkasse</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>anden postkasse</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>bruger uden licens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delt postkasse eller lokalepostkasse (uden licens)</translation>
    </message>
    <message>
        <source>Finding every mailbox…</source>
        <translation>Finder alle postkasser…</translation>
    </message>
    <message>
        <source>Mail could not be backed up: {0}</source>
        <translation>Mailen kunne ikke sikkerhedskopieres: {0}</translation>
    </message>
    <message>
        <source>The mail backup stopped: {0}</source>
        <translation>Sikkerhedskopieringen af mail stoppede: {0}</translation>
    </message>
    <message>
        <source>Mail is left out: this access cannot read mailboxes (it has no Mail.Read permission). The files are not affected. &quot;Set up backup access for me&quot; adds Mail.Read, Calendars.Read and Contacts.Read.</source>
        <translation>Mail udelades: denne adgang kan ikke læse postkasser (den har ikke tilladelsen Mail.Read). Filerne påvirkes ikke. &quot;Opsæt adgang til sikkerhedskopiering for mig&quot; tilføjer Mail.Read, Calendars.Read og Contacts.Read.</translation>
    </message>
    <message>
        <source>The mail backup is complete.</source>
        <translation>Sikkerhedskopien af mail er komplet.</translation>
    </message>
    <message>
        <source>The mail backup is incomplete.</source>
        <translation>Sikkerhedskopien af mail er ufuldstændig.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts. Saved as {4} in {5}.</source>
        <translation>{0} meddelelser kontrolleret, {1} mislykkedes; {2} begivenheder; {3} kontakter. Gemt som {4} i {5}.</translation>
    </message>
    <message>
        <source>{0} of {1} messages saved and verified, {2} failed; {3} of {4} mailboxes done.</source>
        <translation>{0} af {1} meddelelser gemt og kontrolleret, {2} mislykkedes; {3} af {4} postkasser færdige.</translation>
    </message>
    <message>
        <source>Mail is paused: no new request goes to Microsoft 365 until you resume, and it goes on where it stopped.</source>
        <translation>Mail er sat på pause: ingen ny forespørgsel går til Microsoft 365, før du genoptager, og den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Mailboxes, shared and room mailboxes included: {0}. Messages: {1}, {2}. Every folder is saved as Maildir (Dovecot or any IMAP server opens it), calendars as .ics, contacts as .vcf.</source>
        <translation>Postkasser, inklusive delte postkasser og lokalepostkasser: {0}. Meddelelser: {1}, {2}. Hver mappe gemmes som Maildir (Dovecot eller enhver IMAP-server kan åbne den), kalendere som .ics, kontakter som .vcf.</translation>
    </message>
    <message>
        <source>Shared and room mailboxes are shown together: telling them apart needs the MailboxSettings.Read permission, which this access does not have. Both are backed up all the same.</source>
        <translation>Delte postkasser og lokalepostkasser vises samlet: for at skelne dem kræves tilladelsen MailboxSettings.Read, som denne adgang ikke har. Begge sikkerhedskopieres alligevel.</translation>
    </message>
    <message>
        <source>Messages: {0} in {1} folders, {2}</source>
        <translation>Meddelelser: {0} i {1} mapper, {2}</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrolleret: {0} af {1} meddelelser. Mislykkedes: {2}. Begivenheder: {3}. Kontakter: {4}.</translation>
    </message>
</context>
<context>
    <name>MailMovePage</name>
    <message>
        <source>Move mail to the new provider</source>
        <translation>Flyt mail til den nye udbyder</translation>
    </message>
    <message>
        <source>Optional: Cancel365 copies each user&apos;s saved mail into their new mailbox, folder by folder, without duplicates.</source>
        <translation>Valgfrit: Cancel365 kopierer hver brugers gemte mail til den nye postkasse, mappe for mappe, uden dubletter.</translation>
    </message>
    <message>
        <source>For each user, enter the new provider&apos;s IMAP login (the provider&apos;s help pages name the server; some need an app password). Passwords are kept in this computer&apos;s password store only.</source>
        <translation>Angiv for hver bruger IMAP-login hos den nye udbyder (udbyderens hjælpesider oplyser serveren; nogle kræver en appadgangskode). Adgangskoder gemmes kun i denne computers adgangskodelager.</translation>
    </message>
    <message>
        <source>Users whose mail was saved</source>
        <translation>Brugere, hvis mail blev gemt</translation>
    </message>
    <message>
        <source>On a real tenant this copies each user&apos;s mail from the backup on this computer into their mailbox at the new provider, over IMAP. It changes nothing in Microsoft 365, and at the new provider it only adds messages: a second run adds only what is missing. What can go wrong: a wrong password or a provider that wants an app password (Test login says so), or a full mailbox at the new provider (that user stops, the others go on).</source>
        <translation>På en rigtig lejer kopierer dette hver brugers mail fra backuppen på denne computer til postkassen hos den nye udbyder via IMAP. Det ændrer intet i Microsoft 365, og hos den nye udbyder tilføjer det kun beskeder: en ny kørsel tilføjer kun det, der mangler. Det kan gå galt: en forkert adgangskode eller en udbyder, der kræver en appadgangskode (Afprøv login siger det), eller en fuld postkasse hos den nye udbyder (den bruger stopper, de andre fortsætter).</translation>
    </message>
    <message>
        <source>Looking for the saved mailboxes…</source>
        <translation>Leder efter de gemte postkasser…</translation>
    </message>
    <message>
        <source>No mailbox was saved in this run (the Backup page saves them), so there is nothing to move here. Users who want their old mail at the new provider move it themselves.</source>
        <translation>Der blev ikke gemt nogen postkasse i denne kørsel (siden Backup gemmer dem), så der er intet at flytte her. Brugere, der vil have deres gamle mail hos den nye udbyder, flytter den selv.</translation>
    </message>
    <message numerus="yes">
        <source>The mail of %n user(s) was saved in {0}.</source>
        <translation>
            <numerusform>Mailen for %n bruger blev gemt i {0}.</numerusform>
            <numerusform>Mailen for %n brugere blev gemt i {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waits while the mail is moving: wait for it to end, or Stop.</source>
        <translation>Næste venter, mens mailen flyttes: vent, til det er færdigt, eller tryk Stop.</translation>
    </message>
    <message>
        <source>Choose whether to move the mail or to skip this step.</source>
        <translation>Vælg, om mailen skal flyttes, eller om du springer dette trin over.</translation>
    </message>
    <message>
        <source>Next goes on once the mail was moved (or choose Skip). Fill in each user&apos;s login, then Move mail.</source>
        <translation>Næste går videre, når mailen er flyttet (eller vælg Spring over). Udfyld hver brugers login, og tryk så Flyt mail.</translation>
    </message>
    <message>
        <source>Accounts file</source>
        <translation>Kontofil</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Læser {0}…</translation>
    </message>
    <message>
        <source>Trying what would be sent…</source>
        <translation>Prøver, hvad der ville blive sendt…</translation>
    </message>
    <message>
        <source>Moving the mail…</source>
        <translation>Flytter mailen…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Stopper efter den meddelelse, der sendes nu…</translation>
    </message>
    <message>
        <source>Stop moving the mail?</source>
        <translation>Stop flytningen af mail?</translation>
    </message>
    <message>
        <source>Mail is moving to the new provider. Stop it and close Cancel365? What has arrived stays there; Move mail on the next start sends only what is missing.</source>
        <translation>Mailen flyttes til den nye udbyder. Vil du stoppe og lukke Cancel365? Det, der er nået frem, bliver der; Flyt mail ved næste start sender kun det, der mangler.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The counts above are what a move would send now.</source>
        <translation>Prøvekørsel: intet blev sendt. Tallene ovenfor er det, en flytning ville sende nu.</translation>
    </message>
    <message numerus="yes">
        <source>Every message of %n user(s) is at the new provider (counted again there).</source>
        <translation>
            <numerusform>Alle meddelelser for %n bruger er hos den nye udbyder (talt igen dér).</numerusform>
            <numerusform>Alle meddelelser for %n brugere er hos den nye udbyder (talt igen dér).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete for %n user(s): some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</source>
        <translation>
            <numerusform>Ikke fuldført for %n bruger: noget af mailen er ikke hos den nye udbyder. Rapporten siger hvad og hvorfor; Flyt mail igen tilføjer kun det, der mangler.</numerusform>
            <numerusform>Ikke fuldført for %n brugere: noget af deres mail er ikke hos den nye udbyder. Rapporten siger hvad og hvorfor; Flyt mail igen tilføjer kun det, der mangler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved, with no login filled in: %n user(s).</source>
        <translation>
            <numerusform>Ikke flyttet, uden udfyldt login: %n bruger.</numerusform>
            <numerusform>Ikke flyttet, uden udfyldt login: %n brugere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>&amp;Fill from a CSV file…</source>
        <translation>&amp;Udfyld fra en CSV-fil…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prøvekørsel</translation>
    </message>
    <message>
        <source>Move m&amp;ail</source>
        <translation>Flyt &amp;mail</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Åbn &amp;rapporten</translation>
    </message>
</context>
<context>
    <name>MoveChoice</name>
    <message>
        <source>&amp;Move the saved mail into the new mailboxes</source>
        <translation>&amp;Flyt de gemte mails til de nye postkasser</translation>
    </message>
    <message>
        <source>S&amp;kip: users move their own mail, or there is no new provider yet</source>
        <translation>&amp;Spring over: brugerne flytter selv deres mail, eller der er endnu ingen ny udbyder</translation>
    </message>
    <message>
        <source>If you skip, Cancel365 copies nothing: the old mail stays in the backup folder and in Microsoft 365 until Microsoft deletes it, and each user who wants it at the new provider must move it there themselves. Say so in the message to users (the Domains page writes it).</source>
        <translation>Hvis du springer over, kopierer Cancel365 intet: den gamle mail bliver i backupmappen og i Microsoft 365, indtil Microsoft sletter den, og hver bruger, der vil have den hos den nye udbyder, skal selv flytte den. Skriv det i beskeden til brugerne (siden Domæner skriver den).</translation>
    </message>
</context>
<context>
    <name>MoveUserBox</name>
    <message>
        <source>{0}: {1} messages in {2} folders</source>
        <translation>{0}: {1} meddelelser i {2} mapper</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>IMAP-bruger:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sikkerhed:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>None (a test server on this computer only)</source>
        <translation>Ingen (kun en testserver på denne computer)</translation>
    </message>
    <message>
        <source>often the e-mail address</source>
        <translation>ofte mailadressen</translation>
    </message>
    <message>
        <source>for example imap.example.com</source>
        <translation>for eksempel imap.example.com</translation>
    </message>
    <message>
        <source>Saved in your password store</source>
        <translation>Gemt i dit adgangskodelager</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>adgangskode eller appadgangskode</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Afprøv login</translation>
    </message>
    <message>
        <source>IMAP user for {0}</source>
        <translation>IMAP-bruger for {0}</translation>
    </message>
    <message>
        <source>IMAP server for {0}</source>
        <translation>IMAP-server for {0}</translation>
    </message>
    <message>
        <source>Port for {0}</source>
        <translation>Port for {0}</translation>
    </message>
    <message>
        <source>Security for {0}</source>
        <translation>Sikkerhed for {0}</translation>
    </message>
    <message>
        <source>Password for {0}</source>
        <translation>Adgangskode for {0}</translation>
    </message>
    <message>
        <source>Test login for {0}</source>
        <translation>Afprøv login for {0}</translation>
    </message>
    <message>
        <source>Mail moved for {0}</source>
        <translation>Mail flyttet for {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Flytter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>{0}: {1} sent, {2} already there, {3} failed, of {4}.</source>
        <translation>{0}: {1} sendt, {2} var der allerede, {3} mislykkedes, af {4}.</translation>
    </message>
</context>
<context>
    <name>MoveUsers</name>
    <message>
        <source>Filled {0} of {1} users from the file. Passwords from it, saved in your password store: {2}.</source>
        <translation>{0} af {1} brugere udfyldt fra filen. Adgangskoder fra den, gemt i dit adgangskodelager: {2}.</translation>
    </message>
    <message>
        <source>Not saved in this backup: {0}.</source>
        <translation>Ikke gemt i denne backup: {0}.</translation>
    </message>
    <message>
        <source>Enter the IMAP user and server first.</source>
        <translation>Angiv først IMAP-bruger og server.</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>Tester login…</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Angiv først adgangskoden.</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Nothing opened it</source>
        <translation>Intet åbnede det</translation>
    </message>
    <message>
        <source>No mail program on this computer opened the message. Copy it and paste it into your mail (web mail works too); send it to:</source>
        <translation>Intet mailprogram på denne computer åbnede beskeden. Kopiér den, og indsæt den i din mail (webmail virker også); send den til:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Kopiér beskeden</translation>
    </message>
    <message>
        <source>No program on this computer opened the file. It is here:</source>
        <translation>Intet program på denne computer åbnede filen. Den ligger her:</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>&amp;Kopiér stien</translation>
    </message>
    <message>
        <source>No browser on this computer opened the page. Copy the address into a browser (on any computer):</source>
        <translation>Ingen browser på denne computer åbnede siden. Kopiér adressen ind i en browser (på en hvilken som helst computer):</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Kopiér adressen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopieret.</translation>
    </message>
    <message>
        <source>The folder did not open either: {0}</source>
        <translation>Mappen åbnede heller ikke: {0}</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Change the backup&apos;s a&amp;ccess…</source>
        <translation>Skift sikkerhedskopiens a&amp;dgang…</translation>
    </message>
    <message>
        <source>Set up backup access, use an existing app registration, or back up only what your own sign-in opens.</source>
        <translation>Konfigurer adgang til sikkerhedskopien, brug en eksisterende appregistrering, eller sikkerhedskopiér kun det, dit eget login kan åbne.</translation>
    </message>
    <message>
        <source>&amp;Start the backup</source>
        <translation>&amp;Start sikkerhedskopieringen</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Hvad der skal sikkerhedskopieres</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>User or site</source>
        <translation>Bruger eller websted</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Users and sites to back up</source>
        <translation>Brugere og websteder, der skal sikkerhedskopieres</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>størrelse ukendt</translation>
    </message>
    <message>
        <source>{0} free at {1}; the backup needs about {2}: the files still to fetch, plus a tenth and 16 MB for the list of every file it keeps (its manifest) and room to spare.</source>
        <translation>{0} ledigt på {1}; sikkerhedskopien kræver ca. {2}: de filer, der mangler, plus en tiendedel og 16 MB til listen over hver fil, den gemmer (dens manifest), og lidt luft.</translation>
    </message>
    <message>
        <source>Left out of the backup ({0}):</source>
        <translation>Udeladt af sikkerhedskopien ({0}):</translation>
    </message>
    <message>
        <source>Nothing is left out: every user and site is listed.</source>
        <translation>Intet er udeladt: alle brugere og websteder er på listen.</translation>
    </message>
    <message>
        <source>Drives chosen: {0}, {1} in all.</source>
        <translation>Valgte biblioteker: {0}, {1} i alt.</translation>
    </message>
    <message>
        <source>{0} free at {1}; every file there is verified already.</source>
        <translation>{0} ledigt på {1}; alle filer dér er allerede kontrolleret.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no size for some drives, so Cancel365 cannot be sure the room is enough.</source>
        <translation>Microsoft 365 oplyste ingen størrelse for nogle drev, så Cancel365 kan ikke være sikker på, at pladsen er nok.</translation>
    </message>
    <message>
        <source>Not enough room: free up {0}, choose another folder, or deselect users or sites.</source>
        <translation>Ikke nok plads: frigør {0}, vælg en anden mappe, eller fravælg brugere eller websteder.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Backup progress</source>
        <translation>Status for sikkerhedskopiering</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Bruger eller websted</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Each drive&apos;s progress</source>
        <translation>Status for hvert bibliotek</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>listing files</source>
        <translation>lister filer</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>henter</translation>
    </message>
    <message>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>stopped (resumes next time)</source>
        <translation>stoppet (genoptages næste gang)</translation>
    </message>
    <message>
        <source>In the backup: {0} of {1} files, {2} of {3}</source>
        <translation>I sikkerhedskopien: {0} af {1} filer, {2} af {3}</translation>
    </message>
    <message>
        <source>{0} of {1} · files: {2} of {3}</source>
        <translation>{0} af {1} · filer: {2} af {3}</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>mislykkedes: {0}</translation>
    </message>
    <message>
        <source>Listing the files of {0}: {1} (files so far: {2})</source>
        <translation>Gennemgår filerne for {0}: {1} (filer indtil nu: {2})</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(mislykkedes: {0})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>ca. {0} tilbage</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} t {1} min</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message>
        <source>4. Proof from Microsoft 365</source>
        <translation>4. Bevis fra Microsoft 365</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollér i&amp;gen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <source>Continue without proof: I will check &amp;later with cancel365 status</source>
        <translation>Fortsæt uden bevis: jeg kontrollerer &amp;senere med cancel365 status</translation>
    </message>
    <message>
        <source>Time left to wait for proof</source>
        <translation>Resterende tid at vente på bevis</translation>
    </message>
    <message>
        <source>Checking Microsoft 365: {0}:{1:02d} left</source>
        <translation>Kontrollerer Microsoft 365: {0}:{1:02d} tilbage</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation>Bevis set</translation>
    </message>
    <message>
        <source>Time is up: no proof yet</source>
        <translation>Tiden er gået: intet bevis endnu</translation>
    </message>
    <message>
        <source>Not checking</source>
        <translation>Kontrollerer ikke</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Intet aflæst endnu.</translation>
    </message>
    <message>
        <source>Last read at {0}. Subscription: {1}. Licences: {2}.</source>
        <translation>Sidst aflæst kl. {0}. Abonnement: {1}. Licenser: {2}.</translation>
    </message>
    <message>
        <source>Active (Enabled)</source>
        <translation>Aktiv (Enabled)</translation>
    </message>
    <message>
        <source>Expired, grace period (Warning)</source>
        <translation>Udløbet, respitperiode (Warning)</translation>
    </message>
    <message>
        <source>Disabled (Suspended)</source>
        <translation>Deaktiveret (Suspended)</translation>
    </message>
    <message>
        <source>Cancelled (LockedOut)</source>
        <translation>Annulleret (LockedOut)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet (Deleted)</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>Ikke længere på listen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: Microsoft 365 shows the change.&lt;/b&gt; The subscription and its licences are no longer Enabled (seen at {0}).</source>
        <translation>&lt;b&gt;Færdig: Microsoft 365 viser ændringen.&lt;/b&gt; Abonnementet og dets licenser er ikke længere Enabled (set kl. {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft 365 still shows the subscription as Enabled after {0} min.&lt;/b&gt; A cancellation can take a while to show. In the admin center, open &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt; and check that the subscription no longer says Active; if it does, cancel it again or call support. Then choose &lt;b&gt;Check again&lt;/b&gt;, or check later with &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Microsoft 365 viser stadig abonnementet som Enabled efter {0} min.&lt;/b&gt; Det kan tage et stykke tid, før en annullering vises. Åbn &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dine produkter&lt;/b&gt; i Administration, og kontrollér, at der ikke længere står Aktiv ved abonnementet; gør der det, så annuller det igen, eller ring til support. Vælg derefter &lt;b&gt;Kontrollér igen&lt;/b&gt;, eller kontrollér senere med &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Stopped. Choose &lt;b&gt;Check again&lt;/b&gt; to go on waiting for the proof.</source>
        <translation>Stoppet. Vælg &lt;b&gt;Kontrollér igen&lt;/b&gt; for at vente videre på beviset.</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>Check again &amp;every</source>
        <translation>Tjek igen &amp;hvert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation>Sekunder mellem tjek</translation>
    </message>
</context>
<context>
    <name>RegistrationGuide</name>
    <message>
        <source>Register Cancel365 in your organization</source>
        <translation>Registrér Cancel365 i din organisation</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: you decide what it may do, and you can delete it when you are done. A Global Administrator creates it once, in about five minutes. No secret is needed.</source>
        <translation>Cancel365 logger på som din organisations egen appregistrering: du bestemmer, hvad den må, og du kan slette den, når du er færdig. En global administrator opretter den én gang, på cirka fem minutter. Der skal ingen hemmelighed til.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Open the Microsoft Entra admin center and sign in as a Global Administrator. Go to &lt;b&gt;Identity › Applications › App registrations&lt;/b&gt; and select &lt;b&gt;New registration&lt;/b&gt;. The values to enter:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Åbn Microsoft Entra Administration, og log på som global administrator. Gå til &lt;b&gt;Identitet › Programmer › Appregistreringer&lt;/b&gt;, og vælg &lt;b&gt;Ny registrering&lt;/b&gt;. Værdierne, du skal angive:</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Supported account types&lt;/b&gt;: &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt; is fine. Under &lt;b&gt;Redirect URI&lt;/b&gt;, select the platform &lt;b&gt;Public client/native (mobile &amp;amp; desktop)&lt;/b&gt; and paste the redirect URI above. Select &lt;b&gt;Register&lt;/b&gt;.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Understøttede kontotyper&lt;/b&gt;: &lt;b&gt;Kun konti i denne organisationsmappe&lt;/b&gt; er fint. Under &lt;b&gt;Omdirigerings-URI&lt;/b&gt; vælger du platformen &lt;b&gt;Offentlig klient/indbygget (mobil og skrivebord)&lt;/b&gt; og indsætter omdirigerings-URI&apos;en ovenfor. Vælg &lt;b&gt;Registrer&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Open &lt;b&gt;Authentication&lt;/b&gt;: under &lt;b&gt;Mobile and desktop applications&lt;/b&gt; the redirect URI http://localhost is listed. Set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt; (for signing in with a code) and select &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Åbn &lt;b&gt;Godkendelse&lt;/b&gt;: under &lt;b&gt;Mobil- og skrivebordsprogrammer&lt;/b&gt; står omdirigerings-URI&apos;en http://localhost. Sæt &lt;b&gt;Tillad offentlige klientflow&lt;/b&gt; til &lt;b&gt;Ja&lt;/b&gt; (for at logge på med en kode), og vælg &lt;b&gt;Gem&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Open &lt;b&gt;API permissions › Add a permission › Microsoft Graph › Delegated permissions&lt;/b&gt; and add the permissions above. Cancel365 asks only to read when you sign in, and for a write permission only when you start what needs it.</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Åbn &lt;b&gt;API-tilladelser › Tilføj en tilladelse › Microsoft Graph › Delegerede tilladelser&lt;/b&gt;, og tilføj tilladelserne ovenfor. Cancel365 beder kun om at læse, når du logger på, og om en skrivetilladelse først, når du starter det, der kræver den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;5.&lt;/b&gt; Optional: &lt;b&gt;Grant admin consent for&lt;/b&gt; your organization, so nobody is asked again.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; Valgfrit: &lt;b&gt;Giv administratorsamtykke for&lt;/b&gt; din organisation, så ingen bliver spurgt igen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;6.&lt;/b&gt; Open &lt;b&gt;Overview&lt;/b&gt;, copy the &lt;b&gt;Application (client) ID&lt;/b&gt; and paste it below.</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; Åbn &lt;b&gt;Oversigt&lt;/b&gt;, kopiér &lt;b&gt;Program-id (klient)&lt;/b&gt;, og indsæt det nedenfor.</translation>
    </message>
    <message>
        <source>Admin center:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Omdirigerings-URI:</translation>
    </message>
    <message>
        <source>&amp;Delegated permissions:</source>
        <translation>&amp;Delegerede tilladelser:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopiér {0}</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-id (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Gem og log på</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Kopieret: {0}</translation>
    </message>
    <message>
        <source>Paste the Application (client) ID from the app&apos;s Overview page.</source>
        <translation>Indsæt Program-id (klient) fra appens side Oversigt.</translation>
    </message>
    <message>
        <source>That is a client ID. Save and sign in: if Microsoft refuses it, the Sign-in page says why (for example AADSTS700016: the app is not in your directory; AADSTS50011: the redirect URI is missing).</source>
        <translation>Det er et klient-id. Gem og log på: afviser Microsoft det, siger siden Log på hvorfor (f.eks. AADSTS700016: appen findes ikke i din mappe; AADSTS50011: omdirigerings-URI&apos;en mangler).</translation>
    </message>
    <message>
        <source>Not a client ID yet: it is a GUID, 32 hexadecimal digits in groups of 8-4-4-4-12, like 1b2c3d4e-0000-1111-2222-333344445555. Copy it again from Overview (not the Object ID or the Directory (tenant) ID).</source>
        <translation>Endnu ikke et klient-id: det er en GUID, 32 hexadecimale cifre i grupper på 8-4-4-4-12, som 1b2c3d4e-0000-1111-2222-333344445555. Kopiér det igen fra Oversigt (ikke Objekt-id eller Mappe-id (lejer)).</translation>
    </message>
    <message>
        <source>Not a client ID: it is a GUID like 1b2c3d4e-0000-1111-2222-333344445555.</source>
        <translation>Ikke et klient-id: det er en GUID som 1b2c3d4e-0000-1111-2222-333344445555.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder for your users</source>
        <translation>Påmindelse til dine brugere</translation>
    </message>
    <message>
        <source>Edit the text as you like, then copy it into a mail or a chat message to everyone.</source>
        <translation>Ret teksten, som du vil, og kopiér den derefter ind i en mail eller en chatbesked til alle.</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Tekst til påmindelse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Hello everyone,

{0} is leaving Microsoft 365. Before that, we back up the files in every OneDrive and SharePoint library of the company, your own OneDrive included: you need not copy those. The backup cannot take everything, so please save your own copy of:

• files people outside the company shared with you (they stay in their OneDrive, not ours),
• OneNote notebooks (export them from OneNote: File &gt; Export),
• Teams chat messages and mail you want to keep (the backup holds files, not chats or mail).

Please finish this within the next week and tell me if something is missing.

Thank you!</source>
        <translation>Hej alle

{0} forlader Microsoft 365. Inden da sikkerhedskopierer vi filerne i alle virksomhedens OneDrive- og SharePoint-biblioteker, også din egen OneDrive: dem behøver du ikke at kopiere. Sikkerhedskopien kan ikke tage alt, så gem gerne din egen kopi af:

• filer, som personer uden for virksomheden har delt med dig (de ligger i deres OneDrive, ikke vores),
• OneNote-notesbøger (eksportér dem fra OneNote: Filer &gt; Eksportér),
• Teams-chatbeskeder og mail, du vil beholde (sikkerhedskopien indeholder filer, ikke chats eller mail).

Gør det venligst inden for den næste uge, og sig til, hvis der mangler noget.

Tak!</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Vores virksomhed</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopieret.</translation>
    </message>
</context>
<context>
    <name>ResolverPicker</name>
    <message>
        <source>Demo tenant&apos;s DNS (this computer)</source>
        <translation>Demoorganisationens DNS (denne computer)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-server</translation>
    </message>
    <message>
        <source>The resolver (DNS server) that answers the questions about your domain</source>
        <translation>Den resolver (DNS-server), der svarer på spørgsmålene om dit domæne</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Brugerdefineret…</translation>
    </message>
    <message>
        <source>This computer&apos;s DNS server</source>
        <translation>Denne computers DNS-server</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>vært eller vært:port</translation>
    </message>
    <message>
        <source>Another DNS server</source>
        <translation>En anden DNS-server</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>&amp;Resume that backup</source>
        <translation>&amp;Genoptag den sikkerhedskopiering</translation>
    </message>
    <message>
        <source>A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). Resume it: verified files are not downloaded again.</source>
        <translation>En sikkerhedskopiering i {0} blev ikke færdig (kontrollerede filer: {1}; mangler: {2}). Genoptag den: kontrollerede filer hentes ikke igen.</translation>
    </message>
</context>
<context>
    <name>RunBox</name>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopiering</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Genoptag</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Afbryd sikkerhedskopiering</translation>
    </message>
    <message>
        <source>Stopping after the files being written…</source>
        <translation>Stopper efter de filer, der er ved at blive skrevet…</translation>
    </message>
    <message>
        <source>The backup goes on</source>
        <translation>Sikkerhedskopieringen fortsætter</translation>
    </message>
    <message>
        <source>The backup stays paused while you look at the other pages. Come back to this page (Next) to resume it. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Sikkerhedskopieringen forbliver sat på pause, mens du ser på de andre sider. Kom tilbage til denne side (Næste) for at genoptage den. Lukker du Cancel365, stopper den; næste gang tilbydes du at genoptage, hvor den stoppede.</translation>
    </message>
    <message>
        <source>The backup keeps running while you look at the other pages. Come back to this page (Next) to see how far it got. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Sikkerhedskopieringen kører videre, mens du ser på de andre sider. Kom tilbage til denne side (Næste) for at se, hvor langt den er nået. Lukker du Cancel365, stopper den; næste gang tilbydes du at genoptage, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>Stop sikkerhedskopieringen?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it and close Cancel365? Files verified so far are kept; the next start offers to resume where it stopped.</source>
        <translation>En sikkerhedskopiering kører. Vil du stoppe den og lukke Cancel365? De filer, der er kontrolleret indtil nu, beholdes; næste gang tilbydes du at genoptage, hvor den stoppede.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open: {0}</source>
        <translation>Åbn: {0}</translation>
    </message>
    <message>
        <source>Show in folder: {0}</source>
        <translation>Vis i mappe: {0}</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Kopiér stien</translation>
    </message>
    <message>
        <source>This computer has no program set to open it. Copy the path and open it yourself: {0}</source>
        <translation>Denne computer har intet program sat op til at åbne den. Kopiér stien, og åbn den selv: {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration, so your organization decides what it may do. A Global Administrator creates it once in the Microsoft Entra admin center, in about five minutes: the guide “Registering Cancel365 in your organization” (docs/app-registration.md) shows each step.</source>
        <translation>Cancel365 logger på som din organisations egen appregistrering, så det er din organisation, der bestemmer, hvad den må. En global administrator opretter den én gang i Microsoft Entra Administration på cirka fem minutter: vejledningen “Registering Cancel365 in your organization” (docs/app-registration.md) viser hvert trin.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Program-id (klient)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-id (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Lejer:</translation>
    </message>
    <message>
        <source>Leave “organizations” unless your app registration is single-tenant; then enter your tenant ID or domain.</source>
        <translation>Lad “organizations” stå, medmindre din appregistrering kun er til én lejer; skriv i så fald dit lejer-id eller domæne.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-0000-1111-2222-333344445555: copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-id&apos;et er et GUID som 1b2c3d4e-0000-1111-2222-333344445555: kopiér det fra appregistreringens side Oversigt.</translation>
    </message>
    <message>
        <source>Enter “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Skriv “organizations”, et lejer-id eller et domæne som contoso.onmicrosoft.com.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Microsoft 365</source>
        <translation>Log på Microsoft 365</translation>
    </message>
    <message>
        <source>Use a Global Administrator or Billing Administrator account of the organization whose subscription you want to cancel.</source>
        <translation>Brug en global administrator- eller faktureringsadministratorkonto i den organisation, hvis abonnement du vil annullere.</translation>
    </message>
    <message>
        <source>Cancel365 asks only to read for now. Before it changes anything (removing licences or a domain) it asks you again.</source>
        <translation>Cancel365 beder indtil videre kun om at læse. Før den ændrer noget (fjerner licenser eller et domæne), spørger den dig igen.</translation>
    </message>
    <message>
        <source>Sign in in my &amp;web browser (recommended)</source>
        <translation>Log på i min &amp;webbrowser (anbefales)</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de on another device</source>
        <translation>Log på med en &amp;kode på en anden enhed</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Log &amp;på</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Afbryd login</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inds&amp;tillinger…</translation>
    </message>
    <message>
        <source>&amp;Register Cancel365 in your organization…</source>
        <translation>&amp;Registrér Cancel365 i din organisation…</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Logget på som:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratorroller:</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in…</source>
        <translation>Leder efter dit gemte login…</translation>
    </message>
    <message>
        <source>Opening your web browser…</source>
        <translation>Åbner din webbrowser…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Beder Microsoft om en loginkode…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Afbryder…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Log ud?</translation>
    </message>
    <message>
        <source>Sign out and remove everything Cancel365 stored on this computer: your saved sign-in and any other secrets it keeps? The backup app registration Cancel365 made, if any, is removed from your tenant too.</source>
        <translation>Vil du logge ud og fjerne alt, hvad Cancel365 har gemt på denne computer: dit gemte login og eventuelle andre hemmeligheder, den opbevarer? Appregistreringen til sikkerhedskopiering, som Cancel365 har oprettet, fjernes også fra din lejer, hvis den findes.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Logger ud…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Venter på, at du bliver færdig med at logge på…</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so Cancel365 will not remember this sign-in: you will sign in again next time. Nothing is saved to disk.</source>
        <translation>Denne computer har intet adgangskodelager (nøglering), så Cancel365 husker ikke dette login: du skal logge på igen næste gang. Intet gemmes på disken.</translation>
    </message>
    <message>
        <source>Signed out. Cancel365 keeps nothing from this sign-in.</source>
        <translation>Logget ud. Cancel365 gemmer intet fra dette login.</translation>
    </message>
    <message>
        <source>Before the first sign-in, Cancel365 needs your organization&apos;s own app registration. Register it now: the wizard shows each step and what to paste.</source>
        <translation>Før første logon skal Cancel365 have din organisations egen appregistrering. Registrér den nu: guiden viser hvert trin, og hvad du skal indsætte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>You are a Billing Administrator, not a Global Administrator. You can cancel the subscription and remove licences, but you cannot remove your domain from Microsoft 365 or set up the backup of everyone&apos;s files. Ask a Global Administrator to do those steps, or to sign in here.</source>
        <translation>Du er faktureringsadministrator, ikke global administrator. Du kan annullere abonnementet og fjerne licenser, men du kan ikke fjerne dit domæne fra Microsoft 365 eller sikkerhedskopiere alles filer. Bed en global administrator om at udføre de trin eller logge på her.</translation>
    </message>
    <message>
        <source>{name} is neither a Global Administrator nor a Billing Administrator. You can look around, but you will not be able to cancel the subscription, remove licences or domains, or back up other people&apos;s files. Sign out and sign in with an administrator account, or ask a Global Administrator to give you the Billing Administrator role.</source>
        <translation>{name} er hverken global administrator eller faktureringsadministrator. Du kan se dig omkring, men du kan ikke annullere abonnementet, fjerne licenser eller domæner eller sikkerhedskopiere andres filer. Log ud, og log på med en administratorkonto, eller bed en global administrator om at give dig rollen som faktureringsadministrator.</translation>
    </message>
</context>
<context>
    <name>SignInPromptView</name>
    <message>
        <source>Sign-in code</source>
        <translation>Loginkode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>K&amp;opiér kode</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Å&amp;bn loginsiden</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>Kopiér &amp;linket</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; and enter this code by {time}. Then sign in with your administrator account.</source>
        <translation>Åbn &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; på denne eller en anden enhed, og indtast denne kode inden {time}. Log derefter på med din administratorkonto.</translation>
    </message>
    <message>
        <source>Your web browser shows Microsoft&apos;s sign-in page. Finish signing in there; Cancel365 continues by itself. If no browser window appeared, copy the link into a browser.</source>
        <translation>Din webbrowser viser Microsofts loginside. Log på dér; Cancel365 fortsætter af sig selv. Hvis der ikke kom et browservindue frem, så kopiér linket ind i en browser.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Try &amp;again</source>
        <translation>Prøv &amp;igen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <source>Which subscription do you want to cancel?</source>
        <translation>Hvilket abonnement vil du annullere?</translation>
    </message>
    <message>
        <source>Pick one. The wizard tells you which way out applies to it.</source>
        <translation>Vælg ét. Guiden fortæller dig, hvordan det kan annulleres.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Licences assigned</source>
        <translation>Tildelte licenser</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Næste ændring</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>This subscription was bought with a &amp;product key</source>
        <translation>Abonnementet er købt med en &amp;produktnøgle</translation>
    </message>
    <message>
        <source>&amp;Remove licences…</source>
        <translation>&amp;Fjern licenser…</translation>
    </message>
    <message>
        <source>On a real tenant this list comes from your organization&apos;s billing: every subscription with its licences. Choosing one changes nothing. Only Remove licences changes the tenant: those users lose the apps of that subscription at once (their mail and files stay until it ends). What can go wrong: a subscription bought through a partner or with a product key cannot be cancelled online, and cancelling early may cost a fee.</source>
        <translation>På en rigtig lejer kommer listen fra din organisations fakturering: hvert abonnement med dets licenser. At vælge et ændrer intet. Kun Fjern licenser ændrer lejeren: de brugere mister straks abonnementets apps (deres mail og filer bliver, til det ophører). Hvad kan gå galt: et abonnement købt gennem en partner eller med en produktnøgle kan ikke annulleres online, og en annullering før tid kan koste et gebyr.</translation>
    </message>
    <message>
        <source>Reading subscriptions and licences…</source>
        <translation>Læser abonnementer og licenser…</translation>
    </message>
    <message>
        <source>{0} assigned across {1} subscriptions of this product; this one has {2}</source>
        <translation>{0} tildelt på tværs af {1} abonnementer på dette produkt; dette har {2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} af {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Expired (grace period)</source>
        <translation>Udløbet (henstandsperiode)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Open the &amp;report</source>
        <translation>Åbn &amp;rapporten</translation>
    </message>
    <message>
        <source>Remove the backup &amp;app registration</source>
        <translation>Fjern &amp;appregistreringen til sikkerhedskopiering</translation>
    </message>
    <message>
        <source>C&amp;hange what to back up</source>
        <translation>&amp;Skift, hvad der skal sikkerhedskopieres</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: only the changes were fetched ({1} files).</source>
        <translation>Denne kørsel opdaterede sikkerhedskopien fra {0}: kun ændringerne blev hentet ({1} filer).</translation>
    </message>
    <message>
        <source>Not downloadable (files Microsoft 365 blocks or does not hand out, and shortcuts; the report gives the reason): {0}.</source>
        <translation>Kan ikke hentes (filer, som Microsoft 365 blokerer eller ikke udleverer, og genveje; rapporten giver grunden): {0}.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during or since the backup (a copy made before is kept): {0}.</source>
        <translation>Slettet i Microsoft 365 under eller efter sikkerhedskopieringen (en kopi lavet før beholdes): {0}.</translation>
    </message>
    <message>
        <source>Failed: {0}. The report says why; start again to retry them.</source>
        <translation>Mislykkedes: {0}. Rapporten fortæller hvorfor; start igen for at prøve dem igen.</translation>
    </message>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, choose &quot;Set up backup access for me&quot; and start again: what is verified stays.</source>
        <translation>Brugere og websteder udeladt, fordi denne adgang ikke kan åbne deres filer: {0}. Vælg &quot;Opsæt adgang til sikkerhedskopiering for mig&quot; for at tage dem med, og start igen: det, der er bekræftet, bliver.</translation>
    </message>
    <message>
        <source>Cancelled. Start again to resume where it stopped.</source>
        <translation>Afbrudt. Start igen for at fortsætte, hvor den stoppede.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>Sikkerhedskopien er komplet.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Sikkerhedskopien er ufuldstændig.</translation>
    </message>
    <message>
        <source>The report: {0}</source>
        <translation>Rapporten: {0}</translation>
    </message>
    <message>
        <source>The files report lists the mail per mailbox; the mail report: {0}</source>
        <translation>Rapporten over filerne viser mailen pr. postkasse; rapporten over mail: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No dates yet.</source>
        <translation>Ingen datoer endnu.</translation>
    </message>
</context>
<context>
    <name>UserNoticeDialog</name>
    <message>
        <source>Message to your users</source>
        <translation>Besked til dine brugere</translation>
    </message>
    <message>
        <source>for example Fastmail or Google Workspace</source>
        <translation>f.eks. Fastmail eller Google Workspace</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Beskedens tekst</translation>
    </message>
    <message>
        <source>Edit the text as you like. Recipients (Bcc): {0}, the users whose addresses are on {1}.</source>
        <translation>Ret teksten, som du vil. Modtagere (Bcc): {0}, de brugere, hvis adresser er på {1}.</translation>
    </message>
    <message>
        <source>&amp;Mail moves on:</source>
        <translation>&amp;Mail flyttes den:</translation>
    </message>
    <message>
        <source>&amp;New mail provider:</source>
        <translation>&amp;Ny mailudbyder:</translation>
    </message>
    <message>
        <source>Ol&amp;d mail:</source>
        <translation>Gammel ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>I move it for them with Cancel365</source>
        <translation>Jeg flytter den for dem med Cancel365</translation>
    </message>
    <message>
        <source>They move it themselves</source>
        <translation>De flytter den selv</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Å&amp;bn i mailprogram</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>&amp;Gendan tekst</translation>
    </message>
    <message>
        <source>Copied: paste it into your mail program.</source>
        <translation>Kopieret: indsæt den i dit mailprogram.</translation>
    </message>
    <message>
        <source>The message is long: some mail programs cut it. If it arrives incomplete, use Copy instead.</source>
        <translation>Beskeden er lang, og nogle mailprogrammer afkorter den. Hvis den ikke kommer helt frem, så brug Kopiér i stedet.</translation>
    </message>
    <message>
        <source>You edited the text, so it was not changed. Use Reset text to fill in the new date and provider.</source>
        <translation>Du har rettet teksten, så den blev ikke ændret. Brug Gendan tekst for at indsætte den nye dato og udbyder.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domæner</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Vigtige datoer</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekræft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Last time ({when}) you got to the {page} step for {tenant}.</source>
        <translation>Sidste gang ({when}) nåede du til trinnet {page} for {tenant}.</translation>
    </message>
    <message>
        <source>Subscription: {0}</source>
        <translation>Abonnement: {0}</translation>
    </message>
    <message>
        <source>Domains checked: {0}</source>
        <translation>Tjekkede domæner: {0}</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>Mappe til sikkerhedskopi: {0}</translation>
    </message>
    <message>
        <source>You sign in again; these choices are filled in for you.</source>
        <translation>Du logger på igen; disse valg udfyldes for dig.</translation>
    </message>
    <message>
        <source>Leave Microsoft 365 without losing mail or files</source>
        <translation>Forlad Microsoft 365 uden at miste mail eller filer</translation>
    </message>
    <message>
        <source>The admin center has a Cancel button. This wizard does everything around it, in the right order.</source>
        <translation>Administration har en knap til at annullere. Denne guide klarer alt det omkring den, i den rigtige rækkefølge.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Hvor du slap</translation>
    </message>
    <message>
        <source>Con&amp;tinue where I left off</source>
        <translation>&amp;Fortsæt, hvor jeg slap</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Start f&amp;orfra</translation>
    </message>
    <message>
        <source>Sign in as an administrator and pick the subscription to cancel. The wizard tells you whether it can be cancelled online.</source>
        <translation>Log på som administrator, og vælg det abonnement, der skal annulleres. Guiden fortæller dig, om det kan annulleres online.</translation>
    </message>
    <message>
        <source>Move your custom domain: check which DNS records still point at Microsoft 365 and change them, mail (MX) first.</source>
        <translation>Flyt dit eget domæne: se, hvilke DNS-poster der stadig peger på Microsoft 365, og ret dem, mail (MX) først.</translation>
    </message>
    <message>
        <source>Back up every OneDrive and SharePoint library, verified file by file.</source>
        <translation>Sikkerhedskopiér alle OneDrive- og SharePoint-biblioteker, kontrolleret fil for fil.</translation>
    </message>
    <message>
        <source>See the key dates: when access ends and when data is deleted.</source>
        <translation>Se de vigtige datoer: hvornår adgangen ophører, og hvornår data slettes.</translation>
    </message>
    <message>
        <source>Cancel in the admin center with step-by-step help, then get proof that it worked and a record of everything done.</source>
        <translation>Annuller i Administration med hjælp trin for trin, og få derefter bevis for, at det lykkedes, og en oversigt over alt, hvad der er gjort.</translation>
    </message>
    <message>
        <source>What happens, step by step:</source>
        <translation>Hvad der sker, trin for trin:</translation>
    </message>
    <message>
        <source>Why this order: once a subscription is cancelled, mail sent to your domain bounces while the domain still points at Microsoft 365, and files left behind are deleted 90 to 180 days later.</source>
        <translation>Hvorfor denne rækkefølge: når et abonnement er annulleret, bliver mail til dit domæne afvist, så længe domænet stadig peger på Microsoft 365, og filer, der efterlades, slettes 90 til 180 dage senere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo tenant.&lt;/b&gt; You are exploring with a made-up bakery, Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account.</source>
        <translation>&lt;b&gt;Demoorganisation.&lt;/b&gt; Du udforsker med et opdigtet bageri, Lille Bager ApS. Intet, du gør her, rører en rigtig Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>You will sign in to your organization&apos;s Microsoft 365 as a Global or Billing Administrator. Nothing is changed without asking you first.</source>
        <translation>Du logger på din organisations Microsoft 365 som global administrator eller faktureringsadministrator. Intet ændres uden at spørge dig først.</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: the Sign-in page guides you through creating it (about five minutes). To explore first, run &lt;b&gt;cancel365 --demo&lt;/b&gt;.</source>
        <translation>Cancel365 logger på som din organisations egen appregistrering: siden Log på guider dig gennem oprettelsen (cirka fem minutter). Vil du udforske først, så kør &lt;b&gt;cancel365 --demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing. The wizard then works on your organization&apos;s live Microsoft 365: it reads first and asks before every change (licences, a domain, a backup app registration). The order matters: move mail, back up, and only then cancel; cancelling first bounces mail and starts the deletion clock for your files.</source>
        <translation>På en rigtig lejer ændrer denne side intet. Guiden arbejder så på din organisations rigtige Microsoft 365: den læser først og spørger før hver ændring (licenser, et domæne, en appregistrering til sikkerhedskopien). Rækkefølgen betyder noget: flyt mailen, tag en sikkerhedskopi, og annuller først derefter; annullerer du først, bliver mail afvist, og nedtællingen til sletning af dine filer begynder.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Acknowledged: {0}</source>
        <translation>Godkendt: {0}</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Ret det…</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Ret: {0}</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Godkend…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Skift begrundelse…</translation>
    </message>
    <message>
        <source>Acknowledge: {0}</source>
        <translation>Godkend: {0}</translation>
    </message>
    <message>
        <source>I have told the &amp;users</source>
        <translation>Jeg har fortalt det til &amp;brugerne</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Gjort</translation>
    </message>
    <message>
        <source>✖ Not done</source>
        <translation>✖ Ikke gjort</translation>
    </message>
    <message>
        <source>! Acknowledged</source>
        <translation>! Godkendt</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Your computer&apos;s password store (keyring) is locked, so Cancel365 cannot open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or log out and in again; on macOS: unlock the login keychain), then try again.</source>
        <translation>Din computers adgangskodelager (nøglering) er låst, så Cancel365 kan ikke åbne dit gemte login. Lås det op (på Linux: åbn Adgangskoder og nøgler, eller log ud og ind igen; på macOS: lås nøgleringen login op), og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to read Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Din computers adgangskodelager (nøglering) nægtede at læse Cancel365&apos;s nøgle. Tjek, at det virker (f.eks. i Adgangskoder og nøgler eller Nøglering), og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to store Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Din computers adgangskodelager (nøglering) nægtede at gemme Cancel365&apos;s nøgle. Tjek, at det virker (f.eks. i Adgangskoder og nøgler eller Nøglering), og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to remove Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Din computers adgangskodelager (nøglering) nægtede at fjerne Cancel365&apos;s nøgle. Tjek, at det virker (f.eks. i Adgangskoder og nøgler eller Nøglering), og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to {0}. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Din computers adgangskodelager (nøglering) afviste en handling ({0}). Tjek, at det virker (f.eks. i Adgangskoder og nøgler eller Nøglering), og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Cancel365 needs the client ID of your organization&apos;s own app registration to sign in. Open Settings and enter it (docs/app-registration.md explains how to create one in five minutes).</source>
        <translation>Cancel365 skal bruge klient-id&apos;et for din organisations egen appregistrering for at logge på. Åbn Indstillinger, og angiv det (docs/app-registration.md forklarer, hvordan du opretter en på fem minutter).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Sign in again when you are ready.</source>
        <translation>Login blev afbrudt. Log på igen, når du er klar.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {0} min, so it was stopped. Sign in again and finish it in the browser (or with the code) in time.</source>
        <translation>Login blev ikke gennemført inden for {0} min, så det blev stoppet. Log på igen, og gør det færdigt i browseren (eller med koden) i tide.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Go back to the Sign-in page and sign in again.</source>
        <translation>Dit login er udløbet eller blevet tilbagekaldt. Gå tilbage til siden Log på, og log på igen.</translation>
    </message>
    <message>
        <source>This step needs the permission {0}. Sign in again when asked and accept it; nothing was changed.</source>
        <translation>Dette trin kræver tilladelsen {0}. Log på igen, når du bliver bedt om det, og acceptér den; intet blev ændret.</translation>
    </message>
    <message>
        <source>Your organization does not know this app&apos;s client ID. Check the client ID (Application (client) ID on the app&apos;s Overview page) in Settings, or register the app with Register Cancel365 in your organization on the Sign-in page.</source>
        <translation>Din organisation kender ikke denne apps klient-id. Tjek klient-id&apos;et (Program-id (klient) på appens side Oversigt) under Indstillinger, eller registrér appen med Registrér Cancel365 i din organisation på siden Log på.</translation>
    </message>
    <message>
        <source>This client ID belongs to a Microsoft app that Cancel365 may not use. Register your own app (docs/app-registration.md) and enter its client ID.</source>
        <translation>Dette klient-id tilhører en Microsoft-app, som Cancel365 ikke må bruge. Registrér din egen app (docs/app-registration.md), og angiv dens klient-id.</translation>
    </message>
    <message>
        <source>The app registration is missing the redirect address http://localhost. Add it under Authentication → Mobile and desktop applications.</source>
        <translation>Appregistreringen mangler omdirigeringsadressen http://localhost. Tilføj den under Authentication → Mobile and desktop applications.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows. Turn on &apos;Allow public client flows&apos; under Authentication.</source>
        <translation>Appregistreringen tillader ikke offentlige klientflows. Slå &apos;Allow public client flows&apos; til under Authentication.</translation>
    </message>
    <message>
        <source>The app registration is single-tenant. Enter your tenant ID or domain under Settings → Tenant.</source>
        <translation>Appregistreringen er kun til én lejer. Angiv dit lejer-id eller domæne under Indstillinger → Lejer.</translation>
    </message>
    <message>
        <source>This account is not in your organization. Sign in with a work account of the organization whose subscription you want to cancel.</source>
        <translation>Denne konto hører ikke til din organisation. Log på med en arbejdskonto i den organisation, hvis abonnement du vil annullere.</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot manage a business subscription. Sign in with a work account.</source>
        <translation>Personlige Microsoft-konti kan ikke administrere et erhvervsabonnement. Log på med en arbejdskonto.</translation>
    </message>
    <message>
        <source>The permissions were not granted. Sign in again and accept the permissions Cancel365 asks for.</source>
        <translation>Tilladelserne blev ikke givet. Log på igen, og acceptér de tilladelser, Cancel365 beder om.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Sign in again.</source>
        <translation>Brugernavnet eller adgangskoden er forkert. Log på igen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service refused the sign-in: {0} Try again; if it keeps happening, check the app registration (docs/app-registration.md).</source>
        <translation>Microsofts logintjeneste afviste login: {0} Prøv igen; hvis det bliver ved, så tjek appregistreringen (docs/app-registration.md).</translation>
    </message>
    <message>
        <source>Could not reach Microsoft&apos;s sign-in service ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Kunne ikke nå Microsofts logintjeneste ({0}). Tjek internetforbindelsen og en eventuel proxy, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>The backup app registration&apos;s client secret has expired. Set up backup access again (or add a new secret to your app registration).</source>
        <translation>Klienthemmeligheden for sikkerhedskopieringens appregistrering er udløbet. Opsæt adgang til sikkerhedskopiering igen (eller tilføj en ny hemmelighed til din appregistrering).</translation>
    </message>
    <message>
        <source>Microsoft does not accept the backup app registration&apos;s client ID or secret (yet). A just-created app registration can take a few minutes to work everywhere; otherwise check the tenant, client ID and secret.</source>
        <translation>Microsoft accepterer (endnu) ikke klient-id&apos;et eller hemmeligheden for sikkerhedskopieringens appregistrering. En nyoprettet appregistrering kan tage et par minutter om at virke overalt; ellers skal du tjekke lejer, klient-id og hemmelighed.</translation>
    </message>
    <message>
        <source>Microsoft refused the backup app registration: {0} Check the tenant, client ID and secret, or set up backup access again.</source>
        <translation>Microsoft afviste sikkerhedskopieringens appregistrering: {0} Tjek lejer, klient-id og hemmelighed, eller opsæt adgang til sikkerhedskopiering igen.</translation>
    </message>
    <message>
        <source>The backup access settings are not usable ({0}). Check the tenant.</source>
        <translation>Indstillingerne for adgang til sikkerhedskopiering kan ikke bruges ({0}). Tjek lejeren.</translation>
    </message>
    <message>
        <source>The demo tenant did not answer ({0}). Restart Cancel365 --demo.</source>
        <translation>Demoorganisationen svarede ikke ({0}). Genstart Cancel365 --demo.</translation>
    </message>
    <message>
        <source>The sign-in settings are not usable ({0}). Check the tenant in Settings.</source>
        <translation>Login-indstillingerne kan ikke bruges ({0}). Tjek lejeren under Indstillinger.</translation>
    </message>
    <message>
        <source>The answer from Microsoft&apos;s sign-in service did not pass Cancel365&apos;s checks, so it was not used. Sign in again.</source>
        <translation>Svaret fra Microsofts logintjeneste bestod ikke Cancel365&apos;s kontrol, så det blev ikke brugt. Log på igen.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup needs about {0} but {1} has only {2} free. Free up {3}, choose a larger destination, or deselect some users or sites.</source>
        <translation>Sikkerhedskopien kræver ca. {0}, men {1} har kun {2} ledigt. Frigør {3}, vælg et sted med mere plads, eller fravælg nogle brugere eller websteder.</translation>
    </message>
    <message>
        <source>The destination {0} is full. The backup stopped; files already verified are kept. Free up space (or choose a larger drive) and start the backup again: it resumes where it stopped.</source>
        <translation>Der er ikke mere plads i {0}. Sikkerhedskopieringen stoppede; filer, der allerede er kontrolleret, beholdes. Frigør plads (eller vælg et større drev), og start sikkerhedskopieringen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Cancel365 may not write to {0}. Choose a folder you can write to, or fix its permissions, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 må ikke skrive i {0}. Vælg en mappe, du kan skrive i, eller ret mappens rettigheder, og start derefter sikkerhedskopieringen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>The destination {0} is no longer there (was a disk unplugged?). Reconnect it and start the backup again: it resumes where it stopped.</source>
        <translation>Mappen {0} er der ikke længere (blev en disk taget ud?). Tilslut den igen, og start sikkerhedskopieringen på ny: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Cancel365 could not reach Microsoft 365&apos;s file servers for {0} min ({1}). The backup stopped; files verified so far are kept. Check the network connection, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 kunne ikke nå Microsoft 365&apos;s filservere i {0} min ({1}). Sikkerhedskopieringen stoppede; de filer, der er kontrolleret indtil nu, beholdes. Tjek netværksforbindelsen, og start derefter sikkerhedskopieringen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Writing to {0} failed ({1}). Check the destination, then start the backup again: it resumes where it stopped.</source>
        <translation>Kunne ikke skrive i {0} ({1}). Tjek mappen, og start derefter sikkerhedskopieringen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} byte</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} cannot be used ({1}). Move {2} away to start afresh, or choose another destination.</source>
        <translation>Sikkerhedskopiens manifest i {0} kan ikke bruges ({1}). Flyt {2} væk for at starte forfra, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} could not be written ({1}). Check the destination, then start the backup again.</source>
        <translation>Sikkerhedskopiens manifest i {0} kunne ikke skrives ({1}). Tjek mappen, og start derefter sikkerhedskopieringen igen.</translation>
    </message>
    <message>
        <source>has no OneDrive</source>
        <translation>har ingen OneDrive</translation>
    </message>
    <message>
        <source>cannot be opened with this sign-in (set up backup access to include it)</source>
        <translation>kan ikke åbnes med dette login (opsæt adgang til sikkerhedskopiering for at få den med)</translation>
    </message>
    <message>
        <source>its libraries cannot be opened with this sign-in</source>
        <translation>webstedets biblioteker kan ikke åbnes med dette login</translation>
    </message>
    <message>
        <source>Waiting for Microsoft to activate the new app registration ({0} s so far; this can take a few minutes)…</source>
        <translation>Venter på, at Microsoft aktiverer den nye appregistrering ({0} s indtil nu; det kan tage et par minutter)…</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s ID or its domain (for example contoso.onmicrosoft.com).</source>
        <translation>Angiv din lejers id eller dens domæne (f.eks. contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-…; copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-id&apos;et er et GUID som 1b2c3d4e-…; kopiér det fra appregistreringens side Oversigt.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s value (not its ID).</source>
        <translation>Angiv klienthemmelighedens værdi (ikke dens id).</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Tjekker appregistreringen…</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Tjekker adgangen til sikkerhedskopiering, der blev gemt sidste gang…</translation>
    </message>
    <message>
        <source>Finding Microsoft Graph&apos;s permissions in your tenant</source>
        <translation>Finder Microsoft Graphs tilladelser i din lejer</translation>
    </message>
    <message>
        <source>Microsoft Graph in this tenant does not offer {0}. Use an existing app registration instead.</source>
        <translation>Microsoft Graph i denne lejer tilbyder ikke {0}. Brug en eksisterende appregistrering i stedet.</translation>
    </message>
    <message>
        <source>Creating the app registration</source>
        <translation>Opretter appregistreringen</translation>
    </message>
    <message>
        <source>Creating its service principal</source>
        <translation>Opretter appens tjenesteprincipal</translation>
    </message>
    <message>
        <source>Granting admin consent for {0}</source>
        <translation>Giver administratorsamtykke til {0}</translation>
    </message>
    <message>
        <source>Adding a client secret that expires in 7 days</source>
        <translation>Tilføjer en klienthemmelighed, der udløber om 7 dage</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s service principal was not found in this tenant. Use an existing app registration instead.</source>
        <translation>Microsoft Graphs tjenesteprincipal (service principal) blev ikke fundet i denne lejer. Brug en eksisterende appregistrering i stedet.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup; the copy made before is kept.</source>
        <translation>Slettet i Microsoft 365 under sikkerhedskopieringen; kopien lavet før beholdes.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup; the copy made then is kept.</source>
        <translation>Slettet i Microsoft 365 siden sidste sikkerhedskopi; kopien lavet dengang beholdes.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup.</source>
        <translation>Slettet i Microsoft 365 siden sidste sikkerhedskopi.</translation>
    </message>
    <message>
        <source>No longer in Microsoft 365 (deleted since the last backup); the copy made then is kept.</source>
        <translation>Findes ikke længere i Microsoft 365 (slettet siden sidste sikkerhedskopi); kopien lavet dengang beholdes.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}), and {2} Office files kept as SharePoint changed them after upload (not corruption): {3} files in the backup.</source>
        <translation>Kontrollerede filer: {0} ({1}), og {2} Office-filer gemt, som SharePoint ændrede dem efter upload (ikke beskadigede): {3} filer i sikkerhedskopien.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}).</source>
        <translation>Kontrollerede filer: {0} ({1}).</translation>
    </message>
    <message>
        <source>Updating the backup from {0}</source>
        <translation>Opdaterer sikkerhedskopien fra {0}</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log. Start the backup again to resume.</source>
        <translation>Cancel365 stødte på en uventet fejl ({0}); se loggen. Start sikkerhedskopieringen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>The new app registration still does not work after {0} min: Microsoft can take a while to activate it everywhere. Wait a few minutes, then choose Try again (nothing needs to be set up again).</source>
        <translation>Den nye appregistrering virker stadig ikke efter {0} min: det kan tage et stykke tid, før Microsoft har aktiveret den overalt. Vent et par minutter, og vælg derefter Prøv igen (intet skal opsættes igen).</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log.</source>
        <translation>Cancel365 stødte på en uventet fejl ({0}); se loggen.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no download link for this file.</source>
        <translation>Microsoft 365 gav ikke noget link til at hente denne fil.</translation>
    </message>
    <message>
        <source>Microsoft 365 kept refusing the download link for this file.</source>
        <translation>Microsoft 365 blev ved med at afvise linket til at hente denne fil.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup.</source>
        <translation>Slettet i Microsoft 365 under sikkerhedskopieringen.</translation>
    </message>
    <message>
        <source>a range the server did not honour</source>
        <translation>serveren overholdt ikke det ønskede byteinterval</translation>
    </message>
    <message>
        <source>the connection failed: {0}</source>
        <translation>forbindelsen svigtede: {0}</translation>
    </message>
    <message>
        <source>Microsoft 365 kept asking this app to slow down; try again later.</source>
        <translation>Microsoft 365 blev ved med at bede denne app om at sætte farten ned; prøv igen senere.</translation>
    </message>
    <message>
        <source>The download answered HTTP {0}.</source>
        <translation>Hentningen gav svaret HTTP {0}.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the download of this file: it found malware in it ({0}).</source>
        <translation>Microsoft 365 blokerer download af denne fil: den fandt malware i den ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with a web page (HTTP {0}) instead of the file; it does not hand this file out.</source>
        <translation>Microsoft 365 svarede med en webside (HTTP {0}) i stedet for filen; den udleverer ikke denne fil.</translation>
    </message>
    <message>
        <source>The download kept failing ({0}).</source>
        <translation>Hentningen mislykkedes igen og igen ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no hash: size checked only.</source>
        <translation>Microsoft 365 angav ingen hash: kun størrelsen er kontrolleret.</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in libraries, so the downloaded file ({0} bytes) differs from the listed one ({1} bytes). This is expected; the file was kept.</source>
        <translation>SharePoint tilføjer sine egne egenskaber til Office-filer i biblioteker, så den hentede fil ({0} bytes) afviger fra den listede ({1} bytes). Det er forventet; filen er beholdt.</translation>
    </message>
    <message>
        <source>The downloaded bytes did not match Microsoft 365&apos;s quickXorHash {0} times (got {1} of {2} bytes); the file was not kept.</source>
        <translation>De hentede bytes passede ikke med Microsoft 365&apos;s quickXorHash {0} gange (fik {1} af {2} bytes); filen er ikke beholdt.</translation>
    </message>
    <message>
        <source>Microsoft 365 named no folder for this item, so it was placed at the top of the drive.</source>
        <translation>Microsoft 365 angav ingen mappe for dette element, så det blev lagt øverst i drevet.</translation>
    </message>
    <message>
        <source>Microsoft 365 lists no file content for this item.</source>
        <translation>Microsoft 365 angiver intet filindhold for dette element.</translation>
    </message>
    <message>
        <source>Microsoft 365 found malware in this file and blocks its download ({0}).</source>
        <translation>Microsoft 365 fandt malware i denne fil og blokerer download af den ({0}).</translation>
    </message>
    <message>
        <source>A shortcut to an item in {0}; its files are backed up with that drive, not here.</source>
        <translation>En genvej til et element i {0}; filerne sikkerhedskopieres med det drev, ikke her.</translation>
    </message>
    <message>
        <source>A shortcut to an item in another drive ({0}); its files are backed up with that drive, not here.</source>
        <translation>En genvej til et element i et andet drev ({0}); filerne sikkerhedskopieres med det drev, ikke her.</translation>
    </message>
    <message>
        <source>Microsoft 365 hands out no download for this part of a OneNote notebook; open the notebook in OneNote to export it.</source>
        <translation>Microsoft 365 udleverer ingen download af denne del af en OneNote-notesbog; åbn notesbogen i OneNote for at eksportere den.</translation>
    </message>
    <message>
        <source>The backup stopped unexpectedly. Start it again: files verified so far are kept and it resumes where it stopped.</source>
        <translation>Backuppen stoppede uventet. Start den igen: filer, der allerede er kontrolleret, beholdes, og den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>a part ended short</source>
        <translation>en del sluttede for tidligt</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>{n} licences are assigned; Microsoft support cancels it for you (more than {limit} licences).</source>
        <translation>Der er tildelt {n} licenser; Microsoft-support annullerer det for dig (mere end {limit} licenser).</translation>
    </message>
    <message>
        <source>Bought with a product key: Microsoft support cancels it ({n} licences assigned).</source>
        <translation>Købt med en produktnøgle: Microsoft-support annullerer det ({n} licenser tildelt).</translation>
    </message>
    <message>
        <source>This product is cancelled by Microsoft support ({n} licences assigned).</source>
        <translation>Dette produkt annulleres af Microsoft-support ({n} licenser tildelt).</translation>
    </message>
    <message>
        <source>Bought through a partner: the partner cancels it ({n} licences assigned).</source>
        <translation>Købt gennem en partner: partneren annullerer det ({n} licenser tildelt).</translation>
    </message>
    <message>
        <source>Licences: {0} or fewer assigned, or the support path</source>
        <translation>Licenser: {0} eller færre tildelt, eller vejen via support</translation>
    </message>
    <message>
        <source>No subscription is chosen.</source>
        <translation>Der er ikke valgt noget abonnement.</translation>
    </message>
    <message>
        <source>read from Microsoft 365 at {0}</source>
        <translation>læst fra Microsoft 365 kl. {0}</translation>
    </message>
    <message>
        <source>as read on the Subscription page</source>
        <translation>som læst på siden Abonnement</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}).</source>
        <translation>{0} licenser tildelt ({1}).</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}): remove {2} more, or choose support.</source>
        <translation>{0} licenser tildelt ({1}): fjern {2} mere, eller vælg support.</translation>
    </message>
    <message>
        <source>Custom domains removed</source>
        <translation>Egne domæner fjernet</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains could not be read: {0}</source>
        <translation>Lejerens domæner kunne ikke læses: {0}</translation>
    </message>
    <message>
        <source>The tenant has no custom domain (read from Microsoft 365 at {0}).</source>
        <translation>Lejeren har intet eget domæne (læst fra Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>{0}: mail (MX) and DNS (NS) no longer at Microsoft 365</source>
        <translation>{0}: mail (MX) og DNS (NS) ikke længere hos Microsoft 365</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>Could not be checked at {0}: {1}</source>
        <translation>Kunne ikke kontrolleres kl. {0}: {1}</translation>
    </message>
    <message>
        <source>Checked live at {0}: neither points at Microsoft 365.</source>
        <translation>Kontrolleret live kl. {0}: ingen af dem peger på Microsoft 365.</translation>
    </message>
    <message>
        <source>Checked live at {0}: {1} still at Microsoft 365 (or unknown).</source>
        <translation>Kontrolleret live kl. {0}: {1} stadig hos Microsoft 365 (eller ukendt).</translation>
    </message>
    <message>
        <source>{0}: removed from the tenant</source>
        <translation>{0}: fjernet fra lejeren</translation>
    </message>
    <message>
        <source>Microsoft 365 still lists it (read at {0}).</source>
        <translation>Microsoft 365 viser det stadig (læst kl. {0}).</translation>
    </message>
    <message>
        <source>Not in the tenant&apos;s domains (read from Microsoft 365 at {0}).</source>
        <translation>Ikke blandt lejerens domæner (læst fra Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>Removed at {0}.</source>
        <translation>Fjernet kl. {0}.</translation>
    </message>
    <message>
        <source>Backup complete and verified</source>
        <translation>Sikkerhedskopi fuldført og kontrolleret</translation>
    </message>
    <message>
        <source>No backup was made in this wizard.</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi i denne guide.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest was not read.</source>
        <translation>Sikkerhedskopiens manifest blev ikke læst.</translation>
    </message>
    <message>
        <source>From the manifest: {0} files verified, {1} not downloadable, {2} failed, {3} not finished.</source>
        <translation>Fra manifestet: {0} filer kontrolleret, {1} kan ikke hentes, {2} mislykkedes, {3} ikke færdige.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>Mail flyttet til den nye udbyder</translation>
    </message>
    <message>
        <source>You chose to move the mail, but it was not moved yet.</source>
        <translation>Du valgte at flytte mailen, men den er ikke flyttet endnu.</translation>
    </message>
    <message>
        <source>Every message is at the new provider (users: {0}; counted there at {1}).</source>
        <translation>Alle meddelelser er hos den nye udbyder (brugere: {0}; talt dér kl. {1}).</translation>
    </message>
    <message>
        <source>Not complete for {0}: see the mail move report.</source>
        <translation>Ikke fuldført for {0}: se rapporten over mailflytningen.</translation>
    </message>
    <message>
        <source>Users told when their mail and files stop</source>
        <translation>Brugerne har fået at vide, hvornår deres mail og filer stopper</translation>
    </message>
    <message>
        <source>You ticked that you told them.</source>
        <translation>Du har markeret, at du har fortalt dem det.</translation>
    </message>
    <message>
        <source>Tick the box when you have told them.</source>
        <translation>Markér feltet, når du har fortalt dem det.</translation>
    </message>
    <message>
        <source>Key dates reviewed</source>
        <translation>Vigtige datoer gennemgået</translation>
    </message>
    <message>
        <source>Reviewed at {0}.</source>
        <translation>Gennemgået kl. {0}.</translation>
    </message>
    <message>
        <source>The key dates have not been reviewed.</source>
        <translation>De vigtige datoer er ikke gennemgået.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} is not there any more. Was the backup folder moved or deleted?</source>
        <translation>Sikkerhedskopiens manifest {0} findes ikke længere. Er mappen med sikkerhedskopien flyttet eller slettet?</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} could not be read ({1}).</source>
        <translation>Sikkerhedskopiens manifest {0} kunne ikke læses ({1}).</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Leaving {0}</source>
        <translation>Farvel til {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {0} ({1}). Choose another folder and export again.</source>
        <translation>Kalenderfilen kunne ikke skrives til {0} ({1}). Vælg en anden mappe, og eksportér igen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation>Prøveversionen udløber</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Perioden slutter</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Refund window closes</source>
        <translation>Sidste frist for refusion</translation>
    </message>
    <message>
        <source>Term would end</source>
        <translation>Perioden ville slutte</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Data may be deleted</source>
        <translation>Data kan blive slettet</translation>
    </message>
    <message>
        <source>Read-only ends</source>
        <translation>Skrivebeskyttelse slutter</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Data slettet</translation>
    </message>
    <message>
        <source>You cancel in the admin center. Users lose access at once; the subscription is disabled.</source>
        <translation>Du annullerer i Administration. Brugerne mister straks adgangen; abonnementet deaktiveres.</translation>
    </message>
    <message>
        <source>The trial expires by itself. During the expired period that follows you can still buy it; then its data is deleted.</source>
        <translation>Prøveversionen udløber af sig selv. I udløbsperioden derefter kan du stadig købe den; så slettes dens data.</translation>
    </message>
    <message>
        <source>Expired: can still be renewed</source>
        <translation>Udløbet: kan stadig fornyes</translation>
    </message>
    <message>
        <source>The subscription expired (estimated from its current state).</source>
        <translation>Abonnementet udløb (anslået ud fra dets nuværende tilstand).</translation>
    </message>
    <message>
        <source>The term ends and is not renewed. Everyone keeps access for 30 more days (expired).</source>
        <translation>Perioden slutter og fornyes ikke. Alle beholder adgangen i 30 dage mere (udløbet).</translation>
    </message>
    <message>
        <source>The dates are counted from today.</source>
        <translation>Datoerne regnes fra i dag.</translation>
    </message>
    <message>
        <source>The last day to cancel with a prorated refund (7 days from the start).</source>
        <translation>Sidste dag for annullering med forholdsmæssig refusion (7 dage fra start).</translation>
    </message>
    <message>
        <source>The end of the current term, had you let it run.</source>
        <translation>Slutningen af den nuværende periode, hvis du havde ladet det løbe.</translation>
    </message>
    <message>
        <source>Disabled: only admins can sign in, read-only. They can still back up.</source>
        <translation>Deaktiveret: kun administratorer kan logge på, skrivebeskyttet. De kan stadig tage sikkerhedskopier.</translation>
    </message>
    <message>
        <source>From this day Microsoft may delete the data. Have your backup done before.</source>
        <translation>Fra denne dag kan Microsoft slette dataene. Hav din sikkerhedskopi klar inden.</translation>
    </message>
    <message>
        <source>The disabled period ends: admins can no longer reach the data.</source>
        <translation>Deaktiveringsperioden slutter: administratorer kan ikke længere komme til dataene.</translation>
    </message>
    <message>
        <source>The data is deleted no later than this day.</source>
        <translation>Dataene slettes senest denne dag.</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(anslået)</translation>
    </message>
    <message>
        <source>Active: everyone has access</source>
        <translation>Aktivt: alle har adgang</translation>
    </message>
    <message>
        <source>Disabled: admins only, read-only</source>
        <translation>Deaktiveret: kun administratorer, skrivebeskyttet</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen adgang</translation>
    </message>
    <message>
        <source>Data kept</source>
        <translation>Data bevaret</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Adgang</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The demo tenant did not answer ({0}). Close the wizard and start the demo again.</source>
        <translation>Demolejeren svarede ikke ({0}). Luk guiden, og start demoen igen.</translation>
    </message>
    <message>
        <source>The demo tenant refused the cancellation (HTTP {0}).</source>
        <translation>Demolejeren afviste annulleringen (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>dns</name>
    <message>
        <source>Couldn&apos;t check: {0}</source>
        <translation>Kunne ikke tjekkes: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>systemets resolver</translation>
    </message>
    <message>
        <source>“{0}” is not a valid domain name. Type only the domain, like contoso.com.</source>
        <translation>“{0}” er ikke et gyldigt domænenavn. Skriv kun domænet, f.eks. contoso.com.</translation>
    </message>
    <message>
        <source>{0} does not exist in DNS (NXDOMAIN). Check the spelling.</source>
        <translation>{0} findes ikke i DNS (NXDOMAIN). Tjek stavningen.</translation>
    </message>
    <message>
        <source>{0} has no record of this type.</source>
        <translation>{0} har ingen post af denne type.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for {0} (SERVFAIL). Try again later or choose another resolver.</source>
        <translation>DNS-serveren kunne ikke svare for {0} (SERVFAIL). Prøv igen senere, eller vælg en anden resolver.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for {0}. Choose another resolver.</source>
        <translation>DNS-serveren nægtede at svare for {0}. Vælg en anden resolver.</translation>
    </message>
    <message>
        <source>No answer for {0} in time. Check the network connection or choose another resolver.</source>
        <translation>Intet svar for {0} i tide. Tjek netværksforbindelsen, eller vælg en anden resolver.</translation>
    </message>
    <message>
        <source>{0} is a CNAME that leads back to itself (a loop). Fix it at your DNS host.</source>
        <translation>{0} er en CNAME, der fører tilbage til sig selv (en løkke). Ret det hos din DNS-vært.</translation>
    </message>
    <message>
        <source>{0} accepts no mail: it has a null MX record (RFC 7505).</source>
        <translation>{0} modtager ikke mail: den har en null MX-post (RFC 7505).</translation>
    </message>
    <message>
        <source>Could not ask DNS about {0}: no network or no resolver. Check the connection or choose another resolver.</source>
        <translation>Kunne ikke spørge DNS om {0}: intet netværk eller ingen resolver. Tjek forbindelsen, eller vælg en anden resolver.</translation>
    </message>
    <message>
        <source>The DNS server gave a malformed answer for {0}. Choose another resolver.</source>
        <translation>DNS-serveren gav et ugyldigt svar for {0}. Vælg en anden resolver.</translation>
    </message>
    <message>
        <source>This domain accepts no mail (null MX, RFC 7505). If people should still mail it, add your new mail provider&apos;s MX record.</source>
        <translation>Dette domæne modtager ikke mail (null MX, RFC 7505). Hvis folk stadig skal kunne sende mail dertil, så tilføj din nye mailudbyders MX-post.</translation>
    </message>
    <message>
        <source>Step 1: change MX to your new mail provider. Until then mail keeps going to Microsoft 365; after cancelling it bounces.</source>
        <translation>Trin 1: ret MX til din nye mailudbyder. Indtil da går mail fortsat til Microsoft 365; efter annulleringen bliver den afvist.</translation>
    </message>
    <message>
        <source>Microsoft 365 hosts this domain&apos;s DNS: the change takes effect only after the NS records move (step 2).</source>
        <translation>Microsoft 365 hoster dette domænes DNS: ændringen virker først, når NS-posterne er flyttet (trin 2).</translation>
    </message>
    <message>
        <source>No MX record: mail to this domain cannot be delivered. Add your new mail provider&apos;s MX record.</source>
        <translation>Ingen MX-post: mail til dette domæne kan ikke leveres. Tilføj din nye mailudbyders MX-post.</translation>
    </message>
    <message>
        <source>Done: mail goes to your new provider.</source>
        <translation>Færdig: mail går til din nye udbyder.</translation>
    </message>
    <message>
        <source>The zone&apos;s primary nameserver is Microsoft 365&apos;s; it moves with the NS records (step 2).</source>
        <translation>Zonens primære navneserver er Microsoft 365&apos;s; den flytter med NS-posterne (trin 2).</translation>
    </message>
    <message>
        <source>Nothing to do: the zone&apos;s primary nameserver is not Microsoft 365&apos;s.</source>
        <translation>Intet at gøre: zonens primære navneserver er ikke Microsoft 365&apos;s.</translation>
    </message>
    <message>
        <source>Step 2: Microsoft 365 hosts this domain&apos;s DNS. Recreate every record at your new DNS host, then change the NS records at your registrar.</source>
        <translation>Trin 2: Microsoft 365 hoster dette domænes DNS. Opret alle poster igen hos din nye DNS-vært, og ret derefter NS-posterne hos din domæneregistrator.</translation>
    </message>
    <message>
        <source>No NS records found: ask your registrar which DNS host serves this domain.</source>
        <translation>Ingen NS-poster fundet: spørg din domæneregistrator, hvilken DNS-vært der betjener domænet.</translation>
    </message>
    <message>
        <source>Your DNS is hosted outside Microsoft 365: make the changes there.</source>
        <translation>Din DNS hostes uden for Microsoft 365: foretag ændringerne dér.</translation>
    </message>
    <message>
        <source>Step 3: remove include:spf.protection.outlook.com from this SPF record once mail has moved; add your new provider&apos;s include.</source>
        <translation>Trin 3: fjern include:spf.protection.outlook.com fra denne SPF-post, når mailen er flyttet; tilføj din nye udbyders include.</translation>
    </message>
    <message>
        <source>No SPF record. Add the one your new mail provider gives you.</source>
        <translation>Ingen SPF-post. Tilføj den, som din nye mailudbyder giver dig.</translation>
    </message>
    <message>
        <source>Nothing to do: SPF no longer includes Microsoft 365.</source>
        <translation>Intet at gøre: SPF inkluderer ikke længere Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 4: remove this Microsoft 365 verification record after removing the domain from Microsoft 365.</source>
        <translation>Trin 4: fjern denne bekræftelsespost fra Microsoft 365, når domænet er fjernet fra Microsoft 365.</translation>
    </message>
    <message>
        <source>Keep it. Your new mail provider may suggest changes.</source>
        <translation>Behold den. Din nye mailudbyder foreslår måske ændringer.</translation>
    </message>
    <message>
        <source>Step 3: remove it, or point it at your new provider&apos;s autodiscover, once mail has moved.</source>
        <translation>Trin 3: fjern den, eller lad den pege på din nye udbyders autodiscover, når mailen er flyttet.</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 DKIM key once mail has moved; add your new provider&apos;s keys.</source>
        <translation>Trin 3: fjern denne DKIM-nøgle fra Microsoft 365, når mailen er flyttet; tilføj din nye udbyders nøgler.</translation>
    </message>
    <message>
        <source>Step 3: remove this Teams/Skype for Business record.</source>
        <translation>Trin 3: fjern denne post til Teams/Skype for Business.</translation>
    </message>
    <message>
        <source>Step 3: remove this device-management record (Intune).</source>
        <translation>Trin 3: fjern denne post til enhedsadministration (Intune).</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 record.</source>
        <translation>Trin 3: fjern denne Microsoft 365-post.</translation>
    </message>
    <message>
        <source>Nothing to do: not present.</source>
        <translation>Intet at gøre: findes ikke.</translation>
    </message>
    <message>
        <source>Nothing to do: no longer points at Microsoft 365.</source>
        <translation>Intet at gøre: peger ikke længere på Microsoft 365.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answer.</source>
        <translation>Spørger stadig domænets egne navneservere, om de giver det samme svar.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer; only the resolver&apos;s answer is shown.</source>
        <translation>Domænets egne navneservere svarede ikke; kun resolverens svar vises.</translation>
    </message>
    <message>
        <source>The domain&apos;s nameservers agree.</source>
        <translation>Domænets navneservere er enige.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}. The resolver&apos;s cached answer expires at {1}.</source>
        <translation>Ikke overalt endnu: {0}. Resolverens svar i cache udløber kl. {1}.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}.</source>
        <translation>Ikke overalt endnu: {0}.</translation>
    </message>
    <message>
        <source>Tell your users the date their mail moves, then change the MX record to the new mail provider.</source>
        <translation>Fortæl dine brugere, hvilken dato deres mail flyttes, og ret derefter MX-posten til den nye mailudbyder.</translation>
    </message>
    <message>
        <source>If Microsoft 365 hosts the DNS: recreate every record at the new DNS host, then change the NS records at the registrar.</source>
        <translation>Hvis Microsoft 365 hoster DNS: opret alle poster igen hos den nye DNS-vært, og ret derefter NS-posterne hos domæneregistratoren.</translation>
    </message>
    <message>
        <source>Remove the remaining Microsoft 365 records (SPF include, autodiscover, DKIM…).</source>
        <translation>Fjern de resterende Microsoft 365-poster (SPF-include, autodiscover, DKIM…).</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365.</source>
        <translation>Fjern {0} fra Microsoft 365.</translation>
    </message>
    <message>
        <source>{0} records could not be checked ({1}). Try again, or choose another resolver.</source>
        <translation>{0} poster kunne ikke tjekkes ({1}). Prøv igen, eller vælg en anden resolver.</translation>
    </message>
    <message>
        <source>“{0}” is not a DNS server. Type an address like 1.1.1.1 or 127.0.0.1:5353.</source>
        <translation>“{0}” er ikke en DNS-server. Skriv en adresse som 1.1.1.1 eller 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>Could not find the DNS server {0}. Check the name, or type its IP address.</source>
        <translation>Kunne ikke finde DNS-serveren {0}. Tjek navnet, eller skriv dens IP-adresse.</translation>
    </message>
    <message>
        <source>unexpected error ({0}). Run with --verbose for details.</source>
        <translation>uventet fejl ({0}). Kør med --verbose for detaljer.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365 any more</source>
        <translation>intet peger længere på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>peger stadig på Microsoft 365</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Microsoft 365?</source>
        <translation>Microsoft 365?</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Næste trin:</translation>
    </message>
    <message>
        <source>The DNS check stopped before it finished. Check again; if it keeps stopping, run “cancel365 dns your-domain” in a terminal to see why.</source>
        <translation>DNS-tjekket stoppede, før det var færdigt. Tjek igen; bliver det ved med at stoppe, så kør “cancel365 dns dit-domæne” i en terminal for at se hvorfor.</translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2} and {3} more). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} bruges stadig af brugere, grupper eller apps, i alt {1} ({2} og {3} mere). Skift deres adresser til et andet domæne (f.eks. onmicrosoft.com-domænet) i Administration, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2}). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} bruges stadig af brugere, grupper eller apps, i alt {1} ({2}). Skift deres adresser til et andet domæne (f.eks. onmicrosoft.com-domænet) i Administration, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Removing {0} needs the {1} permission, which this sign-in does not have. Sign in again and accept it (a Global Administrator or Domain Name Administrator can), or remove the domain in the admin center&apos;s Domains page.</source>
        <translation>For at fjerne {0} kræves tilladelsen {1}, som dette login ikke har. Log på igen, og acceptér den (det kan en global administrator eller domænenavnsadministrator), eller fjern domænet på siden Domæner i Administration.</translation>
    </message>
    <message>
        <source>Microsoft 365 accepted the removal of {0}, but still lists it. Removal can take a few minutes: check again later, or look at the admin center&apos;s Domains page.</source>
        <translation>Microsoft 365 accepterede at fjerne {0}, men viser det stadig. Det kan tage et par minutter at fjerne et domæne: tjek igen senere, eller se på siden Domæner i Administration.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, run cancel365 --verbose and send the log to support.</source>
        <translation>Der gik noget uventet galt ({0}). Prøv igen; hvis det bliver ved, så kør cancel365 --verbose, og send loggen til support.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>It costs too much</source>
        <translation>Det koster for meget</translation>
    </message>
    <message>
        <source>We are moving to another provider</source>
        <translation>Vi skifter til en anden udbyder</translation>
    </message>
    <message>
        <source>The business is closing or merging</source>
        <translation>Virksomheden lukker eller fusionerer</translation>
    </message>
    <message>
        <source>Features we need are missing</source>
        <translation>Funktioner, vi har brug for, mangler</translation>
    </message>
    <message>
        <source>It is too complex for us</source>
        <translation>Det er for kompliceret for os</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>En anden grund</translation>
    </message>
    <message>
        <source>We are moving to another provider: {0}</source>
        <translation>Vi skifter til en anden udbyder: {0}</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Could not reach Microsoft 365 ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Kunne ikke nå Microsoft 365 ({0}). Tjek internetforbindelsen og en eventuel proxy, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 asked this app to pause for about {0} min. Try again after that.</source>
        <translation>Microsoft 365 har bedt denne app om at holde pause i ca. {0} min. Prøv igen derefter.</translation>
    </message>
    <message>
        <source>a Global Administrator</source>
        <translation>global administrator</translation>
    </message>
    <message>
        <source>a Global Administrator or Global Reader</source>
        <translation>global administrator eller global læser</translation>
    </message>
    <message>
        <source>a Global Administrator or Billing Administrator</source>
        <translation>global administrator eller faktureringsadministrator</translation>
    </message>
    <message>
        <source>any signed-in user</source>
        <translation>en bruger, der er logget på</translation>
    </message>
    <message>
        <source>a Global or License Administrator</source>
        <translation>global administrator eller licensadministrator</translation>
    </message>
    <message>
        <source>a Global or Domain Name Administrator</source>
        <translation>global administrator eller domænenavnsadministrator</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts this sign-in. Sign in again.</source>
        <translation>Microsoft 365 accepterer ikke længere dette login. Log på igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: it needs the {0} permission and an account that is {1}. Sign in as such an admin, or ask one to grant consent, then try again.</source>
        <translation>Microsoft 365 afviste dette: det kræver tilladelsen {0} og en konto, der er {1}. Log på som en sådan administrator, eller bed en af dem om at give samtykke, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: the signed-in account lacks a permission or an admin role. Sign in as a Global Administrator and try again.</source>
        <translation>Microsoft 365 afviste dette: den konto, der er logget på, mangler en tilladelse eller en administratorrolle. Log på som global administrator, og prøv igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 says this does not exist (any more). Refresh and try again.</source>
        <translation>Ifølge Microsoft 365 findes dette ikke (længere). Opdater, og prøv igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how fast this app may work and kept doing so. Wait a few minutes, then try again.</source>
        <translation>Microsoft 365 begrænser, hvor hurtigt denne app må arbejde, og blev ved med det. Vent et par minutter, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 had a problem on its side (HTTP {0}) and kept having it. Try again in a few minutes; if it persists, check the service health page in the admin center.</source>
        <translation>Microsoft 365 havde et problem hos sig selv (HTTP {0}), og det blev ved. Prøv igen om et par minutter; hvis det fortsætter, så tjek siden om tjenestetilstand i Administration.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the request (HTTP {0}).</source>
        <translation>Microsoft 365 accepterede ikke forespørgslen (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>The folder {0} was deleted during the backup.</source>
        <translation>Mappen {0} blev slettet under sikkerhedskopieringen.</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} arrived during the backup or failed (run again to add them)</source>
        <translation>{0}: Microsoft 365 tæller {1}, sikkerhedskopien har {2}: {3} kom til under sikkerhedskopieringen eller mislykkedes (kør igen for at tilføje dem)</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} were deleted or moved in the mailbox during the backup (kept in the backup)</source>
        <translation>{0}: Microsoft 365 tæller {1}, sikkerhedskopien har {2}: {3} blev slettet eller flyttet i postkassen under sikkerhedskopieringen (beholdes i sikkerhedskopien)</translation>
    </message>
    <message>
        <source>Calendars left out: this access has no Calendars.Read permission.</source>
        <translation>Kalendere udeladt: denne adgang har ikke tilladelsen Calendars.Read.</translation>
    </message>
    <message>
        <source>Contacts left out: this access has no Contacts.Read permission.</source>
        <translation>Kontakter udeladt: denne adgang har ikke tilladelsen Contacts.Read.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruger</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delt postkasse</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>lokalepostkasse</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>udstyrspostkasse</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>anden postkasse</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>bruger uden licens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delt postkasse eller lokalepostkasse (uden licens)</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrolleret: {0} af {1} meddelelser. Mislykkedes: {2}. Begivenheder: {3}. Kontakter: {4}.</translation>
    </message>
    <message>
        <source>Mail was left out: {0}.</source>
        <translation>Mail blev udeladt: {0}.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts.</source>
        <translation>{0} meddelelser kontrolleret, {1} mislykkedes; {2} begivenheder; {3} kontakter.</translation>
    </message>
</context>
<context>
    <name>mail_move</name>
    <message>
        <source>Cannot read the accounts file {0}: {1}</source>
        <translation>Kan ikke læse kontofilen {0}: {1}</translation>
    </message>
    <message>
        <source>The accounts file {0} has no column {1}: the first row must name the columns email,imap_user,imap_host (and optionally imap_port, security, password).</source>
        <translation>Kontofilen {0} har ingen kolonne {1}: første række skal navngive kolonnerne email,imap_user,imap_host (og eventuelt imap_port, security, password).</translation>
    </message>
    <message>
        <source>Row {0} of {1}: the column {2} is empty.</source>
        <translation>Række {0} i {1}: kolonnen {2} er tom.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not an email address.</source>
        <translation>Række {0} i {1}: {2} er ikke en mailadresse.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is there twice.</source>
        <translation>Række {0} i {1}: {2} står der to gange.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: security must be tls, starttls or plain, not {2}.</source>
        <translation>Række {0} i {1}: security skal være tls, starttls eller plain, ikke {2}.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not a port number.</source>
        <translation>Række {0} i {1}: {2} er ikke et portnummer.</translation>
    </message>
    <message>
        <source>The accounts file {0} has no accounts.</source>
        <translation>Kontofilen {0} indeholder ingen konti.</translation>
    </message>
    <message>
        <source>No saved mailbox for {0} in {1}.</source>
        <translation>Ingen gemt postkasse for {0} i {1}.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Venter på sin tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppet, før det begyndte.</translation>
    </message>
    <message>
        <source>No password for {0} at {1}.</source>
        <translation>Ingen adgangskode til {0} hos {1}.</translation>
    </message>
    <message>
        <source>Stopped; run it again to go on where it left off.</source>
        <translation>Stoppet; kør det igen for at fortsætte, hvor det slap.</translation>
    </message>
    <message>
        <source>Dry run: {0} messages would be sent, {1} are already there; {2} folders would be made.</source>
        <translation>Prøvekørsel: {0} meddelelser ville blive sendt, {1} er der allerede; {2} mapper ville blive oprettet.</translation>
    </message>
    <message>
        <source>{0} sent, {1} already there, {2} failed; {3} folders differ.</source>
        <translation>{0} sendt, {1} var der allerede, {2} mislykkedes; {3} mapper afviger.</translation>
    </message>
    <message>
        <source>All {0} messages are there: {1} sent now, {2} were already there.</source>
        <translation>Alle {0} meddelelser er der: {1} sendt nu, {2} var der allerede.</translation>
    </message>
    <message>
        <source>{0} Trying again.</source>
        <translation>{0} Prøver igen.</translation>
    </message>
    <message>
        <source>The connection to {0} kept breaking ({1}); stopped after {2} tries. Run it again later: it goes on where it left off.</source>
        <translation>Forbindelsen til {0} blev ved med at blive afbrudt ({1}); stoppet efter {2} forsøg. Kør det igen senere: det fortsætter, hvor det slap.</translation>
    </message>
    <message>
        <source>The connection broke ({0}); connecting again.</source>
        <translation>Forbindelsen blev afbrudt ({0}); opretter forbindelse igen.</translation>
    </message>
    <message>
        <source>The server would not make the folder {0}: {1}</source>
        <translation>Serveren ville ikke oprette mappen {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: a message ({1}) was refused by the server: {2}</source>
        <translation>{0}: en meddelelse ({1}) blev afvist af serveren: {2}</translation>
    </message>
    <message>
        <source>The mailbox of {0} at the new provider is full ({1}). Ask the provider for more room, or delete mail there, then run the move again: it goes on where it stopped.</source>
        <translation>Postkassen for {0} hos den nye udbyder er fuld ({1}). Bed udbyderen om mere plads, eller slet mail der, og kør så flytningen igen: den fortsætter, hvor den stoppede.</translation>
    </message>
    <message>
        <source>Sending {0}.</source>
        <translation>Sender {0}.</translation>
    </message>
    <message>
        <source>Could not read back the folders&apos; counts: {0}</source>
        <translation>Kunne ikke læse mappernes antal tilbage: {0}</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider; the saved mailbox has {2} ({3} refused).</source>
        <translation>{0} har {1} meddelelser hos den nye udbyder; den gemte postkasse har {2} ({3} afvist).</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider, {2} more than were there before plus those sent now: mail arrived there meanwhile, or a message was stored twice after a dropped connection. Look in that folder.</source>
        <translation>{0} har {1} meddelelser hos den nye udbyder, {2} flere end der var før plus dem, der blev sendt nu: der er kommet mail imens, eller en meddelelse blev gemt to gange efter en afbrudt forbindelse. Se efter i den mappe.</translation>
    </message>
    <message>
        <source>{0}: Cancel365 does not send a password in plain text. Use tls or starttls (plain is only for a test server on this computer, with --insecure).</source>
        <translation>{0}: Cancel365 sender ikke en adgangskode i klartekst. Brug tls eller starttls (plain er kun til en testserver på denne computer, med --insecure).</translation>
    </message>
    <message>
        <source>{0}: the server&apos;s certificate is not trusted ({1}). Check the host name; ask the provider which host name to use.</source>
        <translation>{0}: serverens certifikat kan ikke godkendes ({1}). Tjek værtsnavnet; spørg udbyderen, hvilket værtsnavn du skal bruge.</translation>
    </message>
    <message>
        <source>{0} cannot be reached ({1}). Check the host and port.</source>
        <translation>{0} kan ikke nås ({1}). Tjek vært og port.</translation>
    </message>
    <message>
        <source>{0} does not offer STARTTLS ({1}). Try tls on port 993.</source>
        <translation>{0} tilbyder ikke STARTTLS ({1}). Prøv tls på port 993.</translation>
    </message>
    <message>
        <source>{0}: the server refused the user name or password for {1} ({2}). Check them; some providers need an app password.</source>
        <translation>{0}: serveren afviste brugernavnet eller adgangskoden til {1} ({2}). Tjek dem; nogle udbydere kræver en appadgangskode.</translation>
    </message>
    <message>
        <source>{0}: the connection broke while signing in ({1}).</source>
        <translation>{0}: forbindelsen blev afbrudt under login ({1}).</translation>
    </message>
    <message>
        <source>Signed in, but the server stopped answering ({0}).</source>
        <translation>Logget på, men serveren holdt op med at svare ({0}).</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}.</source>
        <translation>Logget på {0} som {1}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Complete: every saved message is at the new provider.</source>
        <translation>Komplet: alle gemte meddelelser er hos den nye udbyder.</translation>
    </message>
    <message>
        <source>INCOMPLETE: see the rows with failures or notes.</source>
        <translation>UFULDSTÆNDIG: se rækkerne med fejl eller bemærkninger.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>Mail flyttet til den nye udbyder</translation>
    </message>
    <message>
        <source>{0} messages sent, {1} already there, {2} failed.</source>
        <translation>{0} meddelelser sendt, {1} var der allerede, {2} mislykkedes.</translation>
    </message>
    <message>
        <source>User / folder</source>
        <translation>Bruger / mappe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Der i forvejen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>At the new provider</source>
        <translation>Hos den nye udbyder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>Your e-mail moves on {date}</source>
        <translation>Din mail flytter {date}</translation>
    </message>
    <message>
        <source>Hello,

On {date} the e-mail for {domain} moves from Microsoft 365 to {provider}. Your e-mail address stays the same.

What you need to do:
1. {old_mail}
2. Before {date}: copy your OneDrive files somewhere else.
3. From {date}: sign in to {provider} with the details you will receive, and set up the mail app on your computer and phone again.
4. When the Microsoft 365 subscription ends, Office on your computer can only open and print documents: remove it then.

On the day of the move, new mail may arrive a few hours late.

Questions? Just reply to this message.

{admin}
</source>
        <translation>Hej

Mailen for {domain} flytter {date} fra Microsoft 365 til {provider}. Din mailadresse forbliver den samme.

Det skal du gøre:
1. {old_mail}
2. Før {date}: kopiér dine OneDrive-filer et andet sted hen.
3. Fra {date}: log på {provider} med de oplysninger, du får, og konfigurer mailappen på din computer og telefon igen.
4. Når Microsoft 365-abonnementet ophører, kan Office på din computer kun åbne og udskrive dokumenter: fjern det derefter.

På flyttedagen kan ny mail komme et par timer forsinket.

Spørgsmål? Bare svar på denne besked.

{admin}
</translation>
    </message>
    <message>
        <source>Your old e-mail: you need not export it. I copy it from Microsoft 365 into your new mailbox at {provider}, in the same folders; it appears there once I have moved it, on or soon after {date}. Before {date}, keep the contacts and calendar items you need (export them from Outlook or ask me for help); what stays in Microsoft 365 will be deleted.</source>
        <translation>Din gamle mail: du behøver ikke eksportere den. Jeg kopierer den fra Microsoft 365 til din nye postkasse hos {provider}, i de samme mapper; den dukker op dér, når jeg har flyttet den, {date} eller kort efter. Før {date}: gem de kontakter og kalenderaftaler, du har brug for (eksportér dem fra Outlook, eller bed mig om hjælp); det, der bliver i Microsoft 365, slettes.</translation>
    </message>
    <message>
        <source>Before {date}: keep the e-mail, contacts and calendar items you need. Export them from Outlook or ask me for help; what stays in Microsoft 365 will be deleted. Your old e-mail does not appear at {provider} by itself: if you want it there, you move it there yourself.</source>
        <translation>Før {date}: gem de mails, kontakter og kalenderaftaler, du har brug for. Eksportér dem fra Outlook, eller bed mig om hjælp; det, der bliver i Microsoft 365, slettes. Din gamle mail dukker ikke op hos {provider} af sig selv: vil du have den dér, skal du selv flytte den.</translation>
    </message>
    <message>
        <source>the new mail provider</source>
        <translation>den nye mailudbyder</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>couldn&apos;t check</source>
        <translation>kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Cancellation record</source>
        <translation>Annulleringsrapport</translation>
    </message>
    <message>
        <source>{0}, written {1} by Cancel365 {2}.</source>
        <translation>{0}, skrevet {1} af Cancel365 {2}.</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Ingen lejer</translation>
    </message>
    <message>
        <source>Demo tenant: nothing here happened to a real Microsoft 365 account.</source>
        <translation>Demolejer: intet af dette skete på en rigtig Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>Tenant and administrator</source>
        <translation>Lejer og administrator</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Lejer-id</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Abonnement og licenser</translation>
    </message>
    <message>
        <source>No subscription was chosen.</source>
        <translation>Der blev ikke valgt noget abonnement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Licences assigned</source>
        <translation>Tildelte licenser</translation>
    </message>
    <message>
        <source>Licences in total</source>
        <translation>Licenser i alt</translation>
    </message>
    <message>
        <source>Next lifecycle date</source>
        <translation>Næste livscyklusdato</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After licences were removed</source>
        <translation>Efter at licenser blev fjernet</translation>
    </message>
    <message>
        <source>Licences removed</source>
        <translation>Fjernede licenser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>No licence was removed.</source>
        <translation>Ingen licens blev fjernet.</translation>
    </message>
    <message>
        <source>Domains and DNS</source>
        <translation>Domæner og DNS</translation>
    </message>
    <message>
        <source>No custom domain was checked.</source>
        <translation>Der blev ikke kontrolleret noget eget domæne.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365</source>
        <translation>intet peger på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>peger stadig på Microsoft 365</translation>
    </message>
    <message>
        <source>couldn&apos;t be checked</source>
        <translation>kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Seneste kontrol</translation>
    </message>
    <message>
        <source>Removed from the tenant</source>
        <translation>Fjernet fra lejeren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>{0} (points at Microsoft 365: {1})</source>
        <translation>{0} (peger på Microsoft 365: {1})</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>No backup was made with Cancel365.</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi med Cancel365.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fuldstændig</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Kontrollerede filer</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>Kontrollerede data</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation>Filer, der mislykkedes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>the manifest was not found</source>
        <translation>manifestet blev ikke fundet</translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation>Manifestets SHA-256:</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Vigtige datoer</translation>
    </message>
    <message>
        <source>The key dates were not worked out.</source>
        <translation>De vigtige datoer blev ikke beregnet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>Time zone: {0}. Worked out {1}.</source>
        <translation>Tidszone: {0}. Beregnet {1}.</translation>
    </message>
    <message>
        <source>Why we are leaving</source>
        <translation>Hvorfor vi stopper</translation>
    </message>
    <message>
        <source>No feedback was given.</source>
        <translation>Der blev ikke givet nogen feedback.</translation>
    </message>
    <message>
        <source>Final checklist</source>
        <translation>Sidste tjekliste</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrolleret</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>accepteret</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrolleret</translation>
    </message>
    <message>
        <source>The checklist was not reached.</source>
        <translation>Tjeklisten blev ikke nået.</translation>
    </message>
    <message>
        <source>Users told: {0}</source>
        <translation>Brugere informeret: {0}</translation>
    </message>
    <message>
        <source>Cancellation and proof</source>
        <translation>Annullering og bevis</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed in the wizard.</source>
        <translation>Annulleringen blev ikke bekræftet i guiden.</translation>
    </message>
    <message>
        <source>Confirmed by typing</source>
        <translation>Bekræftet ved at skrive</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Cancelled in the admin center</source>
        <translation>Annulleret i Administration</translation>
    </message>
    <message>
        <source>Proven by Graph</source>
        <translation>Bevist af Graph</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Læst</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementets status</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Licensstatus</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>væk</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>PDF&apos;en kunne ikke skrives til {0}.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Side {0} af {1}</translation>
    </message>
    <message>
        <source>The record could not be saved in {0}: {1}. Choose another folder, or make room and try again.</source>
        <translation>Rapporten kunne ikke gemmes i {0}: {1}. Vælg en anden mappe, eller frigør plads, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, use &quot;Set up backup access for me&quot; in the wizard&apos;s Backup page and run the backup again to the same folder.</source>
        <translation>Brugere og websteder udeladt, fordi denne adgang ikke kan åbne deres filer: {0}. Brug &quot;Opsæt adgang til sikkerhedskopiering for mig&quot; på guidens side Sikkerhedskopiering for at tage dem med, og kør sikkerhedskopieringen igen til den samme mappe.</translation>
    </message>
    <message>
        <source>Files not in the backup: {0}. Run the backup again to the same folder to retry them.</source>
        <translation>Filer, der ikke er i sikkerhedskopien: {0}. Kør sikkerhedskopieringen igen til den samme mappe for at prøve dem igen.</translation>
    </message>
    <message>
        <source>Libraries that could not be listed: {0}.</source>
        <translation>Biblioteker, der ikke kunne gennemgås: {0}.</translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation>Ufuldstændig.</translation>
    </message>
    <message>
        <source>Complete: every file in scope is in the backup.</source>
        <translation>Komplet: alle filer i omfanget er i sikkerhedskopien.</translation>
    </message>
    <message>
        <source>The mail report</source>
        <translation>Rapporten over mail</translation>
    </message>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>Mail, kalendere og kontakter</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Komplet</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ufuldstændig</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postkasse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: it asked Microsoft 365 only for the changes since then and fetched {1} files.</source>
        <translation>Denne kørsel opdaterede sikkerhedskopien fra {0}: den bad kun Microsoft 365 om ændringerne siden da og hentede {1} filer.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Cancel365 backup report</source>
        <translation>Rapport over Cancel365-sikkerhedskopien</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Bruger eller websted</translation>
    </message>
    <message>
        <source>Written {0}. Every file listed as verified matched Microsoft 365&apos;s quickXorHash.</source>
        <translation>Skrevet {0}. Alle filer, der står som kontrolleret, passede med Microsoft 365&apos;s quickXorHash.</translation>
    </message>
    <message>
        <source>Per user and site</source>
        <translation>Pr. bruger og websted</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Kontrollerede filer</translation>
    </message>
    <message>
        <source>Bytes verified</source>
        <translation>Kontrollerede bytes</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint (kept)</source>
        <translation>Office-filer ændret af SharePoint (beholdt)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Not downloadable</source>
        <translation>Kan ikke hentes</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ikke færdige</translation>
    </message>
    <message>
        <source>These files are not in the backup. Start the backup again to retry them, or download them by hand.</source>
        <translation>Disse filer er ikke med i sikkerhedskopien. Start sikkerhedskopieringen igen for at prøve dem igen, eller hent dem manuelt.</translation>
    </message>
    <message>
        <source>These items hold no file bytes Microsoft 365 can hand out.</source>
        <translation>Disse elementer indeholder intet filindhold, som Microsoft 365 kan udlevere.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365</source>
        <translation>Slettet i Microsoft 365</translation>
    </message>
    <message>
        <source>These items were deleted in Microsoft 365 during the backup or since the last one. A copy made before they were deleted stays in the backup.</source>
        <translation>Disse elementer blev slettet i Microsoft 365 under sikkerhedskopieringen eller siden den forrige. En kopi lavet før de blev slettet, bliver i sikkerhedskopien.</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint</source>
        <translation>Office-filer ændret af SharePoint</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in document libraries, so their size and hash differ from the listing. This is expected; the files were kept.</source>
        <translation>SharePoint tilføjer sine egne egenskaber til Office-filer i dokumentbiblioteker, så deres størrelse og hash afviger fra listen. Det er forventet; filerne er beholdt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Placed at the top of their drive</source>
        <translation>Lagt øverst i deres drev</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Udeladt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Nothing to cancel: this is a trial.</source>
        <translation>Intet at annullere: dette er et prøveabonnement.</translation>
    </message>
    <message>
        <source>You can cancel this subscription online.</source>
        <translation>Du kan annullere dette abonnement online.</translation>
    </message>
    <message>
        <source>Too many licences to cancel online.</source>
        <translation>For mange licenser til at annullere online.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription.</source>
        <translation>Din partner annullerer dette abonnement.</translation>
    </message>
    <message>
        <source>Call Microsoft support to cancel.</source>
        <translation>Ring til Microsoft-support for at annullere.</translation>
    </message>
    <message>
        <source>This subscription is no longer active.</source>
        <translation>Dette abonnement er ikke længere aktivt.</translation>
    </message>
    <message>
        <source>Trial subscriptions end by themselves unless a payment method is added. This one changes state on {date}. Don&apos;t add a payment method, and back up anything you want to keep before then.</source>
        <translation>Prøveabonnementer ophører af sig selv, medmindre der tilføjes en betalingsmetode. Dette abonnement skifter status {date}. Tilføj ikke en betalingsmetode, og sikkerhedskopiér alt, hvad du vil beholde, inden da.</translation>
    </message>
    <message>
        <source>{n} licences are assigned ({limit} or fewer), so you can cancel it yourself in the admin center under &lt;b&gt;Billing &amp;gt; Your products&lt;/b&gt;. Continue: the wizard first helps you move your domain and back up your data.</source>
        <translation>Der er tildelt {n} licenser ({limit} eller færre), så du kan selv annullere det i Administration under &lt;b&gt;Fakturering &amp;gt; Abonnementer&lt;/b&gt;. Fortsæt: guiden hjælper dig først med at flytte dit domæne og sikkerhedskopiere dine data.</translation>
    </message>
    <message>
        <source>{n} licences are assigned; online cancellation allows {limit} or fewer. Either remove the licence from at least {k} users (below), or &lt;a href=&apos;{support}&apos;&gt;ask Microsoft support to call you&lt;/a&gt;.</source>
        <translation>Der er tildelt {n} licenser; annullering online tillader {limit} eller færre. Fjern enten licensen fra mindst {k} brugere (nedenfor), eller &lt;a href=&apos;{support}&apos;&gt;bed Microsoft-support om at ringe til dig&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>It was bought through a Microsoft partner, and only the partner can cancel it. Contact them; you find them in the admin center under &lt;a href=&apos;{partners}&apos;&gt;Settings &amp;gt; Partner relationships&lt;/a&gt;.</source>
        <translation>Det er købt gennem en Microsoft-partner, og kun partneren kan annullere det. Kontakt partneren; du finder dem i Administration under &lt;a href=&apos;{partners}&apos;&gt;Indstillinger &amp;gt; Partnerrelationer&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Subscriptions bought with a product key are cancelled by support, and the money is not refunded. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>Abonnementer, der er købt med en produktnøgle, annulleres af support, og pengene refunderes ikke. &lt;a href=&apos;{support}&apos;&gt;Kontakt support i Administration&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>{product} is one of the products (such as Dynamics 365 and Intune) that cannot be cancelled online. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>{product} er et af de produkter (som Dynamics 365 og Intune), der ikke kan annulleres online. &lt;a href=&apos;{support}&apos;&gt;Kontakt support i Administration&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Its status is {status}: it has already been cancelled or disabled. While it is disabled, admins can still back up its data, which is deleted 90 to 180 days after cancelling.</source>
        <translation>Status er {status}: det er allerede annulleret eller deaktiveret. Mens det er deaktiveret, kan administratorer stadig sikkerhedskopiere dets data, som slettes 90 til 180 dage efter annulleringen.</translation>
    </message>
    <message>
        <source>Still do the next steps: move your domain&apos;s mail and back up your files, because the data is deleted after the trial ends. Click Next. At the end the wizard only checks the trial&apos;s dates: there is nothing to cancel.</source>
        <translation>Gør stadig de næste trin: flyt dit domænes mail, og tag en sikkerhedskopi af dine filer, for dataene slettes, når prøveperioden er slut. Klik på Næste. Til sidst tjekker guiden kun prøveperiodens datoer: der er intet at annullere.</translation>
    </message>
    <message>
        <source>You can also click Next as it is: moving your domain and backing up apply either way, and the last step shows the support route if more than {limit} licences stay.</source>
        <translation>Du kan også klikke på Næste, som det er: flytning af domænet og sikkerhedskopiering gælder under alle omstændigheder, og det sidste trin viser vejen via support, hvis der bliver mere end {limit} licenser.</translation>
    </message>
    <message>
        <source>The next steps still apply to you, not the partner: click Next to move your domain and back up your data. The last step gives you the facts to hand your partner.</source>
        <translation>De næste trin gælder stadig for dig, ikke partneren: klik på Næste for at flytte dit domæne og tage en sikkerhedskopi af dine data. Det sidste trin giver dig de oplysninger, du skal give din partner.</translation>
    </message>
    <message>
        <source>The next steps still apply: click Next to move your domain and back up your data. The last step gives you the facts support asks for.</source>
        <translation>De næste trin gælder stadig: klik på Næste for at flytte dit domæne og tage en sikkerhedskopi af dine data. Det sidste trin giver dig de oplysninger, support beder om.</translation>
    </message>
    <message>
        <source>Click Next to back up while admins still can, and to check your domain.</source>
        <translation>Klik på Næste for at tage en sikkerhedskopi, mens administratorer stadig kan, og for at tjekke dit domæne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; cancelling before the end of the term may cost an early-termination fee. Check your terms under &lt;a href=&apos;{products}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Bemærk:&lt;/b&gt; annullering før periodens udløb kan koste et gebyr for opsigelse før tid. Se dine vilkår under &lt;a href=&apos;{products}&apos;&gt;Fakturering &amp;gt; Abonnementer&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Files and mail together: the backup is complete.</source>
        <translation>Filer og mail samlet: sikkerhedskopien er komplet.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the files are incomplete.</source>
        <translation>Filer og mail samlet: sikkerhedskopien er ufuldstændig, fordi filerne er ufuldstændige.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the mail is incomplete.</source>
        <translation>Filer og mail samlet: sikkerhedskopien er ufuldstændig, fordi mailen er ufuldstændig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because neither the files nor the mail are complete.</source>
        <translation>Filer og mail samlet: sikkerhedskopien er ufuldstændig, fordi hverken filerne eller mailen er komplette.</translation>
    </message>
</context>
</TS>
