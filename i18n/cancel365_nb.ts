<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccessChooser</name>
    <message>
        <source>Access for the backup</source>
        <translation>Tilgang for sikkerhetskopieringen</translation>
    </message>
    <message>
        <source>&amp;Set up backup access for me (recommended)</source>
        <translation>&amp;Sett opp tilgang for sikkerhetskopiering for meg (anbefales)</translation>
    </message>
    <message>
        <source>Cancel365 creates an app registration in your tenant that may read every OneDrive and SharePoint site (Files.Read.All, Sites.Read.All, User.Read.All), with your consent as administrator and a client secret that expires in 7 days. The secret stays in this computer&apos;s password store. Cancel365 offers to remove the app registration when the backup is done.</source>
        <translation>Cancel365 oppretter en appregistrering i leieren din som kan lese alle OneDrive- og SharePoint-områder (Files.Read.All, Sites.Read.All, User.Read.All), med ditt samtykke som administrator og en klienthemmelighet som utløper om 7 dager. Hemmeligheten blir liggende i passordlageret på denne datamaskinen. Cancel365 tilbyr å fjerne appregistreringen når sikkerhetskopieringen er ferdig.</translation>
    </message>
    <message>
        <source>It may also read every mailbox&apos;s mail, calendars and contacts (Mail.Read, Calendars.Read, Contacts.Read), to save them; it cannot send, change or delete anything, and these permissions go with the app registration when it is removed.</source>
        <translation>Den kan også lese alle postboksers e-post, kalendere og kontakter (Mail.Read, Calendars.Read, Contacts.Read) for å lagre dem; den kan ikke sende, endre eller slette noe, og tillatelsene forsvinner med appregistreringen når den fjernes.</translation>
    </message>
    <message>
        <source>It may read each mailbox&apos;s settings too (MailboxSettings.Read), only to tell shared mailboxes from room mailboxes in the plan.</source>
        <translation>Den kan også lese hver postboks&apos; innstillinger (MailboxSettings.Read), bare for å skille delte postbokser fra rompostbokser i planen.</translation>
    </message>
    <message>
        <source>Use an &amp;existing app registration</source>
        <translation>Bruk en &amp;eksisterende appregistrering</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com eller leier-ID-en</translation>
    </message>
    <message>
        <source>the secret&apos;s value (kept in the password store)</source>
        <translation>verdien til hemmeligheten (lagres i passordlageret)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Leier:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Kl&amp;ient-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <source>&amp;Only what I can open with my own sign-in</source>
        <translation>&amp;Kun det jeg kan åpne med min egen pålogging</translation>
    </message>
    <message>
        <source>No app registration. The backup then leaves out every OneDrive and site your own account cannot open; the list below shows exactly which.</source>
        <translation>Ingen appregistrering. Sikkerhetskopien utelater da alle OneDrive-er og områder som din egen konto ikke kan åpne; listen nedenfor viser nøyaktig hvilke.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>F&amp;ortsett</translation>
    </message>
</context>
<context>
    <name>AccessSteps</name>
    <message>
        <source>Setting up backup access</source>
        <translation>Konfigurerer tilgang for sikkerhetskopiering</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Sjekker tilgangen for sikkerhetskopiering som ble lagret forrige gang…</translation>
    </message>
    <message>
        <source>Setting up backup access…</source>
        <translation>Konfigurerer tilgang for sikkerhetskopiering…</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Sjekker appregistreringen…</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Go on without this?</source>
        <translation>Fortsette uten dette?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is not done: {1}&lt;br&gt;&lt;br&gt;Write why it is fine to cancel anyway. The reason goes into the cancellation record.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; er ikke gjort: {1}&lt;br&gt;&lt;br&gt;Skriv hvorfor det er greit å avbryte likevel. Begrunnelsen kommer med i avbestillingsrapporten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>For example: the new provider already hosts our mail; we keep no files in OneDrive.</source>
        <translation>For eksempel: den nye leverandøren har allerede e-posten vår; vi har ingen filer i OneDrive.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Godkjenn</translation>
    </message>
</context>
<context>
    <name>AppRemoval</name>
    <message>
        <source>Removing the backup app registration</source>
        <translation>Fjerner appregistreringen for sikkerhetskopiering</translation>
    </message>
    <message>
        <source>Removing the backup app registration…</source>
        <translation>Fjerner appregistreringen for sikkerhetskopiering…</translation>
    </message>
    <message>
        <source>The backup app registration is removed, and its secret is gone from this computer.</source>
        <translation>Appregistreringen for sikkerhetskopiering er fjernet, og hemmeligheten er borte fra denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up every OneDrive and SharePoint library</source>
        <translation>Sikkerhetskopier alle OneDrive- og SharePoint-biblioteker</translation>
    </message>
    <message>
        <source>Microsoft deletes the files 90 to 180 days after you cancel (sometimes sooner). This backup is verified file by file.</source>
        <translation>Microsoft sletter filene 90 til 180 dager etter at du har avbrutt (noen ganger tidligere). Denne sikkerhetskopien kontrolleres fil for fil.</translation>
    </message>
    <message>
        <source>Your own sign-in only opens what your account can open: even a Global Administrator cannot read other people&apos;s OneDrives that way. To back up everything, Cancel365 needs access of its own to the files (an app registration).</source>
        <translation>Din egen pålogging åpner bare det kontoen din kan åpne: selv en global administrator kan ikke lese andres OneDrive på den måten. For å sikkerhetskopiere alt trenger Cancel365 egen tilgang til filene (en appregistrering).</translation>
    </message>
    <message>
        <source>Reminder for your &amp;users…</source>
        <translation>Påminnelse til &amp;brukerne dine…</translation>
    </message>
    <message>
        <source>I back up these files another way (or nobody needs them): continue without a complete backup</source>
        <translation>Jeg sikkerhetskopierer disse filene på en annen måte (eller ingen trenger dem): fortsett uten en fullstendig sikkerhetskopi</translation>
    </message>
    <message>
        <source>On a real tenant the backup reads every OneDrive and SharePoint library and writes it to the folder you choose, checking each file&apos;s hash. Set up backup access for me creates an app registration in your tenant, with your consent; Cancel365 offers to remove it afterwards. Reading changes no file in Microsoft 365. What can go wrong: a disk too small, files that change during the backup, and OneNote notebooks, which cannot be downloaded as files.</source>
        <translation>På en ekte leier leser sikkerhetskopien hvert OneDrive- og SharePoint-bibliotek og skriver det til mappen du velger, og kontrollerer hver fils hash. Sett opp tilgang for sikkerhetskopiering for meg oppretter en appregistrering i leieren med ditt samtykke; Cancel365 tilbyr å fjerne den etterpå. Lesingen endrer ingen filer i Microsoft 365. Hva som kan gå galt: en for liten disk, filer som endres under sikkerhetskopieringen, og OneNote-notatblokker, som ikke kan lastes ned som filer.</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library…</source>
        <translation>Finner alle OneDrive- og SharePoint-biblioteker…</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library… {0}</source>
        <translation>Finner alle OneDrive- og SharePoint-biblioteker… {0}</translation>
    </message>
    <message numerus="yes">
        <source>Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. Tick others to back them up too.</source>
        <translation>
            <numerusform>Merket: OneDrive for den %n brukeren du er i ferd med å fjerne lisensen fra. Merk andre for å sikkerhetskopiere dem også.</numerusform>
            <numerusform>Merket: OneDrive for de %n brukerne du er i ferd med å fjerne lisensen fra. Merk andre for å sikkerhetskopiere dem også.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough room: the backup needs about {0} but {1} has {2} free.</source>
        <translation>Ikke nok plass: sikkerhetskopien trenger omtrent {0}, men {1} har {2} ledig.</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel365 – leave Microsoft 365 safely</source>
        <translation>Cancel365 – forlat Microsoft 365 på en trygg måte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close Cancel365?</source>
        <translation>Lukke Cancel365?</translation>
    </message>
    <message>
        <source>Where you got to is saved on this computer (the subscription, the domains you checked and the backup folder; no password or token): the next start offers to continue there. You sign in again then, and the DNS checks run again. Nothing you did in Microsoft 365 is undone. Close now?</source>
        <translation>Hvor langt du kom, lagres på denne datamaskinen (abonnementet, domenene du sjekket og mappen for sikkerhetskopien; ikke passord eller token): neste gang tilbys du å fortsette der. Du logger da på igjen, og DNS-sjekkene kjøres på nytt. Ingenting du har gjort i Microsoft 365, blir angret. Lukke nå?</translation>
    </message>
</context>
<context>
    <name>CancellationRoute</name>
    <message>
        <source>&amp;Open the demo&apos;s admin center…</source>
        <translation>&amp;Åpne demoens administrasjonssenter…</translation>
    </message>
    <message>
        <source>&amp;Open the admin center</source>
        <translation>&amp;Åpne administrasjonssenteret</translation>
    </message>
    <message>
        <source>&amp;Open support in the admin center</source>
        <translation>&amp;Åpne Støtte i administrasjonssenteret</translation>
    </message>
    <message>
        <source>&amp;Open partner relationships</source>
        <translation>&amp;Åpne Partnerrelasjoner</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 with your work account as a Global or Billing Administrator.</source>
        <translation>Logg på Microsoft 365 med jobbkontoen din som global administrator eller faktureringsadministrator.</translation>
    </message>
    <message>
        <source>Open the app launcher and choose &lt;b&gt;Admin&lt;/b&gt; (the button below opens the admin center directly).</source>
        <translation>Åpne startprogrammet for apper og velg &lt;b&gt;Administrator&lt;/b&gt; (knappen nedenfor åpner administrasjonssenteret direkte).</translation>
    </message>
    <message>
        <source>In the admin center, go to &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt;.</source>
        <translation>Gå til &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dine produkter&lt;/b&gt; i administrasjonssenteret.</translation>
    </message>
    <message>
        <source>Choose the subscription &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Velg abonnementet &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Settings &amp;amp; actions&lt;/b&gt;, choose &lt;b&gt;Cancel subscription&lt;/b&gt;. Not there? Then only Microsoft support can cancel it.</source>
        <translation>Velg &lt;b&gt;Avbryt abonnement&lt;/b&gt; under &lt;b&gt;Innstillinger og handlinger&lt;/b&gt;. Er det ikke der? Da kan bare Microsoft kundestøtte avbryte det.</translation>
    </message>
    <message>
        <source>Review the key dates, give your reason for cancelling, and choose &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation>Gå gjennom de viktige datoene, oppgi hvorfor du avbryter, og velg &lt;b&gt;Avbryt abonnement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Then come back here and choose &lt;b&gt;I have cancelled it&lt;/b&gt;: the wizard watches Microsoft 365 until the change shows.</source>
        <translation>Kom så tilbake hit og velg &lt;b&gt;Jeg har avbrutt det&lt;/b&gt;: veiviseren følger med på Microsoft 365 til endringen vises.</translation>
    </message>
    <message>
        <source>Microsoft support cancels this subscription. Open &lt;b&gt;Support&lt;/b&gt; in the admin center, ask to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Microsoft kundestøtte avbryter dette abonnementet. Åpne &lt;b&gt;Støtte&lt;/b&gt; i administrasjonssenteret, be dem avbryte det, og gi dem opplysningene nedenfor. Når de sier at det er gjort, velger du &lt;b&gt;Kontroller statusen nå&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription. Find them in the admin center under &lt;b&gt;Settings&lt;/b&gt; &amp;gt; &lt;b&gt;Partner relationships&lt;/b&gt;, ask them to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Partneren din avbryter dette abonnementet. Du finner partneren i administrasjonssenteret under &lt;b&gt;Innstillinger&lt;/b&gt; &amp;gt; &lt;b&gt;Partnerrelasjoner&lt;/b&gt;. Be dem avbryte det, og gi dem opplysningene nedenfor. Når de sier at det er gjort, velger du &lt;b&gt;Kontroller statusen nå&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Leier-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnements-ID</translation>
    </message>
    <message>
        <source>Commerce subscription ID</source>
        <translation>Handelsabonnements-ID</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tildelt av {1}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopier {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>1. Before you cancel</source>
        <translation>1. Før du avbryter</translation>
    </message>
    <message>
        <source>Each row was checked again just now. Fix a red row on its page, or acknowledge it with a reason.</source>
        <translation>Hver rad ble nettopp kontrollert på nytt. Rett en rød rad på siden dens, eller godkjenn den med en begrunnelse.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontroller på &amp;nytt</translation>
    </message>
    <message>
        <source>Checking DNS, domains, licences and the backup…</source>
        <translation>Kontrollerer DNS, domener, lisenser og sikkerhetskopien…</translation>
    </message>
    <message>
        <source>Checked at {0}.</source>
        <translation>Kontrollert kl. {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm and cancel</source>
        <translation>Bekreft og avbryt</translation>
    </message>
    <message>
        <source>A last check of everything, then the cancellation itself, and proof from Microsoft 365 that it happened.</source>
        <translation>En siste kontroll av alt, så selve avbestillingen og bevis fra Microsoft 365 på at den har skjedd.</translation>
    </message>
    <message>
        <source>2. Confirm</source>
        <translation>2. Bekreft</translation>
    </message>
    <message>
        <source>&amp;Type the subscription&apos;s name, &lt;b&gt;{0}&lt;/b&gt;, to confirm that you want to cancel it:</source>
        <translation>&amp;Skriv navnet på abonnementet, &lt;b&gt;{0}&lt;/b&gt;, for å bekrefte at du vil avbryte det:</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Abonnementets navn</translation>
    </message>
    <message>
        <source>3. Cancel it</source>
        <translation>3. Avbryt det</translation>
    </message>
    <message>
        <source>3. Hand it over</source>
        <translation>3. Overlat det</translation>
    </message>
    <message>
        <source>I have &amp;cancelled it</source>
        <translation>Jeg har &amp;avbrutt det</translation>
    </message>
    <message>
        <source>Check the &amp;status now</source>
        <translation>Kontroller &amp;statusen nå</translation>
    </message>
    <message>
        <source>&amp;Wait for proof up to:</source>
        <translation>&amp;Vent på bevis i opptil:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to wait for proof</source>
        <translation>Minutter å vente på bevis</translation>
    </message>
    <message>
        <source>On a real tenant this page checks everything once more, then you cancel in the Microsoft 365 admin center yourself: no program may do that for you. The wizard then reads Microsoft 365 until the subscription leaves Enabled. Here a stand-in for the admin center plays that part, and the demo subscription turns to Warning a few seconds later. What can go wrong: the admin center offers no Cancel option (then support cancels it), or the change takes a while to show (check later with cancel365 status).</source>
        <translation>På en ekte leier kontrollerer denne siden alt én gang til, og så avbryter du selv i administrasjonssenteret for Microsoft 365: Ingen programmer får gjøre det for deg. Veiviseren leser deretter Microsoft 365 til abonnementet ikke lenger er Enabled. Her spiller en stedfortreder for administrasjonssenteret den rollen, og demoabonnementet går over til Warning noen sekunder senere. Hva som kan gå galt: Administrasjonssenteret tilbyr ikke Avbryt (da avbryter kundestøtte det), eller endringen tar tid å vises (kontroller senere med cancel365 status).</translation>
    </message>
    <message>
        <source>On the demo tenant nothing opens. On a real tenant this opens {0}</source>
        <translation>På demoleieren åpnes ingenting. På en ekte leier åpner dette {0}</translation>
    </message>
    <message>
        <source>That is not the name yet. Type it as shown above (capitals do not matter).</source>
        <translation>Det er ikke navnet ennå. Skriv det slik det vises ovenfor (store og små bokstaver spiller ingen rolle).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The permission was not granted; nothing was changed.</source>
        <translation>Tillatelsen ble ikke gitt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>One more permission</source>
        <translation>Én tillatelse til</translation>
    </message>
    <message>
        <source>{why} needs the permission {permissions}. Cancel365 asked only to read until now. Microsoft will ask you to accept it; you can say no, and nothing is changed.</source>
        <translation>{why} trenger tillatelsen {permissions}. Til nå har Cancel365 bare bedt om å lese. Microsoft ber deg godta den; du kan si nei, og da endres ingenting.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Waiting for you to accept the permission…</source>
        <translation>Venter på at du godtar tillatelsen…</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Key dates</source>
        <translation>Viktige datoer</translation>
    </message>
    <message>
        <source>When the subscription ends, when only admins can reach the data, and when Microsoft deletes it.</source>
        <translation>Når abonnementet slutter, når bare administratorer kommer til dataene, og når Microsoft sletter dem.</translation>
    </message>
    <message>
        <source>How should it end?</source>
        <translation>Hvordan skal det slutte?</translation>
    </message>
    <message>
        <source>&amp;Cancel now</source>
        <translation>&amp;Avbryt nå</translation>
    </message>
    <message>
        <source>&amp;Let it run out: turn off recurring billing</source>
        <translation>&amp;La det løpe ut: slå av regelmessig fakturering</translation>
    </message>
    <message>
        <source>The same &amp;dates as a list:</source>
        <translation>De samme &amp;datoene som liste:</translation>
    </message>
    <message>
        <source>Co&amp;py dates</source>
        <translation>&amp;Kopier datoer</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Eksporter til kalender (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Vis i mappe</translation>
    </message>
    <message>
        <source>Timeline of the key dates</source>
        <translation>Tidslinje over de viktige datoene</translation>
    </message>
    <message>
        <source>Microsoft&apos;s pages disagree on when data may be deleted (30 or 90 days after the subscription ends), so the wizard plans for the earlier date: back up before it.</source>
        <translation>Microsofts sider er uenige om når data kan bli slettet (30 eller 90 dager etter at abonnementet slutter), så veiviseren planlegger etter den tidligste datoen: ta sikkerhetskopien før den.</translation>
    </message>
    <message>
        <source>On a real tenant this step reads nothing new and changes nothing: the dates come from the creation and next-lifecycle dates Graph gave for the subscription. The .ics file is written only to your computer. What can go wrong: Microsoft can change the periods, and Graph does not give the last renewal date, so check the dates in the admin center before you count on a refund.</source>
        <translation>I en ekte organisasjon leser dette trinnet ikke noe nytt og endrer ingenting: datoene kommer fra opprettelses- og livssyklusdatoene Graph ga for abonnementet. .ics-filen skrives bare til datamaskinen din. Hva som kan gå galt: Microsoft kan endre periodene, og Graph oppgir ikke siste fornyelsesdato, så sjekk datoene i administrasjonssenteret før du regner med refusjon.</translation>
    </message>
    <message>
        <source>Choose a subscription first.</source>
        <translation>Velg et abonnement først.</translation>
    </message>
    <message>
        <source>Users lose access today. The subscription is disabled at once: for 90 days only admins can sign in, read-only, and they can still back up.</source>
        <translation>Brukerne mister tilgangen i dag. Abonnementet deaktiveres med en gang: i 90 dager kan bare administratorer logge på, skrivebeskyttet, og de kan fortsatt ta sikkerhetskopi.</translation>
    </message>
    <message>
        <source>&amp;Let it run its course: it has already expired</source>
        <translation>&amp;La det gå sin gang: det er allerede utløpt</translation>
    </message>
    <message>
        <source>Nothing to do: it is disabled on the day below, then deleted.</source>
        <translation>Ingenting å gjøre: det deaktiveres på dagen nedenfor og slettes deretter.</translation>
    </message>
    <message>
        <source>Microsoft calls this the easiest way. Nothing changes until the term ends on {0}; then everyone keeps access for 30 days, then it is disabled for 90 days. You pay to the end of the term: no fee, no refund.</source>
        <translation>Microsoft kaller dette den enkleste måten. Ingenting endres før perioden slutter {0}; deretter har alle tilgang i 30 dager, og så er det deaktivert i 90 dager. Du betaler til slutten av perioden: ingen avgift, ingen refusjon.</translation>
    </message>
    <message>
        <source>A trial needs no cancelling: it expires by itself on {0}. Its data is deleted after the expired period.</source>
        <translation>En prøveversjon trenger ikke avbrytes: den utløper av seg selv {0}. Dataene slettes etter utløpsperioden.</translation>
    </message>
    <message>
        <source>Graph gives no end of term for this subscription, so the dates count from cancelling today.</source>
        <translation>Graph oppgir ingen slutt på perioden for dette abonnementet, så datoene regnes fra at du avbryter i dag.</translation>
    </message>
    <message>
        <source>The subscription is already disabled: the dates follow from its current state.</source>
        <translation>Abonnementet er allerede deaktivert: datoene følger av den nåværende tilstanden.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends on {0} may cost an early-termination fee. Check in the admin center before you cancel, or let it run out instead.</source>
        <translation>Å avbryte før perioden slutter {0} kan koste et gebyr for tidlig oppsigelse. Sjekk i administrasjonssenteret før du avbryter, eller la det løpe ut i stedet.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends may cost an early-termination fee. Check in the admin center before you cancel.</source>
        <translation>Å avbryte før perioden er slutt kan koste et gebyr for tidlig oppsigelse. Sjekk i administrasjonssenteret før du avbryter.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription: their terms decide the end date, any fee and any refund. Ask them.</source>
        <translation>Partneren din avbryter dette abonnementet: partnerens vilkår avgjør sluttdatoen, et eventuelt gebyr og en eventuell refusjon. Spør partneren.</translation>
    </message>
    <message>
        <source>It started less than 7 days ago: cancel by {0} for a prorated refund.</source>
        <translation>Det startet for under 7 dager siden: avbryt senest {0} for å få en forholdsmessig refusjon.</translation>
    </message>
    <message>
        <source>A prorated refund is given only within 7 days of the start or a renewal. Graph tells the start but not the last renewal, so the wizard cannot know: see the renewal date under Billing &gt; Your products.</source>
        <translation>En forholdsmessig refusjon gis bare innen 7 dager etter start eller fornyelse. Graph oppgir starten, men ikke siste fornyelse, så veiviseren kan ikke vite det: se fornyelsesdatoen under Fakturering &gt; Dine produkter.</translation>
    </message>
    <message>
        <source>No refund: the subscription is paid to the end of its term.</source>
        <translation>Ingen refusjon: abonnementet er betalt til slutten av perioden.</translation>
    </message>
    <message>
        <source>Any unused, prepaid part comes back as a prorated credit on the next bill.</source>
        <translation>En ubrukt, forhåndsbetalt del kommer tilbake som en forholdsmessig kreditt på neste regning.</translation>
    </message>
    <message>
        <source>The dates are on the clipboard.</source>
        <translation>Datoene er kopiert til utklippstavlen.</translation>
    </message>
    <message>
        <source>key-dates</source>
        <translation>viktige-datoer</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>Eksporter de viktige datoene</translation>
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
        <translation>Lagret i {0}. Åpne filen for å legge datoene og påminnelsene deres til i kalenderen din.</translation>
    </message>
</context>
<context>
    <name>DemoAdminCenterDialog</name>
    <message>
        <source>Demo stand-in for the Microsoft 365 admin center</source>
        <translation>Demoens stedfortreder for administrasjonssenteret for Microsoft 365</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This is not Microsoft&apos;s admin center. On a real tenant you do these steps in your browser, in the admin center, with the same names.</source>
        <translation>&lt;b&gt;Bare demo.&lt;/b&gt; Dette er ikke Microsofts administrasjonssenter. På en ekte leier gjør du disse trinnene i nettleseren, i administrasjonssenteret, med de samme navnene.</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Dine produkter</translation>
    </message>
    <message>
        <source>{0} – {1} licences</source>
        <translation>{0} – {1} lisenser</translation>
    </message>
    <message>
        <source>&amp;Open the subscription</source>
        <translation>&amp;Åpne abonnementet</translation>
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
        <translation>Lisenser:</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tildelt av {1}</translation>
    </message>
    <message>
        <source>Settings &amp;&amp; actions</source>
        <translation>Innstillinger &amp;&amp; handlinger</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>&amp;Avbryt abonnement</translation>
    </message>
    <message>
        <source>Key dates: the subscription stops when you cancel. Admins can still reach and back up the data for 90 days; after that it is deleted.</source>
        <translation>Viktige datoer: abonnementet stopper når du avbryter. Administratorer kan fortsatt nå og sikkerhetskopiere dataene i 90 dager; deretter slettes de.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Årsak til avbestilling</translation>
    </message>
    <message>
        <source>Moving to another provider</source>
        <translation>Bytter til en annen leverandør</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>For dyrt</translation>
    </message>
    <message>
        <source>The business is closing</source>
        <translation>Bedriften legges ned</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation>Å&amp;rsak til avbestilling:</translation>
    </message>
    <message>
        <source>Cancel &amp;subscription</source>
        <translation>Avbryt a&amp;bonnement</translation>
    </message>
    <message>
        <source>The subscription is cancelled. Microsoft 365 can take a while to show it. Close this and choose &lt;b&gt;I have cancelled it&lt;/b&gt; in the wizard.</source>
        <translation>Abonnementet er avbrutt. Det kan ta litt tid før Microsoft 365 viser det. Lukk dette og velg &lt;b&gt;Jeg har avbrutt det&lt;/b&gt; i veiviseren.</translation>
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
        <translation>Avbryt abonnement</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>DemoSignInPage</name>
    <message>
        <source>Signed in to the demo tenant</source>
        <translation>Logget på demoorganisasjonen</translation>
    </message>
    <message>
        <source>The demo tenant behaves like Microsoft 365, on this computer only.</source>
        <translation>Demoorganisasjonen oppfører seg som Microsoft 365, men bare på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasjon:</translation>
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
        <translation>På en ekte leier logger du på med nettleseren eller en kode, som global administrator eller faktureringsadministrator. Cancel365 ber Microsoft bare om tillatelse til å lese; den spør igjen før den endrer noe. Selve påloggingen endrer ingenting i leieren. Hva som kan gå galt: en konto uten administratorrolle kan se, men ikke avbryte, og organisasjonen må først ha registrert Cancel365 (se Innstillinger).</translation>
    </message>
    <message>
        <source>Starting the demo tenant and signing in…</source>
        <translation>Starter demoorganisasjonen og logger på…</translation>
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
        <translation>Mappe for sikkerhetskopi</translation>
    </message>
    <message>
        <source>a folder on a disk with enough room</source>
        <translation>en mappe på en disk med nok plass</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Sikkerhetskopier til:</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Hvilken mappe skal det sikkerhetskopieres til?</translation>
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
        <translation>Nåværende verdi</translation>
    </message>
    <message>
        <source>Microsoft 365?</source>
        <translation>Microsoft 365?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva du skal gjøre</translation>
    </message>
    <message>
        <source>@ is the domain itself</source>
        <translation>@ er selve domenet</translation>
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
        <translation>Inntil da kan DNS-servere fortsette å gi det gamle svaret: postens TTL (levetid), hurtigbufret</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s own (authoritative) nameservers give the same answer as the resolver: the change has propagated</source>
        <translation>Om domenets egne (autoritative) navneservere gir samme svar som resolveren: endringen har spredt seg</translation>
    </message>
    <message>
        <source>The selected record&apos;s advice is also shown in full below the table</source>
        <translation>Rådet for den valgte posten vises også i sin helhet under tabellen</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-poster</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Spør…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>Kunne ikke sjekkes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
</context>
<context>
    <name>DomainActions</name>
    <message>
        <source>&amp;Message to users…</source>
        <translation>&amp;Melding til brukere…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Microsoft 365…</source>
        <translation>&amp;Fjern fra Microsoft 365…</translation>
    </message>
    <message>
        <source>Admin &amp;center: Domains</source>
        <translation>Administrasjons&amp;senter: Domener</translation>
    </message>
    <message>
        <source>Ta&amp;ke off this list</source>
        <translation>Ta av l&amp;isten</translation>
    </message>
    <message>
        <source>A domain you typed to test: it leaves the list and the risks below (nothing changes in DNS)</source>
        <translation>Et domene du skrev inn for å teste: det forsvinner fra listen og fra risikoene nedenfor (ingenting endres i DNS)</translation>
    </message>
    <message>
        <source>Finding the users on {0}…</source>
        <translation>Finner brukerne på {0}…</translation>
    </message>
    <message>
        <source>Looking up what still uses {0}…</source>
        <translation>Ser etter hva som fortsatt bruker {0}…</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…og {0} til.</translation>
    </message>
    <message>
        <source>Domain still in use</source>
        <translation>Domenet er fortsatt i bruk</translation>
    </message>
    <message>
        <source>{0} is still used by:
{1}

Change their addresses to another domain in the admin center, then remove the domain.</source>
        <translation>{0} brukes fortsatt av:
{1}

Endre adressene deres til et annet domene i administrasjonssenteret, og fjern deretter domenet.</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>Fjerne {0}?</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365? This cannot be undone. Do it only once mail and DNS have moved.</source>
        <translation>Fjerne {0} fra Microsoft 365? Dette kan ikke angres. Gjør det først når e-post og DNS er flyttet.</translation>
    </message>
    <message>
        <source>Removing a domain</source>
        <translation>Fjerner et domene</translation>
    </message>
    <message>
        <source>Removing {0}…</source>
        <translation>Fjerner {0}…</translation>
    </message>
    <message>
        <source>{0} was removed from Microsoft 365 (checked).</source>
        <translation>{0} er fjernet fra Microsoft 365 (kontrollert).</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Type a domain, e.g. contoso.com</source>
        <translation>Skriv inn et domene, f.eks. contoso.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domene</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message numerus="yes">
        <source>Checking DNS for %n domain(s) with {0}…</source>
        <translation>
            <numerusform>Sjekker DNS for %n domene med {0}…</numerusform>
            <numerusform>Sjekker DNS for %n domener med {0}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking DNS for {0} with {1}…</source>
        <translation>Sjekker DNS for {0} med {1}…</translation>
    </message>
    <message>
        <source>{0} has answered. Asking the domains&apos; own nameservers whether they agree…</source>
        <translation>{0} har svart. Spør domenenes egne navneservere om de er enige…</translation>
    </message>
    <message>
        <source>Checked at {0} with {1}.</source>
        <translation>Sjekket kl. {0} med {1}.</translation>
    </message>
</context>
<context>
    <name>DomainRisks</name>
    <message>
        <source>I &amp;understand, continue anyway</source>
        <translation>Jeg forstår, fortsett &amp;likevel</translation>
    </message>
    <message>
        <source>Your domains could not be read from Microsoft 365.</source>
        <translation>Domenene dine kunne ikke leses fra Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: not checked yet.</source>
        <translation>{0}: ikke sjekket ennå.</translation>
    </message>
    <message>
        <source>{0}: mail still goes to Microsoft 365. After you cancel, it bounces.</source>
        <translation>{0}: e-post går fortsatt til Microsoft 365. Etter at du har avbrutt, blir den avvist.</translation>
    </message>
    <message>
        <source>{0}: some records still point at Microsoft 365.</source>
        <translation>{0}: noen poster peker fortsatt til Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunne ikke sjekkes.</translation>
    </message>
    <message>
        <source>{0}: still added to Microsoft 365. Remove it before you cancel.</source>
        <translation>{0}: er fortsatt lagt til i Microsoft 365. Fjern det før du avbryter.</translation>
    </message>
</context>
<context>
    <name>DomainSummary</name>
    <message>
        <source>{0}: Microsoft 365 has this domain verified, so it exists, but the DNS server {1} says it does not (NXDOMAIN). That server is wrong or filtering: choose another DNS server above and check again.</source>
        <translation>{0}: Microsoft 365 har bekreftet dette domenet, så det finnes, men DNS-serveren {1} sier at det ikke gjør det (NXDOMAIN). Den serveren tar feil eller filtrerer: velg en annen DNS-server ovenfor, og sjekk igjen.</translation>
    </message>
    <message>
        <source>{0}: the DNS server says nothing points at Microsoft 365 any more.</source>
        <translation>{0}: DNS-serveren sier at ingenting lenger peker på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: nothing points at Microsoft 365 any more.</source>
        <translation>{0}: ingenting peker lenger til Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: still points at Microsoft 365.</source>
        <translation>{0}: peker fortsatt til Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunne ikke sjekkes.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answers…</source>
        <translation>Spør fortsatt domenets egne navneservere om de gir de samme svarene…</translation>
    </message>
    <message>
        <source>Not everywhere yet: the domain&apos;s own nameservers give other answers for {0}, so some senders may still get the old answer.</source>
        <translation>Ikke overalt ennå: domenets egne navneservere gir andre svar for {0}, så noen avsendere kan fortsatt få det gamle svaret.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer: this is the DNS server&apos;s answer only.</source>
        <translation>Domenets egne navneservere svarte ikke: dette er bare DNS-serverens svar.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Move your domains away from Microsoft 365</source>
        <translation>Flytt domenene dine bort fra Microsoft 365</translation>
    </message>
    <message>
        <source>Mail for your own domain must go to the new provider before you cancel, or it bounces. This page checks DNS live.</source>
        <translation>E-post til domenet må gå til den nye leverandøren før du avbryter, ellers avvises den. Siden sjekker DNS direkte.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>S&amp;jekk igjen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domene:</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS-se&amp;rver:</translation>
    </message>
    <message>
        <source>On a real tenant this page asks public DNS where your domain&apos;s mail and records point. Checking changes nothing; you make the DNS changes yourself at your DNS host, mail (MX) first. Remove from Microsoft 365 takes the domain out of your tenant and cannot be undone. What can go wrong: cancelling while MX still points at Microsoft 365 bounces all mail to your domain, and DNS changes take up to the TTL to reach everyone.</source>
        <translation>På en ekte leier spør siden offentlig DNS hvor domenets e-post og poster peker. Kontrollen endrer ingenting; DNS-endringene gjør du selv hos DNS-leverandøren, e-post (MX) først. Fjern fra Microsoft 365 tar domenet ut av leieren og kan ikke angres. Hva som kan gå galt: avbryter du mens MX fortsatt peker på Microsoft 365, blir all e-post til domenet avvist, og DNS-endringer kan bruke opptil TTL-en på å nå alle.</translation>
    </message>
    <message>
        <source>Reading your domains from Microsoft 365…</source>
        <translation>Leser domenene dine fra Microsoft 365…</translation>
    </message>
    <message>
        <source>Your tenant has no custom domain: nothing to move. You can check any domain by typing it above.</source>
        <translation>Organisasjonen din har ikke noe eget domene: ingenting å flytte. Du kan sjekke et hvilket som helst domene ved å skrive det inn ovenfor.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Hva du skal gjøre: {0}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What happens now</source>
        <translation>Hva skjer nå</translation>
    </message>
    <message>
        <source>The last steps are Microsoft&apos;s. Save the record: it says what was done, and when.</source>
        <translation>De siste trinnene er Microsofts. Lagre rapporten: den viser hva som ble gjort, og når.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Office on your computers.&lt;/b&gt; Users who still have Office installed can only read and print their documents now (reduced-functionality mode). Ask everyone to remove Office from their computers, or to sign in to it with the new provider&apos;s account.</source>
        <translation>&lt;b&gt;Office på datamaskinene deres.&lt;/b&gt; Brukere som fortsatt har Office installert, kan nå bare lese og skrive ut dokumentene sine (modus med redusert funksjonalitet). Be alle om å fjerne Office fra datamaskinene sine, eller logge på med den nye leverandørens konto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed your mind?&lt;/b&gt; For 90 days after it ends, the subscription is disabled: only admins can sign in, read-only, and they can still back up. Within that time you can reactivate it in the admin center, under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Ombestemt deg?&lt;/b&gt; I 90 dager etter at det er avsluttet, er abonnementet deaktivert: bare administratorer kan logge på, skrivebeskyttet, og de kan fortsatt sikkerhetskopiere. I den tiden kan du aktivere det på nytt i administrasjonssenteret, under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Dine produkter&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close the account early.&lt;/b&gt; To have everything deleted before the disabled period ends, follow Microsoft&apos;s &lt;a href=&apos;{0}&apos;&gt;Close your account&lt;/a&gt;. Deleting the subscription skips the disabled period: SharePoint and OneDrive data is deleted at once and cannot be brought back.</source>
        <translation>&lt;b&gt;Lukk kontoen før tiden.&lt;/b&gt; Vil du ha alt slettet før den deaktiverte perioden er over, følger du Microsofts &lt;a href=&apos;{0}&apos;&gt;Lukk kontoen din&lt;/a&gt;. Sletter du abonnementet, hoppes den deaktiverte perioden over: data i SharePoint og OneDrive slettes med en gang og kan ikke hentes tilbake.</translation>
    </message>
    <message>
        <source>The cancellation record</source>
        <translation>Oppsigelsesrapporten</translation>
    </message>
    <message>
        <source>Two files in a folder you choose: a PDF to read and print, and the same record as JSON for your files. They hold no password or token.</source>
        <translation>To filer i en mappe du velger: en PDF å lese og skrive ut, og den samme rapporten som JSON for arkivet deres. De inneholder ikke noe passord eller token.</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>&amp;Lagre rapporten…</translation>
    </message>
    <message>
        <source>The record to read and print (PDF)</source>
        <translation>Rapporten å lese og skrive ut (PDF)</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Å&amp;pne PDF</translation>
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
        <translation>Åpne &amp;JSON</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Vis i m&amp;appe</translation>
    </message>
    <message>
        <source>The record is saved.</source>
        <translation>Rapporten er lagret.</translation>
    </message>
    <message>
        <source>On a real tenant nothing changes here: this page only explains what Microsoft does next and saves the record on your computer. Keep the record with your accounts; it shows the backup&apos;s manifest hash, the DNS before and after, and Graph&apos;s proof.</source>
        <translation>På en ekte leier endres ingenting her: siden forklarer bare hva Microsoft gjør etterpå, og lagrer rapporten på datamaskinen din. Ta vare på rapporten sammen med regnskapet; den viser sikkerhetskopiens manifest-hash, DNS før og etter og beviset fra Graph.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; Microsoft 365 showed the subscription no longer Enabled at {0}.</source>
        <translation>&lt;b&gt;Avbrutt.&lt;/b&gt; Microsoft 365 viste abonnementet som ikke lenger Enabled (sett {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not proven yet.&lt;/b&gt; Microsoft 365 has not shown the subscription leave Enabled. Check it later in the admin center under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;, or run &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Ikke bevist ennå.&lt;/b&gt; Microsoft 365 har ikke vist at abonnementet ikke lenger er Enabled. Sjekk det senere i administrasjonssenteret under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Dine produkter&lt;/a&gt;, eller kjør &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Close without the record?</source>
        <translation>Lukke uten rapporten?</translation>
    </message>
    <message>
        <source>The cancellation record is not saved. It is the only written proof of what was done. Close Cancel365 anyway?</source>
        <translation>Oppsigelsesrapporten er ikke lagret. Den er det eneste skriftlige beviset på hva som ble gjort. Vil du lukke Cancel365 likevel?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; They were not worked out: go back to the Key dates page to see them.</source>
        <translation>&lt;b&gt;Viktige datoer.&lt;/b&gt; De ble ikke beregnet: gå tilbake til siden Viktige datoer for å se dem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; Put them in your calendar:</source>
        <translation>&lt;b&gt;Viktige datoer.&lt;/b&gt; Legg dem inn i kalenderen din:</translation>
    </message>
    <message>
        <source>Save the cancellation record in</source>
        <translation>Lagre oppsigelsesrapporten i</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Lagrer rapporten…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>Hvorfor slutter dere? (valgfritt)</translation>
    </message>
    <message>
        <source>Your answer goes into the cancellation record, and you can paste it into Microsoft&apos;s own feedback box when you cancel.</source>
        <translation>Svaret ditt kommer med i oppsigelsesrapporten, og du kan lime det inn i Microsofts egen tilbakemeldingsboks når du avbryter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this page is sent anywhere.&lt;/b&gt; Cancel365 keeps your answer only in the cancellation record you save at the end. Skip the page if you like.</source>
        <translation>&lt;b&gt;Ingenting på denne siden sendes noe sted.&lt;/b&gt; Cancel365 tar bare vare på svaret ditt i oppsigelsesrapporten du lagrer til slutt. Hopp over siden hvis du vil.</translation>
    </message>
    <message>
        <source>Why the organization is leaving</source>
        <translation>Hvorfor organisasjonen slutter</translation>
    </message>
    <message>
        <source>It &amp;costs too much</source>
        <translation>Det &amp;koster for mye</translation>
    </message>
    <message>
        <source>We are &amp;moving to another provider</source>
        <translation>Vi &amp;bytter til en annen leverandør</translation>
    </message>
    <message>
        <source>The business is c&amp;losing or merging</source>
        <translation>Virksomheten &amp;legges ned eller slås sammen</translation>
    </message>
    <message>
        <source>&amp;Features we need are missing</source>
        <translation>&amp;Funksjoner vi trenger, mangler</translation>
    </message>
    <message>
        <source>It is too comple&amp;x for us</source>
        <translation>Det er for komplis&amp;ert for oss</translation>
    </message>
    <message>
        <source>&amp;Another reason</source>
        <translation>En &amp;annen grunn</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Le&amp;verandørens navn:</translation>
    </message>
    <message>
        <source>The new provider&apos;s name</source>
        <translation>Den nye leverandørens navn</translation>
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
        <translation>Noe annet du vil huske eller fortelle Microsoft</translation>
    </message>
    <message>
        <source>Cop&amp;y for the admin center</source>
        <translation>Kop&amp;ier til administrasjonssenteret</translation>
    </message>
    <message>
        <source>Puts your answer on the clipboard, to paste into the admin center&apos;s feedback box when you cancel</source>
        <translation>Legger svaret ditt på utklippstavlen, så du kan lime det inn i tilbakemeldingsboksen i administrasjonssenteret når du avbryter</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing either: the answer stays on your computer, in the record. When you cancel, the admin center asks why you are leaving; paste the copied text there if you want Microsoft to know.</source>
        <translation>På en ekte leier endrer heller ikke denne siden noe: svaret blir på datamaskinen din, i rapporten. Når du avbryter, spør administrasjonssenteret hvorfor dere slutter; lim inn den kopierte teksten der hvis du vil at Microsoft skal vite det.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the admin center&apos;s feedback box when you cancel.</source>
        <translation>Kopiert. Lim det inn i tilbakemeldingsboksen i administrasjonssenteret når du avbryter.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once</source>
        <translation>Veiviserens språk; det byttes med en gang</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Demo lesson: on a real tenant</source>
        <translation>Demoleksjon: på en ekte leier</translation>
    </message>
    <message>
        <source>Demo lesson</source>
        <translation>Demoleksjon</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Greit</translation>
    </message>
    <message>
        <source>Got it: hide this lesson</source>
        <translation>Skjønner: skjul denne leksjonen</translation>
    </message>
</context>
<context>
    <name>LicenceRemovalDialog</name>
    <message>
        <source>Remove licences – {0}</source>
        <translation>Fjern lisenser – {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their data is deleted 30 days later.&lt;/b&gt; Microsoft keeps a user&apos;s data for 30 days after the licence is removed (give it back and nothing is lost). After that everything but documents stored on SharePoint sites is deleted for good: their mailbox and their OneDrive included. Back up their OneDrives first: the Backup page saves every mailbox too (mail, calendars, contacts). To keep a mailbox in Microsoft 365 without a licence, convert it to a shared mailbox in the admin center first (Users › Active users › the user › Mail › Convert to shared mailbox).</source>
        <translation>&lt;b&gt;Dataene deres slettes 30 dager senere.&lt;/b&gt; Microsoft beholder en brukers data i 30 dager etter at lisensen er fjernet (gi den tilbake, så går ingenting tapt). Deretter slettes alt unntatt dokumenter på SharePoint-områder for godt, også postboksen og OneDrive. Sikkerhetskopier OneDrive først: siden Sikkerhetskopi lagrer også alle postbokser (e-post, kalendere, kontakter). Vil du beholde en postboks i Microsoft 365 uten lisens, konverter den først til en delt postboks i administrasjonssenteret (Brukere › Aktive brukere › brukeren › E-post › Konverter til delt postboks).</translation>
    </message>
    <message>
        <source>Licensed users</source>
        <translation>Lisensierte brukere</translation>
    </message>
    <message>
        <source>Reading who has a licence…</source>
        <translation>Leser hvem som har lisens…</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(deg)</translation>
    </message>
    <message>
        <source>Remove licences?</source>
        <translation>Fjerne lisenser?</translation>
    </message>
    <message numerus="yes">
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</source>
        <translation>
            <numerusform>Merk brukerne som skal miste {product}-lisensen. De mister straks tilgang til abonnementets apper og tjenester. Fjern minst %n for å komme ned på 25.</numerusform>
            <numerusform>Merk brukerne som skal miste {product}-lisensen. De mister straks tilgang til abonnementets apper og tjenester. Fjern minst %n for å komme ned på 25.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove licences</source>
        <translation>&amp;Fjern lisenser</translation>
    </message>
    <message>
        <source>&amp;Back up their OneDrives first…</source>
        <translation>&amp;Sikkerhetskopier OneDrive først…</translation>
    </message>
    <message>
        <source>The Backup page then backs up only the ticked users&apos; OneDrives; come back here afterwards to remove the licences.</source>
        <translation>Siden Sikkerhetskopi sikkerhetskopierer da bare de merkede brukernes OneDrive; kom tilbake hit etterpå for å fjerne lisensene.</translation>
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
        <translation>Tildelte lisenser etterpå: {left} (avbestilling på nett krever 25 eller færre).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…og %n til</numerusform>
            <numerusform>…og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the {product} licence from %n user(s)?</source>
        <translation>
            <numerusform>Fjerne {product}-lisensen fra %n bruker?</numerusform>
            <numerusform>Fjerne {product}-lisensen fra %n brukere?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their mailbox and OneDrive are deleted for good 30 days from now, unless you give the licence back before then.</source>
        <translation>Postboksen og OneDrive slettes for godt om 30 dager, med mindre du gir lisensen tilbake før det.</translation>
    </message>
    <message>
        <source>You are removing your own licence. You stay an administrator and can still sign in to the admin center and to Cancel365, but you lose Outlook, Teams and OneDrive at once, and your own mailbox and OneDrive are deleted 30 days from now. Back up your OneDrive first, and convert your mailbox to a shared mailbox if you need to keep it. Remove your own licence anyway?</source>
        <translation>Du fjerner din egen lisens. Du forblir administrator og kan fortsatt logge på administrasjonssenteret og Cancel365, men du mister straks Outlook, Teams og OneDrive, og din egen postboks og OneDrive slettes om 30 dager. Sikkerhetskopier OneDrive først, og konverter postboksen til en delt postboks hvis du vil beholde den. Fjerne din egen lisens likevel?</translation>
    </message>
    <message>
        <source>Remove your own licence?</source>
        <translation>Fjerne din egen lisens?</translation>
    </message>
    <message numerus="yes">
        <source>The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</source>
        <translation>
            <numerusform>Siden Sikkerhetskopi (trinn 4) sikkerhetskopierer OneDrive for den %n brukeren du merket. Lukk dette vinduet, gå videre til siden Sikkerhetskopi, kjør sikkerhetskopien, og kom så tilbake hit med Tilbake for å fjerne lisensene.</numerusform>
            <numerusform>Siden Sikkerhetskopi (trinn 4) sikkerhetskopierer OneDrive for de %n brukerne du merket. Lukk dette vinduet, gå videre til siden Sikkerhetskopi, kjør sikkerhetskopien, og kom så tilbake hit med Tilbake for å fjerne lisensene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing licences</source>
        <translation>Fjerner lisenser</translation>
    </message>
    <message>
        <source>Removing licences…</source>
        <translation>Fjerner lisenser…</translation>
    </message>
    <message numerus="yes">
        <source>Licences removed: %n.</source>
        <translation>
            <numerusform>Lisenser fjernet: %n.</numerusform>
            <numerusform>Lisenser fjernet: %n.</numerusform>
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
        <translation>Dataene deres beholdes til {date}; gi en lisens tilbake før det, så går ingenting tapt.</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-post, kalendere og kontakter</translation>
    </message>
    <message>
        <source>Pause &amp;mail</source>
        <translation>Sett e-&amp;post på pause</translation>
    </message>
    <message>
        <source>Resume &amp;mail</source>
        <translation>Gjenoppta e-&amp;post</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postboks</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Mailboxes in the backup</source>
        <translation>Postbokser i sikkerhetskopien</translation>
    </message>
    <message>
        <source>Mail backup progress</source>
        <translation>Fremdrift for sikkerhetskopiering av e-post</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delt postboks</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>rompostboks</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>utstyrspostboks</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>annen postboks</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>bruker uten lisens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delt postboks eller rompostboks (uten lisens)</translation>
    </message>
    <message>
        <source>Finding every mailbox…</source>
        <translation>Finner alle postbokser…</translation>
    </message>
    <message>
        <source>Mail could not be backed up: {0}</source>
        <translation>E-posten kunne ikke sikkerhetskopieres: {0}</translation>
    </message>
    <message>
        <source>The mail backup stopped: {0}</source>
        <translation>Sikkerhetskopieringen av e-post stoppet: {0}</translation>
    </message>
    <message>
        <source>Mail is left out: this access cannot read mailboxes (it has no Mail.Read permission). The files are not affected. &quot;Set up backup access for me&quot; adds Mail.Read, Calendars.Read and Contacts.Read.</source>
        <translation>E-post utelates: denne tilgangen kan ikke lese postbokser (den mangler tillatelsen Mail.Read). Filene påvirkes ikke. &quot;Sett opp tilgang for sikkerhetskopiering for meg&quot; legger til Mail.Read, Calendars.Read og Contacts.Read.</translation>
    </message>
    <message>
        <source>The mail backup is complete.</source>
        <translation>Sikkerhetskopien av e-post er fullstendig.</translation>
    </message>
    <message>
        <source>The mail backup is incomplete.</source>
        <translation>Sikkerhetskopien av e-post er ufullstendig.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts. Saved as {4} in {5}.</source>
        <translation>{0} meldinger kontrollert, {1} mislyktes; {2} hendelser; {3} kontakter. Lagret som {4} i {5}.</translation>
    </message>
    <message>
        <source>{0} of {1} messages saved and verified, {2} failed; {3} of {4} mailboxes done.</source>
        <translation>{0} av {1} meldinger lagret og kontrollert, {2} mislyktes; {3} av {4} postbokser ferdige.</translation>
    </message>
    <message>
        <source>Mail is paused: no new request goes to Microsoft 365 until you resume, and it goes on where it stopped.</source>
        <translation>E-posten er satt på pause: ingen ny forespørsel går til Microsoft 365 før du gjenopptar, og den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Mailboxes, shared and room mailboxes included: {0}. Messages: {1}, {2}. Every folder is saved as Maildir (Dovecot or any IMAP server opens it), calendars as .ics, contacts as .vcf.</source>
        <translation>Postbokser, delte postbokser og rompostbokser medregnet: {0}. Meldinger: {1}, {2}. Hver mappe lagres som Maildir (Dovecot eller en hvilken som helst IMAP-server åpner den), kalendere som .ics, kontakter som .vcf.</translation>
    </message>
    <message>
        <source>Shared and room mailboxes are shown together: telling them apart needs the MailboxSettings.Read permission, which this access does not have. Both are backed up all the same.</source>
        <translation>Delte postbokser og rompostbokser vises sammen: for å skille dem trengs tillatelsen MailboxSettings.Read, som denne tilgangen ikke har. Begge sikkerhetskopieres likevel.</translation>
    </message>
    <message>
        <source>Messages: {0} in {1} folders, {2}</source>
        <translation>Meldinger: {0} i {1} mapper, {2}</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrollert: {0} av {1} meldinger. Mislyktes: {2}. Hendelser: {3}. Kontakter: {4}.</translation>
    </message>
</context>
<context>
    <name>MailMovePage</name>
    <message>
        <source>Move mail to the new provider</source>
        <translation>Flytt e-post til den nye leverandøren</translation>
    </message>
    <message>
        <source>Optional: Cancel365 copies each user&apos;s saved mail into their new mailbox, folder by folder, without duplicates.</source>
        <translation>Valgfritt: Cancel365 kopierer hver brukers lagrede e-post til den nye postboksen, mappe for mappe, uten duplikater.</translation>
    </message>
    <message>
        <source>For each user, enter the new provider&apos;s IMAP login (the provider&apos;s help pages name the server; some need an app password). Passwords are kept in this computer&apos;s password store only.</source>
        <translation>Skriv inn IMAP-påloggingen hos den nye leverandøren for hver bruker (leverandørens hjelpesider oppgir serveren; noen krever et appassord). Passord lagres bare i denne datamaskinens passordlager.</translation>
    </message>
    <message>
        <source>Users whose mail was saved</source>
        <translation>Brukere med lagret e-post</translation>
    </message>
    <message>
        <source>On a real tenant this copies each user&apos;s mail from the backup on this computer into their mailbox at the new provider, over IMAP. It changes nothing in Microsoft 365, and at the new provider it only adds messages: a second run adds only what is missing. What can go wrong: a wrong password or a provider that wants an app password (Test login says so), or a full mailbox at the new provider (that user stops, the others go on).</source>
        <translation>På en ekte leietaker kopierer dette hver brukers e-post fra sikkerhetskopien på denne datamaskinen til postboksen hos den nye leverandøren via IMAP. Det endrer ingenting i Microsoft 365, og hos den nye leverandøren legger det bare til meldinger: en ny kjøring legger bare til det som mangler. Dette kan gå galt: feil passord eller en leverandør som krever et appassord (Test pålogging sier fra), eller en full postboks hos den nye leverandøren (den brukeren stopper, de andre fortsetter).</translation>
    </message>
    <message>
        <source>Looking for the saved mailboxes…</source>
        <translation>Ser etter de lagrede postboksene…</translation>
    </message>
    <message>
        <source>No mailbox was saved in this run (the Backup page saves them), so there is nothing to move here. Users who want their old mail at the new provider move it themselves.</source>
        <translation>Ingen postboks ble lagret i denne kjøringen (siden Sikkerhetskopi lagrer dem), så det er ingenting å flytte her. Brukere som vil ha den gamle e-posten sin hos den nye leverandøren, flytter den selv.</translation>
    </message>
    <message numerus="yes">
        <source>The mail of %n user(s) was saved in {0}.</source>
        <translation>
            <numerusform>E-posten for %n bruker ble lagret i {0}.</numerusform>
            <numerusform>E-posten for %n brukere ble lagret i {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waits while the mail is moving: wait for it to end, or Stop.</source>
        <translation>Neste venter mens e-posten flyttes: vent til det er ferdig, eller trykk Stopp.</translation>
    </message>
    <message>
        <source>Choose whether to move the mail or to skip this step.</source>
        <translation>Velg om e-posten skal flyttes, eller om du hopper over dette trinnet.</translation>
    </message>
    <message>
        <source>Next goes on once the mail was moved (or choose Skip). Fill in each user&apos;s login, then Move mail.</source>
        <translation>Neste går videre når e-posten er flyttet (eller velg Hopp over). Fyll ut påloggingen for hver bruker, og trykk deretter Flytt e-post.</translation>
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
        <translation>Leser {0}…</translation>
    </message>
    <message>
        <source>Trying what would be sent…</source>
        <translation>Prøver hva som ville blitt sendt…</translation>
    </message>
    <message>
        <source>Moving the mail…</source>
        <translation>Flytter e-posten…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Stopper etter meldingen som sendes nå…</translation>
    </message>
    <message>
        <source>Stop moving the mail?</source>
        <translation>Stoppe flyttingen av e-post?</translation>
    </message>
    <message>
        <source>Mail is moving to the new provider. Stop it and close Cancel365? What has arrived stays there; Move mail on the next start sends only what is missing.</source>
        <translation>E-posten flyttes til den nye leverandøren. Stoppe og lukke Cancel365? Det som har kommet fram, blir der; Flytt e-post ved neste start sender bare det som mangler.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The counts above are what a move would send now.</source>
        <translation>Prøvekjøring: ingenting ble sendt. Tallene ovenfor er det en flytting ville sendt nå.</translation>
    </message>
    <message numerus="yes">
        <source>Every message of %n user(s) is at the new provider (counted again there).</source>
        <translation>
            <numerusform>Alle meldinger for %n bruker er hos den nye leverandøren (telt på nytt der).</numerusform>
            <numerusform>Alle meldinger for %n brukere er hos den nye leverandøren (telt på nytt der).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete for %n user(s): some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</source>
        <translation>
            <numerusform>Ikke fullført for %n bruker: noe av e-posten er ikke hos den nye leverandøren. Rapporten sier hva og hvorfor; Flytt e-post på nytt legger bare til det som mangler.</numerusform>
            <numerusform>Ikke fullført for %n brukere: noe av e-posten deres er ikke hos den nye leverandøren. Rapporten sier hva og hvorfor; Flytt e-post på nytt legger bare til det som mangler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved, with no login filled in: %n user(s).</source>
        <translation>
            <numerusform>Ikke flyttet, uten utfylt pålogging: %n bruker.</numerusform>
            <numerusform>Ikke flyttet, uten utfylt pålogging: %n brukere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>&amp;Fill from a CSV file…</source>
        <translation>Fyll ut fra en &amp;CSV-fil…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prøvekjøring</translation>
    </message>
    <message>
        <source>Move m&amp;ail</source>
        <translation>Flytt &amp;e-post</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Åpne &amp;rapporten</translation>
    </message>
</context>
<context>
    <name>MoveChoice</name>
    <message>
        <source>&amp;Move the saved mail into the new mailboxes</source>
        <translation>&amp;Flytt den lagrede e-posten til de nye postboksene</translation>
    </message>
    <message>
        <source>S&amp;kip: users move their own mail, or there is no new provider yet</source>
        <translation>&amp;Hopp over: brukerne flytter e-posten sin selv, eller det finnes ingen ny leverandør ennå</translation>
    </message>
    <message>
        <source>If you skip, Cancel365 copies nothing: the old mail stays in the backup folder and in Microsoft 365 until Microsoft deletes it, and each user who wants it at the new provider must move it there themselves. Say so in the message to users (the Domains page writes it).</source>
        <translation>Hvis du hopper over, kopierer Cancel365 ingenting: den gamle e-posten blir liggende i sikkerhetskopimappen og i Microsoft 365 til Microsoft sletter den, og hver bruker som vil ha den hos den nye leverandøren, må flytte den dit selv. Skriv det i meldingen til brukerne (siden Domener skriver den).</translation>
    </message>
</context>
<context>
    <name>MoveUserBox</name>
    <message>
        <source>{0}: {1} messages in {2} folders</source>
        <translation>{0}: {1} meldinger i {2} mapper</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>IMAP-bruker:</translation>
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
        <translation>Sikkerhet:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
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
        <translation>Ingen (bare en testserver på denne datamaskinen)</translation>
    </message>
    <message>
        <source>often the e-mail address</source>
        <translation>ofte e-postadressen</translation>
    </message>
    <message>
        <source>for example imap.example.com</source>
        <translation>for eksempel imap.example.com</translation>
    </message>
    <message>
        <source>Saved in your password store</source>
        <translation>Lagret i passordlageret ditt</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>passord eller appassord</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Test pålogging</translation>
    </message>
    <message>
        <source>IMAP user for {0}</source>
        <translation>IMAP-bruker for {0}</translation>
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
        <translation>Sikkerhet for {0}</translation>
    </message>
    <message>
        <source>Password for {0}</source>
        <translation>Passord for {0}</translation>
    </message>
    <message>
        <source>Test login for {0}</source>
        <translation>Test pålogging for {0}</translation>
    </message>
    <message>
        <source>Mail moved for {0}</source>
        <translation>E-post flyttet for {0}</translation>
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
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>{0}: {1} sent, {2} already there, {3} failed, of {4}.</source>
        <translation>{0}: {1} sendt, {2} var der allerede, {3} mislyktes, av {4}.</translation>
    </message>
</context>
<context>
    <name>MoveUsers</name>
    <message>
        <source>Filled {0} of {1} users from the file. Passwords from it, saved in your password store: {2}.</source>
        <translation>{0} av {1} brukere fylt ut fra filen. Passord fra den, lagret i passordlageret ditt: {2}.</translation>
    </message>
    <message>
        <source>Not saved in this backup: {0}.</source>
        <translation>Ikke lagret i denne sikkerhetskopien: {0}.</translation>
    </message>
    <message>
        <source>Enter the IMAP user and server first.</source>
        <translation>Skriv inn IMAP-bruker og server først.</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>Tester påloggingen…</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Skriv inn passordet først.</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Nothing opened it</source>
        <translation>Ingenting åpnet det</translation>
    </message>
    <message>
        <source>No mail program on this computer opened the message. Copy it and paste it into your mail (web mail works too); send it to:</source>
        <translation>Ingen e-postprogram på denne datamaskinen åpnet meldingen. Kopier den og lim den inn i e-posten (nettpost fungerer også); send den til:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Kopier meldingen</translation>
    </message>
    <message>
        <source>No program on this computer opened the file. It is here:</source>
        <translation>Ingen program på denne datamaskinen åpnet filen. Den ligger her:</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>&amp;Kopier banen</translation>
    </message>
    <message>
        <source>No browser on this computer opened the page. Copy the address into a browser (on any computer):</source>
        <translation>Ingen nettleser på denne datamaskinen åpnet siden. Kopier adressen inn i en nettleser (på hvilken som helst datamaskin):</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Kopier adressen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappe</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>The folder did not open either: {0}</source>
        <translation>Mappen åpnet seg heller ikke: {0}</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Change the backup&apos;s a&amp;ccess…</source>
        <translation>Endre sikkerhetskopiens t&amp;ilgang…</translation>
    </message>
    <message>
        <source>Set up backup access, use an existing app registration, or back up only what your own sign-in opens.</source>
        <translation>Konfigurer tilgang for sikkerhetskopien, bruk en eksisterende appregistrering, eller sikkerhetskopier bare det din egen pålogging kan åpne.</translation>
    </message>
    <message>
        <source>&amp;Start the backup</source>
        <translation>&amp;Start sikkerhetskopieringen</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Hva som skal sikkerhetskopieres</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>User or site</source>
        <translation>Bruker eller område</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Users and sites to back up</source>
        <translation>Brukere og områder som skal sikkerhetskopieres</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>størrelse ukjent</translation>
    </message>
    <message>
        <source>{0} free at {1}; the backup needs about {2}: the files still to fetch, plus a tenth and 16 MB for the list of every file it keeps (its manifest) and room to spare.</source>
        <translation>{0} ledig på {1}; sikkerhetskopien trenger omtrent {2}: filene som gjenstår, pluss en tiendedel og 16 MB til listen over hver fil den tar vare på (manifestet) og litt margin.</translation>
    </message>
    <message>
        <source>Left out of the backup ({0}):</source>
        <translation>Utelatt fra sikkerhetskopien ({0}):</translation>
    </message>
    <message>
        <source>Nothing is left out: every user and site is listed.</source>
        <translation>Ingenting er utelatt: alle brukere og områder står på listen.</translation>
    </message>
    <message>
        <source>Drives chosen: {0}, {1} in all.</source>
        <translation>Valgte biblioteker: {0}, {1} totalt.</translation>
    </message>
    <message>
        <source>{0} free at {1}; every file there is verified already.</source>
        <translation>{0} ledig på {1}; alle filene der er allerede kontrollert.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no size for some drives, so Cancel365 cannot be sure the room is enough.</source>
        <translation>Microsoft 365 oppga ingen størrelse for noen stasjoner, så Cancel365 kan ikke være sikker på at plassen er nok.</translation>
    </message>
    <message>
        <source>Not enough room: free up {0}, choose another folder, or deselect users or sites.</source>
        <translation>Ikke nok plass: frigjør {0}, velg en annen mappe, eller fjern valget av brukere eller områder.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Backup progress</source>
        <translation>Fremdrift for sikkerhetskopieringen</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Bruker eller område</translation>
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
        <translation>Fremdrift for hvert bibliotek</translation>
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
        <translation>laster ned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>stopped (resumes next time)</source>
        <translation>stoppet (gjenopptas neste gang)</translation>
    </message>
    <message>
        <source>In the backup: {0} of {1} files, {2} of {3}</source>
        <translation>I sikkerhetskopien: {0} av {1} filer, {2} av {3}</translation>
    </message>
    <message>
        <source>{0} of {1} · files: {2} of {3}</source>
        <translation>{0} av {1} · filer: {2} av {3}</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>mislyktes: {0}</translation>
    </message>
    <message>
        <source>Listing the files of {0}: {1} (files so far: {2})</source>
        <translation>Går gjennom filene til {0}: {1} (filer så langt: {2})</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(mislyktes: {0})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>satt på pause</translation>
    </message>
    <message>
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>omtrent {0} igjen</translation>
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
        <translation>Kontroller på n&amp;ytt</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Continue without proof: I will check &amp;later with cancel365 status</source>
        <translation>Fortsett uten bevis: jeg kontrollerer &amp;senere med cancel365 status</translation>
    </message>
    <message>
        <source>Time left to wait for proof</source>
        <translation>Gjenstående tid å vente på bevis</translation>
    </message>
    <message>
        <source>Checking Microsoft 365: {0}:{1:02d} left</source>
        <translation>Kontrollerer Microsoft 365: {0}:{1:02d} igjen</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation>Bevis sett</translation>
    </message>
    <message>
        <source>Time is up: no proof yet</source>
        <translation>Tiden er ute: ikke noe bevis ennå</translation>
    </message>
    <message>
        <source>Not checking</source>
        <translation>Kontrollerer ikke</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Ingenting lest ennå.</translation>
    </message>
    <message>
        <source>Last read at {0}. Subscription: {1}. Licences: {2}.</source>
        <translation>Sist lest kl. {0}. Abonnement: {1}. Lisenser: {2}.</translation>
    </message>
    <message>
        <source>Active (Enabled)</source>
        <translation>Aktiv (Enabled)</translation>
    </message>
    <message>
        <source>Expired, grace period (Warning)</source>
        <translation>Utløpt, fristperiode (Warning)</translation>
    </message>
    <message>
        <source>Disabled (Suspended)</source>
        <translation>Deaktivert (Suspended)</translation>
    </message>
    <message>
        <source>Cancelled (LockedOut)</source>
        <translation>Avbrutt (LockedOut)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet (Deleted)</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>Ikke lenger oppført</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: Microsoft 365 shows the change.&lt;/b&gt; The subscription and its licences are no longer Enabled (seen at {0}).</source>
        <translation>&lt;b&gt;Ferdig: Microsoft 365 viser endringen.&lt;/b&gt; Abonnementet og lisensene er ikke lenger Enabled (sett kl. {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft 365 still shows the subscription as Enabled after {0} min.&lt;/b&gt; A cancellation can take a while to show. In the admin center, open &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt; and check that the subscription no longer says Active; if it does, cancel it again or call support. Then choose &lt;b&gt;Check again&lt;/b&gt;, or check later with &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Microsoft 365 viser fortsatt abonnementet som Enabled etter {0} min.&lt;/b&gt; Det kan ta litt tid før en avbestilling vises. Åpne &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dine produkter&lt;/b&gt; i administrasjonssenteret, og kontroller at det ikke lenger står Aktiv ved abonnementet; gjør det det, avbryt det på nytt eller ring kundestøtte. Velg deretter &lt;b&gt;Kontroller på nytt&lt;/b&gt;, eller kontroller senere med &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Stopped. Choose &lt;b&gt;Check again&lt;/b&gt; to go on waiting for the proof.</source>
        <translation>Stoppet. Velg &lt;b&gt;Kontroller på nytt&lt;/b&gt; for å vente videre på beviset.</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>Check again &amp;every</source>
        <translation>Sjekk igjen &amp;hvert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation>Sekunder mellom sjekkene</translation>
    </message>
</context>
<context>
    <name>RegistrationGuide</name>
    <message>
        <source>Register Cancel365 in your organization</source>
        <translation>Registrer Cancel365 i organisasjonen din</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: you decide what it may do, and you can delete it when you are done. A Global Administrator creates it once, in about five minutes. No secret is needed.</source>
        <translation>Cancel365 logger på som organisasjonens egen appregistrering: du bestemmer hva den får gjøre, og du kan slette den når du er ferdig. En global administrator oppretter den én gang, på omtrent fem minutter. Ingen hemmelighet trengs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Open the Microsoft Entra admin center and sign in as a Global Administrator. Go to &lt;b&gt;Identity › Applications › App registrations&lt;/b&gt; and select &lt;b&gt;New registration&lt;/b&gt;. The values to enter:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Åpne administrasjonssenteret for Microsoft Entra, og logg på som global administrator. Gå til &lt;b&gt;Identitet › Programmer › Appregistreringer&lt;/b&gt;, og velg &lt;b&gt;Ny registrering&lt;/b&gt;. Verdiene du skal fylle inn:</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Supported account types&lt;/b&gt;: &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt; is fine. Under &lt;b&gt;Redirect URI&lt;/b&gt;, select the platform &lt;b&gt;Public client/native (mobile &amp;amp; desktop)&lt;/b&gt; and paste the redirect URI above. Select &lt;b&gt;Register&lt;/b&gt;.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Kontotyper som støttes&lt;/b&gt;: &lt;b&gt;Bare kontoer i denne organisasjonskatalogen&lt;/b&gt; er greit. Under &lt;b&gt;Omadresserings-URI&lt;/b&gt; velger du plattformen &lt;b&gt;Offentlig klient/opprinnelig (mobil og skrivebord)&lt;/b&gt; og limer inn omadresserings-URI-en ovenfor. Velg &lt;b&gt;Registrer&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Open &lt;b&gt;Authentication&lt;/b&gt;: under &lt;b&gt;Mobile and desktop applications&lt;/b&gt; the redirect URI http://localhost is listed. Set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt; (for signing in with a code) and select &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Åpne &lt;b&gt;Godkjenning&lt;/b&gt;: under &lt;b&gt;Mobil- og skrivebordsprogrammer&lt;/b&gt; står omadresserings-URI-en http://localhost. Sett &lt;b&gt;Tillat offentlige klientflyter&lt;/b&gt; til &lt;b&gt;Ja&lt;/b&gt; (for pålogging med en kode), og velg &lt;b&gt;Lagre&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Open &lt;b&gt;API permissions › Add a permission › Microsoft Graph › Delegated permissions&lt;/b&gt; and add the permissions above. Cancel365 asks only to read when you sign in, and for a write permission only when you start what needs it.</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Åpne &lt;b&gt;API-tillatelser › Legg til en tillatelse › Microsoft Graph › Delegerte tillatelser&lt;/b&gt;, og legg til tillatelsene ovenfor. Cancel365 ber bare om å lese når du logger på, og om en skrivetillatelse først når du starter det som krever den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;5.&lt;/b&gt; Optional: &lt;b&gt;Grant admin consent for&lt;/b&gt; your organization, so nobody is asked again.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; Valgfritt: &lt;b&gt;Gi administratorsamtykke for&lt;/b&gt; organisasjonen din, så ingen blir spurt igjen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;6.&lt;/b&gt; Open &lt;b&gt;Overview&lt;/b&gt;, copy the &lt;b&gt;Application (client) ID&lt;/b&gt; and paste it below.</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; Åpne &lt;b&gt;Oversikt&lt;/b&gt;, kopier &lt;b&gt;Program-ID (klient)&lt;/b&gt;, og lim den inn nedenfor.</translation>
    </message>
    <message>
        <source>Admin center:</source>
        <translation>Administrasjonssenter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Omadresserings-URI:</translation>
    </message>
    <message>
        <source>&amp;Delegated permissions:</source>
        <translation>&amp;Delegerte tillatelser:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopier {0}</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-ID (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Lagre og logg på</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Kopiert: {0}</translation>
    </message>
    <message>
        <source>Paste the Application (client) ID from the app&apos;s Overview page.</source>
        <translation>Lim inn Program-ID (klient) fra appens side Oversikt.</translation>
    </message>
    <message>
        <source>That is a client ID. Save and sign in: if Microsoft refuses it, the Sign-in page says why (for example AADSTS700016: the app is not in your directory; AADSTS50011: the redirect URI is missing).</source>
        <translation>Det er en klient-ID. Lagre og logg på: avviser Microsoft den, sier påloggingssiden hvorfor (for eksempel AADSTS700016: appen finnes ikke i katalogen din; AADSTS50011: omadresserings-URI-en mangler).</translation>
    </message>
    <message>
        <source>Not a client ID yet: it is a GUID, 32 hexadecimal digits in groups of 8-4-4-4-12, like 1b2c3d4e-0000-1111-2222-333344445555. Copy it again from Overview (not the Object ID or the Directory (tenant) ID).</source>
        <translation>Ikke en klient-ID ennå: det er en GUID, 32 heksadesimale sifre i grupper på 8-4-4-4-12, som 1b2c3d4e-0000-1111-2222-333344445555. Kopier den på nytt fra Oversikt (ikke objekt-ID eller katalog-ID (leier)).</translation>
    </message>
    <message>
        <source>Not a client ID: it is a GUID like 1b2c3d4e-0000-1111-2222-333344445555.</source>
        <translation>Ikke en klient-ID: det er en GUID som 1b2c3d4e-0000-1111-2222-333344445555.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder for your users</source>
        <translation>Påminnelse til brukerne dine</translation>
    </message>
    <message>
        <source>Edit the text as you like, then copy it into a mail or a chat message to everyone.</source>
        <translation>Rediger teksten som du vil, og kopier den deretter inn i en e-post eller en chatmelding til alle.</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Påminnelsestekst</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Hello everyone,

{0} is leaving Microsoft 365. Before that, we back up the files in every OneDrive and SharePoint library of the company, your own OneDrive included: you need not copy those. The backup cannot take everything, so please save your own copy of:

• files people outside the company shared with you (they stay in their OneDrive, not ours),
• OneNote notebooks (export them from OneNote: File &gt; Export),
• Teams chat messages and mail you want to keep (the backup holds files, not chats or mail).

Please finish this within the next week and tell me if something is missing.

Thank you!</source>
        <translation>Hei alle sammen!

{0} slutter å bruke Microsoft 365. Før det sikkerhetskopierer vi filene i alle bedriftens OneDrive- og SharePoint-biblioteker, også din egen OneDrive: dem trenger du ikke å kopiere. Sikkerhetskopien kan ikke ta alt, så ta gjerne din egen kopi av:

• filer som personer utenfor bedriften har delt med deg (de ligger i deres OneDrive, ikke vår),
• OneNote-notatblokker (eksporter dem fra OneNote: Fil &gt; Eksporter),
• Teams-chatmeldinger og e-post du vil beholde (sikkerhetskopien inneholder filer, ikke chatter eller e-post).

Gjør dette innen neste uke, og si fra hvis noe mangler.

Takk!</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Bedriften vår</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>ResolverPicker</name>
    <message>
        <source>Demo tenant&apos;s DNS (this computer)</source>
        <translation>Demoorganisasjonens DNS (denne datamaskinen)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-server</translation>
    </message>
    <message>
        <source>The resolver (DNS server) that answers the questions about your domain</source>
        <translation>Resolveren (DNS-serveren) som svarer på spørsmålene om domenet ditt</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Egendefinert…</translation>
    </message>
    <message>
        <source>This computer&apos;s DNS server</source>
        <translation>Denne datamaskinens DNS-server</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>vert eller vert:port</translation>
    </message>
    <message>
        <source>Another DNS server</source>
        <translation>En annen DNS-server</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>&amp;Resume that backup</source>
        <translation>&amp;Gjenoppta den sikkerhetskopieringen</translation>
    </message>
    <message>
        <source>A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). Resume it: verified files are not downloaded again.</source>
        <translation>En sikkerhetskopiering i {0} ble ikke ferdig (kontrollerte filer: {1}; gjenstår: {2}). Gjenoppta den: kontrollerte filer lastes ikke ned på nytt.</translation>
    </message>
</context>
<context>
    <name>RunBox</name>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopiering</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Avbryt sikkerhetskopiering</translation>
    </message>
    <message>
        <source>Stopping after the files being written…</source>
        <translation>Stopper etter filene som skrives nå…</translation>
    </message>
    <message>
        <source>The backup goes on</source>
        <translation>Sikkerhetskopieringen fortsetter</translation>
    </message>
    <message>
        <source>The backup stays paused while you look at the other pages. Come back to this page (Next) to resume it. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Sikkerhetskopieringen forblir satt på pause mens du ser på de andre sidene. Kom tilbake til denne siden (Neste) for å gjenoppta den. Lukker du Cancel365, stopper den; neste gang tilbys du å gjenoppta der den stoppet.</translation>
    </message>
    <message>
        <source>The backup keeps running while you look at the other pages. Come back to this page (Next) to see how far it got. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Sikkerhetskopieringen fortsetter mens du ser på de andre sidene. Kom tilbake til denne siden (Neste) for å se hvor langt den har kommet. Lukker du Cancel365, stopper den; neste gang tilbys du å gjenoppta der den stoppet.</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>Stoppe sikkerhetskopieringen?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it and close Cancel365? Files verified so far are kept; the next start offers to resume where it stopped.</source>
        <translation>En sikkerhetskopiering pågår. Vil du stoppe den og lukke Cancel365? Filer som er kontrollert så langt, beholdes; neste gang får du tilbud om å fortsette der den stoppet.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open: {0}</source>
        <translation>Åpne: {0}</translation>
    </message>
    <message>
        <source>Show in folder: {0}</source>
        <translation>Vis i mappe: {0}</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Kopier banen</translation>
    </message>
    <message>
        <source>This computer has no program set to open it. Copy the path and open it yourself: {0}</source>
        <translation>Denne datamaskinen har ikke noe program satt opp til å åpne den. Kopier banen og åpne den selv: {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration, so your organization decides what it may do. A Global Administrator creates it once in the Microsoft Entra admin center, in about five minutes: the guide “Registering Cancel365 in your organization” (docs/app-registration.md) shows each step.</source>
        <translation>Cancel365 logger på som organisasjonens egen appregistrering, så det er organisasjonen din som bestemmer hva den får gjøre. En global administrator oppretter den én gang i administrasjonssenteret for Microsoft Entra, på omtrent fem minutter: veiledningen “Registering Cancel365 in your organization” (docs/app-registration.md) viser hvert trinn.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Program-ID (klient)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leier</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-ID (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Leier:</translation>
    </message>
    <message>
        <source>Leave “organizations” unless your app registration is single-tenant; then enter your tenant ID or domain.</source>
        <translation>La “organizations” stå, med mindre appregistreringen din gjelder én leier; skriv i så fall inn leier-ID-en eller domenet ditt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-0000-1111-2222-333344445555: copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-ID-en er en GUID som 1b2c3d4e-0000-1111-2222-333344445555: kopier den fra oversiktssiden til appregistreringen.</translation>
    </message>
    <message>
        <source>Enter “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Skriv inn “organizations”, en leier-ID eller et domene som contoso.onmicrosoft.com.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Microsoft 365</source>
        <translation>Logg på Microsoft 365</translation>
    </message>
    <message>
        <source>Use a Global Administrator or Billing Administrator account of the organization whose subscription you want to cancel.</source>
        <translation>Bruk en konto som global administrator eller faktureringsadministrator i organisasjonen med abonnementet du vil avbryte.</translation>
    </message>
    <message>
        <source>Cancel365 asks only to read for now. Before it changes anything (removing licences or a domain) it asks you again.</source>
        <translation>Cancel365 ber foreløpig bare om å lese. Før den endrer noe (fjerner lisenser eller et domene), spør den deg igjen.</translation>
    </message>
    <message>
        <source>Sign in in my &amp;web browser (recommended)</source>
        <translation>Logg på i &amp;nettleseren min (anbefales)</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de on another device</source>
        <translation>Logg på med en &amp;kode på en annen enhet</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Logg &amp;på</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Avbryt pålogging</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logg a&amp;v</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inns&amp;tillinger…</translation>
    </message>
    <message>
        <source>&amp;Register Cancel365 in your organization…</source>
        <translation>&amp;Registrer Cancel365 i organisasjonen din…</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasjon:</translation>
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
        <translation>Ser etter den lagrede påloggingen din…</translation>
    </message>
    <message>
        <source>Opening your web browser…</source>
        <translation>Åpner nettleseren din…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Ber Microsoft om en påloggingskode…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Logge av?</translation>
    </message>
    <message>
        <source>Sign out and remove everything Cancel365 stored on this computer: your saved sign-in and any other secrets it keeps? The backup app registration Cancel365 made, if any, is removed from your tenant too.</source>
        <translation>Vil du logge av og fjerne alt Cancel365 har lagret på denne datamaskinen: den lagrede påloggingen din og eventuelle andre hemmeligheter den oppbevarer? Appregistreringen for sikkerhetskopiering som Cancel365 har opprettet, fjernes også fra leieren din, hvis den finnes.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Logger av…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Venter på at du blir ferdig med å logge på…</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so Cancel365 will not remember this sign-in: you will sign in again next time. Nothing is saved to disk.</source>
        <translation>Denne datamaskinen har ikke noe passordlager (nøkkelring), så Cancel365 husker ikke denne påloggingen: du må logge på igjen neste gang. Ingenting lagres på disken.</translation>
    </message>
    <message>
        <source>Signed out. Cancel365 keeps nothing from this sign-in.</source>
        <translation>Logget av. Cancel365 beholder ingenting fra denne påloggingen.</translation>
    </message>
    <message>
        <source>Before the first sign-in, Cancel365 needs your organization&apos;s own app registration. Register it now: the wizard shows each step and what to paste.</source>
        <translation>Før første pålogging trenger Cancel365 organisasjonens egen appregistrering. Registrer den nå: veiviseren viser hvert trinn og hva du skal lime inn.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>You are a Billing Administrator, not a Global Administrator. You can cancel the subscription and remove licences, but you cannot remove your domain from Microsoft 365 or set up the backup of everyone&apos;s files. Ask a Global Administrator to do those steps, or to sign in here.</source>
        <translation>Du er faktureringsadministrator, ikke global administrator. Du kan avbryte abonnementet og fjerne lisenser, men du kan ikke fjerne domenet ditt fra Microsoft 365 eller sette opp sikkerhetskopi av alles filer. Be en global administrator gjøre disse trinnene, eller logge på her.</translation>
    </message>
    <message>
        <source>{name} is neither a Global Administrator nor a Billing Administrator. You can look around, but you will not be able to cancel the subscription, remove licences or domains, or back up other people&apos;s files. Sign out and sign in with an administrator account, or ask a Global Administrator to give you the Billing Administrator role.</source>
        <translation>{name} er verken global administrator eller faktureringsadministrator. Du kan se deg rundt, men du kan ikke avbryte abonnementet, fjerne lisenser eller domener eller sikkerhetskopiere andres filer. Logg av og logg på med en administratorkonto, eller be en global administrator gi deg rollen faktureringsadministrator.</translation>
    </message>
</context>
<context>
    <name>SignInPromptView</name>
    <message>
        <source>Sign-in code</source>
        <translation>Påloggingskode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>K&amp;opier kode</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Åpne påloggings&amp;siden</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>Kopier &amp;lenken</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; and enter this code by {time}. Then sign in with your administrator account.</source>
        <translation>Åpne &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; på denne eller en annen enhet, og skriv inn denne koden innen {time}. Logg deretter på med administratorkontoen din.</translation>
    </message>
    <message>
        <source>Your web browser shows Microsoft&apos;s sign-in page. Finish signing in there; Cancel365 continues by itself. If no browser window appeared, copy the link into a browser.</source>
        <translation>Nettleseren din viser Microsofts påloggingsside. Fullfør påloggingen der; Cancel365 fortsetter av seg selv. Hvis det ikke kom opp noe nettleservindu, kopierer du lenken inn i en nettleser.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Try &amp;again</source>
        <translation>Prøv &amp;igjen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <source>Which subscription do you want to cancel?</source>
        <translation>Hvilket abonnement vil du avbryte?</translation>
    </message>
    <message>
        <source>Pick one. The wizard tells you which way out applies to it.</source>
        <translation>Velg ett. Veiviseren forteller deg hvordan det kan avbrytes.</translation>
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
        <translation>Tildelte lisenser</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Neste endring</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>This subscription was bought with a &amp;product key</source>
        <translation>Abonnementet ble kjøpt med en &amp;produktnøkkel</translation>
    </message>
    <message>
        <source>&amp;Remove licences…</source>
        <translation>&amp;Fjern lisenser…</translation>
    </message>
    <message>
        <source>On a real tenant this list comes from your organization&apos;s billing: every subscription with its licences. Choosing one changes nothing. Only Remove licences changes the tenant: those users lose the apps of that subscription at once (their mail and files stay until it ends). What can go wrong: a subscription bought through a partner or with a product key cannot be cancelled online, and cancelling early may cost a fee.</source>
        <translation>På en ekte leier kommer listen fra organisasjonens fakturering: hvert abonnement med lisensene sine. Å velge ett endrer ingenting. Bare Fjern lisenser endrer leieren: de brukerne mister abonnementets apper med en gang (e-post og filer blir værende til det opphører). Hva som kan gå galt: et abonnement kjøpt gjennom en partner eller med en produktnøkkel kan ikke avbrytes på nettet, og å avbryte før tiden kan koste et gebyr.</translation>
    </message>
    <message>
        <source>Reading subscriptions and licences…</source>
        <translation>Leser abonnementer og lisenser…</translation>
    </message>
    <message>
        <source>{0} assigned across {1} subscriptions of this product; this one has {2}</source>
        <translation>{0} tildelt på tvers av {1} abonnementer på dette produktet; dette har {2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Expired (grace period)</source>
        <translation>Utløpt (respittperiode)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
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
        <translation>Åpne &amp;rapporten</translation>
    </message>
    <message>
        <source>Remove the backup &amp;app registration</source>
        <translation>Fjern &amp;appregistreringen for sikkerhetskopiering</translation>
    </message>
    <message>
        <source>C&amp;hange what to back up</source>
        <translation>&amp;Endre hva som skal sikkerhetskopieres</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: only the changes were fetched ({1} files).</source>
        <translation>Denne kjøringen oppdaterte sikkerhetskopien fra {0}: bare endringene ble hentet ({1} filer).</translation>
    </message>
    <message>
        <source>Not downloadable (files Microsoft 365 blocks or does not hand out, and shortcuts; the report gives the reason): {0}.</source>
        <translation>Kan ikke lastes ned (filer Microsoft 365 blokkerer eller ikke gir ut, og snarveier; rapporten oppgir grunnen): {0}.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during or since the backup (a copy made before is kept): {0}.</source>
        <translation>Slettet i Microsoft 365 under eller etter sikkerhetskopieringen (en kopi laget før beholdes): {0}.</translation>
    </message>
    <message>
        <source>Failed: {0}. The report says why; start again to retry them.</source>
        <translation>Mislyktes: {0}. Rapporten forteller hvorfor; start på nytt for å prøve dem igjen.</translation>
    </message>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, choose &quot;Set up backup access for me&quot; and start again: what is verified stays.</source>
        <translation>Brukere og nettsteder utelatt fordi denne tilgangen ikke kan åpne filene deres: {0}. Velg «Sett opp tilgang for sikkerhetskopiering for meg» for å ta dem med, og start på nytt: det som er bekreftet, blir værende.</translation>
    </message>
    <message>
        <source>Cancelled. Start again to resume where it stopped.</source>
        <translation>Avbrutt. Start på nytt for å fortsette der den stoppet.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>Sikkerhetskopien er fullstendig.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Sikkerhetskopien er ufullstendig.</translation>
    </message>
    <message>
        <source>The report: {0}</source>
        <translation>Rapporten: {0}</translation>
    </message>
    <message>
        <source>The files report lists the mail per mailbox; the mail report: {0}</source>
        <translation>Rapporten over filene viser e-posten per postboks; rapporten over e-post: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No dates yet.</source>
        <translation>Ingen datoer ennå.</translation>
    </message>
</context>
<context>
    <name>UserNoticeDialog</name>
    <message>
        <source>Message to your users</source>
        <translation>Melding til brukerne dine</translation>
    </message>
    <message>
        <source>for example Fastmail or Google Workspace</source>
        <translation>for eksempel Fastmail eller Google Workspace</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldingstekst</translation>
    </message>
    <message>
        <source>Edit the text as you like. Recipients (Bcc): {0}, the users whose addresses are on {1}.</source>
        <translation>Rediger teksten som du vil. Mottakere (Bcc): {0}, brukerne som har adresser på {1}.</translation>
    </message>
    <message>
        <source>&amp;Mail moves on:</source>
        <translation>&amp;E-post flyttes den:</translation>
    </message>
    <message>
        <source>&amp;New mail provider:</source>
        <translation>&amp;Ny e-postleverandør:</translation>
    </message>
    <message>
        <source>Ol&amp;d mail:</source>
        <translation>&amp;Gammel e-post:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>E&amp;mne:</translation>
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
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Åpne i e-post&amp;program</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>&amp;Tilbakestill tekst</translation>
    </message>
    <message>
        <source>Copied: paste it into your mail program.</source>
        <translation>Kopiert: lim den inn i e-postprogrammet ditt.</translation>
    </message>
    <message>
        <source>The message is long: some mail programs cut it. If it arrives incomplete, use Copy instead.</source>
        <translation>Meldingen er lang: noen e-postprogrammer kutter den. Hvis den kommer frem ufullstendig, bruker du Kopier i stedet.</translation>
    </message>
    <message>
        <source>You edited the text, so it was not changed. Use Reset text to fill in the new date and provider.</source>
        <translation>Du har redigert teksten, så den ble ikke endret. Bruk Tilbakestill tekst for å fylle inn ny dato og leverandør.</translation>
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
        <translation>Domener</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktige datoer</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Last time ({when}) you got to the {page} step for {tenant}.</source>
        <translation>Forrige gang ({when}) kom du til trinnet {page} for {tenant}.</translation>
    </message>
    <message>
        <source>Subscription: {0}</source>
        <translation>Abonnement: {0}</translation>
    </message>
    <message>
        <source>Domains checked: {0}</source>
        <translation>Sjekkede domener: {0}</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>Mappe for sikkerhetskopi: {0}</translation>
    </message>
    <message>
        <source>You sign in again; these choices are filled in for you.</source>
        <translation>Du logger på igjen; disse valgene fylles ut for deg.</translation>
    </message>
    <message>
        <source>Leave Microsoft 365 without losing mail or files</source>
        <translation>Forlat Microsoft 365 uten å miste e-post eller filer</translation>
    </message>
    <message>
        <source>The admin center has a Cancel button. This wizard does everything around it, in the right order.</source>
        <translation>Administrasjonssenteret har en knapp for å avbryte. Denne veiviseren gjør alt rundt den, i riktig rekkefølge.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Der du slapp</translation>
    </message>
    <message>
        <source>Con&amp;tinue where I left off</source>
        <translation>&amp;Fortsett der jeg slapp</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Start på n&amp;ytt</translation>
    </message>
    <message>
        <source>Sign in as an administrator and pick the subscription to cancel. The wizard tells you whether it can be cancelled online.</source>
        <translation>Logg på som administrator, og velg abonnementet som skal avbrytes. Veiviseren forteller deg om det kan avbrytes på nett.</translation>
    </message>
    <message>
        <source>Move your custom domain: check which DNS records still point at Microsoft 365 and change them, mail (MX) first.</source>
        <translation>Flytt ditt eget domene: sjekk hvilke DNS-poster som fortsatt peker til Microsoft 365, og endre dem, e-post (MX) først.</translation>
    </message>
    <message>
        <source>Back up every OneDrive and SharePoint library, verified file by file.</source>
        <translation>Sikkerhetskopier alle OneDrive- og SharePoint-biblioteker, kontrollert fil for fil.</translation>
    </message>
    <message>
        <source>See the key dates: when access ends and when data is deleted.</source>
        <translation>Se de viktige datoene: når tilgangen opphører, og når data slettes.</translation>
    </message>
    <message>
        <source>Cancel in the admin center with step-by-step help, then get proof that it worked and a record of everything done.</source>
        <translation>Avbryt i administrasjonssenteret med hjelp trinn for trinn, og få deretter bevis på at det virket og en oversikt over alt som er gjort.</translation>
    </message>
    <message>
        <source>What happens, step by step:</source>
        <translation>Hva som skjer, trinn for trinn:</translation>
    </message>
    <message>
        <source>Why this order: once a subscription is cancelled, mail sent to your domain bounces while the domain still points at Microsoft 365, and files left behind are deleted 90 to 180 days later.</source>
        <translation>Hvorfor denne rekkefølgen: når et abonnement er avbrutt, blir e-post til domenet ditt avvist så lenge domenet fortsatt peker til Microsoft 365, og filer som blir liggende igjen, slettes 90 til 180 dager senere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo tenant.&lt;/b&gt; You are exploring with a made-up bakery, Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account.</source>
        <translation>&lt;b&gt;Demoorganisasjon.&lt;/b&gt; Du utforsker med et oppdiktet bakeri, Lille Bager ApS. Ingenting du gjør her, berører en ekte Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>You will sign in to your organization&apos;s Microsoft 365 as a Global or Billing Administrator. Nothing is changed without asking you first.</source>
        <translation>Du logger på organisasjonens Microsoft 365 som global administrator eller faktureringsadministrator. Ingenting endres uten at du blir spurt først.</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: the Sign-in page guides you through creating it (about five minutes). To explore first, run &lt;b&gt;cancel365 --demo&lt;/b&gt;.</source>
        <translation>Cancel365 logger på som organisasjonens egen appregistrering: påloggingssiden viser deg hvordan du oppretter den (omtrent fem minutter). Vil du utforske først, kjør &lt;b&gt;cancel365 --demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing. The wizard then works on your organization&apos;s live Microsoft 365: it reads first and asks before every change (licences, a domain, a backup app registration). The order matters: move mail, back up, and only then cancel; cancelling first bounces mail and starts the deletion clock for your files.</source>
        <translation>På en ekte leier endrer denne siden ingenting. Veiviseren arbeider da i organisasjonens ekte Microsoft 365: den leser først og spør før hver endring (lisenser, et domene, en appregistrering for sikkerhetskopien). Rekkefølgen betyr noe: flytt e-posten, ta sikkerhetskopi og avbryt først etterpå; avbryter du først, blir e-post avvist, og nedtellingen til at filene slettes begynner.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Acknowledged: {0}</source>
        <translation>Godkjent: {0}</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Rett det…</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Rett: {0}</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Godkjenn…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Endre begrunnelse…</translation>
    </message>
    <message>
        <source>Acknowledge: {0}</source>
        <translation>Godkjenn: {0}</translation>
    </message>
    <message>
        <source>I have told the &amp;users</source>
        <translation>Jeg har fortalt det til &amp;brukerne</translation>
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
        <translation>! Godkjent</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Your computer&apos;s password store (keyring) is locked, so Cancel365 cannot open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or log out and in again; on macOS: unlock the login keychain), then try again.</source>
        <translation>Passordlageret (nøkkelringen) på datamaskinen din er låst, så Cancel365 kan ikke åpne den lagrede påloggingen din. Lås det opp (på Linux: åpne Passord og nøkler, eller logg av og på igjen; på macOS: lås opp nøkkelringen login), og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to read Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Passordlageret (nøkkelringen) på datamaskinen din nektet å lese nøkkelen til Cancel365. Sjekk at det fungerer (for eksempel i Passord og nøkler eller Nøkkelring), og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to store Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Passordlageret (nøkkelringen) på datamaskinen din nektet å lagre nøkkelen til Cancel365. Sjekk at det fungerer (for eksempel i Passord og nøkler eller Nøkkelring), og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to remove Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Passordlageret (nøkkelringen) på datamaskinen din nektet å fjerne nøkkelen til Cancel365. Sjekk at det fungerer (for eksempel i Passord og nøkler eller Nøkkelring), og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to {0}. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Passordlageret (nøkkelringen) på datamaskinen din avviste en handling ({0}). Sjekk at det fungerer (for eksempel i Passord og nøkler eller Nøkkelring), og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Cancel365 needs the client ID of your organization&apos;s own app registration to sign in. Open Settings and enter it (docs/app-registration.md explains how to create one in five minutes).</source>
        <translation>Cancel365 trenger klient-ID-en til organisasjonens egen appregistrering for å logge på. Åpne Innstillinger og skriv den inn (docs/app-registration.md forklarer hvordan du oppretter en på fem minutter).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Sign in again when you are ready.</source>
        <translation>Påloggingen ble avbrutt. Logg på igjen når du er klar.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {0} min, so it was stopped. Sign in again and finish it in the browser (or with the code) in time.</source>
        <translation>Påloggingen ble ikke fullført innen {0} min, så den ble stoppet. Logg på igjen, og fullfør den i nettleseren (eller med koden) i tide.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Go back to the Sign-in page and sign in again.</source>
        <translation>Påloggingen din er utløpt eller tilbakekalt. Gå tilbake til siden Logg på, og logg på igjen.</translation>
    </message>
    <message>
        <source>This step needs the permission {0}. Sign in again when asked and accept it; nothing was changed.</source>
        <translation>Dette trinnet trenger tillatelsen {0}. Logg på igjen når du blir bedt om det, og godta den; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Your organization does not know this app&apos;s client ID. Check the client ID (Application (client) ID on the app&apos;s Overview page) in Settings, or register the app with Register Cancel365 in your organization on the Sign-in page.</source>
        <translation>Organisasjonen din kjenner ikke denne appens klient-ID. Sjekk klient-ID-en (Program-ID (klient) på appens side Oversikt) under Innstillinger, eller registrer appen med Registrer Cancel365 i organisasjonen din på påloggingssiden.</translation>
    </message>
    <message>
        <source>This client ID belongs to a Microsoft app that Cancel365 may not use. Register your own app (docs/app-registration.md) and enter its client ID.</source>
        <translation>Denne klient-ID-en tilhører en Microsoft-app som Cancel365 ikke får bruke. Registrer din egen app (docs/app-registration.md), og skriv inn klient-ID-en til den.</translation>
    </message>
    <message>
        <source>The app registration is missing the redirect address http://localhost. Add it under Authentication → Mobile and desktop applications.</source>
        <translation>Appregistreringen mangler omdirigeringsadressen http://localhost. Legg den til under Authentication → Mobile and desktop applications.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows. Turn on &apos;Allow public client flows&apos; under Authentication.</source>
        <translation>Appregistreringen tillater ikke offentlige klientflyter. Slå på &apos;Allow public client flows&apos; under Authentication.</translation>
    </message>
    <message>
        <source>The app registration is single-tenant. Enter your tenant ID or domain under Settings → Tenant.</source>
        <translation>Appregistreringen gjelder én leier. Skriv inn leier-ID-en eller domenet ditt under Innstillinger → Leier.</translation>
    </message>
    <message>
        <source>This account is not in your organization. Sign in with a work account of the organization whose subscription you want to cancel.</source>
        <translation>Denne kontoen hører ikke til organisasjonen din. Logg på med en jobbkonto i organisasjonen med abonnementet du vil avbryte.</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot manage a business subscription. Sign in with a work account.</source>
        <translation>Personlige Microsoft-kontoer kan ikke administrere et bedriftsabonnement. Logg på med en jobbkonto.</translation>
    </message>
    <message>
        <source>The permissions were not granted. Sign in again and accept the permissions Cancel365 asks for.</source>
        <translation>Tillatelsene ble ikke gitt. Logg på igjen, og godta tillatelsene Cancel365 ber om.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Sign in again.</source>
        <translation>Brukernavnet eller passordet er feil. Logg på igjen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service refused the sign-in: {0} Try again; if it keeps happening, check the app registration (docs/app-registration.md).</source>
        <translation>Microsofts påloggingstjeneste avviste påloggingen: {0} Prøv igjen; hvis det fortsetter, sjekker du appregistreringen (docs/app-registration.md).</translation>
    </message>
    <message>
        <source>Could not reach Microsoft&apos;s sign-in service ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Fikk ikke kontakt med Microsofts påloggingstjeneste ({0}). Sjekk internettilkoblingen og eventuell proxy, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The backup app registration&apos;s client secret has expired. Set up backup access again (or add a new secret to your app registration).</source>
        <translation>Klienthemmeligheten til appregistreringen for sikkerhetskopiering er utløpt. Sett opp tilgang for sikkerhetskopiering på nytt (eller legg til en ny hemmelighet i appregistreringen din).</translation>
    </message>
    <message>
        <source>Microsoft does not accept the backup app registration&apos;s client ID or secret (yet). A just-created app registration can take a few minutes to work everywhere; otherwise check the tenant, client ID and secret.</source>
        <translation>Microsoft godtar ikke (ennå) klient-ID-en eller hemmeligheten til appregistreringen for sikkerhetskopiering. En nyopprettet appregistrering kan trenge noen minutter før den virker overalt; ellers sjekker du leier, klient-ID og hemmelighet.</translation>
    </message>
    <message>
        <source>Microsoft refused the backup app registration: {0} Check the tenant, client ID and secret, or set up backup access again.</source>
        <translation>Microsoft avviste appregistreringen for sikkerhetskopiering: {0} Sjekk leier, klient-ID og hemmelighet, eller sett opp tilgang for sikkerhetskopiering på nytt.</translation>
    </message>
    <message>
        <source>The backup access settings are not usable ({0}). Check the tenant.</source>
        <translation>Innstillingene for tilgang for sikkerhetskopiering kan ikke brukes ({0}). Sjekk leieren.</translation>
    </message>
    <message>
        <source>The demo tenant did not answer ({0}). Restart Cancel365 --demo.</source>
        <translation>Demoorganisasjonen svarte ikke ({0}). Start Cancel365 --demo på nytt.</translation>
    </message>
    <message>
        <source>The sign-in settings are not usable ({0}). Check the tenant in Settings.</source>
        <translation>Påloggingsinnstillingene kan ikke brukes ({0}). Sjekk leieren under Innstillinger.</translation>
    </message>
    <message>
        <source>The answer from Microsoft&apos;s sign-in service did not pass Cancel365&apos;s checks, so it was not used. Sign in again.</source>
        <translation>Svaret fra Microsofts påloggingstjeneste besto ikke kontrollene til Cancel365, så det ble ikke brukt. Logg på igjen.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup needs about {0} but {1} has only {2} free. Free up {3}, choose a larger destination, or deselect some users or sites.</source>
        <translation>Sikkerhetskopien trenger omtrent {0}, men {1} har bare {2} ledig. Frigjør {3}, velg et sted med mer plass, eller fjern valget av noen brukere eller områder.</translation>
    </message>
    <message>
        <source>The destination {0} is full. The backup stopped; files already verified are kept. Free up space (or choose a larger drive) and start the backup again: it resumes where it stopped.</source>
        <translation>Det er ikke mer plass i {0}. Sikkerhetskopieringen stoppet; filer som allerede er kontrollert, beholdes. Frigjør plass (eller velg en større disk), og start sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Cancel365 may not write to {0}. Choose a folder you can write to, or fix its permissions, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 har ikke lov til å skrive i {0}. Velg en mappe du kan skrive i, eller rett tillatelsene for mappen, og start deretter sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>The destination {0} is no longer there (was a disk unplugged?). Reconnect it and start the backup again: it resumes where it stopped.</source>
        <translation>Mappen {0} finnes ikke lenger (ble en disk koblet fra?). Koble den til igjen, og start sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Cancel365 could not reach Microsoft 365&apos;s file servers for {0} min ({1}). The backup stopped; files verified so far are kept. Check the network connection, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 fikk ikke kontakt med filserverne til Microsoft 365 på {0} min ({1}). Sikkerhetskopieringen stoppet; filer som er kontrollert så langt, beholdes. Sjekk nettverkstilkoblingen, og start deretter sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Writing to {0} failed ({1}). Check the destination, then start the backup again: it resumes where it stopped.</source>
        <translation>Kunne ikke skrive til {0} ({1}). Sjekk mappen, og start deretter sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} byte</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} cannot be used ({1}). Move {2} away to start afresh, or choose another destination.</source>
        <translation>Manifestet til sikkerhetskopien i {0} kan ikke brukes ({1}). Flytt {2} et annet sted for å starte på nytt, eller velg en annen mappe.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} could not be written ({1}). Check the destination, then start the backup again.</source>
        <translation>Manifestet til sikkerhetskopien i {0} kunne ikke skrives ({1}). Sjekk mappen, og start deretter sikkerhetskopieringen på nytt.</translation>
    </message>
    <message>
        <source>has no OneDrive</source>
        <translation>har ingen OneDrive</translation>
    </message>
    <message>
        <source>cannot be opened with this sign-in (set up backup access to include it)</source>
        <translation>kan ikke åpnes med denne påloggingen (sett opp tilgang for sikkerhetskopiering for å ta den med)</translation>
    </message>
    <message>
        <source>its libraries cannot be opened with this sign-in</source>
        <translation>bibliotekene i området kan ikke åpnes med denne påloggingen</translation>
    </message>
    <message>
        <source>Waiting for Microsoft to activate the new app registration ({0} s so far; this can take a few minutes)…</source>
        <translation>Venter på at Microsoft skal aktivere den nye appregistreringen ({0} s så langt; dette kan ta noen minutter)…</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s ID or its domain (for example contoso.onmicrosoft.com).</source>
        <translation>Skriv inn ID-en eller domenet til leieren (for eksempel contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-…; copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-ID-en er en GUID som 1b2c3d4e-…; kopier den fra oversiktssiden til appregistreringen.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s value (not its ID).</source>
        <translation>Skriv inn verdien til klienthemmeligheten (ikke ID-en).</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Sjekker appregistreringen…</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Sjekker tilgangen for sikkerhetskopiering som ble lagret forrige gang…</translation>
    </message>
    <message>
        <source>Finding Microsoft Graph&apos;s permissions in your tenant</source>
        <translation>Finner tillatelsene til Microsoft Graph i leieren din</translation>
    </message>
    <message>
        <source>Microsoft Graph in this tenant does not offer {0}. Use an existing app registration instead.</source>
        <translation>Microsoft Graph i denne leieren tilbyr ikke {0}. Bruk en eksisterende appregistrering i stedet.</translation>
    </message>
    <message>
        <source>Creating the app registration</source>
        <translation>Oppretter appregistreringen</translation>
    </message>
    <message>
        <source>Creating its service principal</source>
        <translation>Oppretter tjenestekontohaveren til appen</translation>
    </message>
    <message>
        <source>Granting admin consent for {0}</source>
        <translation>Gir administratorsamtykke for {0}</translation>
    </message>
    <message>
        <source>Adding a client secret that expires in 7 days</source>
        <translation>Legger til en klienthemmelighet som utløper om 7 dager</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s service principal was not found in this tenant. Use an existing app registration instead.</source>
        <translation>Tjenestekontohaveren (service principal) til Microsoft Graph ble ikke funnet i denne leieren. Bruk en eksisterende appregistrering i stedet.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup; the copy made before is kept.</source>
        <translation>Slettet i Microsoft 365 under sikkerhetskopieringen; kopien laget før beholdes.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup; the copy made then is kept.</source>
        <translation>Slettet i Microsoft 365 siden forrige sikkerhetskopi; kopien laget da beholdes.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup.</source>
        <translation>Slettet i Microsoft 365 siden forrige sikkerhetskopi.</translation>
    </message>
    <message>
        <source>No longer in Microsoft 365 (deleted since the last backup); the copy made then is kept.</source>
        <translation>Finnes ikke lenger i Microsoft 365 (slettet siden forrige sikkerhetskopi); kopien laget da beholdes.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}), and {2} Office files kept as SharePoint changed them after upload (not corruption): {3} files in the backup.</source>
        <translation>Kontrollerte filer: {0} ({1}), og {2} Office-filer tatt vare på slik SharePoint endret dem etter opplasting (ikke skadet): {3} filer i sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}).</source>
        <translation>Kontrollerte filer: {0} ({1}).</translation>
    </message>
    <message>
        <source>Updating the backup from {0}</source>
        <translation>Oppdaterer sikkerhetskopien fra {0}</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log. Start the backup again to resume.</source>
        <translation>Cancel365 støtte på en uventet feil ({0}); se loggen. Start sikkerhetskopieringen på nytt: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>The new app registration still does not work after {0} min: Microsoft can take a while to activate it everywhere. Wait a few minutes, then choose Try again (nothing needs to be set up again).</source>
        <translation>Den nye appregistreringen virker fortsatt ikke etter {0} min: det kan ta litt tid før Microsoft har aktivert den overalt. Vent noen minutter, og velg deretter Prøv igjen (ingenting må settes opp på nytt).</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log.</source>
        <translation>Cancel365 støtte på en uventet feil ({0}); se loggen.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no download link for this file.</source>
        <translation>Microsoft 365 ga ingen nedlastingslenke for denne filen.</translation>
    </message>
    <message>
        <source>Microsoft 365 kept refusing the download link for this file.</source>
        <translation>Microsoft 365 fortsatte å avvise nedlastingslenken for denne filen.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup.</source>
        <translation>Slettet i Microsoft 365 under sikkerhetskopieringen.</translation>
    </message>
    <message>
        <source>a range the server did not honour</source>
        <translation>serveren fulgte ikke det forespurte byteområdet</translation>
    </message>
    <message>
        <source>the connection failed: {0}</source>
        <translation>tilkoblingen mislyktes: {0}</translation>
    </message>
    <message>
        <source>Microsoft 365 kept asking this app to slow down; try again later.</source>
        <translation>Microsoft 365 ba stadig denne appen om å senke farten; prøv igjen senere.</translation>
    </message>
    <message>
        <source>The download answered HTTP {0}.</source>
        <translation>Nedlastingen ga svaret HTTP {0}.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the download of this file: it found malware in it ({0}).</source>
        <translation>Microsoft 365 blokkerer nedlasting av denne filen: den fant skadelig programvare (malware) i den ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with a web page (HTTP {0}) instead of the file; it does not hand this file out.</source>
        <translation>Microsoft 365 svarte med en nettside (HTTP {0}) i stedet for filen; den gir ikke ut denne filen.</translation>
    </message>
    <message>
        <source>The download kept failing ({0}).</source>
        <translation>Nedlastingen mislyktes gang på gang ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no hash: size checked only.</source>
        <translation>Microsoft 365 oppga ingen hash: bare størrelsen er kontrollert.</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in libraries, so the downloaded file ({0} bytes) differs from the listed one ({1} bytes). This is expected; the file was kept.</source>
        <translation>SharePoint legger til egne egenskaper i Office-filer i biblioteker, så den nedlastede filen ({0} byte) avviker fra den oppførte ({1} byte). Dette er forventet; filen er beholdt.</translation>
    </message>
    <message>
        <source>The downloaded bytes did not match Microsoft 365&apos;s quickXorHash {0} times (got {1} of {2} bytes); the file was not kept.</source>
        <translation>De nedlastede bytene stemte ikke med quickXorHash fra Microsoft 365 {0} ganger (fikk {1} av {2} byte); filen ble ikke beholdt.</translation>
    </message>
    <message>
        <source>Microsoft 365 named no folder for this item, so it was placed at the top of the drive.</source>
        <translation>Microsoft 365 oppga ingen mappe for dette elementet, så det ble lagt øverst i stasjonen.</translation>
    </message>
    <message>
        <source>Microsoft 365 lists no file content for this item.</source>
        <translation>Microsoft 365 oppgir ikke noe filinnhold for dette elementet.</translation>
    </message>
    <message>
        <source>Microsoft 365 found malware in this file and blocks its download ({0}).</source>
        <translation>Microsoft 365 fant skadelig programvare (malware) i denne filen og blokkerer nedlastingen ({0}).</translation>
    </message>
    <message>
        <source>A shortcut to an item in {0}; its files are backed up with that drive, not here.</source>
        <translation>En snarvei til et element i {0}; filene sikkerhetskopieres med den stasjonen, ikke her.</translation>
    </message>
    <message>
        <source>A shortcut to an item in another drive ({0}); its files are backed up with that drive, not here.</source>
        <translation>En snarvei til et element i en annen stasjon ({0}); filene sikkerhetskopieres med den stasjonen, ikke her.</translation>
    </message>
    <message>
        <source>Microsoft 365 hands out no download for this part of a OneNote notebook; open the notebook in OneNote to export it.</source>
        <translation>Microsoft 365 gir ingen nedlasting av denne delen av en OneNote-notatblokk; åpne notatblokken i OneNote for å eksportere den.</translation>
    </message>
    <message>
        <source>The backup stopped unexpectedly. Start it again: files verified so far are kept and it resumes where it stopped.</source>
        <translation>Sikkerhetskopien stoppet uventet. Start den igjen: filer som allerede er kontrollert, beholdes, og den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>a part ended short</source>
        <translation>en del sluttet for tidlig</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>{n} licences are assigned; Microsoft support cancels it for you (more than {limit} licences).</source>
        <translation>{n} lisenser er tildelt; Microsoft kundestøtte avbryter det for deg (mer enn {limit} lisenser).</translation>
    </message>
    <message>
        <source>Bought with a product key: Microsoft support cancels it ({n} licences assigned).</source>
        <translation>Kjøpt med en produktnøkkel: Microsoft kundestøtte avbryter det ({n} lisenser tildelt).</translation>
    </message>
    <message>
        <source>This product is cancelled by Microsoft support ({n} licences assigned).</source>
        <translation>Dette produktet avbrytes av Microsoft kundestøtte ({n} lisenser tildelt).</translation>
    </message>
    <message>
        <source>Bought through a partner: the partner cancels it ({n} licences assigned).</source>
        <translation>Kjøpt gjennom en partner: partneren avbryter det ({n} lisenser tildelt).</translation>
    </message>
    <message>
        <source>Licences: {0} or fewer assigned, or the support path</source>
        <translation>Lisenser: {0} eller færre tildelt, eller veien via kundestøtte</translation>
    </message>
    <message>
        <source>No subscription is chosen.</source>
        <translation>Ingen abonnementer er valgt.</translation>
    </message>
    <message>
        <source>read from Microsoft 365 at {0}</source>
        <translation>lest fra Microsoft 365 kl. {0}</translation>
    </message>
    <message>
        <source>as read on the Subscription page</source>
        <translation>slik det ble lest på siden Abonnement</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}).</source>
        <translation>{0} lisenser tildelt ({1}).</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}): remove {2} more, or choose support.</source>
        <translation>{0} lisenser tildelt ({1}): fjern {2} til, eller velg kundestøtte.</translation>
    </message>
    <message>
        <source>Custom domains removed</source>
        <translation>Egne domener fjernet</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains could not be read: {0}</source>
        <translation>Leierens domener kunne ikke leses: {0}</translation>
    </message>
    <message>
        <source>The tenant has no custom domain (read from Microsoft 365 at {0}).</source>
        <translation>Leieren har ikke noe eget domene (lest fra Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>{0}: mail (MX) and DNS (NS) no longer at Microsoft 365</source>
        <translation>{0}: e-post (MX) og DNS (NS) ikke lenger hos Microsoft 365</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ikke noe svar</translation>
    </message>
    <message>
        <source>Could not be checked at {0}: {1}</source>
        <translation>Kunne ikke kontrolleres kl. {0}: {1}</translation>
    </message>
    <message>
        <source>Checked live at {0}: neither points at Microsoft 365.</source>
        <translation>Kontrollert direkte kl. {0}: ingen av dem peker til Microsoft 365.</translation>
    </message>
    <message>
        <source>Checked live at {0}: {1} still at Microsoft 365 (or unknown).</source>
        <translation>Kontrollert direkte kl. {0}: {1} fortsatt hos Microsoft 365 (eller ukjent).</translation>
    </message>
    <message>
        <source>{0}: removed from the tenant</source>
        <translation>{0}: fjernet fra leieren</translation>
    </message>
    <message>
        <source>Microsoft 365 still lists it (read at {0}).</source>
        <translation>Microsoft 365 viser det fortsatt (lest kl. {0}).</translation>
    </message>
    <message>
        <source>Not in the tenant&apos;s domains (read from Microsoft 365 at {0}).</source>
        <translation>Ikke blant leierens domener (lest fra Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>Removed at {0}.</source>
        <translation>Fjernet kl. {0}.</translation>
    </message>
    <message>
        <source>Backup complete and verified</source>
        <translation>Sikkerhetskopi fullført og bekreftet</translation>
    </message>
    <message>
        <source>No backup was made in this wizard.</source>
        <translation>Ingen sikkerhetskopi ble tatt i denne veiviseren.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest was not read.</source>
        <translation>Sikkerhetskopiens manifest ble ikke lest.</translation>
    </message>
    <message>
        <source>From the manifest: {0} files verified, {1} not downloadable, {2} failed, {3} not finished.</source>
        <translation>Fra manifestet: {0} filer bekreftet, {1} kan ikke lastes ned, {2} mislyktes, {3} ikke ferdige.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-post flyttet til den nye leverandøren</translation>
    </message>
    <message>
        <source>You chose to move the mail, but it was not moved yet.</source>
        <translation>Du valgte å flytte e-posten, men den er ikke flyttet ennå.</translation>
    </message>
    <message>
        <source>Every message is at the new provider (users: {0}; counted there at {1}).</source>
        <translation>Alle meldinger er hos den nye leverandøren (brukere: {0}; telt der kl. {1}).</translation>
    </message>
    <message>
        <source>Not complete for {0}: see the mail move report.</source>
        <translation>Ikke fullført for {0}: se rapporten fra e-postflyttingen.</translation>
    </message>
    <message>
        <source>Users told when their mail and files stop</source>
        <translation>Brukerne har fått vite når e-posten og filene deres stopper</translation>
    </message>
    <message>
        <source>You ticked that you told them.</source>
        <translation>Du har krysset av for at du har fortalt dem det.</translation>
    </message>
    <message>
        <source>Tick the box when you have told them.</source>
        <translation>Kryss av i boksen når du har fortalt dem det.</translation>
    </message>
    <message>
        <source>Key dates reviewed</source>
        <translation>Viktige datoer gjennomgått</translation>
    </message>
    <message>
        <source>Reviewed at {0}.</source>
        <translation>Gjennomgått kl. {0}.</translation>
    </message>
    <message>
        <source>The key dates have not been reviewed.</source>
        <translation>De viktige datoene er ikke gjennomgått.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} is not there any more. Was the backup folder moved or deleted?</source>
        <translation>Sikkerhetskopiens manifest {0} finnes ikke lenger. Er mappen med sikkerhetskopien flyttet eller slettet?</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} could not be read ({1}).</source>
        <translation>Sikkerhetskopiens manifest {0} kunne ikke leses ({1}).</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Leaving {0}</source>
        <translation>Forlater {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {0} ({1}). Choose another folder and export again.</source>
        <translation>Kalenderfilen kunne ikke skrives til {0} ({1}). Velg en annen mappe og eksporter på nytt.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation>Prøveversjonen utløper</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
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
        <translation>Siste frist for refusjon</translation>
    </message>
    <message>
        <source>Term would end</source>
        <translation>Perioden ville sluttet</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Data may be deleted</source>
        <translation>Data kan bli slettet</translation>
    </message>
    <message>
        <source>Read-only ends</source>
        <translation>Skrivebeskyttelsen slutter</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Data slettet</translation>
    </message>
    <message>
        <source>You cancel in the admin center. Users lose access at once; the subscription is disabled.</source>
        <translation>Du avbryter i administrasjonssenteret. Brukerne mister tilgangen med en gang; abonnementet deaktiveres.</translation>
    </message>
    <message>
        <source>The trial expires by itself. During the expired period that follows you can still buy it; then its data is deleted.</source>
        <translation>Prøveversjonen utløper av seg selv. I utløpsperioden etterpå kan du fortsatt kjøpe den; så slettes dataene.</translation>
    </message>
    <message>
        <source>Expired: can still be renewed</source>
        <translation>Utløpt: kan fortsatt fornyes</translation>
    </message>
    <message>
        <source>The subscription expired (estimated from its current state).</source>
        <translation>Abonnementet utløp (anslått ut fra den nåværende tilstanden).</translation>
    </message>
    <message>
        <source>The term ends and is not renewed. Everyone keeps access for 30 more days (expired).</source>
        <translation>Perioden slutter og fornyes ikke. Alle beholder tilgangen i 30 dager til (utløpt).</translation>
    </message>
    <message>
        <source>The dates are counted from today.</source>
        <translation>Datoene regnes fra i dag.</translation>
    </message>
    <message>
        <source>The last day to cancel with a prorated refund (7 days from the start).</source>
        <translation>Siste dag for å avbryte med forholdsmessig refusjon (7 dager fra start).</translation>
    </message>
    <message>
        <source>The end of the current term, had you let it run.</source>
        <translation>Slutten av gjeldende periode, hvis du hadde latt det løpe.</translation>
    </message>
    <message>
        <source>Disabled: only admins can sign in, read-only. They can still back up.</source>
        <translation>Deaktivert: bare administratorer kan logge på, skrivebeskyttet. De kan fortsatt ta sikkerhetskopi.</translation>
    </message>
    <message>
        <source>From this day Microsoft may delete the data. Have your backup done before.</source>
        <translation>Fra denne dagen kan Microsoft slette dataene. Ha sikkerhetskopien klar før det.</translation>
    </message>
    <message>
        <source>The disabled period ends: admins can no longer reach the data.</source>
        <translation>Deaktiveringsperioden slutter: administratorer kommer ikke lenger til dataene.</translation>
    </message>
    <message>
        <source>The data is deleted no later than this day.</source>
        <translation>Dataene slettes senest denne dagen.</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(anslått)</translation>
    </message>
    <message>
        <source>Active: everyone has access</source>
        <translation>Aktivt: alle har tilgang</translation>
    </message>
    <message>
        <source>Disabled: admins only, read-only</source>
        <translation>Deaktivert: bare administratorer, skrivebeskyttet</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen tilgang</translation>
    </message>
    <message>
        <source>Data kept</source>
        <translation>Data beholdes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tilgang</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The demo tenant did not answer ({0}). Close the wizard and start the demo again.</source>
        <translation>Demoleieren svarte ikke ({0}). Lukk veiviseren og start demoen på nytt.</translation>
    </message>
    <message>
        <source>The demo tenant refused the cancellation (HTTP {0}).</source>
        <translation>Demoleieren avviste avbestillingen (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>dns</name>
    <message>
        <source>Couldn&apos;t check: {0}</source>
        <translation>Kunne ikke sjekkes: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>systemets resolver</translation>
    </message>
    <message>
        <source>“{0}” is not a valid domain name. Type only the domain, like contoso.com.</source>
        <translation>“{0}” er ikke et gyldig domenenavn. Skriv bare domenet, f.eks. contoso.com.</translation>
    </message>
    <message>
        <source>{0} does not exist in DNS (NXDOMAIN). Check the spelling.</source>
        <translation>{0} finnes ikke i DNS (NXDOMAIN). Sjekk stavemåten.</translation>
    </message>
    <message>
        <source>{0} has no record of this type.</source>
        <translation>{0} har ingen post av denne typen.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for {0} (SERVFAIL). Try again later or choose another resolver.</source>
        <translation>DNS-serveren klarte ikke å svare for {0} (SERVFAIL). Prøv igjen senere, eller velg en annen resolver.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for {0}. Choose another resolver.</source>
        <translation>DNS-serveren nektet å svare for {0}. Velg en annen resolver.</translation>
    </message>
    <message>
        <source>No answer for {0} in time. Check the network connection or choose another resolver.</source>
        <translation>Fikk ikke svar for {0} i tide. Sjekk nettverkstilkoblingen, eller velg en annen resolver.</translation>
    </message>
    <message>
        <source>{0} is a CNAME that leads back to itself (a loop). Fix it at your DNS host.</source>
        <translation>{0} er en CNAME som fører tilbake til seg selv (en løkke). Rett det hos DNS-verten din.</translation>
    </message>
    <message>
        <source>{0} accepts no mail: it has a null MX record (RFC 7505).</source>
        <translation>{0} tar ikke imot e-post: den har en null MX-post (RFC 7505).</translation>
    </message>
    <message>
        <source>Could not ask DNS about {0}: no network or no resolver. Check the connection or choose another resolver.</source>
        <translation>Kunne ikke spørre DNS om {0}: ikke noe nettverk eller ingen resolver. Sjekk tilkoblingen, eller velg en annen resolver.</translation>
    </message>
    <message>
        <source>The DNS server gave a malformed answer for {0}. Choose another resolver.</source>
        <translation>DNS-serveren ga et ugyldig svar for {0}. Velg en annen resolver.</translation>
    </message>
    <message>
        <source>This domain accepts no mail (null MX, RFC 7505). If people should still mail it, add your new mail provider&apos;s MX record.</source>
        <translation>Dette domenet tar ikke imot e-post (null MX, RFC 7505). Hvis folk fortsatt skal kunne sende e-post dit, legger du til MX-posten fra den nye e-postleverandøren din.</translation>
    </message>
    <message>
        <source>Step 1: change MX to your new mail provider. Until then mail keeps going to Microsoft 365; after cancelling it bounces.</source>
        <translation>Trinn 1: endre MX til den nye e-postleverandøren din. Til da går e-posten fortsatt til Microsoft 365; etter at abonnementet er avbrutt, blir den avvist.</translation>
    </message>
    <message>
        <source>Microsoft 365 hosts this domain&apos;s DNS: the change takes effect only after the NS records move (step 2).</source>
        <translation>Microsoft 365 er vert for DNS for dette domenet: endringen virker først når NS-postene er flyttet (trinn 2).</translation>
    </message>
    <message>
        <source>No MX record: mail to this domain cannot be delivered. Add your new mail provider&apos;s MX record.</source>
        <translation>Ingen MX-post: e-post til dette domenet kan ikke leveres. Legg til MX-posten fra den nye e-postleverandøren din.</translation>
    </message>
    <message>
        <source>Done: mail goes to your new provider.</source>
        <translation>Ferdig: e-posten går til den nye leverandøren din.</translation>
    </message>
    <message>
        <source>The zone&apos;s primary nameserver is Microsoft 365&apos;s; it moves with the NS records (step 2).</source>
        <translation>Sonens primære navneserver tilhører Microsoft 365; den flyttes sammen med NS-postene (trinn 2).</translation>
    </message>
    <message>
        <source>Nothing to do: the zone&apos;s primary nameserver is not Microsoft 365&apos;s.</source>
        <translation>Ingenting å gjøre: sonens primære navneserver tilhører ikke Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 2: Microsoft 365 hosts this domain&apos;s DNS. Recreate every record at your new DNS host, then change the NS records at your registrar.</source>
        <translation>Trinn 2: Microsoft 365 er vert for DNS for dette domenet. Opprett alle postene på nytt hos den nye DNS-verten, og endre deretter NS-postene hos domeneregistraren din.</translation>
    </message>
    <message>
        <source>No NS records found: ask your registrar which DNS host serves this domain.</source>
        <translation>Fant ingen NS-poster: spør domeneregistraren din hvilken DNS-vert som betjener dette domenet.</translation>
    </message>
    <message>
        <source>Your DNS is hosted outside Microsoft 365: make the changes there.</source>
        <translation>DNS-en din ligger utenfor Microsoft 365: gjør endringene der.</translation>
    </message>
    <message>
        <source>Step 3: remove include:spf.protection.outlook.com from this SPF record once mail has moved; add your new provider&apos;s include.</source>
        <translation>Trinn 3: fjern include:spf.protection.outlook.com fra denne SPF-posten når e-posten er flyttet; legg til include fra den nye leverandøren din.</translation>
    </message>
    <message>
        <source>No SPF record. Add the one your new mail provider gives you.</source>
        <translation>Ingen SPF-post. Legg til den du får fra den nye e-postleverandøren din.</translation>
    </message>
    <message>
        <source>Nothing to do: SPF no longer includes Microsoft 365.</source>
        <translation>Ingenting å gjøre: SPF inkluderer ikke lenger Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 4: remove this Microsoft 365 verification record after removing the domain from Microsoft 365.</source>
        <translation>Trinn 4: fjern denne bekreftelsesposten for Microsoft 365 etter at domenet er fjernet fra Microsoft 365.</translation>
    </message>
    <message>
        <source>Keep it. Your new mail provider may suggest changes.</source>
        <translation>Behold den. Den nye e-postleverandøren din kan foreslå endringer.</translation>
    </message>
    <message>
        <source>Step 3: remove it, or point it at your new provider&apos;s autodiscover, once mail has moved.</source>
        <translation>Trinn 3: fjern den, eller la den peke til autodiscover hos den nye leverandøren din, når e-posten er flyttet.</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 DKIM key once mail has moved; add your new provider&apos;s keys.</source>
        <translation>Trinn 3: fjern denne DKIM-nøkkelen for Microsoft 365 når e-posten er flyttet; legg til nøklene fra den nye leverandøren din.</translation>
    </message>
    <message>
        <source>Step 3: remove this Teams/Skype for Business record.</source>
        <translation>Trinn 3: fjern denne posten for Teams/Skype for Business.</translation>
    </message>
    <message>
        <source>Step 3: remove this device-management record (Intune).</source>
        <translation>Trinn 3: fjern denne posten for enhetsbehandling (Intune).</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 record.</source>
        <translation>Trinn 3: fjern denne Microsoft 365-posten.</translation>
    </message>
    <message>
        <source>Nothing to do: not present.</source>
        <translation>Ingenting å gjøre: finnes ikke.</translation>
    </message>
    <message>
        <source>Nothing to do: no longer points at Microsoft 365.</source>
        <translation>Ingenting å gjøre: peker ikke lenger til Microsoft 365.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answer.</source>
        <translation>Spør fortsatt domenets egne navneservere om de gir det samme svaret.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer; only the resolver&apos;s answer is shown.</source>
        <translation>Domenets egne navneservere svarte ikke; bare svaret fra resolveren vises.</translation>
    </message>
    <message>
        <source>The domain&apos;s nameservers agree.</source>
        <translation>Domenets navneservere er enige.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}. The resolver&apos;s cached answer expires at {1}.</source>
        <translation>Ikke overalt ennå: {0}. Det hurtigbufrede svaret i resolveren utløper kl. {1}.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}.</source>
        <translation>Ikke overalt ennå: {0}.</translation>
    </message>
    <message>
        <source>Tell your users the date their mail moves, then change the MX record to the new mail provider.</source>
        <translation>Fortell brukerne hvilken dato e-posten deres flyttes, og endre deretter MX-posten til den nye e-postleverandøren.</translation>
    </message>
    <message>
        <source>If Microsoft 365 hosts the DNS: recreate every record at the new DNS host, then change the NS records at the registrar.</source>
        <translation>Hvis Microsoft 365 er vert for DNS: opprett alle postene på nytt hos den nye DNS-verten, og endre deretter NS-postene hos domeneregistraren.</translation>
    </message>
    <message>
        <source>Remove the remaining Microsoft 365 records (SPF include, autodiscover, DKIM…).</source>
        <translation>Fjern de gjenværende Microsoft 365-postene (SPF-include, autodiscover, DKIM…).</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365.</source>
        <translation>Fjern {0} fra Microsoft 365.</translation>
    </message>
    <message>
        <source>{0} records could not be checked ({1}). Try again, or choose another resolver.</source>
        <translation>{0} poster kunne ikke sjekkes ({1}). Prøv igjen, eller velg en annen resolver.</translation>
    </message>
    <message>
        <source>“{0}” is not a DNS server. Type an address like 1.1.1.1 or 127.0.0.1:5353.</source>
        <translation>“{0}” er ikke en DNS-server. Skriv en adresse som 1.1.1.1 eller 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>Could not find the DNS server {0}. Check the name, or type its IP address.</source>
        <translation>Fant ikke DNS-serveren {0}. Sjekk navnet, eller skriv inn IP-adressen til den.</translation>
    </message>
    <message>
        <source>unexpected error ({0}). Run with --verbose for details.</source>
        <translation>uventet feil ({0}). Kjør med --verbose for detaljer.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365 any more</source>
        <translation>ingenting peker lenger på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>peker fortsatt på Microsoft 365</translation>
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
        <translation>nei</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
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
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Neste trinn:</translation>
    </message>
    <message>
        <source>The DNS check stopped before it finished. Check again; if it keeps stopping, run “cancel365 dns your-domain” in a terminal to see why.</source>
        <translation>DNS-sjekken stoppet før den var ferdig. Sjekk igjen; hvis den fortsetter å stoppe, kjør “cancel365 dns ditt-domene” i en terminal for å se hvorfor.</translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2} and {3} more). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} brukes fortsatt av brukere, grupper eller apper, totalt {1} ({2} og {3} til). Endre adressene deres til et annet domene (for eksempel onmicrosoft.com-domenet) i administrasjonssenteret, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2}). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} brukes fortsatt av brukere, grupper eller apper, totalt {1} ({2}). Endre adressene deres til et annet domene (for eksempel onmicrosoft.com-domenet) i administrasjonssenteret, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Removing {0} needs the {1} permission, which this sign-in does not have. Sign in again and accept it (a Global Administrator or Domain Name Administrator can), or remove the domain in the admin center&apos;s Domains page.</source>
        <translation>Å fjerne {0} krever tillatelsen {1}, som denne påloggingen ikke har. Logg på igjen, og godta den (det kan en global administrator eller domenenavnadministrator), eller fjern domenet på siden Domener i administrasjonssenteret.</translation>
    </message>
    <message>
        <source>Microsoft 365 accepted the removal of {0}, but still lists it. Removal can take a few minutes: check again later, or look at the admin center&apos;s Domains page.</source>
        <translation>Microsoft 365 godtok at {0} fjernes, men viser det fortsatt. Det kan ta noen minutter å fjerne et domene: sjekk igjen senere, eller se på siden Domener i administrasjonssenteret.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, run cancel365 --verbose and send the log to support.</source>
        <translation>Noe uventet gikk galt ({0}). Prøv igjen; hvis det fortsetter, kjører du cancel365 --verbose og sender loggen til kundestøtte.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>It costs too much</source>
        <translation>Det koster for mye</translation>
    </message>
    <message>
        <source>We are moving to another provider</source>
        <translation>Vi bytter til en annen leverandør</translation>
    </message>
    <message>
        <source>The business is closing or merging</source>
        <translation>Virksomheten legges ned eller slås sammen</translation>
    </message>
    <message>
        <source>Features we need are missing</source>
        <translation>Funksjoner vi trenger, mangler</translation>
    </message>
    <message>
        <source>It is too complex for us</source>
        <translation>Det er for komplisert for oss</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>En annen grunn</translation>
    </message>
    <message>
        <source>We are moving to another provider: {0}</source>
        <translation>Vi bytter til en annen leverandør: {0}</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Could not reach Microsoft 365 ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Fikk ikke kontakt med Microsoft 365 ({0}). Sjekk internettilkoblingen og eventuell proxy, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 asked this app to pause for about {0} min. Try again after that.</source>
        <translation>Microsoft 365 har bedt denne appen om å ta pause i omtrent {0} min. Prøv igjen etter det.</translation>
    </message>
    <message>
        <source>a Global Administrator</source>
        <translation>global administrator</translation>
    </message>
    <message>
        <source>a Global Administrator or Global Reader</source>
        <translation>global administrator eller global leser</translation>
    </message>
    <message>
        <source>a Global Administrator or Billing Administrator</source>
        <translation>global administrator eller faktureringsadministrator</translation>
    </message>
    <message>
        <source>any signed-in user</source>
        <translation>en pålogget bruker</translation>
    </message>
    <message>
        <source>a Global or License Administrator</source>
        <translation>global administrator eller lisensadministrator</translation>
    </message>
    <message>
        <source>a Global or Domain Name Administrator</source>
        <translation>global administrator eller domenenavnadministrator</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts this sign-in. Sign in again.</source>
        <translation>Microsoft 365 godtar ikke lenger denne påloggingen. Logg på igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: it needs the {0} permission and an account that is {1}. Sign in as such an admin, or ask one to grant consent, then try again.</source>
        <translation>Microsoft 365 avviste dette: det krever tillatelsen {0} og en konto som er {1}. Logg på som en slik administrator, eller be en av dem gi samtykke, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: the signed-in account lacks a permission or an admin role. Sign in as a Global Administrator and try again.</source>
        <translation>Microsoft 365 avviste dette: kontoen som er logget på, mangler en tillatelse eller en administratorrolle. Logg på som global administrator, og prøv igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 says this does not exist (any more). Refresh and try again.</source>
        <translation>Ifølge Microsoft 365 finnes ikke dette (lenger). Oppdater, og prøv igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how fast this app may work and kept doing so. Wait a few minutes, then try again.</source>
        <translation>Microsoft 365 begrenser hvor raskt denne appen får arbeide, og fortsatte med det. Vent noen minutter, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 had a problem on its side (HTTP {0}) and kept having it. Try again in a few minutes; if it persists, check the service health page in the admin center.</source>
        <translation>Microsoft 365 hadde et problem på sin side (HTTP {0}), og det fortsatte. Prøv igjen om noen minutter; hvis det vedvarer, sjekker du siden for tjenestetilstand i administrasjonssenteret.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the request (HTTP {0}).</source>
        <translation>Microsoft 365 godtok ikke forespørselen (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>The folder {0} was deleted during the backup.</source>
        <translation>Mappen {0} ble slettet under sikkerhetskopieringen.</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} arrived during the backup or failed (run again to add them)</source>
        <translation>{0}: Microsoft 365 teller {1}, sikkerhetskopien har {2}: {3} kom til under sikkerhetskopieringen eller mislyktes (kjør igjen for å legge dem til)</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} were deleted or moved in the mailbox during the backup (kept in the backup)</source>
        <translation>{0}: Microsoft 365 teller {1}, sikkerhetskopien har {2}: {3} ble slettet eller flyttet i postboksen under sikkerhetskopieringen (beholdes i sikkerhetskopien)</translation>
    </message>
    <message>
        <source>Calendars left out: this access has no Calendars.Read permission.</source>
        <translation>Kalendere utelatt: denne tilgangen mangler tillatelsen Calendars.Read.</translation>
    </message>
    <message>
        <source>Contacts left out: this access has no Contacts.Read permission.</source>
        <translation>Kontakter utelatt: denne tilgangen mangler tillatelsen Contacts.Read.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delt postboks</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>rompostboks</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>utstyrspostboks</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>annen postboks</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>bruker uten lisens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delt postboks eller rompostboks (uten lisens)</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrollert: {0} av {1} meldinger. Mislyktes: {2}. Hendelser: {3}. Kontakter: {4}.</translation>
    </message>
    <message>
        <source>Mail was left out: {0}.</source>
        <translation>E-posten ble utelatt: {0}.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts.</source>
        <translation>{0} meldinger kontrollert, {1} mislyktes; {2} hendelser; {3} kontakter.</translation>
    </message>
</context>
<context>
    <name>mail_move</name>
    <message>
        <source>Cannot read the accounts file {0}: {1}</source>
        <translation>Kan ikke lese kontofilen {0}: {1}</translation>
    </message>
    <message>
        <source>The accounts file {0} has no column {1}: the first row must name the columns email,imap_user,imap_host (and optionally imap_port, security, password).</source>
        <translation>Kontofilen {0} har ingen kolonne {1}: første rad må navngi kolonnene email,imap_user,imap_host (og eventuelt imap_port, security, password).</translation>
    </message>
    <message>
        <source>Row {0} of {1}: the column {2} is empty.</source>
        <translation>Rad {0} i {1}: kolonnen {2} er tom.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not an email address.</source>
        <translation>Rad {0} i {1}: {2} er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is there twice.</source>
        <translation>Rad {0} i {1}: {2} står der to ganger.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: security must be tls, starttls or plain, not {2}.</source>
        <translation>Rad {0} i {1}: security må være tls, starttls eller plain, ikke {2}.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not a port number.</source>
        <translation>Rad {0} i {1}: {2} er ikke et portnummer.</translation>
    </message>
    <message>
        <source>The accounts file {0} has no accounts.</source>
        <translation>Kontofilen {0} inneholder ingen kontoer.</translation>
    </message>
    <message>
        <source>No saved mailbox for {0} in {1}.</source>
        <translation>Ingen lagret postboks for {0} i {1}.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Venter på sin tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppet før det begynte.</translation>
    </message>
    <message>
        <source>No password for {0} at {1}.</source>
        <translation>Ikke noe passord for {0} hos {1}.</translation>
    </message>
    <message>
        <source>Stopped; run it again to go on where it left off.</source>
        <translation>Stoppet; kjør det igjen for å fortsette der det slapp.</translation>
    </message>
    <message>
        <source>Dry run: {0} messages would be sent, {1} are already there; {2} folders would be made.</source>
        <translation>Prøvekjøring: {0} meldinger ville blitt sendt, {1} er der allerede; {2} mapper ville blitt opprettet.</translation>
    </message>
    <message>
        <source>{0} sent, {1} already there, {2} failed; {3} folders differ.</source>
        <translation>{0} sendt, {1} var der allerede, {2} mislyktes; {3} mapper avviker.</translation>
    </message>
    <message>
        <source>All {0} messages are there: {1} sent now, {2} were already there.</source>
        <translation>Alle {0} meldingene er der: {1} sendt nå, {2} var der allerede.</translation>
    </message>
    <message>
        <source>{0} Trying again.</source>
        <translation>{0} Prøver igjen.</translation>
    </message>
    <message>
        <source>The connection to {0} kept breaking ({1}); stopped after {2} tries. Run it again later: it goes on where it left off.</source>
        <translation>Tilkoblingen til {0} ble brutt gang på gang ({1}); stoppet etter {2} forsøk. Kjør det igjen senere: det fortsetter der det slapp.</translation>
    </message>
    <message>
        <source>The connection broke ({0}); connecting again.</source>
        <translation>Tilkoblingen ble brutt ({0}); kobler til igjen.</translation>
    </message>
    <message>
        <source>The server would not make the folder {0}: {1}</source>
        <translation>Serveren ville ikke opprette mappen {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: a message ({1}) was refused by the server: {2}</source>
        <translation>{0}: en melding ({1}) ble avvist av serveren: {2}</translation>
    </message>
    <message>
        <source>The mailbox of {0} at the new provider is full ({1}). Ask the provider for more room, or delete mail there, then run the move again: it goes on where it stopped.</source>
        <translation>Postboksen til {0} hos den nye leverandøren er full ({1}). Be leverandøren om mer plass, eller slett e-post der, og kjør så flyttingen igjen: den fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Sending {0}.</source>
        <translation>Sender {0}.</translation>
    </message>
    <message>
        <source>Could not read back the folders&apos; counts: {0}</source>
        <translation>Kunne ikke lese tilbake antallet i mappene: {0}</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider; the saved mailbox has {2} ({3} refused).</source>
        <translation>{0} har {1} meldinger hos den nye leverandøren; den lagrede postboksen har {2} ({3} avvist).</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider, {2} more than were there before plus those sent now: mail arrived there meanwhile, or a message was stored twice after a dropped connection. Look in that folder.</source>
        <translation>{0} har {1} meldinger hos den nye leverandøren, {2} flere enn det var der før pluss de som ble sendt nå: det har kommet e-post i mellomtiden, eller en melding ble lagret to ganger etter et brudd i tilkoblingen. Se i den mappen.</translation>
    </message>
    <message>
        <source>{0}: Cancel365 does not send a password in plain text. Use tls or starttls (plain is only for a test server on this computer, with --insecure).</source>
        <translation>{0}: Cancel365 sender ikke et passord i klartekst. Bruk tls eller starttls (plain er bare for en testserver på denne datamaskinen, med --insecure).</translation>
    </message>
    <message>
        <source>{0}: the server&apos;s certificate is not trusted ({1}). Check the host name; ask the provider which host name to use.</source>
        <translation>{0}: serverens sertifikat er ikke klarert ({1}). Kontroller vertsnavnet; spør leverandøren hvilket vertsnavn du skal bruke.</translation>
    </message>
    <message>
        <source>{0} cannot be reached ({1}). Check the host and port.</source>
        <translation>{0} kan ikke nås ({1}). Kontroller vert og port.</translation>
    </message>
    <message>
        <source>{0} does not offer STARTTLS ({1}). Try tls on port 993.</source>
        <translation>{0} tilbyr ikke STARTTLS ({1}). Prøv tls på port 993.</translation>
    </message>
    <message>
        <source>{0}: the server refused the user name or password for {1} ({2}). Check them; some providers need an app password.</source>
        <translation>{0}: serveren avviste brukernavnet eller passordet for {1} ({2}). Kontroller dem; noen leverandører krever et app-passord.</translation>
    </message>
    <message>
        <source>{0}: the connection broke while signing in ({1}).</source>
        <translation>{0}: tilkoblingen ble brutt under innloggingen ({1}).</translation>
    </message>
    <message>
        <source>Signed in, but the server stopped answering ({0}).</source>
        <translation>Logget på, men serveren sluttet å svare ({0}).</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}.</source>
        <translation>Logget på {0} som {1}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Complete: every saved message is at the new provider.</source>
        <translation>Fullstendig: alle lagrede meldinger er hos den nye leverandøren.</translation>
    </message>
    <message>
        <source>INCOMPLETE: see the rows with failures or notes.</source>
        <translation>UFULLSTENDIG: se radene med feil eller merknader.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-post flyttet til den nye leverandøren</translation>
    </message>
    <message>
        <source>{0} messages sent, {1} already there, {2} failed.</source>
        <translation>{0} meldinger sendt, {1} var der allerede, {2} mislyktes.</translation>
    </message>
    <message>
        <source>User / folder</source>
        <translation>Bruker / mappe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Der fra før</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>At the new provider</source>
        <translation>Hos den nye leverandøren</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>Your e-mail moves on {date}</source>
        <translation>E-posten din flyttes {date}</translation>
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
        <translation>Hei!

E-posten for {domain} flyttes {date} fra Microsoft 365 til {provider}. E-postadressen din forblir den samme.

Dette må du gjøre:
1. {old_mail}
2. Før {date}: kopier OneDrive-filene dine til et annet sted.
3. Fra {date}: logg på {provider} med opplysningene du får, og konfigurer e-postappen på datamaskinen og telefonen på nytt.
4. Når Microsoft 365-abonnementet avsluttes, kan Office på datamaskinen din bare åpne og skrive ut dokumenter: avinstaller det da.

På flyttedagen kan ny e-post komme noen timer forsinket.

Spørsmål? Bare svar på denne meldingen.

{admin}
</translation>
    </message>
    <message>
        <source>Your old e-mail: you need not export it. I copy it from Microsoft 365 into your new mailbox at {provider}, in the same folders; it appears there once I have moved it, on or soon after {date}. Before {date}, keep the contacts and calendar items you need (export them from Outlook or ask me for help); what stays in Microsoft 365 will be deleted.</source>
        <translation>Den gamle e-posten din: du trenger ikke eksportere den. Jeg kopierer den fra Microsoft 365 til den nye postboksen din hos {provider}, i de samme mappene; den dukker opp der når jeg har flyttet den, {date} eller kort etter. Før {date}: ta vare på kontaktene og kalenderoppføringene du trenger (eksporter dem fra Outlook, eller be meg om hjelp); det som blir liggende i Microsoft 365, slettes.</translation>
    </message>
    <message>
        <source>Before {date}: keep the e-mail, contacts and calendar items you need. Export them from Outlook or ask me for help; what stays in Microsoft 365 will be deleted. Your old e-mail does not appear at {provider} by itself: if you want it there, you move it there yourself.</source>
        <translation>Før {date}: ta vare på e-post, kontakter og kalenderoppføringer du trenger. Eksporter dem fra Outlook, eller be meg om hjelp; det som blir liggende i Microsoft 365, slettes. Den gamle e-posten din dukker ikke opp hos {provider} av seg selv: vil du ha den der, må du flytte den dit selv.</translation>
    </message>
    <message>
        <source>the new mail provider</source>
        <translation>den nye e-postleverandøren</translation>
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
        <translation>nei</translation>
    </message>
    <message>
        <source>Cancellation record</source>
        <translation>Oppsigelsesrapport</translation>
    </message>
    <message>
        <source>{0}, written {1} by Cancel365 {2}.</source>
        <translation>{0}, skrevet {1} av Cancel365 {2}.</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Ingen leier</translation>
    </message>
    <message>
        <source>Demo tenant: nothing here happened to a real Microsoft 365 account.</source>
        <translation>Demoleier: ingenting av dette skjedde med en ekte Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>Tenant and administrator</source>
        <translation>Leier og administrator</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Leier-ID</translation>
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
        <translation>Abonnement og lisenser</translation>
    </message>
    <message>
        <source>No subscription was chosen.</source>
        <translation>Det ble ikke valgt noe abonnement.</translation>
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
        <translation>Tildelte lisenser</translation>
    </message>
    <message>
        <source>Licences in total</source>
        <translation>Lisenser totalt</translation>
    </message>
    <message>
        <source>Next lifecycle date</source>
        <translation>Neste livssyklusdato</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After licences were removed</source>
        <translation>Etter at lisenser ble fjernet</translation>
    </message>
    <message>
        <source>Licences removed</source>
        <translation>Fjernede lisenser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>No licence was removed.</source>
        <translation>Ingen lisens ble fjernet.</translation>
    </message>
    <message>
        <source>Domains and DNS</source>
        <translation>Domener og DNS</translation>
    </message>
    <message>
        <source>No custom domain was checked.</source>
        <translation>Det ble ikke kontrollert noe eget domene.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365</source>
        <translation>ingenting peker på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>peker fortsatt på Microsoft 365</translation>
    </message>
    <message>
        <source>couldn&apos;t be checked</source>
        <translation>kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Siste kontroll</translation>
    </message>
    <message>
        <source>Removed from the tenant</source>
        <translation>Fjernet fra leieren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>{0} (points at Microsoft 365: {1})</source>
        <translation>{0} (peker på Microsoft 365: {1})</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>No backup was made with Cancel365.</source>
        <translation>Det ble ikke tatt noen sikkerhetskopi med Cancel365.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullstendig</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Kontrollerte filer</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>Kontrollerte data</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation>Filer som mislyktes</translation>
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
        <translation>manifestet ble ikke funnet</translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation>Manifestets SHA-256:</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktige datoer</translation>
    </message>
    <message>
        <source>The key dates were not worked out.</source>
        <translation>De viktige datoene ble ikke beregnet.</translation>
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
        <translation>Hva som skjer</translation>
    </message>
    <message>
        <source>Time zone: {0}. Worked out {1}.</source>
        <translation>Tidssone: {0}. Beregnet {1}.</translation>
    </message>
    <message>
        <source>Why we are leaving</source>
        <translation>Hvorfor vi slutter</translation>
    </message>
    <message>
        <source>No feedback was given.</source>
        <translation>Det ble ikke gitt noen tilbakemelding.</translation>
    </message>
    <message>
        <source>Final checklist</source>
        <translation>Siste sjekkliste</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>godtatt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
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
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>The checklist was not reached.</source>
        <translation>Sjekklisten ble ikke nådd.</translation>
    </message>
    <message>
        <source>Users told: {0}</source>
        <translation>Brukere informert: {0}</translation>
    </message>
    <message>
        <source>Cancellation and proof</source>
        <translation>Oppsigelse og bevis</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed in the wizard.</source>
        <translation>Oppsigelsen ble ikke bekreftet i veiviseren.</translation>
    </message>
    <message>
        <source>Confirmed by typing</source>
        <translation>Bekreftet ved å skrive</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>Cancelled in the admin center</source>
        <translation>Avbrutt i administrasjonssenteret</translation>
    </message>
    <message>
        <source>Proven by Graph</source>
        <translation>Bevist av Graph</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lest</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementets status</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Lisensstatus</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>borte</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>PDF-en kunne ikke skrives til {0}.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Side {0} av {1}</translation>
    </message>
    <message>
        <source>The record could not be saved in {0}: {1}. Choose another folder, or make room and try again.</source>
        <translation>Rapporten kunne ikke lagres i {0}: {1}. Velg en annen mappe, eller frigjør plass og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, use &quot;Set up backup access for me&quot; in the wizard&apos;s Backup page and run the backup again to the same folder.</source>
        <translation>Brukere og nettsteder utelatt fordi denne tilgangen ikke kan åpne filene deres: {0}. Bruk «Sett opp tilgang for sikkerhetskopiering for meg» på veiviserens side Sikkerhetskopi for å ta dem med, og kjør sikkerhetskopieringen på nytt til samme mappe.</translation>
    </message>
    <message>
        <source>Files not in the backup: {0}. Run the backup again to the same folder to retry them.</source>
        <translation>Filer som ikke er i sikkerhetskopien: {0}. Kjør sikkerhetskopieringen på nytt til samme mappe for å prøve dem igjen.</translation>
    </message>
    <message>
        <source>Libraries that could not be listed: {0}.</source>
        <translation>Biblioteker som ikke kunne listes: {0}.</translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation>Ufullstendig.</translation>
    </message>
    <message>
        <source>Complete: every file in scope is in the backup.</source>
        <translation>Fullstendig: alle filer i omfanget er i sikkerhetskopien.</translation>
    </message>
    <message>
        <source>The mail report</source>
        <translation>Rapporten over e-post</translation>
    </message>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-post, kalendere og kontakter</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullstendig</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ufullstendig</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postboks</translation>
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
        <translation>Denne kjøringen oppdaterte sikkerhetskopien fra {0}: den ba Microsoft 365 bare om endringene siden da og hentet {1} filer.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <source>Cancel365 backup report</source>
        <translation>Rapport for Cancel365-sikkerhetskopien</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Bruker eller område</translation>
    </message>
    <message>
        <source>Written {0}. Every file listed as verified matched Microsoft 365&apos;s quickXorHash.</source>
        <translation>Skrevet {0}. Alle filer som står som kontrollert, stemte med quickXorHash fra Microsoft 365.</translation>
    </message>
    <message>
        <source>Per user and site</source>
        <translation>Per bruker og område</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Kontrollerte filer</translation>
    </message>
    <message>
        <source>Bytes verified</source>
        <translation>Kontrollerte byte</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint (kept)</source>
        <translation>Office-filer endret av SharePoint (beholdt)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Not downloadable</source>
        <translation>Kan ikke lastes ned</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ikke ferdige</translation>
    </message>
    <message>
        <source>These files are not in the backup. Start the backup again to retry them, or download them by hand.</source>
        <translation>Disse filene er ikke med i sikkerhetskopien. Start sikkerhetskopieringen på nytt for å prøve dem igjen, eller last dem ned manuelt.</translation>
    </message>
    <message>
        <source>These items hold no file bytes Microsoft 365 can hand out.</source>
        <translation>Disse elementene har ikke noe filinnhold Microsoft 365 kan levere ut.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365</source>
        <translation>Slettet i Microsoft 365</translation>
    </message>
    <message>
        <source>These items were deleted in Microsoft 365 during the backup or since the last one. A copy made before they were deleted stays in the backup.</source>
        <translation>Disse elementene ble slettet i Microsoft 365 under sikkerhetskopieringen eller siden den forrige. En kopi laget før de ble slettet, blir i sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint</source>
        <translation>Office-filer endret av SharePoint</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in document libraries, so their size and hash differ from the listing. This is expected; the files were kept.</source>
        <translation>SharePoint legger til egne egenskaper i Office-filer i dokumentbiblioteker, så størrelsen og hashen avviker fra oppføringen. Dette er forventet; filene er beholdt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Placed at the top of their drive</source>
        <translation>Lagt øverst i stasjonen sin</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelatt</translation>
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
        <translation>Ingenting å avbryte: dette er et prøveabonnement.</translation>
    </message>
    <message>
        <source>You can cancel this subscription online.</source>
        <translation>Du kan avbryte dette abonnementet på nett.</translation>
    </message>
    <message>
        <source>Too many licences to cancel online.</source>
        <translation>For mange lisenser til å avbryte på nett.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription.</source>
        <translation>Partneren din avbryter dette abonnementet.</translation>
    </message>
    <message>
        <source>Call Microsoft support to cancel.</source>
        <translation>Ring Microsofts kundestøtte for å avbryte.</translation>
    </message>
    <message>
        <source>This subscription is no longer active.</source>
        <translation>Dette abonnementet er ikke lenger aktivt.</translation>
    </message>
    <message>
        <source>Trial subscriptions end by themselves unless a payment method is added. This one changes state on {date}. Don&apos;t add a payment method, and back up anything you want to keep before then.</source>
        <translation>Prøveabonnementer avsluttes av seg selv med mindre en betalingsmåte legges til. Dette abonnementet endrer status {date}. Ikke legg til en betalingsmåte, og sikkerhetskopier alt du vil beholde før det.</translation>
    </message>
    <message>
        <source>{n} licences are assigned ({limit} or fewer), so you can cancel it yourself in the admin center under &lt;b&gt;Billing &amp;gt; Your products&lt;/b&gt;. Continue: the wizard first helps you move your domain and back up your data.</source>
        <translation>{n} lisenser er tildelt ({limit} eller færre), så du kan avbryte det selv i administrasjonssenteret under &lt;b&gt;Fakturering &amp;gt; Dine produkter&lt;/b&gt;. Fortsett: veiviseren hjelper deg først med å flytte domenet og sikkerhetskopiere dataene dine.</translation>
    </message>
    <message>
        <source>{n} licences are assigned; online cancellation allows {limit} or fewer. Either remove the licence from at least {k} users (below), or &lt;a href=&apos;{support}&apos;&gt;ask Microsoft support to call you&lt;/a&gt;.</source>
        <translation>{n} lisenser er tildelt; for å avbryte på nett kan det være høyst {limit}. Fjern enten lisensen fra minst {k} brukere (nedenfor), eller &lt;a href=&apos;{support}&apos;&gt;be Microsofts kundestøtte om å ringe deg&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>It was bought through a Microsoft partner, and only the partner can cancel it. Contact them; you find them in the admin center under &lt;a href=&apos;{partners}&apos;&gt;Settings &amp;gt; Partner relationships&lt;/a&gt;.</source>
        <translation>Det ble kjøpt gjennom en Microsoft-partner, og bare partneren kan avbryte det. Kontakt partneren; du finner dem i administrasjonssenteret under &lt;a href=&apos;{partners}&apos;&gt;Innstillinger &amp;gt; Partnerrelasjoner&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Subscriptions bought with a product key are cancelled by support, and the money is not refunded. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>Abonnementer som er kjøpt med en produktnøkkel, avbrytes av kundestøtte, og pengene refunderes ikke. &lt;a href=&apos;{support}&apos;&gt;Kontakt kundestøtte i administrasjonssenteret&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>{product} is one of the products (such as Dynamics 365 and Intune) that cannot be cancelled online. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>{product} er et av produktene (som Dynamics 365 og Intune) som ikke kan avbrytes på nett. &lt;a href=&apos;{support}&apos;&gt;Kontakt kundestøtte i administrasjonssenteret&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Its status is {status}: it has already been cancelled or disabled. While it is disabled, admins can still back up its data, which is deleted 90 to 180 days after cancelling.</source>
        <translation>Statusen er {status}: det er allerede avbrutt eller deaktivert. Mens det er deaktivert, kan administratorer fortsatt sikkerhetskopiere dataene, som slettes 90 til 180 dager etter at det ble avbrutt.</translation>
    </message>
    <message>
        <source>Still do the next steps: move your domain&apos;s mail and back up your files, because the data is deleted after the trial ends. Click Next. At the end the wizard only checks the trial&apos;s dates: there is nothing to cancel.</source>
        <translation>Gjør likevel de neste trinnene: flytt domenets e-post og ta sikkerhetskopi av filene dine, for dataene slettes når prøveperioden er over. Klikk på Neste. Til slutt sjekker veiviseren bare prøveperiodens datoer: det er ingenting å avbryte.</translation>
    </message>
    <message>
        <source>You can also click Next as it is: moving your domain and backing up apply either way, and the last step shows the support route if more than {limit} licences stay.</source>
        <translation>Du kan også klikke på Neste som det er: å flytte domenet og ta sikkerhetskopi gjelder uansett, og siste trinn viser veien via kundestøtte hvis mer enn {limit} lisenser blir igjen.</translation>
    </message>
    <message>
        <source>The next steps still apply to you, not the partner: click Next to move your domain and back up your data. The last step gives you the facts to hand your partner.</source>
        <translation>De neste trinnene gjelder fortsatt deg, ikke partneren: klikk på Neste for å flytte domenet og ta sikkerhetskopi av dataene dine. Siste trinn gir deg opplysningene du skal gi partneren din.</translation>
    </message>
    <message>
        <source>The next steps still apply: click Next to move your domain and back up your data. The last step gives you the facts support asks for.</source>
        <translation>De neste trinnene gjelder fortsatt: klikk på Neste for å flytte domenet og ta sikkerhetskopi av dataene dine. Siste trinn gir deg opplysningene kundestøtte ber om.</translation>
    </message>
    <message>
        <source>Click Next to back up while admins still can, and to check your domain.</source>
        <translation>Klikk på Neste for å ta sikkerhetskopi mens administratorer fortsatt kan, og for å sjekke domenet ditt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; cancelling before the end of the term may cost an early-termination fee. Check your terms under &lt;a href=&apos;{products}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Merk:&lt;/b&gt; hvis du avbryter før abonnementsperioden er slutt, kan det koste et gebyr for tidlig oppsigelse. Sjekk vilkårene dine under &lt;a href=&apos;{products}&apos;&gt;Fakturering &amp;gt; Dine produkter&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Files and mail together: the backup is complete.</source>
        <translation>Filer og e-post samlet: sikkerhetskopien er fullstendig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the files are incomplete.</source>
        <translation>Filer og e-post samlet: sikkerhetskopien er ufullstendig, fordi filene er ufullstendige.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the mail is incomplete.</source>
        <translation>Filer og e-post samlet: sikkerhetskopien er ufullstendig, fordi e-posten er ufullstendig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because neither the files nor the mail are complete.</source>
        <translation>Filer og e-post samlet: sikkerhetskopien er ufullstendig, fordi verken filene eller e-posten er fullstendige.</translation>
    </message>
</context>
</TS>
