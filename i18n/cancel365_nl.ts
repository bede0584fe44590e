<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessChooser</name>
    <message>
        <source>Access for the backup</source>
        <translation>Toegang voor de back-up</translation>
    </message>
    <message>
        <source>&amp;Set up backup access for me (recommended)</source>
        <translation>Back-uptoegang voor mij in&amp;stellen (aanbevolen)</translation>
    </message>
    <message>
        <source>Cancel365 creates an app registration in your tenant that may read every OneDrive and SharePoint site (Files.Read.All, Sites.Read.All, User.Read.All), with your consent as administrator and a client secret that expires in 7 days. The secret stays in this computer&apos;s password store. Cancel365 offers to remove the app registration when the backup is done.</source>
        <translation>Cancel365 maakt in uw tenant een app-registratie die elke OneDrive- en SharePoint-site mag lezen (Files.Read.All, Sites.Read.All, User.Read.All), met uw toestemming als beheerder en een clientgeheim dat na 7 dagen verloopt. Het geheim blijft in de wachtwoordkluis van deze computer. Cancel365 biedt aan de app-registratie te verwijderen als de back-up klaar is.</translation>
    </message>
    <message>
        <source>It may also read every mailbox&apos;s mail, calendars and contacts (Mail.Read, Calendars.Read, Contacts.Read), to save them; it cannot send, change or delete anything, and these permissions go with the app registration when it is removed.</source>
        <translation>Ze mag ook de e-mail, agenda&apos;s en contactpersonen van elk postvak lezen (Mail.Read, Calendars.Read, Contacts.Read) om ze op te slaan; ze kan niets verzenden, wijzigen of verwijderen, en deze machtigingen verdwijnen met de app-registratie wanneer die wordt verwijderd.</translation>
    </message>
    <message>
        <source>It may read each mailbox&apos;s settings too (MailboxSettings.Read), only to tell shared mailboxes from room mailboxes in the plan.</source>
        <translation>Ze mag ook de instellingen van elk postvak lezen (MailboxSettings.Read), alleen om gedeelde postvakken van ruimtepostvakken te onderscheiden in het plan.</translation>
    </message>
    <message>
        <source>Use an &amp;existing app registration</source>
        <translation>Een &amp;bestaande app-registratie gebruiken</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com of de tenant-id</translation>
    </message>
    <message>
        <source>the secret&apos;s value (kept in the password store)</source>
        <translation>de waarde van het geheim (bewaard in de wachtwoordkluis)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-id:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <source>&amp;Only what I can open with my own sign-in</source>
        <translation>&amp;Alleen wat ik met mijn eigen aanmelding kan openen</translation>
    </message>
    <message>
        <source>No app registration. The backup then leaves out every OneDrive and site your own account cannot open; the list below shows exactly which.</source>
        <translation>Geen app-registratie. De back-up laat dan elke OneDrive en site weg die uw eigen account niet kan openen; de lijst hieronder toont precies welke.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>AccessSteps</name>
    <message>
        <source>Setting up backup access</source>
        <translation>Back-uptoegang instellen</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>De back-uptoegang van de vorige keer controleren…</translation>
    </message>
    <message>
        <source>Setting up backup access…</source>
        <translation>Back-uptoegang instellen…</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>De app-registratie controleren…</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Go on without this?</source>
        <translation>Doorgaan zonder dit?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is not done: {1}&lt;br&gt;&lt;br&gt;Write why it is fine to cancel anyway. The reason goes into the cancellation record.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; is niet gedaan: {1}&lt;br&gt;&lt;br&gt;Schrijf op waarom u toch kunt annuleren. De reden komt in het annuleringsverslag.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>For example: the new provider already hosts our mail; we keep no files in OneDrive.</source>
        <translation>Bijvoorbeeld: de nieuwe provider host onze mail al; we bewaren geen bestanden in OneDrive.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bevestigen</translation>
    </message>
</context>
<context>
    <name>AppRemoval</name>
    <message>
        <source>Removing the backup app registration</source>
        <translation>De back-up-app-registratie verwijderen</translation>
    </message>
    <message>
        <source>Removing the backup app registration…</source>
        <translation>De back-up-app-registratie verwijderen…</translation>
    </message>
    <message>
        <source>The backup app registration is removed, and its secret is gone from this computer.</source>
        <translation>De back-up-app-registratie is verwijderd en het geheim ervan is van deze computer verdwenen.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up every OneDrive and SharePoint library</source>
        <translation>Maak een back-up van elke OneDrive- en SharePoint-bibliotheek</translation>
    </message>
    <message>
        <source>Microsoft deletes the files 90 to 180 days after you cancel (sometimes sooner). This backup is verified file by file.</source>
        <translation>Microsoft verwijdert de bestanden 90 tot 180 dagen nadat u hebt geannuleerd (soms eerder). Deze back-up wordt per bestand gecontroleerd.</translation>
    </message>
    <message>
        <source>Your own sign-in only opens what your account can open: even a Global Administrator cannot read other people&apos;s OneDrives that way. To back up everything, Cancel365 needs access of its own to the files (an app registration).</source>
        <translation>Uw eigen aanmelding opent alleen wat uw account kan openen: zelfs een globale beheerder kan zo de OneDrives van anderen niet lezen. Om van alles een back-up te maken, heeft Cancel365 eigen toegang tot de bestanden nodig (een app-registratie).</translation>
    </message>
    <message>
        <source>Reminder for your &amp;users…</source>
        <translation>Herinnering voor uw &amp;gebruikers…</translation>
    </message>
    <message>
        <source>I back up these files another way (or nobody needs them): continue without a complete backup</source>
        <translation>Ik maak op een andere manier een back-up van deze bestanden (of niemand heeft ze nodig): doorgaan zonder volledige back-up</translation>
    </message>
    <message>
        <source>On a real tenant the backup reads every OneDrive and SharePoint library and writes it to the folder you choose, checking each file&apos;s hash. Set up backup access for me creates an app registration in your tenant, with your consent; Cancel365 offers to remove it afterwards. Reading changes no file in Microsoft 365. What can go wrong: a disk too small, files that change during the backup, and OneNote notebooks, which cannot be downloaded as files.</source>
        <translation>Bij een echte tenant leest de back-up elke OneDrive- en SharePoint-bibliotheek en schrijft die naar de map die u kiest, waarbij de hash van elk bestand wordt gecontroleerd. Back-uptoegang voor mij instellen maakt met uw toestemming een app-registratie in uw tenant; Cancel365 biedt aan die daarna te verwijderen. Het lezen wijzigt geen enkel bestand in Microsoft 365. Wat er mis kan gaan: een te kleine schijf, bestanden die tijdens de back-up veranderen, en OneNote-notitieblokken, die niet als bestand kunnen worden gedownload.</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library…</source>
        <translation>Alle OneDrive- en SharePoint-bibliotheken zoeken…</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library… {0}</source>
        <translation>Alle OneDrive- en SharePoint-bibliotheken zoeken… {0}</translation>
    </message>
    <message numerus="yes">
        <source>Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. Tick others to back them up too.</source>
        <translation>
            <numerusform>Aangevinkt: de OneDrive van de %n gebruiker van wie u de licentie gaat verwijderen. Vink anderen aan om ook van hen een back-up te maken.</numerusform>
            <numerusform>Aangevinkt: de OneDrives van de %n gebruikers van wie u de licentie gaat verwijderen. Vink anderen aan om ook van hen een back-up te maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough room: the backup needs about {0} but {1} has {2} free.</source>
        <translation>Niet genoeg ruimte: de back-up heeft ongeveer {0} nodig, maar {1} heeft {2} vrij.</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel365 – leave Microsoft 365 safely</source>
        <translation>Cancel365 – veilig weg uit Microsoft 365</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close Cancel365?</source>
        <translation>Cancel365 sluiten?</translation>
    </message>
    <message>
        <source>Where you got to is saved on this computer (the subscription, the domains you checked and the backup folder; no password or token): the next start offers to continue there. You sign in again then, and the DNS checks run again. Nothing you did in Microsoft 365 is undone. Close now?</source>
        <translation>Hoe ver u kwam, wordt op deze computer bewaard (het abonnement, de gecontroleerde domeinen en de back-upmap; geen wachtwoord of token): de volgende keer kunt u daar verdergaan. U meldt zich dan opnieuw aan en de DNS-controles worden opnieuw uitgevoerd. Niets wat u in Microsoft 365 deed, wordt ongedaan gemaakt. Nu sluiten?</translation>
    </message>
</context>
<context>
    <name>CancellationRoute</name>
    <message>
        <source>&amp;Open the demo&apos;s admin center…</source>
        <translation>&amp;Open het beheercentrum van de demo…</translation>
    </message>
    <message>
        <source>&amp;Open the admin center</source>
        <translation>&amp;Open het beheercentrum</translation>
    </message>
    <message>
        <source>&amp;Open support in the admin center</source>
        <translation>&amp;Open Ondersteuning in het beheercentrum</translation>
    </message>
    <message>
        <source>&amp;Open partner relationships</source>
        <translation>&amp;Open Partnerrelaties</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 with your work account as a Global or Billing Administrator.</source>
        <translation>Meld u aan bij Microsoft 365 met uw werkaccount als globale beheerder of factureringsbeheerder.</translation>
    </message>
    <message>
        <source>Open the app launcher and choose &lt;b&gt;Admin&lt;/b&gt; (the button below opens the admin center directly).</source>
        <translation>Open het startprogramma voor apps en kies &lt;b&gt;Beheer&lt;/b&gt; (de knop hieronder opent het beheercentrum direct).</translation>
    </message>
    <message>
        <source>In the admin center, go to &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt;.</source>
        <translation>Ga in het beheercentrum naar &lt;b&gt;Facturering&lt;/b&gt; &amp;gt; &lt;b&gt;Uw producten&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose the subscription &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Kies het abonnement &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Settings &amp;amp; actions&lt;/b&gt;, choose &lt;b&gt;Cancel subscription&lt;/b&gt;. Not there? Then only Microsoft support can cancel it.</source>
        <translation>Kies onder &lt;b&gt;Instellingen &amp;amp; acties&lt;/b&gt; de optie &lt;b&gt;Abonnement annuleren&lt;/b&gt;. Staat het er niet? Dan kan alleen Microsoft-ondersteuning het annuleren.</translation>
    </message>
    <message>
        <source>Review the key dates, give your reason for cancelling, and choose &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation>Bekijk de belangrijke datums, geef uw reden voor het annuleren en kies &lt;b&gt;Abonnement annuleren&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Then come back here and choose &lt;b&gt;I have cancelled it&lt;/b&gt;: the wizard watches Microsoft 365 until the change shows.</source>
        <translation>Kom daarna hier terug en kies &lt;b&gt;Ik heb het geannuleerd&lt;/b&gt;: de wizard houdt Microsoft 365 in de gaten tot de wijziging zichtbaar is.</translation>
    </message>
    <message>
        <source>Microsoft support cancels this subscription. Open &lt;b&gt;Support&lt;/b&gt; in the admin center, ask to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Microsoft-ondersteuning annuleert dit abonnement. Open &lt;b&gt;Ondersteuning&lt;/b&gt; in het beheercentrum, vraag om het te annuleren en geef hun de gegevens hieronder. Als ze zeggen dat het gedaan is, kiest u &lt;b&gt;Status nu controleren&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription. Find them in the admin center under &lt;b&gt;Settings&lt;/b&gt; &amp;gt; &lt;b&gt;Partner relationships&lt;/b&gt;, ask them to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Uw partner annuleert dit abonnement. U vindt de partner in het beheercentrum onder &lt;b&gt;Instellingen&lt;/b&gt; &amp;gt; &lt;b&gt;Partnerrelaties&lt;/b&gt;. Vraag hen het te annuleren en geef hun de gegevens hieronder. Als ze zeggen dat het gedaan is, kiest u &lt;b&gt;Status nu controleren&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnements-id</translation>
    </message>
    <message>
        <source>Commerce subscription ID</source>
        <translation>Commerce-abonnements-id</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} toegewezen van {1}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>{0} kopiëren</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>1. Before you cancel</source>
        <translation>1. Voordat u annuleert</translation>
    </message>
    <message>
        <source>Each row was checked again just now. Fix a red row on its page, or acknowledge it with a reason.</source>
        <translation>Elke regel is zojuist opnieuw gecontroleerd. Los een rode regel op op de bijbehorende pagina, of bevestig hem met een reden.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Checking DNS, domains, licences and the backup…</source>
        <translation>DNS, domeinen, licenties en de back-up worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Checked at {0}.</source>
        <translation>Gecontroleerd om {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm and cancel</source>
        <translation>Bevestigen en annuleren</translation>
    </message>
    <message>
        <source>A last check of everything, then the cancellation itself, and proof from Microsoft 365 that it happened.</source>
        <translation>Een laatste controle van alles, dan de annulering zelf, en bewijs van Microsoft 365 dat die is gebeurd.</translation>
    </message>
    <message>
        <source>2. Confirm</source>
        <translation>2. Bevestigen</translation>
    </message>
    <message>
        <source>&amp;Type the subscription&apos;s name, &lt;b&gt;{0}&lt;/b&gt;, to confirm that you want to cancel it:</source>
        <translation>&amp;Typ de naam van het abonnement, &lt;b&gt;{0}&lt;/b&gt;, om te bevestigen dat u het wilt annuleren:</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Naam van het abonnement</translation>
    </message>
    <message>
        <source>3. Cancel it</source>
        <translation>3. Annuleer het</translation>
    </message>
    <message>
        <source>3. Hand it over</source>
        <translation>3. Draag het over</translation>
    </message>
    <message>
        <source>I have &amp;cancelled it</source>
        <translation>Ik heb het &amp;geannuleerd</translation>
    </message>
    <message>
        <source>Check the &amp;status now</source>
        <translation>&amp;Status nu controleren</translation>
    </message>
    <message>
        <source>&amp;Wait for proof up to:</source>
        <translation>&amp;Wacht op bewijs tot:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to wait for proof</source>
        <translation>Minuten wachten op bewijs</translation>
    </message>
    <message>
        <source>On a real tenant this page checks everything once more, then you cancel in the Microsoft 365 admin center yourself: no program may do that for you. The wizard then reads Microsoft 365 until the subscription leaves Enabled. Here a stand-in for the admin center plays that part, and the demo subscription turns to Warning a few seconds later. What can go wrong: the admin center offers no Cancel option (then support cancels it), or the change takes a while to show (check later with cancel365 status).</source>
        <translation>Bij een echte tenant controleert deze pagina alles nog één keer, daarna annuleert u zelf in het Microsoft 365-beheercentrum: geen programma mag dat voor u doen. De wizard leest vervolgens Microsoft 365 tot het abonnement niet meer Enabled is. Hier speelt een vervanger voor het beheercentrum die rol, en het demo-abonnement springt een paar seconden later op Warning. Wat mis kan gaan: het beheercentrum biedt geen optie Annuleren (dan annuleert ondersteuning het), of de wijziging is pas na een tijdje zichtbaar (controleer later met cancel365 status).</translation>
    </message>
    <message>
        <source>On the demo tenant nothing opens. On a real tenant this opens {0}</source>
        <translation>Bij de demotenant wordt niets geopend. Bij een echte tenant opent dit {0}</translation>
    </message>
    <message>
        <source>That is not the name yet. Type it as shown above (capitals do not matter).</source>
        <translation>Dat is de naam nog niet. Typ hem zoals hierboven getoond (hoofdletters maken niet uit).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The permission was not granted; nothing was changed.</source>
        <translation>De machtiging is niet verleend; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>One more permission</source>
        <translation>Nog één machtiging</translation>
    </message>
    <message>
        <source>{why} needs the permission {permissions}. Cancel365 asked only to read until now. Microsoft will ask you to accept it; you can say no, and nothing is changed.</source>
        <translation>{why} heeft de machtiging {permissions} nodig. Tot nu toe vroeg Cancel365 alleen om te lezen. Microsoft vraagt u deze te accepteren; u kunt nee zeggen, en dan verandert er niets.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Waiting for you to accept the permission…</source>
        <translation>Wachten tot u de machtiging accepteert…</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Key dates</source>
        <translation>Belangrijke datums</translation>
    </message>
    <message>
        <source>When the subscription ends, when only admins can reach the data, and when Microsoft deletes it.</source>
        <translation>Wanneer het abonnement eindigt, wanneer alleen beheerders nog bij de gegevens kunnen en wanneer Microsoft ze verwijdert.</translation>
    </message>
    <message>
        <source>How should it end?</source>
        <translation>Hoe moet het eindigen?</translation>
    </message>
    <message>
        <source>&amp;Cancel now</source>
        <translation>Nu &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Let it run out: turn off recurring billing</source>
        <translation>&amp;Laten aflopen: terugkerende facturering uitzetten</translation>
    </message>
    <message>
        <source>The same &amp;dates as a list:</source>
        <translation>Dezelfde &amp;datums als lijst:</translation>
    </message>
    <message>
        <source>Co&amp;py dates</source>
        <translation>Datums &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>In map &amp;weergeven</translation>
    </message>
    <message>
        <source>Timeline of the key dates</source>
        <translation>Tijdlijn van de belangrijke datums</translation>
    </message>
    <message>
        <source>Microsoft&apos;s pages disagree on when data may be deleted (30 or 90 days after the subscription ends), so the wizard plans for the earlier date: back up before it.</source>
        <translation>De pagina’s van Microsoft zijn het oneens over wanneer gegevens kunnen worden verwijderd (30 of 90 dagen nadat het abonnement eindigt), dus de wizard gaat uit van de vroegste datum: maak vóór die datum een back-up.</translation>
    </message>
    <message>
        <source>On a real tenant this step reads nothing new and changes nothing: the dates come from the creation and next-lifecycle dates Graph gave for the subscription. The .ics file is written only to your computer. What can go wrong: Microsoft can change the periods, and Graph does not give the last renewal date, so check the dates in the admin center before you count on a refund.</source>
        <translation>Bij een echte tenant leest deze stap niets nieuws en verandert niets: de datums komen uit de aanmaak- en levenscyclusdatums die Graph voor het abonnement gaf. Het .ics-bestand wordt alleen op uw computer geschreven. Wat er mis kan gaan: Microsoft kan de perioden wijzigen, en Graph geeft de laatste verlengingsdatum niet, dus controleer de datums in het beheercentrum voordat u op een terugbetaling rekent.</translation>
    </message>
    <message>
        <source>Choose a subscription first.</source>
        <translation>Kies eerst een abonnement.</translation>
    </message>
    <message>
        <source>Users lose access today. The subscription is disabled at once: for 90 days only admins can sign in, read-only, and they can still back up.</source>
        <translation>Gebruikers verliezen vandaag de toegang. Het abonnement wordt meteen uitgeschakeld: 90 dagen lang kunnen alleen beheerders aanmelden, alleen-lezen, en ze kunnen nog een back-up maken.</translation>
    </message>
    <message>
        <source>&amp;Let it run its course: it has already expired</source>
        <translation>&amp;Laten gaan: het is al verlopen</translation>
    </message>
    <message>
        <source>Nothing to do: it is disabled on the day below, then deleted.</source>
        <translation>Niets te doen: het wordt uitgeschakeld op de dag hieronder en daarna verwijderd.</translation>
    </message>
    <message>
        <source>Microsoft calls this the easiest way. Nothing changes until the term ends on {0}; then everyone keeps access for 30 days, then it is disabled for 90 days. You pay to the end of the term: no fee, no refund.</source>
        <translation>Microsoft noemt dit de eenvoudigste manier. Er verandert niets tot de termijn eindigt op {0}; daarna houdt iedereen 30 dagen toegang, en dan is het 90 dagen uitgeschakeld. U betaalt tot het einde van de termijn: geen vergoeding, geen terugbetaling.</translation>
    </message>
    <message>
        <source>A trial needs no cancelling: it expires by itself on {0}. Its data is deleted after the expired period.</source>
        <translation>Een proefversie hoeft u niet te annuleren: die verloopt vanzelf op {0}. De gegevens worden verwijderd na de verlopen periode.</translation>
    </message>
    <message>
        <source>Graph gives no end of term for this subscription, so the dates count from cancelling today.</source>
        <translation>Graph geeft geen einde van de termijn voor dit abonnement, dus de datums gaan uit van annuleren vandaag.</translation>
    </message>
    <message>
        <source>The subscription is already disabled: the dates follow from its current state.</source>
        <translation>Het abonnement is al uitgeschakeld: de datums volgen uit de huidige status.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends on {0} may cost an early-termination fee. Check in the admin center before you cancel, or let it run out instead.</source>
        <translation>Annuleren voordat de termijn eindigt op {0} kan een vergoeding voor vroegtijdige beëindiging kosten. Controleer dit in het beheercentrum voordat u annuleert, of laat het abonnement aflopen.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends may cost an early-termination fee. Check in the admin center before you cancel.</source>
        <translation>Annuleren voor het einde van de termijn kan een vergoeding voor vroegtijdige beëindiging kosten. Controleer dit in het beheercentrum voordat u annuleert.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription: their terms decide the end date, any fee and any refund. Ask them.</source>
        <translation>Uw partner annuleert dit abonnement: de voorwaarden van de partner bepalen de einddatum, een eventuele vergoeding en een eventuele terugbetaling. Vraag het de partner.</translation>
    </message>
    <message>
        <source>It started less than 7 days ago: cancel by {0} for a prorated refund.</source>
        <translation>Het is minder dan 7 dagen geleden begonnen: annuleer uiterlijk op {0} voor een terugbetaling naar rato.</translation>
    </message>
    <message>
        <source>A prorated refund is given only within 7 days of the start or a renewal. Graph tells the start but not the last renewal, so the wizard cannot know: see the renewal date under Billing &gt; Your products.</source>
        <translation>Een terugbetaling naar rato is er alleen binnen 7 dagen na de start of een verlenging. Graph geeft de start, maar niet de laatste verlenging, dus de wizard kan het niet weten: zie de verlengingsdatum onder Facturering &gt; Uw producten.</translation>
    </message>
    <message>
        <source>No refund: the subscription is paid to the end of its term.</source>
        <translation>Geen terugbetaling: het abonnement is betaald tot het einde van de termijn.</translation>
    </message>
    <message>
        <source>Any unused, prepaid part comes back as a prorated credit on the next bill.</source>
        <translation>Een ongebruikt, vooruitbetaald deel komt terug als tegoed naar rato op de volgende factuur.</translation>
    </message>
    <message>
        <source>The dates are on the clipboard.</source>
        <translation>De datums staan op het klembord.</translation>
    </message>
    <message>
        <source>key-dates</source>
        <translation>belangrijke-datums</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>De belangrijke datums exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Het agendabestand wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved to {0}. Open it to add the dates and their reminders to your calendar.</source>
        <translation>Opgeslagen in {0}. Open het bestand om de datums en hun herinneringen aan uw agenda toe te voegen.</translation>
    </message>
</context>
<context>
    <name>DemoAdminCenterDialog</name>
    <message>
        <source>Demo stand-in for the Microsoft 365 admin center</source>
        <translation>Demovervanger voor het Microsoft 365-beheercentrum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This is not Microsoft&apos;s admin center. On a real tenant you do these steps in your browser, in the admin center, with the same names.</source>
        <translation>&lt;b&gt;Alleen demo.&lt;/b&gt; Dit is niet het beheercentrum van Microsoft. Bij een echte tenant doet u deze stappen in uw browser, in het beheercentrum, met dezelfde namen.</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Uw producten</translation>
    </message>
    <message>
        <source>{0} – {1} licences</source>
        <translation>{0} – {1} licenties</translation>
    </message>
    <message>
        <source>&amp;Open the subscription</source>
        <translation>&amp;Open het abonnement</translation>
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
        <translation>Actief</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licenties:</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} toegewezen van {1}</translation>
    </message>
    <message>
        <source>Settings &amp;&amp; actions</source>
        <translation>Instellingen &amp;&amp; acties</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>Abonnement &amp;annuleren</translation>
    </message>
    <message>
        <source>Key dates: the subscription stops when you cancel. Admins can still reach and back up the data for 90 days; after that it is deleted.</source>
        <translation>Belangrijke datums: het abonnement stopt wanneer u annuleert. Beheerders kunnen de gegevens nog 90 dagen bereiken en er een back-up van maken; daarna worden ze verwijderd.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reden voor annuleren</translation>
    </message>
    <message>
        <source>Moving to another provider</source>
        <translation>Overstap naar een andere provider</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Te duur</translation>
    </message>
    <message>
        <source>The business is closing</source>
        <translation>Het bedrijf stopt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation>&amp;Reden voor annuleren:</translation>
    </message>
    <message>
        <source>Cancel &amp;subscription</source>
        <translation>Abonnement a&amp;nnuleren</translation>
    </message>
    <message>
        <source>The subscription is cancelled. Microsoft 365 can take a while to show it. Close this and choose &lt;b&gt;I have cancelled it&lt;/b&gt; in the wizard.</source>
        <translation>Het abonnement is geannuleerd. Het kan even duren voordat Microsoft 365 dat toont. Sluit dit en kies &lt;b&gt;Ik heb het geannuleerd&lt;/b&gt; in de wizard.</translation>
    </message>
    <message>
        <source>Billing &gt; Your products</source>
        <translation>Facturering &gt; Uw producten</translation>
    </message>
    <message>
        <source>Billing &gt; Your products &gt; {0}</source>
        <translation>Facturering &gt; Uw producten &gt; {0}</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Abonnement annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>DemoSignInPage</name>
    <message>
        <source>Signed in to the demo tenant</source>
        <translation>Aangemeld bij de demotenant</translation>
    </message>
    <message>
        <source>The demo tenant behaves like Microsoft 365, on this computer only.</source>
        <translation>De demotenant werkt als Microsoft 365, maar alleen op deze computer.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Beheerdersrollen:</translation>
    </message>
    <message>
        <source>On a real tenant you sign in with your browser or a code, as a Global or Billing Administrator. Cancel365 asks Microsoft only for permission to read; it asks again before it changes anything. Signing in changes nothing in the tenant. What can go wrong: an account without an admin role can look but not cancel, and your organization must have registered Cancel365 first (see Settings).</source>
        <translation>Bij een echte tenant meldt u zich aan met uw browser of een code, als globale beheerder of factureringsbeheerder. Cancel365 vraagt Microsoft alleen toestemming om te lezen; het vraagt opnieuw voordat het iets wijzigt. Het aanmelden zelf wijzigt niets in de tenant. Wat er mis kan gaan: een account zonder beheerdersrol kan kijken maar niet annuleren, en uw organisatie moet Cancel365 eerst hebben geregistreerd (zie Instellingen).</translation>
    </message>
    <message>
        <source>Starting the demo tenant and signing in…</source>
        <translation>Demotenant starten en aanmelden…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>a folder on a disk with enough room</source>
        <translation>een map op een schijf met genoeg ruimte</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Back-up maken naar:</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>In welke map de back-up maken?</translation>
    </message>
</context>
<context>
    <name>DnsRecordTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <source>Microsoft 365?</source>
        <translation>Microsoft 365?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>@ is the domain itself</source>
        <translation>@ is het domein zelf</translation>
    </message>
    <message>
        <source>Old answer until</source>
        <translation>Oud antwoord tot</translation>
    </message>
    <message>
        <source>Everywhere?</source>
        <translation>Overal?</translation>
    </message>
    <message>
        <source>Until then, DNS servers may keep giving the old answer: the record&apos;s TTL (time to live), cached</source>
        <translation>Tot dan kunnen DNS-servers het oude antwoord blijven geven: de TTL (levensduur) van het record, in de cache</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s own (authoritative) nameservers give the same answer as the resolver: the change has propagated</source>
        <translation>Of de eigen (gezaghebbende) naamservers van het domein hetzelfde antwoord geven als de resolver: de wijziging is doorgevoerd</translation>
    </message>
    <message>
        <source>The selected record&apos;s advice is also shown in full below the table</source>
        <translation>Het advies voor het gekozen record staat ook volledig onder de tabel</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-records</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Bezig met vragen…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>Kon niet controleren</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
</context>
<context>
    <name>DomainActions</name>
    <message>
        <source>&amp;Message to users…</source>
        <translation>&amp;Bericht aan gebruikers…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Microsoft 365…</source>
        <translation>Ver&amp;wijderen uit Microsoft 365…</translation>
    </message>
    <message>
        <source>Admin &amp;center: Domains</source>
        <translation>Beheer&amp;centrum: Domeinen</translation>
    </message>
    <message>
        <source>Ta&amp;ke off this list</source>
        <translation>Van de lijst &amp;halen</translation>
    </message>
    <message>
        <source>A domain you typed to test: it leaves the list and the risks below (nothing changes in DNS)</source>
        <translation>Een domein dat u typte om te testen: het verdwijnt uit de lijst en uit de risico&apos;s hieronder (er verandert niets in DNS)</translation>
    </message>
    <message>
        <source>Finding the users on {0}…</source>
        <translation>Gebruikers op {0} zoeken…</translation>
    </message>
    <message>
        <source>Looking up what still uses {0}…</source>
        <translation>Nagaan wat {0} nog gebruikt…</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…en nog {0}.</translation>
    </message>
    <message>
        <source>Domain still in use</source>
        <translation>Domein nog in gebruik</translation>
    </message>
    <message>
        <source>{0} is still used by:
{1}

Change their addresses to another domain in the admin center, then remove the domain.</source>
        <translation>{0} wordt nog gebruikt door:
{1}

Wijzig hun adressen in het beheercentrum naar een ander domein en verwijder daarna het domein.</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>{0} verwijderen?</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365? This cannot be undone. Do it only once mail and DNS have moved.</source>
        <translation>{0} uit Microsoft 365 verwijderen? Dit kan niet ongedaan worden gemaakt. Doe het pas als e-mail en DNS zijn verhuisd.</translation>
    </message>
    <message>
        <source>Removing a domain</source>
        <translation>Een domein verwijderen</translation>
    </message>
    <message>
        <source>Removing {0}…</source>
        <translation>{0} verwijderen…</translation>
    </message>
    <message>
        <source>{0} was removed from Microsoft 365 (checked).</source>
        <translation>{0} is uit Microsoft 365 verwijderd (gecontroleerd).</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Type a domain, e.g. contoso.com</source>
        <translation>Typ een domein, bijvoorbeeld contoso.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message numerus="yes">
        <source>Checking DNS for %n domain(s) with {0}…</source>
        <translation>
            <numerusform>DNS voor %n domein controleren met {0}…</numerusform>
            <numerusform>DNS voor %n domeinen controleren met {0}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking DNS for {0} with {1}…</source>
        <translation>DNS voor {0} controleren met {1}…</translation>
    </message>
    <message>
        <source>{0} has answered. Asking the domains&apos; own nameservers whether they agree…</source>
        <translation>{0} heeft geantwoord. De eigen naamservers van de domeinen worden gevraagd of ze het eens zijn…</translation>
    </message>
    <message>
        <source>Checked at {0} with {1}.</source>
        <translation>Gecontroleerd om {0} met {1}.</translation>
    </message>
</context>
<context>
    <name>DomainRisks</name>
    <message>
        <source>I &amp;understand, continue anyway</source>
        <translation>Ik begrijp het, toch door&amp;gaan</translation>
    </message>
    <message>
        <source>Your domains could not be read from Microsoft 365.</source>
        <translation>Uw domeinen konden niet uit Microsoft 365 worden gelezen.</translation>
    </message>
    <message>
        <source>{0}: not checked yet.</source>
        <translation>{0}: nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>{0}: mail still goes to Microsoft 365. After you cancel, it bounces.</source>
        <translation>{0}: e-mail gaat nog naar Microsoft 365. Na het annuleren komt die als onbestelbaar terug.</translation>
    </message>
    <message>
        <source>{0}: some records still point at Microsoft 365.</source>
        <translation>{0}: sommige records verwijzen nog naar Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>{0}: still added to Microsoft 365. Remove it before you cancel.</source>
        <translation>{0}: staat nog in Microsoft 365. Verwijder het voordat u annuleert.</translation>
    </message>
</context>
<context>
    <name>DomainSummary</name>
    <message>
        <source>{0}: Microsoft 365 has this domain verified, so it exists, but the DNS server {1} says it does not (NXDOMAIN). That server is wrong or filtering: choose another DNS server above and check again.</source>
        <translation>{0}: Microsoft 365 heeft dit domein geverifieerd, dus het bestaat, maar de DNS-server {1} zegt van niet (NXDOMAIN). Die server vergist zich of filtert: kies hierboven een andere DNS-server en controleer opnieuw.</translation>
    </message>
    <message>
        <source>{0}: the DNS server says nothing points at Microsoft 365 any more.</source>
        <translation>{0}: de DNS-server zegt dat niets meer naar Microsoft 365 verwijst.</translation>
    </message>
    <message>
        <source>{0}: nothing points at Microsoft 365 any more.</source>
        <translation>{0}: niets verwijst meer naar Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: still points at Microsoft 365.</source>
        <translation>{0}: verwijst nog naar Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answers…</source>
        <translation>De eigen naamservers van het domein worden nog gevraagd of ze dezelfde antwoorden geven…</translation>
    </message>
    <message>
        <source>Not everywhere yet: the domain&apos;s own nameservers give other answers for {0}, so some senders may still get the old answer.</source>
        <translation>Nog niet overal: de eigen naamservers van het domein geven andere antwoorden voor {0}, dus sommige afzenders krijgen misschien nog het oude antwoord.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer: this is the DNS server&apos;s answer only.</source>
        <translation>De eigen naamservers van het domein antwoordden niet: dit is alleen het antwoord van de DNS-server.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Move your domains away from Microsoft 365</source>
        <translation>Verhuis uw domeinen weg van Microsoft 365</translation>
    </message>
    <message>
        <source>Mail for your own domain must go to the new provider before you cancel, or it bounces. This page checks DNS live.</source>
        <translation>E-mail voor uw domein moet vóór het annuleren naar de nieuwe provider, anders komt die terug. Live DNS-check.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS-se&amp;rver:</translation>
    </message>
    <message>
        <source>On a real tenant this page asks public DNS where your domain&apos;s mail and records point. Checking changes nothing; you make the DNS changes yourself at your DNS host, mail (MX) first. Remove from Microsoft 365 takes the domain out of your tenant and cannot be undone. What can go wrong: cancelling while MX still points at Microsoft 365 bounces all mail to your domain, and DNS changes take up to the TTL to reach everyone.</source>
        <translation>Bij een echte tenant vraagt deze pagina aan de openbare DNS waar de mail en records van uw domein naar verwijzen. Controleren wijzigt niets; de DNS-wijzigingen doet u zelf bij uw DNS-provider, mail (MX) eerst. Verwijderen uit Microsoft 365 haalt het domein uit uw tenant en kan niet ongedaan worden gemaakt. Wat er mis kan gaan: annuleert u terwijl MX nog naar Microsoft 365 verwijst, dan komt alle mail aan uw domein terug, en DNS-wijzigingen kunnen tot de TTL nodig hebben om iedereen te bereiken.</translation>
    </message>
    <message>
        <source>Reading your domains from Microsoft 365…</source>
        <translation>Uw domeinen worden uit Microsoft 365 gelezen…</translation>
    </message>
    <message>
        <source>Your tenant has no custom domain: nothing to move. You can check any domain by typing it above.</source>
        <translation>Uw tenant heeft geen eigen domein: er is niets te verhuizen. U kunt elk domein controleren door het hierboven te typen.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Wat te doen: {0}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What happens now</source>
        <translation>Wat er nu gebeurt</translation>
    </message>
    <message>
        <source>The last steps are Microsoft&apos;s. Save the record: it says what was done, and when.</source>
        <translation>De laatste stappen zijn aan Microsoft. Sla het rapport op: het laat zien wat er is gedaan, en wanneer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Office on your computers.&lt;/b&gt; Users who still have Office installed can only read and print their documents now (reduced-functionality mode). Ask everyone to remove Office from their computers, or to sign in to it with the new provider&apos;s account.</source>
        <translation>&lt;b&gt;Office op uw computers.&lt;/b&gt; Gebruikers die Office nog geïnstalleerd hebben, kunnen hun documenten nu alleen lezen en afdrukken (modus met beperkte functionaliteit). Vraag iedereen Office van hun computer te verwijderen, of zich aan te melden met het account van de nieuwe aanbieder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed your mind?&lt;/b&gt; For 90 days after it ends, the subscription is disabled: only admins can sign in, read-only, and they can still back up. Within that time you can reactivate it in the admin center, under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Van gedachten veranderd?&lt;/b&gt; Gedurende 90 dagen nadat het is beëindigd, is het abonnement uitgeschakeld: alleen beheerders kunnen zich aanmelden, alleen-lezen, en ze kunnen nog steeds een back-up maken. In die tijd kunt u het opnieuw activeren in het beheercentrum, onder &lt;a href=&apos;{0}&apos;&gt;Facturering &amp;gt; Uw producten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close the account early.&lt;/b&gt; To have everything deleted before the disabled period ends, follow Microsoft&apos;s &lt;a href=&apos;{0}&apos;&gt;Close your account&lt;/a&gt;. Deleting the subscription skips the disabled period: SharePoint and OneDrive data is deleted at once and cannot be brought back.</source>
        <translation>&lt;b&gt;Het account eerder sluiten.&lt;/b&gt; Wilt u dat alles wordt verwijderd voordat de uitgeschakelde periode afloopt, volg dan Microsofts &lt;a href=&apos;{0}&apos;&gt;Uw account sluiten&lt;/a&gt;. Als u het abonnement verwijdert, wordt de uitgeschakelde periode overgeslagen: gegevens in SharePoint en OneDrive worden meteen verwijderd en zijn niet terug te halen.</translation>
    </message>
    <message>
        <source>The cancellation record</source>
        <translation>Het annuleringsrapport</translation>
    </message>
    <message>
        <source>Two files in a folder you choose: a PDF to read and print, and the same record as JSON for your files. They hold no password or token.</source>
        <translation>Twee bestanden in een map die u kiest: een pdf om te lezen en af te drukken, en hetzelfde rapport als JSON voor uw archief. Ze bevatten geen wachtwoord of token.</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>Rapport op&amp;slaan…</translation>
    </message>
    <message>
        <source>The record to read and print (PDF)</source>
        <translation>Het rapport om te lezen en af te drukken (pdf)</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Pdf &amp;openen</translation>
    </message>
    <message>
        <source>S&amp;how in folder</source>
        <translation>In &amp;map weergeven</translation>
    </message>
    <message>
        <source>The record as data (JSON)</source>
        <translation>Het rapport als gegevens (JSON)</translation>
    </message>
    <message>
        <source>Open &amp;JSON</source>
        <translation>&amp;JSON openen</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>In m&amp;ap weergeven</translation>
    </message>
    <message>
        <source>The record is saved.</source>
        <translation>Het rapport is opgeslagen.</translation>
    </message>
    <message>
        <source>On a real tenant nothing changes here: this page only explains what Microsoft does next and saves the record on your computer. Keep the record with your accounts; it shows the backup&apos;s manifest hash, the DNS before and after, and Graph&apos;s proof.</source>
        <translation>Bij een echte tenant verandert hier niets: deze pagina legt alleen uit wat Microsoft daarna doet en slaat het rapport op uw computer op. Bewaar het rapport bij uw administratie; het toont de manifest-hash van de back-up, de DNS ervoor en erna, en het bewijs van Graph.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; Microsoft 365 showed the subscription no longer Enabled at {0}.</source>
        <translation>&lt;b&gt;Geannuleerd.&lt;/b&gt; Microsoft 365 toonde het abonnement niet langer als Enabled (gezien op {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not proven yet.&lt;/b&gt; Microsoft 365 has not shown the subscription leave Enabled. Check it later in the admin center under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;, or run &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Nog niet bewezen.&lt;/b&gt; Microsoft 365 heeft nog niet getoond dat het abonnement niet langer Enabled is. Controleer het later in het beheercentrum onder &lt;a href=&apos;{0}&apos;&gt;Facturering &amp;gt; Uw producten&lt;/a&gt;, of voer &lt;tt&gt;cancel365 status&lt;/tt&gt; uit.</translation>
    </message>
    <message>
        <source>Close without the record?</source>
        <translation>Sluiten zonder het rapport?</translation>
    </message>
    <message>
        <source>The cancellation record is not saved. It is the only written proof of what was done. Close Cancel365 anyway?</source>
        <translation>Het annuleringsrapport is niet opgeslagen. Het is het enige schriftelijke bewijs van wat er is gedaan. Cancel365 toch sluiten?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; They were not worked out: go back to the Key dates page to see them.</source>
        <translation>&lt;b&gt;Belangrijke datums.&lt;/b&gt; Ze zijn niet berekend: ga terug naar de pagina Belangrijke datums om ze te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; Put them in your calendar:</source>
        <translation>&lt;b&gt;Belangrijke datums.&lt;/b&gt; Zet ze in uw agenda:</translation>
    </message>
    <message>
        <source>Save the cancellation record in</source>
        <translation>Het annuleringsrapport opslaan in</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Het rapport wordt opgeslagen…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>Waarom stopt u? (optioneel)</translation>
    </message>
    <message>
        <source>Your answer goes into the cancellation record, and you can paste it into Microsoft&apos;s own feedback box when you cancel.</source>
        <translation>Uw antwoord komt in het annuleringsrapport, en u kunt het in het eigen feedbackvak van Microsoft plakken wanneer u annuleert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this page is sent anywhere.&lt;/b&gt; Cancel365 keeps your answer only in the cancellation record you save at the end. Skip the page if you like.</source>
        <translation>&lt;b&gt;Niets op deze pagina wordt ergens naartoe gestuurd.&lt;/b&gt; Cancel365 bewaart uw antwoord alleen in het annuleringsrapport dat u aan het eind opslaat. Sla de pagina gerust over.</translation>
    </message>
    <message>
        <source>Why the organization is leaving</source>
        <translation>Waarom de organisatie stopt</translation>
    </message>
    <message>
        <source>It &amp;costs too much</source>
        <translation>Het &amp;kost te veel</translation>
    </message>
    <message>
        <source>We are &amp;moving to another provider</source>
        <translation>We stappen over naar een andere &amp;aanbieder</translation>
    </message>
    <message>
        <source>The business is c&amp;losing or merging</source>
        <translation>Het bedrijf &amp;sluit of fuseert</translation>
    </message>
    <message>
        <source>&amp;Features we need are missing</source>
        <translation>&amp;Functies die we nodig hebben ontbreken</translation>
    </message>
    <message>
        <source>It is too comple&amp;x for us</source>
        <translation>Het is te ingewikkel&amp;d voor ons</translation>
    </message>
    <message>
        <source>&amp;Another reason</source>
        <translation>Een andere &amp;reden</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Naa&amp;m van de aanbieder:</translation>
    </message>
    <message>
        <source>The new provider&apos;s name</source>
        <translation>Naam van de nieuwe aanbieder</translation>
    </message>
    <message>
        <source>for example Google Workspace</source>
        <translation>bijvoorbeeld Google Workspace</translation>
    </message>
    <message>
        <source>Commen&amp;t:</source>
        <translation>Opmerkin&amp;g:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell Microsoft</source>
        <translation>Iets anders wat u wilt onthouden of Microsoft wilt vertellen</translation>
    </message>
    <message>
        <source>Cop&amp;y for the admin center</source>
        <translation>Kopiëren voor het &amp;beheercentrum</translation>
    </message>
    <message>
        <source>Puts your answer on the clipboard, to paste into the admin center&apos;s feedback box when you cancel</source>
        <translation>Zet uw antwoord op het klembord, om het in het feedbackvak van het beheercentrum te plakken wanneer u annuleert</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing either: the answer stays on your computer, in the record. When you cancel, the admin center asks why you are leaving; paste the copied text there if you want Microsoft to know.</source>
        <translation>Bij een echte tenant verandert deze pagina ook niets: het antwoord blijft op uw computer, in het rapport. Wanneer u annuleert, vraagt het beheercentrum waarom u stopt; plak daar de gekopieerde tekst als u wilt dat Microsoft het weet.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the admin center&apos;s feedback box when you cancel.</source>
        <translation>Gekopieerd. Plak het in het feedbackvak van het beheercentrum wanneer u annuleert.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The wizard&apos;s language; it changes at once</source>
        <translation>De taal van de wizard; die verandert meteen</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Demo lesson: on a real tenant</source>
        <translation>Demoles: bij een echte tenant</translation>
    </message>
    <message>
        <source>Demo lesson</source>
        <translation>Demoles</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>Begrepe&amp;n</translation>
    </message>
    <message>
        <source>Got it: hide this lesson</source>
        <translation>Begrepen: deze les verbergen</translation>
    </message>
</context>
<context>
    <name>LicenceRemovalDialog</name>
    <message>
        <source>Remove licences – {0}</source>
        <translation>Licenties verwijderen – {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their data is deleted 30 days later.&lt;/b&gt; Microsoft keeps a user&apos;s data for 30 days after the licence is removed (give it back and nothing is lost). After that everything but documents stored on SharePoint sites is deleted for good: their mailbox and their OneDrive included. Back up their OneDrives first: the Backup page saves every mailbox too (mail, calendars, contacts). To keep a mailbox in Microsoft 365 without a licence, convert it to a shared mailbox in the admin center first (Users › Active users › the user › Mail › Convert to shared mailbox).</source>
        <translation>&lt;b&gt;Hun gegevens worden 30 dagen later verwijderd.&lt;/b&gt; Microsoft bewaart de gegevens van een gebruiker 30 dagen nadat de licentie is verwijderd (geef hem terug en er gaat niets verloren). Daarna wordt alles behalve documenten op SharePoint-sites definitief verwijderd, ook het postvak en de OneDrive. Maak eerst een back-up van hun OneDrive: de pagina Back-up bewaart ook elk postvak (e-mail, agenda&apos;s, contactpersonen). Wilt u een postvak in Microsoft 365 zonder licentie bewaren, converteer het dan eerst naar een gedeeld postvak in het beheercentrum (Gebruikers › Actieve gebruikers › de gebruiker › E-mail › Converteren naar gedeeld postvak).</translation>
    </message>
    <message>
        <source>Licensed users</source>
        <translation>Gebruikers met licentie</translation>
    </message>
    <message>
        <source>Reading who has a licence…</source>
        <translation>Lezen wie een licentie heeft…</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(u)</translation>
    </message>
    <message>
        <source>Remove licences?</source>
        <translation>Licenties verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</source>
        <translation>
            <numerusform>Vink de gebruikers aan die hun {product}-licentie moeten verliezen. Ze verliezen meteen de toegang tot de apps en services van dit abonnement. Verwijder er minstens %n om op 25 uit te komen.</numerusform>
            <numerusform>Vink de gebruikers aan die hun {product}-licentie moeten verliezen. Ze verliezen meteen de toegang tot de apps en services van dit abonnement. Verwijder er minstens %n om op 25 uit te komen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove licences</source>
        <translation>Licenties &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Back up their OneDrives first…</source>
        <translation>Eerst een &amp;back-up van hun OneDrive…</translation>
    </message>
    <message>
        <source>The Backup page then backs up only the ticked users&apos; OneDrives; come back here afterwards to remove the licences.</source>
        <translation>De pagina Back-up maakt dan alleen een back-up van de OneDrive van de aangevinkte gebruikers; kom daarna hier terug om de licenties te verwijderen.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen.</source>
        <translation>
            <numerusform>%n gekozen.</numerusform>
            <numerusform>%n gekozen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences assigned afterwards: {left} (online cancellation needs 25 or fewer).</source>
        <translation>Toegewezen licenties daarna: {left} (online opzeggen kan bij 25 of minder).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…en nog %n</numerusform>
            <numerusform>…en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the {product} licence from %n user(s)?</source>
        <translation>
            <numerusform>De {product}-licentie verwijderen bij %n gebruiker?</numerusform>
            <numerusform>De {product}-licentie verwijderen bij %n gebruikers?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their mailbox and OneDrive are deleted for good 30 days from now, unless you give the licence back before then.</source>
        <translation>Het postvak en de OneDrive worden over 30 dagen definitief verwijderd, tenzij u de licentie vóór die tijd teruggeeft.</translation>
    </message>
    <message>
        <source>You are removing your own licence. You stay an administrator and can still sign in to the admin center and to Cancel365, but you lose Outlook, Teams and OneDrive at once, and your own mailbox and OneDrive are deleted 30 days from now. Back up your OneDrive first, and convert your mailbox to a shared mailbox if you need to keep it. Remove your own licence anyway?</source>
        <translation>U verwijdert uw eigen licentie. U blijft beheerder en kunt zich nog steeds aanmelden bij het beheercentrum en Cancel365, maar u verliest meteen Outlook, Teams en OneDrive, en uw eigen postvak en OneDrive worden over 30 dagen verwijderd. Maak eerst een back-up van uw OneDrive en converteer uw postvak naar een gedeeld postvak als u het wilt bewaren. Uw eigen licentie toch verwijderen?</translation>
    </message>
    <message>
        <source>Remove your own licence?</source>
        <translation>Uw eigen licentie verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</source>
        <translation>
            <numerusform>De pagina Back-up (stap 4) maakt een back-up van de OneDrive van de %n gebruiker die u aanvinkte. Sluit dit venster, ga door naar de pagina Back-up, voer de back-up uit en kom dan met Vorige hier terug om de licenties te verwijderen.</numerusform>
            <numerusform>De pagina Back-up (stap 4) maakt een back-up van de OneDrives van de %n gebruikers die u aanvinkte. Sluit dit venster, ga door naar de pagina Back-up, voer de back-up uit en kom dan met Vorige hier terug om de licenties te verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing licences</source>
        <translation>Licenties verwijderen</translation>
    </message>
    <message>
        <source>Removing licences…</source>
        <translation>Licenties verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Licences removed: %n.</source>
        <translation>
            <numerusform>Licenties verwijderd: %n.</numerusform>
            <numerusform>Licenties verwijderd: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be removed:</source>
        <translation>
            <numerusform>%n konden niet worden verwijderd:</numerusform>
            <numerusform>%n konden niet worden verwijderd:</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data is kept until {date}; give a licence back before then and nothing is lost.</source>
        <translation>Hun gegevens worden bewaard tot {date}; geef vóór die tijd een licentie terug en er gaat niets verloren.</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-mail, agenda&apos;s en contactpersonen</translation>
    </message>
    <message>
        <source>Pause &amp;mail</source>
        <translation>E-&amp;mail pauzeren</translation>
    </message>
    <message>
        <source>Resume &amp;mail</source>
        <translation>E-&amp;mail hervatten</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postvak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mailboxes in the backup</source>
        <translation>Postvakken in de back-up</translation>
    </message>
    <message>
        <source>Mail backup progress</source>
        <translation>Voortgang van de e-mailback-up</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>gedeeld postvak</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>ruimtepostvak</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>apparatuurpostvak</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>ander postvak</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>gebruiker zonder licentie</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>gedeeld postvak of ruimtepostvak (zonder licentie)</translation>
    </message>
    <message>
        <source>Finding every mailbox…</source>
        <translation>Alle postvakken zoeken…</translation>
    </message>
    <message>
        <source>Mail could not be backed up: {0}</source>
        <translation>De e-mail kon niet worden geback-upt: {0}</translation>
    </message>
    <message>
        <source>The mail backup stopped: {0}</source>
        <translation>De e-mailback-up is gestopt: {0}</translation>
    </message>
    <message>
        <source>Mail is left out: this access cannot read mailboxes (it has no Mail.Read permission). The files are not affected. &quot;Set up backup access for me&quot; adds Mail.Read, Calendars.Read and Contacts.Read.</source>
        <translation>E-mail wordt overgeslagen: deze toegang kan geen postvakken lezen (de machtiging Mail.Read ontbreekt). De bestanden worden niet beïnvloed. &quot;Back-uptoegang voor mij instellen&quot; voegt Mail.Read, Calendars.Read en Contacts.Read toe.</translation>
    </message>
    <message>
        <source>The mail backup is complete.</source>
        <translation>De e-mailback-up is volledig.</translation>
    </message>
    <message>
        <source>The mail backup is incomplete.</source>
        <translation>De e-mailback-up is onvolledig.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts. Saved as {4} in {5}.</source>
        <translation>{0} berichten gecontroleerd, {1} mislukt; {2} afspraken; {3} contactpersonen. Opgeslagen als {4} in {5}.</translation>
    </message>
    <message>
        <source>{0} of {1} messages saved and verified, {2} failed; {3} of {4} mailboxes done.</source>
        <translation>{0} van {1} berichten opgeslagen en gecontroleerd, {2} mislukt; {3} van {4} postvakken klaar.</translation>
    </message>
    <message>
        <source>Mail is paused: no new request goes to Microsoft 365 until you resume, and it goes on where it stopped.</source>
        <translation>De e-mail is gepauzeerd: er gaat geen nieuwe aanvraag naar Microsoft 365 tot u hervat, en hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Mailboxes, shared and room mailboxes included: {0}. Messages: {1}, {2}. Every folder is saved as Maildir (Dovecot or any IMAP server opens it), calendars as .ics, contacts as .vcf.</source>
        <translation>Postvakken, gedeelde postvakken en ruimtepostvakken inbegrepen: {0}. Berichten: {1}, {2}. Elke map wordt opgeslagen als Maildir (Dovecot of elke IMAP-server opent die), agenda&apos;s als .ics, contactpersonen als .vcf.</translation>
    </message>
    <message>
        <source>Shared and room mailboxes are shown together: telling them apart needs the MailboxSettings.Read permission, which this access does not have. Both are backed up all the same.</source>
        <translation>Gedeelde postvakken en ruimtepostvakken worden samen getoond: om ze te onderscheiden is de machtiging MailboxSettings.Read nodig, die deze toegang niet heeft. Beide worden toch geback-upt.</translation>
    </message>
    <message>
        <source>Messages: {0} in {1} folders, {2}</source>
        <translation>Berichten: {0} in {1} mappen, {2}</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Gecontroleerd: {0} van {1} berichten. Mislukt: {2}. Afspraken: {3}. Contactpersonen: {4}.</translation>
    </message>
</context>
<context>
    <name>MailMovePage</name>
    <message>
        <source>Move mail to the new provider</source>
        <translation>E-mail naar de nieuwe provider verplaatsen</translation>
    </message>
    <message>
        <source>Optional: Cancel365 copies each user&apos;s saved mail into their new mailbox, folder by folder, without duplicates.</source>
        <translation>Optioneel: Cancel365 kopieert de opgeslagen e-mail van elke gebruiker naar de nieuwe mailbox, map voor map, zonder dubbele berichten.</translation>
    </message>
    <message>
        <source>For each user, enter the new provider&apos;s IMAP login (the provider&apos;s help pages name the server; some need an app password). Passwords are kept in this computer&apos;s password store only.</source>
        <translation>Vul voor elke gebruiker de IMAP-aanmelding bij de nieuwe provider in (de helppagina&apos;s van de provider noemen de server; sommige vragen een app-wachtwoord). Wachtwoorden worden alleen in de wachtwoordkluis van deze computer bewaard.</translation>
    </message>
    <message>
        <source>Users whose mail was saved</source>
        <translation>Gebruikers van wie de e-mail is opgeslagen</translation>
    </message>
    <message>
        <source>On a real tenant this copies each user&apos;s mail from the backup on this computer into their mailbox at the new provider, over IMAP. It changes nothing in Microsoft 365, and at the new provider it only adds messages: a second run adds only what is missing. What can go wrong: a wrong password or a provider that wants an app password (Test login says so), or a full mailbox at the new provider (that user stops, the others go on).</source>
        <translation>Bij een echte tenant kopieert dit de e-mail van elke gebruiker uit de back-up op deze computer via IMAP naar de mailbox bij de nieuwe provider. Het verandert niets in Microsoft 365, en bij de nieuwe provider voegt het alleen berichten toe: een tweede run voegt alleen toe wat ontbreekt. Wat mis kan gaan: een verkeerd wachtwoord of een provider die een app-wachtwoord wil (Aanmelding testen zegt het), of een volle mailbox bij de nieuwe provider (die gebruiker stopt, de anderen gaan door).</translation>
    </message>
    <message>
        <source>Looking for the saved mailboxes…</source>
        <translation>Opgeslagen mailboxen zoeken…</translation>
    </message>
    <message>
        <source>No mailbox was saved in this run (the Backup page saves them), so there is nothing to move here. Users who want their old mail at the new provider move it themselves.</source>
        <translation>In deze run is geen mailbox opgeslagen (de pagina Back-up slaat ze op), dus hier valt niets te verplaatsen. Gebruikers die hun oude e-mail bij de nieuwe provider willen hebben, verplaatsen die zelf.</translation>
    </message>
    <message numerus="yes">
        <source>The mail of %n user(s) was saved in {0}.</source>
        <translation>
            <numerusform>De e-mail van %n gebruiker is opgeslagen in {0}.</numerusform>
            <numerusform>De e-mail van %n gebruikers is opgeslagen in {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waits while the mail is moving: wait for it to end, or Stop.</source>
        <translation>Volgende wacht zolang de e-mail wordt verplaatst: wacht tot het klaar is, of kies Stoppen.</translation>
    </message>
    <message>
        <source>Choose whether to move the mail or to skip this step.</source>
        <translation>Kies of u de e-mail verplaatst of deze stap overslaat.</translation>
    </message>
    <message>
        <source>Next goes on once the mail was moved (or choose Skip). Fill in each user&apos;s login, then Move mail.</source>
        <translation>Volgende gaat verder zodra de e-mail is verplaatst (of kies Overslaan). Vul de aanmelding van elke gebruiker in en kies dan E-mail verplaatsen.</translation>
    </message>
    <message>
        <source>Accounts file</source>
        <translation>Accountbestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} lezen…</translation>
    </message>
    <message>
        <source>Trying what would be sent…</source>
        <translation>Nagaan wat er verzonden zou worden…</translation>
    </message>
    <message>
        <source>Moving the mail…</source>
        <translation>E-mail verplaatsen…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Stopt na het bericht dat nu wordt verzonden…</translation>
    </message>
    <message>
        <source>Stop moving the mail?</source>
        <translation>Het verplaatsen van e-mail stoppen?</translation>
    </message>
    <message>
        <source>Mail is moving to the new provider. Stop it and close Cancel365? What has arrived stays there; Move mail on the next start sends only what is missing.</source>
        <translation>De e-mail wordt naar de nieuwe provider verplaatst. Stoppen en Cancel365 sluiten? Wat al is aangekomen, blijft daar; E-mail verplaatsen bij de volgende start stuurt alleen wat ontbreekt.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The counts above are what a move would send now.</source>
        <translation>Proefrun: er is niets verzonden. De aantallen hierboven zijn wat een verplaatsing nu zou verzenden.</translation>
    </message>
    <message numerus="yes">
        <source>Every message of %n user(s) is at the new provider (counted again there).</source>
        <translation>
            <numerusform>Elk bericht van %n gebruiker staat bij de nieuwe provider (daar opnieuw geteld).</numerusform>
            <numerusform>Elk bericht van %n gebruikers staat bij de nieuwe provider (daar opnieuw geteld).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete for %n user(s): some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</source>
        <translation>
            <numerusform>Niet compleet voor %n gebruiker: een deel van de e-mail staat niet bij de nieuwe provider. Het rapport zegt wat en waarom; opnieuw E-mail verplaatsen voegt alleen toe wat ontbreekt.</numerusform>
            <numerusform>Niet compleet voor %n gebruikers: een deel van hun e-mail staat niet bij de nieuwe provider. Het rapport zegt wat en waarom; opnieuw E-mail verplaatsen voegt alleen toe wat ontbreekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved, with no login filled in: %n user(s).</source>
        <translation>
            <numerusform>Niet verplaatst, zonder ingevulde aanmelding: %n gebruiker.</numerusform>
            <numerusform>Niet verplaatst, zonder ingevulde aanmelding: %n gebruikers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>&amp;Fill from a CSV file…</source>
        <translation>Invullen uit een &amp;CSV-bestand…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Proefrun</translation>
    </message>
    <message>
        <source>Move m&amp;ail</source>
        <translation>E-mail verpl&amp;aatsen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Stopp&amp;en</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>&amp;Rapport openen</translation>
    </message>
</context>
<context>
    <name>MoveChoice</name>
    <message>
        <source>&amp;Move the saved mail into the new mailboxes</source>
        <translation>De opgeslagen e-mail naar de nieuwe &amp;mailboxen verplaatsen</translation>
    </message>
    <message>
        <source>S&amp;kip: users move their own mail, or there is no new provider yet</source>
        <translation>Over&amp;slaan: gebruikers verplaatsen hun e-mail zelf, of er is nog geen nieuwe provider</translation>
    </message>
    <message>
        <source>If you skip, Cancel365 copies nothing: the old mail stays in the backup folder and in Microsoft 365 until Microsoft deletes it, and each user who wants it at the new provider must move it there themselves. Say so in the message to users (the Domains page writes it).</source>
        <translation>Als u overslaat, kopieert Cancel365 niets: de oude e-mail blijft in de back-upmap en in Microsoft 365 tot Microsoft hem verwijdert, en elke gebruiker die hem bij de nieuwe provider wil hebben, moet hem daar zelf naartoe verplaatsen. Zeg dat in het bericht aan de gebruikers (de pagina Domeinen schrijft het).</translation>
    </message>
</context>
<context>
    <name>MoveUserBox</name>
    <message>
        <source>{0}: {1} messages in {2} folders</source>
        <translation>{0}: {1} berichten in {2} mappen</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>IMAP-gebruiker:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (poort 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (poort 143)</translation>
    </message>
    <message>
        <source>None (a test server on this computer only)</source>
        <translation>Geen (alleen een testserver op deze computer)</translation>
    </message>
    <message>
        <source>often the e-mail address</source>
        <translation>vaak het e-mailadres</translation>
    </message>
    <message>
        <source>for example imap.example.com</source>
        <translation>bijvoorbeeld imap.example.com</translation>
    </message>
    <message>
        <source>Saved in your password store</source>
        <translation>Bewaard in uw wachtwoordkluis</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>wachtwoord of app-wachtwoord</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Aanmelding testen</translation>
    </message>
    <message>
        <source>IMAP user for {0}</source>
        <translation>IMAP-gebruiker voor {0}</translation>
    </message>
    <message>
        <source>IMAP server for {0}</source>
        <translation>IMAP-server voor {0}</translation>
    </message>
    <message>
        <source>Port for {0}</source>
        <translation>Poort voor {0}</translation>
    </message>
    <message>
        <source>Security for {0}</source>
        <translation>Beveiliging voor {0}</translation>
    </message>
    <message>
        <source>Password for {0}</source>
        <translation>Wachtwoord voor {0}</translation>
    </message>
    <message>
        <source>Test login for {0}</source>
        <translation>Aanmelding testen voor {0}</translation>
    </message>
    <message>
        <source>Mail moved for {0}</source>
        <translation>Verplaatste e-mail voor {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>{0}: {1} sent, {2} already there, {3} failed, of {4}.</source>
        <translation>{0}: {1} verzonden, {2} stonden er al, {3} mislukt, van {4}.</translation>
    </message>
</context>
<context>
    <name>MoveUsers</name>
    <message>
        <source>Filled {0} of {1} users from the file. Passwords from it, saved in your password store: {2}.</source>
        <translation>{0} van {1} gebruikers ingevuld uit het bestand. Wachtwoorden eruit, bewaard in uw wachtwoordkluis: {2}.</translation>
    </message>
    <message>
        <source>Not saved in this backup: {0}.</source>
        <translation>Niet opgeslagen in deze back-up: {0}.</translation>
    </message>
    <message>
        <source>Enter the IMAP user and server first.</source>
        <translation>Vul eerst de IMAP-gebruiker en de server in.</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>Aanmelding testen…</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Vul eerst het wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Nothing opened it</source>
        <translation>Niets opende het</translation>
    </message>
    <message>
        <source>No mail program on this computer opened the message. Copy it and paste it into your mail (web mail works too); send it to:</source>
        <translation>Geen e-mailprogramma op deze computer opende het bericht. Kopieer het en plak het in uw e-mail (webmail werkt ook); stuur het naar:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>Bericht &amp;kopiëren</translation>
    </message>
    <message>
        <source>No program on this computer opened the file. It is here:</source>
        <translation>Geen programma op deze computer opende het bestand. Het staat hier:</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>Pad &amp;kopiëren</translation>
    </message>
    <message>
        <source>No browser on this computer opened the page. Copy the address into a browser (on any computer):</source>
        <translation>Geen browser op deze computer opende de pagina. Kopieer het adres naar een browser (op welke computer ook):</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>The folder did not open either: {0}</source>
        <translation>De map ging ook niet open: {0}</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Change the backup&apos;s a&amp;ccess…</source>
        <translation>To&amp;egang van de back-up wijzigen…</translation>
    </message>
    <message>
        <source>Set up backup access, use an existing app registration, or back up only what your own sign-in opens.</source>
        <translation>Stel toegang voor de back-up in, gebruik een bestaande app-registratie, of maak alleen een back-up van wat uw eigen aanmelding kan openen.</translation>
    </message>
    <message>
        <source>&amp;Start the backup</source>
        <translation>Back-up &amp;starten</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Waarvan een back-up maken</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>User or site</source>
        <translation>Gebruiker of site</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Users and sites to back up</source>
        <translation>Gebruikers en sites waarvan een back-up wordt gemaakt</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>grootte onbekend</translation>
    </message>
    <message>
        <source>{0} free at {1}; the backup needs about {2}: the files still to fetch, plus a tenth and 16 MB for the list of every file it keeps (its manifest) and room to spare.</source>
        <translation>{0} vrij op {1}; de back-up heeft ongeveer {2} nodig: de bestanden die nog moeten komen, plus een tiende en 16 MB voor de lijst van elk bestand dat hij bewaart (het manifest) en wat speling.</translation>
    </message>
    <message>
        <source>Left out of the backup ({0}):</source>
        <translation>Niet in de back-up ({0}):</translation>
    </message>
    <message>
        <source>Nothing is left out: every user and site is listed.</source>
        <translation>Er wordt niets weggelaten: elke gebruiker en site staat in de lijst.</translation>
    </message>
    <message>
        <source>Drives chosen: {0}, {1} in all.</source>
        <translation>Gekozen bibliotheken: {0}, {1} in totaal.</translation>
    </message>
    <message>
        <source>{0} free at {1}; every file there is verified already.</source>
        <translation>{0} vrij op {1}; elk bestand daar is al gecontroleerd.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no size for some drives, so Cancel365 cannot be sure the room is enough.</source>
        <translation>Microsoft 365 gaf voor sommige stations geen grootte op, dus Cancel365 weet niet zeker of de ruimte genoeg is.</translation>
    </message>
    <message>
        <source>Not enough room: free up {0}, choose another folder, or deselect users or sites.</source>
        <translation>Niet genoeg ruimte: maak {0} vrij, kies een andere map of deselecteer gebruikers of sites.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Backup progress</source>
        <translation>Voortgang van de back-up</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Gebruiker of site</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Each drive&apos;s progress</source>
        <translation>Voortgang per bibliotheek</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
    <message>
        <source>listing files</source>
        <translation>bestanden opsommen</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>downloaden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>stopped (resumes next time)</source>
        <translation>gestopt (wordt de volgende keer hervat)</translation>
    </message>
    <message>
        <source>In the backup: {0} of {1} files, {2} of {3}</source>
        <translation>In de back-up: {0} van {1} bestanden, {2} van {3}</translation>
    </message>
    <message>
        <source>{0} of {1} · files: {2} of {3}</source>
        <translation>{0} van {1} · bestanden: {2} van {3}</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>mislukt: {0}</translation>
    </message>
    <message>
        <source>Listing the files of {0}: {1} (files so far: {2})</source>
        <translation>Bestanden van {0} worden opgesomd: {1} (bestanden tot nu toe: {2})</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(mislukt: {0})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>nog ongeveer {0}</translation>
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
        <translation>{0} u {1} min</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message>
        <source>4. Proof from Microsoft 365</source>
        <translation>4. Bewijs van Microsoft 365</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Opnieuw c&amp;ontroleren</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Continue without proof: I will check &amp;later with cancel365 status</source>
        <translation>Doorgaan zonder bewijs: ik controleer het &amp;later met cancel365 status</translation>
    </message>
    <message>
        <source>Time left to wait for proof</source>
        <translation>Resterende tijd om op bewijs te wachten</translation>
    </message>
    <message>
        <source>Checking Microsoft 365: {0}:{1:02d} left</source>
        <translation>Microsoft 365 controleren: nog {0}:{1:02d}</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation>Bewijs gezien</translation>
    </message>
    <message>
        <source>Time is up: no proof yet</source>
        <translation>De tijd is om: nog geen bewijs</translation>
    </message>
    <message>
        <source>Not checking</source>
        <translation>Geen controle bezig</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Nog niets gelezen.</translation>
    </message>
    <message>
        <source>Last read at {0}. Subscription: {1}. Licences: {2}.</source>
        <translation>Laatst gelezen om {0}. Abonnement: {1}. Licenties: {2}.</translation>
    </message>
    <message>
        <source>Active (Enabled)</source>
        <translation>Actief (Enabled)</translation>
    </message>
    <message>
        <source>Expired, grace period (Warning)</source>
        <translation>Verlopen, respijtperiode (Warning)</translation>
    </message>
    <message>
        <source>Disabled (Suspended)</source>
        <translation>Uitgeschakeld (Suspended)</translation>
    </message>
    <message>
        <source>Cancelled (LockedOut)</source>
        <translation>Geannuleerd (LockedOut)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd (Deleted)</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>Niet meer vermeld</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: Microsoft 365 shows the change.&lt;/b&gt; The subscription and its licences are no longer Enabled (seen at {0}).</source>
        <translation>&lt;b&gt;Klaar: Microsoft 365 toont de wijziging.&lt;/b&gt; Het abonnement en de licenties zijn niet meer Enabled (gezien om {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft 365 still shows the subscription as Enabled after {0} min.&lt;/b&gt; A cancellation can take a while to show. In the admin center, open &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt; and check that the subscription no longer says Active; if it does, cancel it again or call support. Then choose &lt;b&gt;Check again&lt;/b&gt;, or check later with &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Microsoft 365 toont het abonnement na {0} min nog steeds als Enabled.&lt;/b&gt; Het kan even duren voordat een annulering zichtbaar is. Open in het beheercentrum &lt;b&gt;Facturering&lt;/b&gt; &amp;gt; &lt;b&gt;Uw producten&lt;/b&gt; en controleer of er bij het abonnement niet meer Actief staat; staat het er wel, annuleer het dan opnieuw of bel ondersteuning. Kies daarna &lt;b&gt;Opnieuw controleren&lt;/b&gt;, of controleer later met &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Stopped. Choose &lt;b&gt;Check again&lt;/b&gt; to go on waiting for the proof.</source>
        <translation>Gestopt. Kies &lt;b&gt;Opnieuw controleren&lt;/b&gt; om verder op het bewijs te wachten.</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>Check again &amp;every</source>
        <translation>Opnieuw controleren &amp;elke</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation>Seconden tussen controles</translation>
    </message>
</context>
<context>
    <name>RegistrationGuide</name>
    <message>
        <source>Register Cancel365 in your organization</source>
        <translation>Cancel365 registreren in uw organisatie</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: you decide what it may do, and you can delete it when you are done. A Global Administrator creates it once, in about five minutes. No secret is needed.</source>
        <translation>Cancel365 meldt zich aan als de eigen app-registratie van uw organisatie: u bepaalt wat hij mag, en u kunt hem verwijderen als u klaar bent. Een globale beheerder maakt hem één keer aan, in ongeveer vijf minuten. Er is geen geheim nodig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Open the Microsoft Entra admin center and sign in as a Global Administrator. Go to &lt;b&gt;Identity › Applications › App registrations&lt;/b&gt; and select &lt;b&gt;New registration&lt;/b&gt;. The values to enter:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Open het Microsoft Entra-beheercentrum en meld u aan als globale beheerder. Ga naar &lt;b&gt;Identiteit › Toepassingen › App-registraties&lt;/b&gt; en kies &lt;b&gt;Nieuwe registratie&lt;/b&gt;. De waarden om in te vullen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Supported account types&lt;/b&gt;: &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt; is fine. Under &lt;b&gt;Redirect URI&lt;/b&gt;, select the platform &lt;b&gt;Public client/native (mobile &amp;amp; desktop)&lt;/b&gt; and paste the redirect URI above. Select &lt;b&gt;Register&lt;/b&gt;.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Ondersteunde accounttypen&lt;/b&gt;: &lt;b&gt;Alleen accounts in deze organisatiemap&lt;/b&gt; is goed. Kies onder &lt;b&gt;Omleidings-URI&lt;/b&gt; het platform &lt;b&gt;Openbare client/systeemeigen (mobiel en desktop)&lt;/b&gt; en plak de omleidings-URI hierboven. Kies &lt;b&gt;Registreren&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Open &lt;b&gt;Authentication&lt;/b&gt;: under &lt;b&gt;Mobile and desktop applications&lt;/b&gt; the redirect URI http://localhost is listed. Set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt; (for signing in with a code) and select &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Open &lt;b&gt;Verificatie&lt;/b&gt;: onder &lt;b&gt;Mobiele en bureaubladtoepassingen&lt;/b&gt; staat de omleidings-URI http://localhost. Zet &lt;b&gt;Openbare clientstromen toestaan&lt;/b&gt; op &lt;b&gt;Ja&lt;/b&gt; (om met een code aan te melden) en kies &lt;b&gt;Opslaan&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Open &lt;b&gt;API permissions › Add a permission › Microsoft Graph › Delegated permissions&lt;/b&gt; and add the permissions above. Cancel365 asks only to read when you sign in, and for a write permission only when you start what needs it.</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Open &lt;b&gt;API-machtigingen › Een machtiging toevoegen › Microsoft Graph › Gedelegeerde machtigingen&lt;/b&gt; en voeg de machtigingen hierboven toe. Cancel365 vraagt bij het aanmelden alleen om te lezen, en om een schrijfmachtiging pas als u begint aan wat die nodig heeft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;5.&lt;/b&gt; Optional: &lt;b&gt;Grant admin consent for&lt;/b&gt; your organization, so nobody is asked again.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; Optioneel: &lt;b&gt;Beheerderstoestemming verlenen voor&lt;/b&gt; uw organisatie, zodat niemand opnieuw wordt gevraagd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;6.&lt;/b&gt; Open &lt;b&gt;Overview&lt;/b&gt;, copy the &lt;b&gt;Application (client) ID&lt;/b&gt; and paste it below.</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; Open &lt;b&gt;Overzicht&lt;/b&gt;, kopieer de &lt;b&gt;Toepassings-id (client)&lt;/b&gt; en plak die hieronder.</translation>
    </message>
    <message>
        <source>Admin center:</source>
        <translation>Beheercentrum:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Omleidings-URI:</translation>
    </message>
    <message>
        <source>&amp;Delegated permissions:</source>
        <translation>&amp;Gedelegeerde machtigingen:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>{0} kopiëren</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Toepassings-id (&amp;client):</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>Op&amp;slaan en aanmelden</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Gekopieerd: {0}</translation>
    </message>
    <message>
        <source>Paste the Application (client) ID from the app&apos;s Overview page.</source>
        <translation>Plak de Toepassings-id (client) van de pagina Overzicht van de app.</translation>
    </message>
    <message>
        <source>That is a client ID. Save and sign in: if Microsoft refuses it, the Sign-in page says why (for example AADSTS700016: the app is not in your directory; AADSTS50011: the redirect URI is missing).</source>
        <translation>Dat is een client-id. Opslaan en aanmelden: als Microsoft hem weigert, zegt de aanmeldpagina waarom (bijvoorbeeld AADSTS700016: de app staat niet in uw map; AADSTS50011: de omleidings-URI ontbreekt).</translation>
    </message>
    <message>
        <source>Not a client ID yet: it is a GUID, 32 hexadecimal digits in groups of 8-4-4-4-12, like 1b2c3d4e-0000-1111-2222-333344445555. Copy it again from Overview (not the Object ID or the Directory (tenant) ID).</source>
        <translation>Nog geen client-id: het is een GUID, 32 hexadecimale cijfers in groepen van 8-4-4-4-12, zoals 1b2c3d4e-0000-1111-2222-333344445555. Kopieer hem opnieuw uit Overzicht (niet de object-id of de map-id (tenant)).</translation>
    </message>
    <message>
        <source>Not a client ID: it is a GUID like 1b2c3d4e-0000-1111-2222-333344445555.</source>
        <translation>Geen client-id: het is een GUID zoals 1b2c3d4e-0000-1111-2222-333344445555.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder for your users</source>
        <translation>Herinnering voor uw gebruikers</translation>
    </message>
    <message>
        <source>Edit the text as you like, then copy it into a mail or a chat message to everyone.</source>
        <translation>Pas de tekst naar wens aan en kopieer hem daarna in een e-mail of chatbericht aan iedereen.</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Tekst van de herinnering</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Hello everyone,

{0} is leaving Microsoft 365. Before that, we back up the files in every OneDrive and SharePoint library of the company, your own OneDrive included: you need not copy those. The backup cannot take everything, so please save your own copy of:

• files people outside the company shared with you (they stay in their OneDrive, not ours),
• OneNote notebooks (export them from OneNote: File &gt; Export),
• Teams chat messages and mail you want to keep (the backup holds files, not chats or mail).

Please finish this within the next week and tell me if something is missing.

Thank you!</source>
        <translation>Hallo allemaal,

{0} stopt met Microsoft 365. Daarvoor maken we een back-up van de bestanden in elke OneDrive- en SharePoint-bibliotheek van het bedrijf, ook uw eigen OneDrive: die hoeft u niet te kopiëren. De back-up kan niet alles meenemen, dus bewaar zelf een kopie van:

• bestanden die mensen buiten het bedrijf met u hebben gedeeld (die staan in hun OneDrive, niet de onze),
• OneNote-notitieblokken (exporteer ze vanuit OneNote: Bestand &gt; Exporteren),
• Teams-chatberichten en e-mail die u wilt bewaren (de back-up bevat bestanden, geen chats of e-mail).

Rond dit binnen een week af en laat het me weten als er iets ontbreekt.

Bedankt!</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Ons bedrijf</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
</context>
<context>
    <name>ResolverPicker</name>
    <message>
        <source>Demo tenant&apos;s DNS (this computer)</source>
        <translation>DNS van de demotenant (deze computer)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-server</translation>
    </message>
    <message>
        <source>The resolver (DNS server) that answers the questions about your domain</source>
        <translation>De resolver (DNS-server) die de vragen over uw domein beantwoordt</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>This computer&apos;s DNS server</source>
        <translation>De DNS-server van deze computer</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>host of host:poort</translation>
    </message>
    <message>
        <source>Another DNS server</source>
        <translation>Een andere DNS-server</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>&amp;Resume that backup</source>
        <translation>Die back-up &amp;hervatten</translation>
    </message>
    <message>
        <source>A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). Resume it: verified files are not downloaded again.</source>
        <translation>Een back-up in {0} is niet afgerond (gecontroleerde bestanden: {1}; nog te downloaden: {2}). Hervat hem: gecontroleerde bestanden worden niet opnieuw gedownload.</translation>
    </message>
</context>
<context>
    <name>RunBox</name>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>Back-up a&amp;nnuleren</translation>
    </message>
    <message>
        <source>Stopping after the files being written…</source>
        <translation>Stoppen na de bestanden die nu worden geschreven…</translation>
    </message>
    <message>
        <source>The backup goes on</source>
        <translation>De back-up gaat door</translation>
    </message>
    <message>
        <source>The backup stays paused while you look at the other pages. Come back to this page (Next) to resume it. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>De back-up blijft gepauzeerd terwijl u de andere pagina&apos;s bekijkt. Kom terug naar deze pagina (Volgende) om hem te hervatten. Sluit u Cancel365, dan stopt hij; de volgende keer kunt u hervatten waar hij stopte.</translation>
    </message>
    <message>
        <source>The backup keeps running while you look at the other pages. Come back to this page (Next) to see how far it got. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>De back-up loopt door terwijl u de andere pagina&apos;s bekijkt. Kom terug naar deze pagina (Volgende) om te zien hoe ver hij is. Sluit u Cancel365, dan stopt hij; de volgende keer kunt u hervatten waar hij stopte.</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>De back-up stoppen?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it and close Cancel365? Files verified so far are kept; the next start offers to resume where it stopped.</source>
        <translation>Er loopt een back-up. Stoppen en Cancel365 sluiten? De tot nu toe gecontroleerde bestanden blijven bewaard; bij de volgende start kunt u hervatten waar hij stopte.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open: {0}</source>
        <translation>Openen: {0}</translation>
    </message>
    <message>
        <source>Show in folder: {0}</source>
        <translation>In map weergeven: {0}</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <source>This computer has no program set to open it. Copy the path and open it yourself: {0}</source>
        <translation>Op deze computer is geen programma ingesteld om het te openen. Kopieer het pad en open het zelf: {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration, so your organization decides what it may do. A Global Administrator creates it once in the Microsoft Entra admin center, in about five minutes: the guide “Registering Cancel365 in your organization” (docs/app-registration.md) shows each step.</source>
        <translation>Cancel365 meldt zich aan als de eigen app-registratie van uw organisatie, zodat uw organisatie bepaalt wat het mag doen. Een globale beheerder maakt die eenmalig aan in het Microsoft Entra-beheercentrum, in ongeveer vijf minuten: de handleiding “Registering Cancel365 in your organization” (docs/app-registration.md) toont elke stap.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Toepassings-id (client)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Toepassings-id (&amp;client):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Leave “organizations” unless your app registration is single-tenant; then enter your tenant ID or domain.</source>
        <translation>Laat “organizations” staan, tenzij uw app-registratie voor één tenant is; vul dan uw tenant-id of domein in.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-0000-1111-2222-333344445555: copy it from the app registration&apos;s Overview page.</source>
        <translation>De client-id is een GUID zoals 1b2c3d4e-0000-1111-2222-333344445555: kopieer die van de overzichtspagina van de app-registratie.</translation>
    </message>
    <message>
        <source>Enter “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Vul “organizations” in, een tenant-id of een domein zoals contoso.onmicrosoft.com.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Microsoft 365</source>
        <translation>Aanmelden bij Microsoft 365</translation>
    </message>
    <message>
        <source>Use a Global Administrator or Billing Administrator account of the organization whose subscription you want to cancel.</source>
        <translation>Gebruik een account van een globale beheerder of factureringsbeheerder van de organisatie waarvan u het abonnement wilt annuleren.</translation>
    </message>
    <message>
        <source>Cancel365 asks only to read for now. Before it changes anything (removing licences or a domain) it asks you again.</source>
        <translation>Cancel365 vraagt voorlopig alleen om te lezen. Voordat het iets wijzigt (licenties of een domein verwijderen), vraagt het u opnieuw.</translation>
    </message>
    <message>
        <source>Sign in in my &amp;web browser (recommended)</source>
        <translation>Aanmelden in mijn &amp;webbrowser (aanbevolen)</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de on another device</source>
        <translation>Aanmelden met een &amp;code op een ander apparaat</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Aanmelden a&amp;nnuleren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Register Cancel365 in your organization…</source>
        <translation>Cancel365 &amp;registreren in uw organisatie…</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Beheerdersrollen:</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in…</source>
        <translation>Zoeken naar uw opgeslagen aanmelding…</translation>
    </message>
    <message>
        <source>Opening your web browser…</source>
        <translation>Uw webbrowser openen…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Microsoft om een aanmeldcode vragen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Afmelden?</translation>
    </message>
    <message>
        <source>Sign out and remove everything Cancel365 stored on this computer: your saved sign-in and any other secrets it keeps? The backup app registration Cancel365 made, if any, is removed from your tenant too.</source>
        <translation>Afmelden en alles verwijderen wat Cancel365 op deze computer heeft opgeslagen: uw opgeslagen aanmelding en eventuele andere geheimen die het bewaart? De back-up-app-registratie die Cancel365 heeft gemaakt, wordt, als die er is, ook uit uw tenant verwijderd.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Wachten tot u klaar bent met aanmelden…</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so Cancel365 will not remember this sign-in: you will sign in again next time. Nothing is saved to disk.</source>
        <translation>Deze computer heeft geen wachtwoordkluis (keyring), dus Cancel365 onthoudt deze aanmelding niet: u meldt zich de volgende keer opnieuw aan. Er wordt niets op schijf opgeslagen.</translation>
    </message>
    <message>
        <source>Signed out. Cancel365 keeps nothing from this sign-in.</source>
        <translation>Afgemeld. Cancel365 bewaart niets van deze aanmelding.</translation>
    </message>
    <message>
        <source>Before the first sign-in, Cancel365 needs your organization&apos;s own app registration. Register it now: the wizard shows each step and what to paste.</source>
        <translation>Voor de eerste aanmelding heeft Cancel365 de eigen app-registratie van uw organisatie nodig. Registreer die nu: de wizard toont elke stap en wat u moet plakken.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>You are a Billing Administrator, not a Global Administrator. You can cancel the subscription and remove licences, but you cannot remove your domain from Microsoft 365 or set up the backup of everyone&apos;s files. Ask a Global Administrator to do those steps, or to sign in here.</source>
        <translation>U bent factureringsbeheerder, geen globale beheerder. U kunt het abonnement annuleren en licenties verwijderen, maar u kunt uw domein niet uit Microsoft 365 verwijderen en geen back-up van ieders bestanden instellen. Vraag een globale beheerder die stappen te doen of hier aan te melden.</translation>
    </message>
    <message>
        <source>{name} is neither a Global Administrator nor a Billing Administrator. You can look around, but you will not be able to cancel the subscription, remove licences or domains, or back up other people&apos;s files. Sign out and sign in with an administrator account, or ask a Global Administrator to give you the Billing Administrator role.</source>
        <translation>{name} is geen globale beheerder en geen factureringsbeheerder. U kunt rondkijken, maar u kunt het abonnement niet annuleren, geen licenties of domeinen verwijderen en geen back-up maken van bestanden van anderen. Meld u af en meld u aan met een beheerdersaccount, of vraag een globale beheerder u de rol factureringsbeheerder te geven.</translation>
    </message>
</context>
<context>
    <name>SignInPromptView</name>
    <message>
        <source>Sign-in code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Aanmeldpagina &amp;openen</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>&amp;Link kopiëren</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; and enter this code by {time}. Then sign in with your administrator account.</source>
        <translation>Open op dit of een ander apparaat &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; en voer deze code in vóór {time}. Meld u daarna aan met uw beheerdersaccount.</translation>
    </message>
    <message>
        <source>Your web browser shows Microsoft&apos;s sign-in page. Finish signing in there; Cancel365 continues by itself. If no browser window appeared, copy the link into a browser.</source>
        <translation>Uw webbrowser toont de aanmeldpagina van Microsoft. Rond daar de aanmelding af; Cancel365 gaat vanzelf verder. Verscheen er geen browservenster, kopieer de link dan naar een browser.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Try &amp;again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <source>Which subscription do you want to cancel?</source>
        <translation>Welk abonnement wilt u annuleren?</translation>
    </message>
    <message>
        <source>Pick one. The wizard tells you which way out applies to it.</source>
        <translation>Kies er één. De wizard vertelt u hoe u het kunt annuleren.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Licences assigned</source>
        <translation>Toegewezen licenties</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Proef</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Volgende wijziging</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>This subscription was bought with a &amp;product key</source>
        <translation>Dit abonnement is gekocht met een product&amp;sleutel</translation>
    </message>
    <message>
        <source>&amp;Remove licences…</source>
        <translation>Licenties &amp;verwijderen…</translation>
    </message>
    <message>
        <source>On a real tenant this list comes from your organization&apos;s billing: every subscription with its licences. Choosing one changes nothing. Only Remove licences changes the tenant: those users lose the apps of that subscription at once (their mail and files stay until it ends). What can go wrong: a subscription bought through a partner or with a product key cannot be cancelled online, and cancelling early may cost a fee.</source>
        <translation>Bij een echte tenant komt deze lijst uit de facturering van uw organisatie: elk abonnement met zijn licenties. Er een kiezen wijzigt niets. Alleen Licenties verwijderen wijzigt de tenant: die gebruikers verliezen meteen de apps van dat abonnement (hun mail en bestanden blijven tot het afloopt). Wat er mis kan gaan: een abonnement dat via een partner of met een productcode is gekocht, kan niet online worden geannuleerd, en vroegtijdig annuleren kan een boete kosten.</translation>
    </message>
    <message>
        <source>Reading subscriptions and licences…</source>
        <translation>Abonnementen en licenties lezen…</translation>
    </message>
    <message>
        <source>{0} assigned across {1} subscriptions of this product; this one has {2}</source>
        <translation>{0} toegewezen over {1} abonnementen op dit product; dit abonnement heeft er {2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expired (grace period)</source>
        <translation>Verlopen (respijtperiode)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Open the &amp;report</source>
        <translation>&amp;Rapport openen</translation>
    </message>
    <message>
        <source>Remove the backup &amp;app registration</source>
        <translation>De back-up-&amp;app-registratie verwijderen</translation>
    </message>
    <message>
        <source>C&amp;hange what to back up</source>
        <translation>&amp;Wijzigen waarvan een back-up wordt gemaakt</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: only the changes were fetched ({1} files).</source>
        <translation>Deze run heeft de back-up van {0} bijgewerkt: alleen de wijzigingen zijn opgehaald ({1} bestanden).</translation>
    </message>
    <message>
        <source>Not downloadable (files Microsoft 365 blocks or does not hand out, and shortcuts; the report gives the reason): {0}.</source>
        <translation>Niet te downloaden (bestanden die Microsoft 365 blokkeert of niet uitgeeft, en snelkoppelingen; het rapport geeft de reden): {0}.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during or since the backup (a copy made before is kept): {0}.</source>
        <translation>Verwijderd in Microsoft 365 tijdens of na de back-up (een eerder gemaakte kopie blijft bewaard): {0}.</translation>
    </message>
    <message>
        <source>Failed: {0}. The report says why; start again to retry them.</source>
        <translation>Mislukt: {0}. Het rapport vermeldt waarom; start opnieuw om ze nog eens te proberen.</translation>
    </message>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, choose &quot;Set up backup access for me&quot; and start again: what is verified stays.</source>
        <translation>Gebruikers en sites weggelaten, omdat deze toegang hun bestanden niet kan openen: {0}. Kies &quot;Back-uptoegang voor mij instellen&quot; om ze mee te nemen en start opnieuw: wat al gecontroleerd is, blijft.</translation>
    </message>
    <message>
        <source>Cancelled. Start again to resume where it stopped.</source>
        <translation>Geannuleerd. Start opnieuw om verder te gaan waar hij stopte.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>De back-up is volledig.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>De back-up is onvolledig.</translation>
    </message>
    <message>
        <source>The report: {0}</source>
        <translation>Het rapport: {0}</translation>
    </message>
    <message>
        <source>The files report lists the mail per mailbox; the mail report: {0}</source>
        <translation>Het rapport van de bestanden toont de e-mail per postvak; het e-mailrapport: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No dates yet.</source>
        <translation>Nog geen datums.</translation>
    </message>
</context>
<context>
    <name>UserNoticeDialog</name>
    <message>
        <source>Message to your users</source>
        <translation>Bericht aan uw gebruikers</translation>
    </message>
    <message>
        <source>for example Fastmail or Google Workspace</source>
        <translation>bijvoorbeeld Fastmail of Google Workspace</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Berichttekst</translation>
    </message>
    <message>
        <source>Edit the text as you like. Recipients (Bcc): {0}, the users whose addresses are on {1}.</source>
        <translation>Pas de tekst naar wens aan. Ontvangers (Bcc): {0}, de gebruikers met een adres op {1}.</translation>
    </message>
    <message>
        <source>&amp;Mail moves on:</source>
        <translation>&amp;E-mail verhuist op:</translation>
    </message>
    <message>
        <source>&amp;New mail provider:</source>
        <translation>&amp;Nieuwe e-mailprovider:</translation>
    </message>
    <message>
        <source>Ol&amp;d mail:</source>
        <translation>Oude e-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>I move it for them with Cancel365</source>
        <translation>Ik verplaats hem voor hen met Cancel365</translation>
    </message>
    <message>
        <source>They move it themselves</source>
        <translation>Ze verplaatsen hem zelf</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Openen in e-mail&amp;programma</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>Tekst &amp;herstellen</translation>
    </message>
    <message>
        <source>Copied: paste it into your mail program.</source>
        <translation>Gekopieerd: plak het in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>The message is long: some mail programs cut it. If it arrives incomplete, use Copy instead.</source>
        <translation>Het bericht is lang: sommige e-mailprogramma&apos;s korten het in. Komt het onvolledig aan, gebruik dan Kopiëren.</translation>
    </message>
    <message>
        <source>You edited the text, so it was not changed. Use Reset text to fill in the new date and provider.</source>
        <translation>U hebt de tekst bewerkt, dus die is niet gewijzigd. Gebruik Tekst herstellen om de nieuwe datum en provider in te vullen.</translation>
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
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Belangrijke datums</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Last time ({when}) you got to the {page} step for {tenant}.</source>
        <translation>De vorige keer ({when}) kwam u tot de stap {page} voor {tenant}.</translation>
    </message>
    <message>
        <source>Subscription: {0}</source>
        <translation>Abonnement: {0}</translation>
    </message>
    <message>
        <source>Domains checked: {0}</source>
        <translation>Gecontroleerde domeinen: {0}</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>Back-upmap: {0}</translation>
    </message>
    <message>
        <source>You sign in again; these choices are filled in for you.</source>
        <translation>U meldt zich opnieuw aan; deze keuzes worden voor u ingevuld.</translation>
    </message>
    <message>
        <source>Leave Microsoft 365 without losing mail or files</source>
        <translation>Weg uit Microsoft 365 zonder e-mail of bestanden kwijt te raken</translation>
    </message>
    <message>
        <source>The admin center has a Cancel button. This wizard does everything around it, in the right order.</source>
        <translation>Het beheercentrum heeft een knop om te annuleren. Deze wizard doet alles daaromheen, in de juiste volgorde.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Waar u gebleven was</translation>
    </message>
    <message>
        <source>Con&amp;tinue where I left off</source>
        <translation>&amp;Verder waar ik gebleven was</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>Sign in as an administrator and pick the subscription to cancel. The wizard tells you whether it can be cancelled online.</source>
        <translation>Meld u aan als beheerder en kies het abonnement dat u wilt annuleren. De wizard vertelt u of het online kan worden geannuleerd.</translation>
    </message>
    <message>
        <source>Move your custom domain: check which DNS records still point at Microsoft 365 and change them, mail (MX) first.</source>
        <translation>Verhuis uw eigen domein: controleer welke DNS-records nog naar Microsoft 365 verwijzen en wijzig ze, e-mail (MX) eerst.</translation>
    </message>
    <message>
        <source>Back up every OneDrive and SharePoint library, verified file by file.</source>
        <translation>Maak een back-up van elke OneDrive- en SharePoint-bibliotheek, per bestand gecontroleerd.</translation>
    </message>
    <message>
        <source>See the key dates: when access ends and when data is deleted.</source>
        <translation>Bekijk de belangrijke datums: wanneer de toegang stopt en wanneer gegevens worden verwijderd.</translation>
    </message>
    <message>
        <source>Cancel in the admin center with step-by-step help, then get proof that it worked and a record of everything done.</source>
        <translation>Annuleer in het beheercentrum met stapsgewijze hulp en krijg daarna bewijs dat het gelukt is, plus een verslag van alles wat is gedaan.</translation>
    </message>
    <message>
        <source>What happens, step by step:</source>
        <translation>Wat er gebeurt, stap voor stap:</translation>
    </message>
    <message>
        <source>Why this order: once a subscription is cancelled, mail sent to your domain bounces while the domain still points at Microsoft 365, and files left behind are deleted 90 to 180 days later.</source>
        <translation>Waarom deze volgorde: na het annuleren van een abonnement komt e-mail aan uw domein als onbestelbaar terug zolang het domein nog naar Microsoft 365 verwijst, en achtergelaten bestanden worden 90 tot 180 dagen later verwijderd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo tenant.&lt;/b&gt; You are exploring with a made-up bakery, Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account.</source>
        <translation>&lt;b&gt;Demotenant.&lt;/b&gt; U verkent met een verzonnen bakkerij, Lille Bager ApS. Niets wat u hier doet, raakt een echt Microsoft 365-account.</translation>
    </message>
    <message>
        <source>You will sign in to your organization&apos;s Microsoft 365 as a Global or Billing Administrator. Nothing is changed without asking you first.</source>
        <translation>U meldt zich aan bij Microsoft 365 van uw organisatie als globale beheerder of factureringsbeheerder. Er wordt niets gewijzigd zonder het u eerst te vragen.</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: the Sign-in page guides you through creating it (about five minutes). To explore first, run &lt;b&gt;cancel365 --demo&lt;/b&gt;.</source>
        <translation>Cancel365 meldt zich aan als de eigen app-registratie van uw organisatie: de aanmeldpagina helpt u die te maken (ongeveer vijf minuten). Wilt u eerst rondkijken, start dan &lt;b&gt;cancel365 --demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing. The wizard then works on your organization&apos;s live Microsoft 365: it reads first and asks before every change (licences, a domain, a backup app registration). The order matters: move mail, back up, and only then cancel; cancelling first bounces mail and starts the deletion clock for your files.</source>
        <translation>Bij een echte tenant verandert deze pagina niets. De wizard werkt dan in de echte Microsoft 365 van uw organisatie: hij leest eerst en vraagt het vóór elke wijziging (licenties, een domein, een app-registratie voor de back-up). De volgorde is belangrijk: verhuis de mail, maak een back-up en annuleer pas daarna; annuleert u eerst, dan komt mail terug en begint de termijn waarna uw bestanden worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Acknowledged: {0}</source>
        <translation>Bevestigd: {0}</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Oplossen: {0}</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Reden wijzigen…</translation>
    </message>
    <message>
        <source>Acknowledge: {0}</source>
        <translation>Bevestigen: {0}</translation>
    </message>
    <message>
        <source>I have told the &amp;users</source>
        <translation>Ik heb het de &amp;gebruikers verteld</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Gedaan</translation>
    </message>
    <message>
        <source>✖ Not done</source>
        <translation>✖ Niet gedaan</translation>
    </message>
    <message>
        <source>! Acknowledged</source>
        <translation>! Bevestigd</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Your computer&apos;s password store (keyring) is locked, so Cancel365 cannot open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or log out and in again; on macOS: unlock the login keychain), then try again.</source>
        <translation>De wachtwoordkluis (keyring) van uw computer is vergrendeld, dus Cancel365 kan uw opgeslagen aanmelding niet openen. Ontgrendel die (op Linux: open Wachtwoorden en sleutels, of meld u af en opnieuw aan; op macOS: ontgrendel de sleutelhanger login) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to read Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>De wachtwoordkluis (keyring) van uw computer weigerde de sleutel van Cancel365 te lezen. Controleer of die werkt (bijvoorbeeld in Wachtwoorden en sleutels of Sleutelhangertoegang) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to store Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>De wachtwoordkluis (keyring) van uw computer weigerde de sleutel van Cancel365 op te slaan. Controleer of die werkt (bijvoorbeeld in Wachtwoorden en sleutels of Sleutelhangertoegang) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to remove Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>De wachtwoordkluis (keyring) van uw computer weigerde de sleutel van Cancel365 te verwijderen. Controleer of die werkt (bijvoorbeeld in Wachtwoorden en sleutels of Sleutelhangertoegang) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to {0}. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>De wachtwoordkluis (keyring) van uw computer weigerde een handeling ({0}). Controleer of die werkt (bijvoorbeeld in Wachtwoorden en sleutels of Sleutelhangertoegang) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Cancel365 needs the client ID of your organization&apos;s own app registration to sign in. Open Settings and enter it (docs/app-registration.md explains how to create one in five minutes).</source>
        <translation>Cancel365 heeft de client-id van de eigen app-registratie van uw organisatie nodig om zich aan te melden. Open Instellingen en vul die in (docs/app-registration.md legt uit hoe u er in vijf minuten een maakt).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Sign in again when you are ready.</source>
        <translation>De aanmelding is geannuleerd. Meld u opnieuw aan wanneer u klaar bent.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {0} min, so it was stopped. Sign in again and finish it in the browser (or with the code) in time.</source>
        <translation>De aanmelding is niet binnen {0} min afgerond en is daarom gestopt. Meld u opnieuw aan en rond de aanmelding op tijd af in de browser (of met de code).</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Go back to the Sign-in page and sign in again.</source>
        <translation>Uw aanmelding is verlopen of ingetrokken. Ga terug naar de pagina Aanmelden en meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>This step needs the permission {0}. Sign in again when asked and accept it; nothing was changed.</source>
        <translation>Voor deze stap is de machtiging {0} nodig. Meld u opnieuw aan wanneer daarom wordt gevraagd en accepteer die; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Your organization does not know this app&apos;s client ID. Check the client ID (Application (client) ID on the app&apos;s Overview page) in Settings, or register the app with Register Cancel365 in your organization on the Sign-in page.</source>
        <translation>Uw organisatie kent de client-id van deze app niet. Controleer de client-id (Toepassings-id (client) op de pagina Overzicht van de app) bij Instellingen, of registreer de app met Cancel365 registreren in uw organisatie op de aanmeldpagina.</translation>
    </message>
    <message>
        <source>This client ID belongs to a Microsoft app that Cancel365 may not use. Register your own app (docs/app-registration.md) and enter its client ID.</source>
        <translation>Deze client-id hoort bij een Microsoft-app die Cancel365 niet mag gebruiken. Registreer uw eigen app (docs/app-registration.md) en vul de client-id daarvan in.</translation>
    </message>
    <message>
        <source>The app registration is missing the redirect address http://localhost. Add it under Authentication → Mobile and desktop applications.</source>
        <translation>De app-registratie mist het omleidingsadres http://localhost. Voeg het toe onder Authentication → Mobile and desktop applications.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows. Turn on &apos;Allow public client flows&apos; under Authentication.</source>
        <translation>De app-registratie staat geen openbare clientstromen toe. Zet &apos;Allow public client flows&apos; aan onder Authentication.</translation>
    </message>
    <message>
        <source>The app registration is single-tenant. Enter your tenant ID or domain under Settings → Tenant.</source>
        <translation>De app-registratie is voor één tenant. Vul uw tenant-id of domein in bij Instellingen → Tenant.</translation>
    </message>
    <message>
        <source>This account is not in your organization. Sign in with a work account of the organization whose subscription you want to cancel.</source>
        <translation>Dit account hoort niet bij uw organisatie. Meld u aan met een werkaccount van de organisatie waarvan u het abonnement wilt annuleren.</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot manage a business subscription. Sign in with a work account.</source>
        <translation>Persoonlijke Microsoft-accounts kunnen geen zakelijk abonnement beheren. Meld u aan met een werkaccount.</translation>
    </message>
    <message>
        <source>The permissions were not granted. Sign in again and accept the permissions Cancel365 asks for.</source>
        <translation>De machtigingen zijn niet verleend. Meld u opnieuw aan en accepteer de machtigingen waar Cancel365 om vraagt.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Sign in again.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service refused the sign-in: {0} Try again; if it keeps happening, check the app registration (docs/app-registration.md).</source>
        <translation>De aanmeldservice van Microsoft weigerde de aanmelding: {0} Probeer het opnieuw; blijft het gebeuren, controleer dan de app-registratie (docs/app-registration.md).</translation>
    </message>
    <message>
        <source>Could not reach Microsoft&apos;s sign-in service ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Kon de aanmeldservice van Microsoft niet bereiken ({0}). Controleer de internetverbinding en een eventuele proxy en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The backup app registration&apos;s client secret has expired. Set up backup access again (or add a new secret to your app registration).</source>
        <translation>Het clientgeheim van de app-registratie voor de back-up is verlopen. Stel de back-uptoegang opnieuw in (of voeg een nieuw geheim toe aan uw app-registratie).</translation>
    </message>
    <message>
        <source>Microsoft does not accept the backup app registration&apos;s client ID or secret (yet). A just-created app registration can take a few minutes to work everywhere; otherwise check the tenant, client ID and secret.</source>
        <translation>Microsoft accepteert de client-id of het geheim van de app-registratie voor de back-up (nog) niet. Een net gemaakte app-registratie kan een paar minuten nodig hebben voordat die overal werkt; controleer anders de tenant, de client-id en het geheim.</translation>
    </message>
    <message>
        <source>Microsoft refused the backup app registration: {0} Check the tenant, client ID and secret, or set up backup access again.</source>
        <translation>Microsoft weigerde de app-registratie voor de back-up: {0} Controleer de tenant, de client-id en het geheim, of stel de back-uptoegang opnieuw in.</translation>
    </message>
    <message>
        <source>The backup access settings are not usable ({0}). Check the tenant.</source>
        <translation>De instellingen voor de back-uptoegang zijn onbruikbaar ({0}). Controleer de tenant.</translation>
    </message>
    <message>
        <source>The demo tenant did not answer ({0}). Restart Cancel365 --demo.</source>
        <translation>De demotenant gaf geen antwoord ({0}). Start Cancel365 --demo opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in settings are not usable ({0}). Check the tenant in Settings.</source>
        <translation>De aanmeldinstellingen zijn onbruikbaar ({0}). Controleer de tenant onder Instellingen.</translation>
    </message>
    <message>
        <source>The answer from Microsoft&apos;s sign-in service did not pass Cancel365&apos;s checks, so it was not used. Sign in again.</source>
        <translation>Het antwoord van de aanmeldservice van Microsoft doorstond de controles van Cancel365 niet en is daarom niet gebruikt. Meld u opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup needs about {0} but {1} has only {2} free. Free up {3}, choose a larger destination, or deselect some users or sites.</source>
        <translation>De back-up heeft ongeveer {0} nodig, maar {1} heeft maar {2} vrij. Maak {3} vrij, kies een plek met meer ruimte of deselecteer enkele gebruikers of sites.</translation>
    </message>
    <message>
        <source>The destination {0} is full. The backup stopped; files already verified are kept. Free up space (or choose a larger drive) and start the backup again: it resumes where it stopped.</source>
        <translation>Er is geen ruimte meer in {0}. De back-up is gestopt; al gecontroleerde bestanden blijven bewaard. Maak ruimte vrij (of kies een grotere schijf) en start de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Cancel365 may not write to {0}. Choose a folder you can write to, or fix its permissions, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 mag niet schrijven in {0}. Kies een map waarin u kunt schrijven, of pas de machtigingen van de map aan, en start daarna de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>The destination {0} is no longer there (was a disk unplugged?). Reconnect it and start the backup again: it resumes where it stopped.</source>
        <translation>De map {0} is er niet meer (is er een schijf losgekoppeld?). Sluit die weer aan en start de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Cancel365 could not reach Microsoft 365&apos;s file servers for {0} min ({1}). The backup stopped; files verified so far are kept. Check the network connection, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 kon de bestandsservers van Microsoft 365 {0} min lang niet bereiken ({1}). De back-up is gestopt; de tot nu toe gecontroleerde bestanden blijven bewaard. Controleer de netwerkverbinding en start daarna de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Writing to {0} failed ({1}). Check the destination, then start the backup again: it resumes where it stopped.</source>
        <translation>Schrijven naar {0} is mislukt ({1}). Controleer de map en start daarna de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} cannot be used ({1}). Move {2} away to start afresh, or choose another destination.</source>
        <translation>Het manifest van de back-up in {0} is onbruikbaar ({1}). Verplaats {2} naar elders om opnieuw te beginnen, of kies een andere map.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} could not be written ({1}). Check the destination, then start the backup again.</source>
        <translation>Het manifest van de back-up in {0} kon niet worden geschreven ({1}). Controleer de map en start daarna de back-up opnieuw.</translation>
    </message>
    <message>
        <source>has no OneDrive</source>
        <translation>heeft geen OneDrive</translation>
    </message>
    <message>
        <source>cannot be opened with this sign-in (set up backup access to include it)</source>
        <translation>kan met deze aanmelding niet worden geopend (stel back-uptoegang in om die mee te nemen)</translation>
    </message>
    <message>
        <source>its libraries cannot be opened with this sign-in</source>
        <translation>de bibliotheken van deze site kunnen met deze aanmelding niet worden geopend</translation>
    </message>
    <message>
        <source>Waiting for Microsoft to activate the new app registration ({0} s so far; this can take a few minutes)…</source>
        <translation>Wachten tot Microsoft de nieuwe app-registratie activeert ({0} s tot nu toe; dit kan een paar minuten duren)…</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s ID or its domain (for example contoso.onmicrosoft.com).</source>
        <translation>Voer de id of het domein van uw tenant in (bijvoorbeeld contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-…; copy it from the app registration&apos;s Overview page.</source>
        <translation>De client-id is een GUID zoals 1b2c3d4e-…; kopieer die van de overzichtspagina van de app-registratie.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s value (not its ID).</source>
        <translation>Voer de waarde van het clientgeheim in (niet de id ervan).</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>De app-registratie controleren…</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>De back-uptoegang van de vorige keer controleren…</translation>
    </message>
    <message>
        <source>Finding Microsoft Graph&apos;s permissions in your tenant</source>
        <translation>De machtigingen van Microsoft Graph in uw tenant zoeken</translation>
    </message>
    <message>
        <source>Microsoft Graph in this tenant does not offer {0}. Use an existing app registration instead.</source>
        <translation>Microsoft Graph biedt in deze tenant geen {0}. Gebruik in plaats daarvan een bestaande app-registratie.</translation>
    </message>
    <message>
        <source>Creating the app registration</source>
        <translation>De app-registratie maken</translation>
    </message>
    <message>
        <source>Creating its service principal</source>
        <translation>De service-principal van de app maken</translation>
    </message>
    <message>
        <source>Granting admin consent for {0}</source>
        <translation>Beheerderstoestemming verlenen voor {0}</translation>
    </message>
    <message>
        <source>Adding a client secret that expires in 7 days</source>
        <translation>Een clientgeheim toevoegen dat na 7 dagen verloopt</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s service principal was not found in this tenant. Use an existing app registration instead.</source>
        <translation>De service-principal van Microsoft Graph is niet gevonden in deze tenant. Gebruik in plaats daarvan een bestaande app-registratie.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup; the copy made before is kept.</source>
        <translation>Verwijderd in Microsoft 365 tijdens de back-up; de eerder gemaakte kopie blijft bewaard.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup; the copy made then is kept.</source>
        <translation>Verwijderd in Microsoft 365 sinds de vorige back-up; de toen gemaakte kopie blijft bewaard.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup.</source>
        <translation>Verwijderd in Microsoft 365 sinds de vorige back-up.</translation>
    </message>
    <message>
        <source>No longer in Microsoft 365 (deleted since the last backup); the copy made then is kept.</source>
        <translation>Niet meer in Microsoft 365 (verwijderd sinds de vorige back-up); de toen gemaakte kopie blijft bewaard.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}), and {2} Office files kept as SharePoint changed them after upload (not corruption): {3} files in the backup.</source>
        <translation>Gecontroleerde bestanden: {0} ({1}), en {2} Office-bestanden bewaard zoals SharePoint ze na het uploaden wijzigde (niet beschadigd): {3} bestanden in de back-up.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}).</source>
        <translation>Gecontroleerde bestanden: {0} ({1}).</translation>
    </message>
    <message>
        <source>Updating the backup from {0}</source>
        <translation>De back-up van {0} wordt bijgewerkt</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log. Start the backup again to resume.</source>
        <translation>Cancel365 liep tegen een onverwachte fout aan ({0}); zie het logboek. Start de back-up opnieuw: hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>The new app registration still does not work after {0} min: Microsoft can take a while to activate it everywhere. Wait a few minutes, then choose Try again (nothing needs to be set up again).</source>
        <translation>De nieuwe app-registratie werkt na {0} min nog steeds niet: het kan even duren voordat Microsoft die overal heeft geactiveerd. Wacht een paar minuten en kies dan Opnieuw proberen (er hoeft niets opnieuw te worden ingesteld).</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log.</source>
        <translation>Cancel365 liep tegen een onverwachte fout aan ({0}); zie het logboek.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no download link for this file.</source>
        <translation>Microsoft 365 gaf geen downloadlink voor dit bestand.</translation>
    </message>
    <message>
        <source>Microsoft 365 kept refusing the download link for this file.</source>
        <translation>Microsoft 365 bleef de downloadlink voor dit bestand weigeren.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup.</source>
        <translation>Verwijderd in Microsoft 365 tijdens de back-up.</translation>
    </message>
    <message>
        <source>a range the server did not honour</source>
        <translation>de server hield zich niet aan het gevraagde bytebereik</translation>
    </message>
    <message>
        <source>the connection failed: {0}</source>
        <translation>de verbinding is mislukt: {0}</translation>
    </message>
    <message>
        <source>Microsoft 365 kept asking this app to slow down; try again later.</source>
        <translation>Microsoft 365 bleef deze app vragen om het rustiger aan te doen; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The download answered HTTP {0}.</source>
        <translation>De download gaf HTTP {0} als antwoord.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the download of this file: it found malware in it ({0}).</source>
        <translation>Microsoft 365 blokkeert het downloaden van dit bestand: het vond malware erin ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with a web page (HTTP {0}) instead of the file; it does not hand this file out.</source>
        <translation>Microsoft 365 antwoordde met een webpagina (HTTP {0}) in plaats van het bestand; het geeft dit bestand niet uit.</translation>
    </message>
    <message>
        <source>The download kept failing ({0}).</source>
        <translation>De download bleef mislukken ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no hash: size checked only.</source>
        <translation>Microsoft 365 gaf geen hash: alleen de grootte is gecontroleerd.</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in libraries, so the downloaded file ({0} bytes) differs from the listed one ({1} bytes). This is expected; the file was kept.</source>
        <translation>SharePoint voegt eigen eigenschappen toe aan Office-bestanden in bibliotheken, dus het gedownloade bestand ({0} bytes) verschilt van het vermelde ({1} bytes). Dit is te verwachten; het bestand is bewaard.</translation>
    </message>
    <message>
        <source>The downloaded bytes did not match Microsoft 365&apos;s quickXorHash {0} times (got {1} of {2} bytes); the file was not kept.</source>
        <translation>De gedownloade bytes kwamen {0} keer niet overeen met de quickXorHash van Microsoft 365 ({1} van {2} bytes ontvangen); het bestand is niet bewaard.</translation>
    </message>
    <message>
        <source>Microsoft 365 named no folder for this item, so it was placed at the top of the drive.</source>
        <translation>Microsoft 365 noemde geen map voor dit item, dus het is bovenaan het station gezet.</translation>
    </message>
    <message>
        <source>Microsoft 365 lists no file content for this item.</source>
        <translation>Microsoft 365 vermeldt geen bestandsinhoud voor dit item.</translation>
    </message>
    <message>
        <source>Microsoft 365 found malware in this file and blocks its download ({0}).</source>
        <translation>Microsoft 365 vond malware in dit bestand en blokkeert het downloaden ervan ({0}).</translation>
    </message>
    <message>
        <source>A shortcut to an item in {0}; its files are backed up with that drive, not here.</source>
        <translation>Een snelkoppeling naar een item in {0}; de bestanden worden met dat station geback-upt, niet hier.</translation>
    </message>
    <message>
        <source>A shortcut to an item in another drive ({0}); its files are backed up with that drive, not here.</source>
        <translation>Een snelkoppeling naar een item in een ander station ({0}); de bestanden worden met dat station geback-upt, niet hier.</translation>
    </message>
    <message>
        <source>Microsoft 365 hands out no download for this part of a OneNote notebook; open the notebook in OneNote to export it.</source>
        <translation>Microsoft 365 biedt geen download van dit deel van een OneNote-notitieblok; open het notitieblok in OneNote om het te exporteren.</translation>
    </message>
    <message>
        <source>The backup stopped unexpectedly. Start it again: files verified so far are kept and it resumes where it stopped.</source>
        <translation>De back-up stopte onverwacht. Start hem opnieuw: bestanden die al gecontroleerd zijn blijven bewaard en hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>a part ended short</source>
        <translation>een deel eindigde te vroeg</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>{n} licences are assigned; Microsoft support cancels it for you (more than {limit} licences).</source>
        <translation>Er zijn {n} licenties toegewezen; Microsoft-ondersteuning annuleert het voor u (meer dan {limit} licenties).</translation>
    </message>
    <message>
        <source>Bought with a product key: Microsoft support cancels it ({n} licences assigned).</source>
        <translation>Gekocht met een productsleutel: Microsoft-ondersteuning annuleert het ({n} licenties toegewezen).</translation>
    </message>
    <message>
        <source>This product is cancelled by Microsoft support ({n} licences assigned).</source>
        <translation>Dit product wordt door Microsoft-ondersteuning geannuleerd ({n} licenties toegewezen).</translation>
    </message>
    <message>
        <source>Bought through a partner: the partner cancels it ({n} licences assigned).</source>
        <translation>Gekocht via een partner: de partner annuleert het ({n} licenties toegewezen).</translation>
    </message>
    <message>
        <source>Licences: {0} or fewer assigned, or the support path</source>
        <translation>Licenties: {0} of minder toegewezen, of de weg via ondersteuning</translation>
    </message>
    <message>
        <source>No subscription is chosen.</source>
        <translation>Er is geen abonnement gekozen.</translation>
    </message>
    <message>
        <source>read from Microsoft 365 at {0}</source>
        <translation>gelezen uit Microsoft 365 om {0}</translation>
    </message>
    <message>
        <source>as read on the Subscription page</source>
        <translation>zoals gelezen op de pagina Abonnement</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}).</source>
        <translation>{0} licenties toegewezen ({1}).</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}): remove {2} more, or choose support.</source>
        <translation>{0} licenties toegewezen ({1}): verwijder er nog {2}, of kies ondersteuning.</translation>
    </message>
    <message>
        <source>Custom domains removed</source>
        <translation>Eigen domeinen verwijderd</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains could not be read: {0}</source>
        <translation>De domeinen van de tenant konden niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The tenant has no custom domain (read from Microsoft 365 at {0}).</source>
        <translation>De tenant heeft geen eigen domein (gelezen uit Microsoft 365 om {0}).</translation>
    </message>
    <message>
        <source>{0}: mail (MX) and DNS (NS) no longer at Microsoft 365</source>
        <translation>{0}: mail (MX) en DNS (NS) niet meer bij Microsoft 365</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>Could not be checked at {0}: {1}</source>
        <translation>Kon niet worden gecontroleerd om {0}: {1}</translation>
    </message>
    <message>
        <source>Checked live at {0}: neither points at Microsoft 365.</source>
        <translation>Live gecontroleerd om {0}: geen van beide wijst naar Microsoft 365.</translation>
    </message>
    <message>
        <source>Checked live at {0}: {1} still at Microsoft 365 (or unknown).</source>
        <translation>Live gecontroleerd om {0}: {1} nog bij Microsoft 365 (of onbekend).</translation>
    </message>
    <message>
        <source>{0}: removed from the tenant</source>
        <translation>{0}: verwijderd uit de tenant</translation>
    </message>
    <message>
        <source>Microsoft 365 still lists it (read at {0}).</source>
        <translation>Microsoft 365 vermeldt het nog (gelezen om {0}).</translation>
    </message>
    <message>
        <source>Not in the tenant&apos;s domains (read from Microsoft 365 at {0}).</source>
        <translation>Niet bij de domeinen van de tenant (gelezen uit Microsoft 365 om {0}).</translation>
    </message>
    <message>
        <source>Removed at {0}.</source>
        <translation>Verwijderd om {0}.</translation>
    </message>
    <message>
        <source>Backup complete and verified</source>
        <translation>Back-up volledig en geverifieerd</translation>
    </message>
    <message>
        <source>No backup was made in this wizard.</source>
        <translation>Er is in deze wizard geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest was not read.</source>
        <translation>Het manifest van de back-up is niet gelezen.</translation>
    </message>
    <message>
        <source>From the manifest: {0} files verified, {1} not downloadable, {2} failed, {3} not finished.</source>
        <translation>Uit het manifest: {0} bestanden geverifieerd, {1} niet te downloaden, {2} mislukt, {3} niet klaar.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-mail verplaatst naar de nieuwe provider</translation>
    </message>
    <message>
        <source>You chose to move the mail, but it was not moved yet.</source>
        <translation>U koos ervoor de e-mail te verplaatsen, maar hij is nog niet verplaatst.</translation>
    </message>
    <message>
        <source>Every message is at the new provider (users: {0}; counted there at {1}).</source>
        <translation>Elk bericht staat bij de nieuwe provider (gebruikers: {0}; daar geteld om {1}).</translation>
    </message>
    <message>
        <source>Not complete for {0}: see the mail move report.</source>
        <translation>Niet compleet voor {0}: zie het rapport van de e-mailverplaatsing.</translation>
    </message>
    <message>
        <source>Users told when their mail and files stop</source>
        <translation>Gebruikers verteld wanneer hun mail en bestanden stoppen</translation>
    </message>
    <message>
        <source>You ticked that you told them.</source>
        <translation>U hebt aangevinkt dat u het hun hebt verteld.</translation>
    </message>
    <message>
        <source>Tick the box when you have told them.</source>
        <translation>Vink het vakje aan als u het hun hebt verteld.</translation>
    </message>
    <message>
        <source>Key dates reviewed</source>
        <translation>Belangrijke datums bekeken</translation>
    </message>
    <message>
        <source>Reviewed at {0}.</source>
        <translation>Bekeken om {0}.</translation>
    </message>
    <message>
        <source>The key dates have not been reviewed.</source>
        <translation>De belangrijke datums zijn niet bekeken.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} is not there any more. Was the backup folder moved or deleted?</source>
        <translation>Het manifest van de back-up {0} is er niet meer. Is de back-upmap verplaatst of verwijderd?</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} could not be read ({1}).</source>
        <translation>Het manifest van de back-up {0} kon niet worden gelezen ({1}).</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Leaving {0}</source>
        <translation>{0} verlaten</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {0} ({1}). Choose another folder and export again.</source>
        <translation>Het agendabestand kon niet worden geschreven naar {0} ({1}). Kies een andere map en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation>Proefversie verloopt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Termijn eindigt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Refund window closes</source>
        <translation>Laatste dag voor terugbetaling</translation>
    </message>
    <message>
        <source>Term would end</source>
        <translation>Termijn zou eindigen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Data may be deleted</source>
        <translation>Gegevens kunnen worden verwijderd</translation>
    </message>
    <message>
        <source>Read-only ends</source>
        <translation>Alleen-lezen eindigt</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Gegevens verwijderd</translation>
    </message>
    <message>
        <source>You cancel in the admin center. Users lose access at once; the subscription is disabled.</source>
        <translation>U annuleert in het beheercentrum. Gebruikers verliezen meteen de toegang; het abonnement wordt uitgeschakeld.</translation>
    </message>
    <message>
        <source>The trial expires by itself. During the expired period that follows you can still buy it; then its data is deleted.</source>
        <translation>De proefversie verloopt vanzelf. Tijdens de verlopen periode daarna kunt u die nog kopen; daarna worden de gegevens verwijderd.</translation>
    </message>
    <message>
        <source>Expired: can still be renewed</source>
        <translation>Verlopen: kan nog worden verlengd</translation>
    </message>
    <message>
        <source>The subscription expired (estimated from its current state).</source>
        <translation>Het abonnement is verlopen (geschat op basis van de huidige status).</translation>
    </message>
    <message>
        <source>The term ends and is not renewed. Everyone keeps access for 30 more days (expired).</source>
        <translation>De termijn eindigt en wordt niet verlengd. Iedereen houdt nog 30 dagen toegang (verlopen).</translation>
    </message>
    <message>
        <source>The dates are counted from today.</source>
        <translation>De datums worden vanaf vandaag gerekend.</translation>
    </message>
    <message>
        <source>The last day to cancel with a prorated refund (7 days from the start).</source>
        <translation>De laatste dag om te annuleren met terugbetaling naar rato (7 dagen na de start).</translation>
    </message>
    <message>
        <source>The end of the current term, had you let it run.</source>
        <translation>Het einde van de huidige termijn, als u het had laten doorlopen.</translation>
    </message>
    <message>
        <source>Disabled: only admins can sign in, read-only. They can still back up.</source>
        <translation>Uitgeschakeld: alleen beheerders kunnen aanmelden, alleen-lezen. Ze kunnen nog een back-up maken.</translation>
    </message>
    <message>
        <source>From this day Microsoft may delete the data. Have your backup done before.</source>
        <translation>Vanaf deze dag kan Microsoft de gegevens verwijderen. Zorg dat uw back-up vóór die tijd klaar is.</translation>
    </message>
    <message>
        <source>The disabled period ends: admins can no longer reach the data.</source>
        <translation>De uitgeschakelde periode eindigt: beheerders kunnen niet meer bij de gegevens.</translation>
    </message>
    <message>
        <source>The data is deleted no later than this day.</source>
        <translation>De gegevens worden uiterlijk op deze dag verwijderd.</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(geschat)</translation>
    </message>
    <message>
        <source>Active: everyone has access</source>
        <translation>Actief: iedereen heeft toegang</translation>
    </message>
    <message>
        <source>Disabled: admins only, read-only</source>
        <translation>Uitgeschakeld: alleen beheerders, alleen-lezen</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Geen toegang</translation>
    </message>
    <message>
        <source>Data kept</source>
        <translation>Gegevens bewaard</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The demo tenant did not answer ({0}). Close the wizard and start the demo again.</source>
        <translation>De demotenant antwoordde niet ({0}). Sluit de wizard en start de demo opnieuw.</translation>
    </message>
    <message>
        <source>The demo tenant refused the cancellation (HTTP {0}).</source>
        <translation>De demotenant weigerde de annulering (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>dns</name>
    <message>
        <source>Couldn&apos;t check: {0}</source>
        <translation>Kon niet controleren: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>de resolver van het systeem</translation>
    </message>
    <message>
        <source>“{0}” is not a valid domain name. Type only the domain, like contoso.com.</source>
        <translation>“{0}” is geen geldige domeinnaam. Typ alleen het domein, zoals contoso.com.</translation>
    </message>
    <message>
        <source>{0} does not exist in DNS (NXDOMAIN). Check the spelling.</source>
        <translation>{0} bestaat niet in DNS (NXDOMAIN). Controleer de spelling.</translation>
    </message>
    <message>
        <source>{0} has no record of this type.</source>
        <translation>{0} heeft geen record van dit type.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for {0} (SERVFAIL). Try again later or choose another resolver.</source>
        <translation>De DNS-server kon niet antwoorden voor {0} (SERVFAIL). Probeer het later opnieuw of kies een andere resolver.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for {0}. Choose another resolver.</source>
        <translation>De DNS-server weigerde te antwoorden voor {0}. Kies een andere resolver.</translation>
    </message>
    <message>
        <source>No answer for {0} in time. Check the network connection or choose another resolver.</source>
        <translation>Geen tijdig antwoord voor {0}. Controleer de netwerkverbinding of kies een andere resolver.</translation>
    </message>
    <message>
        <source>{0} is a CNAME that leads back to itself (a loop). Fix it at your DNS host.</source>
        <translation>{0} is een CNAME die naar zichzelf terugleidt (een lus). Herstel dit bij uw DNS-host.</translation>
    </message>
    <message>
        <source>{0} accepts no mail: it has a null MX record (RFC 7505).</source>
        <translation>{0} accepteert geen e-mail: het heeft een null-MX-record (RFC 7505).</translation>
    </message>
    <message>
        <source>Could not ask DNS about {0}: no network or no resolver. Check the connection or choose another resolver.</source>
        <translation>Kon DNS niet vragen naar {0}: geen netwerk of geen resolver. Controleer de verbinding of kies een andere resolver.</translation>
    </message>
    <message>
        <source>The DNS server gave a malformed answer for {0}. Choose another resolver.</source>
        <translation>De DNS-server gaf een ongeldig antwoord voor {0}. Kies een andere resolver.</translation>
    </message>
    <message>
        <source>This domain accepts no mail (null MX, RFC 7505). If people should still mail it, add your new mail provider&apos;s MX record.</source>
        <translation>Dit domein accepteert geen e-mail (null-MX, RFC 7505). Moeten mensen er nog naar kunnen mailen, voeg dan het MX-record van uw nieuwe e-mailprovider toe.</translation>
    </message>
    <message>
        <source>Step 1: change MX to your new mail provider. Until then mail keeps going to Microsoft 365; after cancelling it bounces.</source>
        <translation>Stap 1: wijzig MX naar uw nieuwe e-mailprovider. Tot dan blijft e-mail naar Microsoft 365 gaan; na het annuleren komt die als onbestelbaar terug.</translation>
    </message>
    <message>
        <source>Microsoft 365 hosts this domain&apos;s DNS: the change takes effect only after the NS records move (step 2).</source>
        <translation>Microsoft 365 host de DNS van dit domein: de wijziging werkt pas als de NS-records zijn verhuisd (stap 2).</translation>
    </message>
    <message>
        <source>No MX record: mail to this domain cannot be delivered. Add your new mail provider&apos;s MX record.</source>
        <translation>Geen MX-record: e-mail aan dit domein kan niet worden bezorgd. Voeg het MX-record van uw nieuwe e-mailprovider toe.</translation>
    </message>
    <message>
        <source>Done: mail goes to your new provider.</source>
        <translation>Klaar: e-mail gaat naar uw nieuwe provider.</translation>
    </message>
    <message>
        <source>The zone&apos;s primary nameserver is Microsoft 365&apos;s; it moves with the NS records (step 2).</source>
        <translation>De primaire naamserver van de zone is van Microsoft 365; die verhuist met de NS-records (stap 2).</translation>
    </message>
    <message>
        <source>Nothing to do: the zone&apos;s primary nameserver is not Microsoft 365&apos;s.</source>
        <translation>Niets te doen: de primaire naamserver van de zone is niet van Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 2: Microsoft 365 hosts this domain&apos;s DNS. Recreate every record at your new DNS host, then change the NS records at your registrar.</source>
        <translation>Stap 2: Microsoft 365 host de DNS van dit domein. Maak elk record opnieuw aan bij uw nieuwe DNS-host en wijzig daarna de NS-records bij uw registrar.</translation>
    </message>
    <message>
        <source>No NS records found: ask your registrar which DNS host serves this domain.</source>
        <translation>Geen NS-records gevonden: vraag uw registrar welke DNS-host dit domein bedient.</translation>
    </message>
    <message>
        <source>Your DNS is hosted outside Microsoft 365: make the changes there.</source>
        <translation>Uw DNS wordt buiten Microsoft 365 gehost: breng de wijzigingen daar aan.</translation>
    </message>
    <message>
        <source>Step 3: remove include:spf.protection.outlook.com from this SPF record once mail has moved; add your new provider&apos;s include.</source>
        <translation>Stap 3: verwijder include:spf.protection.outlook.com uit dit SPF-record zodra de e-mail is verhuisd; voeg de include van uw nieuwe provider toe.</translation>
    </message>
    <message>
        <source>No SPF record. Add the one your new mail provider gives you.</source>
        <translation>Geen SPF-record. Voeg het record toe dat uw nieuwe e-mailprovider u geeft.</translation>
    </message>
    <message>
        <source>Nothing to do: SPF no longer includes Microsoft 365.</source>
        <translation>Niets te doen: SPF bevat Microsoft 365 niet meer.</translation>
    </message>
    <message>
        <source>Step 4: remove this Microsoft 365 verification record after removing the domain from Microsoft 365.</source>
        <translation>Stap 4: verwijder dit verificatierecord van Microsoft 365 nadat u het domein uit Microsoft 365 hebt verwijderd.</translation>
    </message>
    <message>
        <source>Keep it. Your new mail provider may suggest changes.</source>
        <translation>Laat het staan. Uw nieuwe e-mailprovider stelt misschien wijzigingen voor.</translation>
    </message>
    <message>
        <source>Step 3: remove it, or point it at your new provider&apos;s autodiscover, once mail has moved.</source>
        <translation>Stap 3: verwijder het, of laat het naar de autodiscover van uw nieuwe provider verwijzen, zodra de e-mail is verhuisd.</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 DKIM key once mail has moved; add your new provider&apos;s keys.</source>
        <translation>Stap 3: verwijder deze DKIM-sleutel van Microsoft 365 zodra de e-mail is verhuisd; voeg de sleutels van uw nieuwe provider toe.</translation>
    </message>
    <message>
        <source>Step 3: remove this Teams/Skype for Business record.</source>
        <translation>Stap 3: verwijder dit record voor Teams/Skype voor Bedrijven.</translation>
    </message>
    <message>
        <source>Step 3: remove this device-management record (Intune).</source>
        <translation>Stap 3: verwijder dit record voor apparaatbeheer (Intune).</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 record.</source>
        <translation>Stap 3: verwijder dit Microsoft 365-record.</translation>
    </message>
    <message>
        <source>Nothing to do: not present.</source>
        <translation>Niets te doen: niet aanwezig.</translation>
    </message>
    <message>
        <source>Nothing to do: no longer points at Microsoft 365.</source>
        <translation>Niets te doen: verwijst niet meer naar Microsoft 365.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answer.</source>
        <translation>De eigen naamservers van het domein worden nog gevraagd of ze hetzelfde antwoord geven.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer; only the resolver&apos;s answer is shown.</source>
        <translation>De eigen naamservers van het domein antwoordden niet; alleen het antwoord van de resolver wordt getoond.</translation>
    </message>
    <message>
        <source>The domain&apos;s nameservers agree.</source>
        <translation>De naamservers van het domein zijn het eens.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}. The resolver&apos;s cached answer expires at {1}.</source>
        <translation>Nog niet overal: {0}. Het antwoord in de cache van de resolver verloopt om {1}.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}.</source>
        <translation>Nog niet overal: {0}.</translation>
    </message>
    <message>
        <source>Tell your users the date their mail moves, then change the MX record to the new mail provider.</source>
        <translation>Vertel uw gebruikers op welke datum hun e-mail verhuist en wijzig daarna het MX-record naar de nieuwe e-mailprovider.</translation>
    </message>
    <message>
        <source>If Microsoft 365 hosts the DNS: recreate every record at the new DNS host, then change the NS records at the registrar.</source>
        <translation>Als Microsoft 365 de DNS host: maak elk record opnieuw aan bij de nieuwe DNS-host en wijzig daarna de NS-records bij de registrar.</translation>
    </message>
    <message>
        <source>Remove the remaining Microsoft 365 records (SPF include, autodiscover, DKIM…).</source>
        <translation>Verwijder de overige Microsoft 365-records (SPF-include, autodiscover, DKIM…).</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365.</source>
        <translation>Verwijder {0} uit Microsoft 365.</translation>
    </message>
    <message>
        <source>{0} records could not be checked ({1}). Try again, or choose another resolver.</source>
        <translation>{0} records konden niet worden gecontroleerd ({1}). Probeer het opnieuw of kies een andere resolver.</translation>
    </message>
    <message>
        <source>“{0}” is not a DNS server. Type an address like 1.1.1.1 or 127.0.0.1:5353.</source>
        <translation>“{0}” is geen DNS-server. Typ een adres zoals 1.1.1.1 of 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>Could not find the DNS server {0}. Check the name, or type its IP address.</source>
        <translation>Kon de DNS-server {0} niet vinden. Controleer de naam of typ het IP-adres ervan.</translation>
    </message>
    <message>
        <source>unexpected error ({0}). Run with --verbose for details.</source>
        <translation>onverwachte fout ({0}). Voer uit met --verbose voor details.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365 any more</source>
        <translation>niets verwijst nog naar Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>verwijst nog naar Microsoft 365</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
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
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Volgende stappen:</translation>
    </message>
    <message>
        <source>The DNS check stopped before it finished. Check again; if it keeps stopping, run “cancel365 dns your-domain” in a terminal to see why.</source>
        <translation>De DNS-controle stopte voordat hij klaar was. Controleer opnieuw; blijft hij stoppen, voer dan “cancel365 dns uw-domein” uit in een terminal om te zien waarom.</translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2} and {3} more). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} wordt nog gebruikt door gebruikers, groepen of apps, in totaal {1} ({2} en nog {3}). Wijzig hun adressen in het beheercentrum naar een ander domein (bijvoorbeeld het onmicrosoft.com-domein) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2}). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} wordt nog gebruikt door gebruikers, groepen of apps, in totaal {1} ({2}). Wijzig hun adressen in het beheercentrum naar een ander domein (bijvoorbeeld het onmicrosoft.com-domein) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Removing {0} needs the {1} permission, which this sign-in does not have. Sign in again and accept it (a Global Administrator or Domain Name Administrator can), or remove the domain in the admin center&apos;s Domains page.</source>
        <translation>Voor het verwijderen van {0} is de machtiging {1} nodig, en die heeft deze aanmelding niet. Meld u opnieuw aan en accepteer die (een globale beheerder of domeinnaambeheerder kan dat), of verwijder het domein op de pagina Domeinen in het beheercentrum.</translation>
    </message>
    <message>
        <source>Microsoft 365 accepted the removal of {0}, but still lists it. Removal can take a few minutes: check again later, or look at the admin center&apos;s Domains page.</source>
        <translation>Microsoft 365 heeft het verwijderen van {0} geaccepteerd, maar toont het domein nog. Verwijderen kan een paar minuten duren: controleer het later opnieuw, of kijk op de pagina Domeinen in het beheercentrum.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, run cancel365 --verbose and send the log to support.</source>
        <translation>Er ging iets onverwachts mis ({0}). Probeer het opnieuw; blijft het gebeuren, voer dan cancel365 --verbose uit en stuur het logboek naar ondersteuning.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>It costs too much</source>
        <translation>Het kost te veel</translation>
    </message>
    <message>
        <source>We are moving to another provider</source>
        <translation>We stappen over naar een andere aanbieder</translation>
    </message>
    <message>
        <source>The business is closing or merging</source>
        <translation>Het bedrijf sluit of fuseert</translation>
    </message>
    <message>
        <source>Features we need are missing</source>
        <translation>Functies die we nodig hebben ontbreken</translation>
    </message>
    <message>
        <source>It is too complex for us</source>
        <translation>Het is te ingewikkeld voor ons</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <source>We are moving to another provider: {0}</source>
        <translation>We stappen over naar een andere aanbieder: {0}</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Could not reach Microsoft 365 ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Kon Microsoft 365 niet bereiken ({0}). Controleer de internetverbinding en een eventuele proxy en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Microsoft 365 asked this app to pause for about {0} min. Try again after that.</source>
        <translation>Microsoft 365 heeft deze app gevraagd ongeveer {0} min te pauzeren. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>a Global Administrator</source>
        <translation>globale beheerder</translation>
    </message>
    <message>
        <source>a Global Administrator or Global Reader</source>
        <translation>globale beheerder of globale lezer</translation>
    </message>
    <message>
        <source>a Global Administrator or Billing Administrator</source>
        <translation>globale beheerder of factureringsbeheerder</translation>
    </message>
    <message>
        <source>any signed-in user</source>
        <translation>een aangemelde gebruiker</translation>
    </message>
    <message>
        <source>a Global or License Administrator</source>
        <translation>globale beheerder of licentiebeheerder</translation>
    </message>
    <message>
        <source>a Global or Domain Name Administrator</source>
        <translation>globale beheerder of domeinnaambeheerder</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts this sign-in. Sign in again.</source>
        <translation>Microsoft 365 accepteert deze aanmelding niet meer. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: it needs the {0} permission and an account that is {1}. Sign in as such an admin, or ask one to grant consent, then try again.</source>
        <translation>Microsoft 365 weigerde dit: hiervoor zijn de machtiging {0} en een account dat {1} is nodig. Meld u aan als zo&apos;n beheerder, of vraag er een om toestemming te geven, en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: the signed-in account lacks a permission or an admin role. Sign in as a Global Administrator and try again.</source>
        <translation>Microsoft 365 weigerde dit: het aangemelde account mist een machtiging of een beheerdersrol. Meld u aan als globale beheerder en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Microsoft 365 says this does not exist (any more). Refresh and try again.</source>
        <translation>Volgens Microsoft 365 bestaat dit niet (meer). Vernieuw en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how fast this app may work and kept doing so. Wait a few minutes, then try again.</source>
        <translation>Microsoft 365 beperkt hoe snel deze app mag werken en bleef dat doen. Wacht een paar minuten en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Microsoft 365 had a problem on its side (HTTP {0}) and kept having it. Try again in a few minutes; if it persists, check the service health page in the admin center.</source>
        <translation>Microsoft 365 had een probleem aan zijn kant (HTTP {0}) en dat bleef zo. Probeer het over een paar minuten opnieuw; houdt het aan, controleer dan de pagina Servicestatus in het beheercentrum.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the request (HTTP {0}).</source>
        <translation>Microsoft 365 heeft de aanvraag niet geaccepteerd (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>The folder {0} was deleted during the backup.</source>
        <translation>De map {0} is tijdens de back-up verwijderd.</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} arrived during the backup or failed (run again to add them)</source>
        <translation>{0}: Microsoft 365 telt {1}, de back-up heeft {2}: {3} kwamen binnen tijdens de back-up of zijn mislukt (voer opnieuw uit om ze toe te voegen)</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} were deleted or moved in the mailbox during the backup (kept in the backup)</source>
        <translation>{0}: Microsoft 365 telt {1}, de back-up heeft {2}: {3} zijn tijdens de back-up in het postvak verwijderd of verplaatst (bewaard in de back-up)</translation>
    </message>
    <message>
        <source>Calendars left out: this access has no Calendars.Read permission.</source>
        <translation>Agenda&apos;s overgeslagen: deze toegang heeft de machtiging Calendars.Read niet.</translation>
    </message>
    <message>
        <source>Contacts left out: this access has no Contacts.Read permission.</source>
        <translation>Contactpersonen overgeslagen: deze toegang heeft de machtiging Contacts.Read niet.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>gedeeld postvak</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>ruimtepostvak</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>apparatuurpostvak</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>ander postvak</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>gebruiker zonder licentie</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>gedeeld postvak of ruimtepostvak (zonder licentie)</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Gecontroleerd: {0} van {1} berichten. Mislukt: {2}. Afspraken: {3}. Contactpersonen: {4}.</translation>
    </message>
    <message>
        <source>Mail was left out: {0}.</source>
        <translation>De e-mail is overgeslagen: {0}.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts.</source>
        <translation>{0} berichten gecontroleerd, {1} mislukt; {2} afspraken; {3} contactpersonen.</translation>
    </message>
</context>
<context>
    <name>mail_move</name>
    <message>
        <source>Cannot read the accounts file {0}: {1}</source>
        <translation>Kan het accountbestand {0} niet lezen: {1}</translation>
    </message>
    <message>
        <source>The accounts file {0} has no column {1}: the first row must name the columns email,imap_user,imap_host (and optionally imap_port, security, password).</source>
        <translation>Het accountbestand {0} heeft geen kolom {1}: de eerste rij moet de kolommen email,imap_user,imap_host noemen (en eventueel imap_port, security, password).</translation>
    </message>
    <message>
        <source>Row {0} of {1}: the column {2} is empty.</source>
        <translation>Rij {0} van {1}: de kolom {2} is leeg.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not an email address.</source>
        <translation>Rij {0} van {1}: {2} is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is there twice.</source>
        <translation>Rij {0} van {1}: {2} staat er twee keer in.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: security must be tls, starttls or plain, not {2}.</source>
        <translation>Rij {0} van {1}: security moet tls, starttls of plain zijn, niet {2}.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not a port number.</source>
        <translation>Rij {0} van {1}: {2} is geen poortnummer.</translation>
    </message>
    <message>
        <source>The accounts file {0} has no accounts.</source>
        <translation>Het accountbestand {0} bevat geen accounts.</translation>
    </message>
    <message>
        <source>No saved mailbox for {0} in {1}.</source>
        <translation>Geen opgeslagen postvak voor {0} in {1}.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Wacht op zijn beurt.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Gestopt voordat het begon.</translation>
    </message>
    <message>
        <source>No password for {0} at {1}.</source>
        <translation>Geen wachtwoord voor {0} bij {1}.</translation>
    </message>
    <message>
        <source>Stopped; run it again to go on where it left off.</source>
        <translation>Gestopt; voer het opnieuw uit om verder te gaan waar het bleef.</translation>
    </message>
    <message>
        <source>Dry run: {0} messages would be sent, {1} are already there; {2} folders would be made.</source>
        <translation>Proefdraai: {0} berichten zouden worden verzonden, {1} staan er al; {2} mappen zouden worden gemaakt.</translation>
    </message>
    <message>
        <source>{0} sent, {1} already there, {2} failed; {3} folders differ.</source>
        <translation>{0} verzonden, {1} stonden er al, {2} mislukt; {3} mappen wijken af.</translation>
    </message>
    <message>
        <source>All {0} messages are there: {1} sent now, {2} were already there.</source>
        <translation>Alle {0} berichten staan er: {1} nu verzonden, {2} stonden er al.</translation>
    </message>
    <message>
        <source>{0} Trying again.</source>
        <translation>{0} Opnieuw proberen.</translation>
    </message>
    <message>
        <source>The connection to {0} kept breaking ({1}); stopped after {2} tries. Run it again later: it goes on where it left off.</source>
        <translation>De verbinding met {0} werd steeds verbroken ({1}); gestopt na {2} pogingen. Voer het later opnieuw uit: het gaat verder waar het bleef.</translation>
    </message>
    <message>
        <source>The connection broke ({0}); connecting again.</source>
        <translation>De verbinding werd verbroken ({0}); opnieuw verbinden.</translation>
    </message>
    <message>
        <source>The server would not make the folder {0}: {1}</source>
        <translation>De server wilde de map {0} niet maken: {1}</translation>
    </message>
    <message>
        <source>{0}: a message ({1}) was refused by the server: {2}</source>
        <translation>{0}: een bericht ({1}) werd door de server geweigerd: {2}</translation>
    </message>
    <message>
        <source>The mailbox of {0} at the new provider is full ({1}). Ask the provider for more room, or delete mail there, then run the move again: it goes on where it stopped.</source>
        <translation>Het postvak van {0} bij de nieuwe provider is vol ({1}). Vraag de provider om meer ruimte of verwijder daar e-mail, en voer de verhuizing daarna opnieuw uit: die gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>Sending {0}.</source>
        <translation>{0} verzenden.</translation>
    </message>
    <message>
        <source>Could not read back the folders&apos; counts: {0}</source>
        <translation>Kon de aantallen van de mappen niet teruglezen: {0}</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider; the saved mailbox has {2} ({3} refused).</source>
        <translation>{0} heeft {1} berichten bij de nieuwe provider; het opgeslagen postvak heeft er {2} ({3} geweigerd).</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider, {2} more than were there before plus those sent now: mail arrived there meanwhile, or a message was stored twice after a dropped connection. Look in that folder.</source>
        <translation>{0} heeft {1} berichten bij de nieuwe provider, {2} meer dan er eerst waren plus de nu verzonden berichten: er is intussen mail binnengekomen, of een bericht is twee keer opgeslagen na een verbroken verbinding. Kijk in die map.</translation>
    </message>
    <message>
        <source>{0}: Cancel365 does not send a password in plain text. Use tls or starttls (plain is only for a test server on this computer, with --insecure).</source>
        <translation>{0}: Cancel365 verzendt geen wachtwoord als platte tekst. Gebruik tls of starttls (plain is alleen voor een testserver op deze computer, met --insecure).</translation>
    </message>
    <message>
        <source>{0}: the server&apos;s certificate is not trusted ({1}). Check the host name; ask the provider which host name to use.</source>
        <translation>{0}: het certificaat van de server wordt niet vertrouwd ({1}). Controleer de hostnaam; vraag de provider welke hostnaam u moet gebruiken.</translation>
    </message>
    <message>
        <source>{0} cannot be reached ({1}). Check the host and port.</source>
        <translation>{0} is niet bereikbaar ({1}). Controleer host en poort.</translation>
    </message>
    <message>
        <source>{0} does not offer STARTTLS ({1}). Try tls on port 993.</source>
        <translation>{0} biedt geen STARTTLS aan ({1}). Probeer tls op poort 993.</translation>
    </message>
    <message>
        <source>{0}: the server refused the user name or password for {1} ({2}). Check them; some providers need an app password.</source>
        <translation>{0}: de server weigerde de gebruikersnaam of het wachtwoord voor {1} ({2}). Controleer ze; sommige providers vereisen een app-wachtwoord.</translation>
    </message>
    <message>
        <source>{0}: the connection broke while signing in ({1}).</source>
        <translation>{0}: de verbinding werd verbroken tijdens het aanmelden ({1}).</translation>
    </message>
    <message>
        <source>Signed in, but the server stopped answering ({0}).</source>
        <translation>Aangemeld, maar de server reageerde niet meer ({0}).</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}.</source>
        <translation>Aangemeld bij {0} als {1}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Complete: every saved message is at the new provider.</source>
        <translation>Volledig: elk opgeslagen bericht staat bij de nieuwe provider.</translation>
    </message>
    <message>
        <source>INCOMPLETE: see the rows with failures or notes.</source>
        <translation>ONVOLLEDIG: zie de rijen met fouten of opmerkingen.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-mail verhuisd naar de nieuwe provider</translation>
    </message>
    <message>
        <source>{0} messages sent, {1} already there, {2} failed.</source>
        <translation>{0} berichten verzonden, {1} stonden er al, {2} mislukt.</translation>
    </message>
    <message>
        <source>User / folder</source>
        <translation>Gebruiker / map</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Stonden er al</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>At the new provider</source>
        <translation>Bij de nieuwe provider</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>Your e-mail moves on {date}</source>
        <translation>Uw e-mail verhuist op {date}</translation>
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
        <translation>Hallo,

Op {date} verhuist de e-mail voor {domain} van Microsoft 365 naar {provider}. Uw e-mailadres blijft hetzelfde.

Wat u moet doen:
1. {old_mail}
2. Vóór {date}: kopieer uw OneDrive-bestanden naar een andere plek.
3. Vanaf {date}: meld u aan bij {provider} met de gegevens die u krijgt, en stel de e-mail-app op uw computer en telefoon opnieuw in.
4. Als het Microsoft 365-abonnement afloopt, kan Office op uw computer alleen nog documenten openen en afdrukken: verwijder het dan.

Op de dag van de verhuizing kan nieuwe e-mail een paar uur later binnenkomen.

Vragen? Beantwoord gewoon dit bericht.

{admin}
</translation>
    </message>
    <message>
        <source>Your old e-mail: you need not export it. I copy it from Microsoft 365 into your new mailbox at {provider}, in the same folders; it appears there once I have moved it, on or soon after {date}. Before {date}, keep the contacts and calendar items you need (export them from Outlook or ask me for help); what stays in Microsoft 365 will be deleted.</source>
        <translation>Uw oude e-mail: u hoeft die niet te exporteren. Ik kopieer hem uit Microsoft 365 naar uw nieuwe mailbox bij {provider}, in dezelfde mappen; hij verschijnt daar zodra ik hem heb verplaatst, op {date} of kort daarna. Vóór {date}: bewaar de contactpersonen en agenda-items die u nodig hebt (exporteer ze uit Outlook of vraag mij om hulp); wat in Microsoft 365 achterblijft, wordt verwijderd.</translation>
    </message>
    <message>
        <source>Before {date}: keep the e-mail, contacts and calendar items you need. Export them from Outlook or ask me for help; what stays in Microsoft 365 will be deleted. Your old e-mail does not appear at {provider} by itself: if you want it there, you move it there yourself.</source>
        <translation>Vóór {date}: bewaar de e-mails, contactpersonen en agenda-items die u nodig hebt. Exporteer ze uit Outlook of vraag mij om hulp; wat in Microsoft 365 achterblijft, wordt verwijderd. Uw oude e-mail verschijnt niet vanzelf bij {provider}: als u hem daar wilt hebben, verplaatst u hem zelf.</translation>
    </message>
    <message>
        <source>the new mail provider</source>
        <translation>de nieuwe e-mailprovider</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>couldn&apos;t check</source>
        <translation>kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Cancellation record</source>
        <translation>Annuleringsrapport</translation>
    </message>
    <message>
        <source>{0}, written {1} by Cancel365 {2}.</source>
        <translation>{0}, geschreven op {1} door Cancel365 {2}.</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Geen tenant</translation>
    </message>
    <message>
        <source>Demo tenant: nothing here happened to a real Microsoft 365 account.</source>
        <translation>Demotenant: niets hiervan is met een echt Microsoft 365-account gebeurd.</translation>
    </message>
    <message>
        <source>Tenant and administrator</source>
        <translation>Tenant en beheerder</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Abonnement en licenties</translation>
    </message>
    <message>
        <source>No subscription was chosen.</source>
        <translation>Er is geen abonnement gekozen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Licences assigned</source>
        <translation>Toegewezen licenties</translation>
    </message>
    <message>
        <source>Licences in total</source>
        <translation>Licenties in totaal</translation>
    </message>
    <message>
        <source>Next lifecycle date</source>
        <translation>Volgende levenscyclusdatum</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <source>After licences were removed</source>
        <translation>Nadat licenties zijn verwijderd</translation>
    </message>
    <message>
        <source>Licences removed</source>
        <translation>Verwijderde licenties</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>No licence was removed.</source>
        <translation>Er is geen licentie verwijderd.</translation>
    </message>
    <message>
        <source>Domains and DNS</source>
        <translation>Domeinen en DNS</translation>
    </message>
    <message>
        <source>No custom domain was checked.</source>
        <translation>Er is geen eigen domein gecontroleerd.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365</source>
        <translation>niets verwijst naar Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>verwijst nog naar Microsoft 365</translation>
    </message>
    <message>
        <source>couldn&apos;t be checked</source>
        <translation>kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Laatste controle</translation>
    </message>
    <message>
        <source>Removed from the tenant</source>
        <translation>Verwijderd uit de tenant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>{0} (points at Microsoft 365: {1})</source>
        <translation>{0} (verwijst naar Microsoft 365: {1})</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>No backup was made with Cancel365.</source>
        <translation>Er is geen back-up gemaakt met Cancel365.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Gecontroleerde bestanden</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>Gecontroleerde gegevens</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation>Mislukte bestanden</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>the manifest was not found</source>
        <translation>het manifest is niet gevonden</translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation>SHA-256 van het manifest:</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Belangrijke datums</translation>
    </message>
    <message>
        <source>The key dates were not worked out.</source>
        <translation>De belangrijke datums zijn niet berekend.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Time zone: {0}. Worked out {1}.</source>
        <translation>Tijdzone: {0}. Berekend op {1}.</translation>
    </message>
    <message>
        <source>Why we are leaving</source>
        <translation>Waarom we stoppen</translation>
    </message>
    <message>
        <source>No feedback was given.</source>
        <translation>Er is geen feedback gegeven.</translation>
    </message>
    <message>
        <source>Final checklist</source>
        <translation>Laatste controlelijst</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>The checklist was not reached.</source>
        <translation>De controlelijst is niet bereikt.</translation>
    </message>
    <message>
        <source>Users told: {0}</source>
        <translation>Gebruikers ingelicht: {0}</translation>
    </message>
    <message>
        <source>Cancellation and proof</source>
        <translation>Annulering en bewijs</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed in the wizard.</source>
        <translation>De annulering is niet bevestigd in de wizard.</translation>
    </message>
    <message>
        <source>Confirmed by typing</source>
        <translation>Bevestigd door te typen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Cancelled in the admin center</source>
        <translation>Geannuleerd in het beheercentrum</translation>
    </message>
    <message>
        <source>Proven by Graph</source>
        <translation>Bewezen door Graph</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Status van het abonnement</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Licentiestatus</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>De pdf kon niet worden geschreven naar {0}.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Pagina {0} van {1}</translation>
    </message>
    <message>
        <source>The record could not be saved in {0}: {1}. Choose another folder, or make room and try again.</source>
        <translation>Het rapport kon niet worden opgeslagen in {0}: {1}. Kies een andere map, of maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, use &quot;Set up backup access for me&quot; in the wizard&apos;s Backup page and run the backup again to the same folder.</source>
        <translation>Gebruikers en sites weggelaten, omdat deze toegang hun bestanden niet kan openen: {0}. Gebruik &quot;Back-uptoegang voor mij instellen&quot; op de pagina Back-up van de wizard om ze mee te nemen, en voer de back-up opnieuw uit naar dezelfde map.</translation>
    </message>
    <message>
        <source>Files not in the backup: {0}. Run the backup again to the same folder to retry them.</source>
        <translation>Bestanden die niet in de back-up staan: {0}. Voer de back-up opnieuw uit naar dezelfde map om ze opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Libraries that could not be listed: {0}.</source>
        <translation>Bibliotheken die niet konden worden doorlopen: {0}.</translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation>Onvolledig.</translation>
    </message>
    <message>
        <source>Complete: every file in scope is in the backup.</source>
        <translation>Volledig: elk bestand binnen het bereik staat in de back-up.</translation>
    </message>
    <message>
        <source>The mail report</source>
        <translation>Het e-mailrapport</translation>
    </message>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-mail, agenda&apos;s en contactpersonen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postvak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: it asked Microsoft 365 only for the changes since then and fetched {1} files.</source>
        <translation>Deze run heeft de back-up van {0} bijgewerkt: hij vroeg Microsoft 365 alleen om de wijzigingen sindsdien en haalde {1} bestanden op.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
    <message>
        <source>Cancel365 backup report</source>
        <translation>Rapport van de Cancel365-back-up</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Gebruiker of site</translation>
    </message>
    <message>
        <source>Written {0}. Every file listed as verified matched Microsoft 365&apos;s quickXorHash.</source>
        <translation>Geschreven op {0}. Elk bestand dat als gecontroleerd staat vermeld, kwam overeen met de quickXorHash van Microsoft 365.</translation>
    </message>
    <message>
        <source>Per user and site</source>
        <translation>Per gebruiker en site</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Gecontroleerde bestanden</translation>
    </message>
    <message>
        <source>Bytes verified</source>
        <translation>Gecontroleerde bytes</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint (kept)</source>
        <translation>Office-bestanden door SharePoint gewijzigd (bewaard)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not downloadable</source>
        <translation>Niet te downloaden</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet klaar</translation>
    </message>
    <message>
        <source>These files are not in the backup. Start the backup again to retry them, or download them by hand.</source>
        <translation>Deze bestanden zitten niet in de back-up. Start de back-up opnieuw om ze nog eens te proberen, of download ze zelf.</translation>
    </message>
    <message>
        <source>These items hold no file bytes Microsoft 365 can hand out.</source>
        <translation>Deze items bevatten geen bestandsinhoud die Microsoft 365 kan afgeven.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365</source>
        <translation>Verwijderd in Microsoft 365</translation>
    </message>
    <message>
        <source>These items were deleted in Microsoft 365 during the backup or since the last one. A copy made before they were deleted stays in the backup.</source>
        <translation>Deze items zijn verwijderd in Microsoft 365 tijdens de back-up of sinds de vorige. Een kopie die is gemaakt voordat ze werden verwijderd, blijft in de back-up.</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint</source>
        <translation>Office-bestanden door SharePoint gewijzigd</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in document libraries, so their size and hash differ from the listing. This is expected; the files were kept.</source>
        <translation>SharePoint voegt eigen eigenschappen toe aan Office-bestanden in documentbibliotheken, dus hun grootte en hash verschillen van de lijst. Dit is te verwachten; de bestanden zijn bewaard.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Placed at the top of their drive</source>
        <translation>Bovenaan hun station gezet</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Niet in de back-up</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Nothing to cancel: this is a trial.</source>
        <translation>Niets te annuleren: dit is een proefabonnement.</translation>
    </message>
    <message>
        <source>You can cancel this subscription online.</source>
        <translation>U kunt dit abonnement online annuleren.</translation>
    </message>
    <message>
        <source>Too many licences to cancel online.</source>
        <translation>Te veel licenties om online te annuleren.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription.</source>
        <translation>Uw partner annuleert dit abonnement.</translation>
    </message>
    <message>
        <source>Call Microsoft support to cancel.</source>
        <translation>Bel Microsoft-ondersteuning om te annuleren.</translation>
    </message>
    <message>
        <source>This subscription is no longer active.</source>
        <translation>Dit abonnement is niet meer actief.</translation>
    </message>
    <message>
        <source>Trial subscriptions end by themselves unless a payment method is added. This one changes state on {date}. Don&apos;t add a payment method, and back up anything you want to keep before then.</source>
        <translation>Proefabonnementen lopen vanzelf af, tenzij er een betalingsmethode wordt toegevoegd. Dit abonnement verandert van status op {date}. Voeg geen betalingsmethode toe en maak vóór die datum een back-up van alles wat u wilt bewaren.</translation>
    </message>
    <message>
        <source>{n} licences are assigned ({limit} or fewer), so you can cancel it yourself in the admin center under &lt;b&gt;Billing &amp;gt; Your products&lt;/b&gt;. Continue: the wizard first helps you move your domain and back up your data.</source>
        <translation>Er zijn {n} licenties toegewezen ({limit} of minder), dus u kunt het zelf annuleren in het beheercentrum onder &lt;b&gt;Facturering &amp;gt; Uw producten&lt;/b&gt;. Ga verder: de wizard helpt u eerst uw domein te verhuizen en een back-up van uw gegevens te maken.</translation>
    </message>
    <message>
        <source>{n} licences are assigned; online cancellation allows {limit} or fewer. Either remove the licence from at least {k} users (below), or &lt;a href=&apos;{support}&apos;&gt;ask Microsoft support to call you&lt;/a&gt;.</source>
        <translation>Er zijn {n} licenties toegewezen; online annuleren kan bij {limit} of minder. Verwijder de licentie bij minstens {k} gebruikers (hieronder), of &lt;a href=&apos;{support}&apos;&gt;vraag Microsoft-ondersteuning u te bellen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>It was bought through a Microsoft partner, and only the partner can cancel it. Contact them; you find them in the admin center under &lt;a href=&apos;{partners}&apos;&gt;Settings &amp;gt; Partner relationships&lt;/a&gt;.</source>
        <translation>Het is gekocht via een Microsoft-partner, en alleen de partner kan het annuleren. Neem contact op met de partner; u vindt die in het beheercentrum onder &lt;a href=&apos;{partners}&apos;&gt;Instellingen &amp;gt; Partnerrelaties&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Subscriptions bought with a product key are cancelled by support, and the money is not refunded. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>Abonnementen die met een productsleutel zijn gekocht, worden door ondersteuning geannuleerd, en het geld wordt niet terugbetaald. &lt;a href=&apos;{support}&apos;&gt;Neem contact op met ondersteuning in het beheercentrum&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>{product} is one of the products (such as Dynamics 365 and Intune) that cannot be cancelled online. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>{product} is een van de producten (zoals Dynamics 365 en Intune) die niet online kunnen worden geannuleerd. &lt;a href=&apos;{support}&apos;&gt;Neem contact op met ondersteuning in het beheercentrum&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Its status is {status}: it has already been cancelled or disabled. While it is disabled, admins can still back up its data, which is deleted 90 to 180 days after cancelling.</source>
        <translation>De status is {status}: het is al geannuleerd of uitgeschakeld. Zolang het is uitgeschakeld, kunnen beheerders nog een back-up maken van de gegevens, die 90 tot 180 dagen na het annuleren worden verwijderd.</translation>
    </message>
    <message>
        <source>Still do the next steps: move your domain&apos;s mail and back up your files, because the data is deleted after the trial ends. Click Next. At the end the wizard only checks the trial&apos;s dates: there is nothing to cancel.</source>
        <translation>Doe de volgende stappen toch: verhuis de e-mail van je domein en maak een back-up van je bestanden, want de gegevens worden verwijderd als de proefperiode afloopt. Klik op Volgende. Aan het eind controleert de wizard alleen de data van de proefperiode: er valt niets te annuleren.</translation>
    </message>
    <message>
        <source>You can also click Next as it is: moving your domain and backing up apply either way, and the last step shows the support route if more than {limit} licences stay.</source>
        <translation>Je kunt ook meteen op Volgende klikken: je domein verhuizen en een back-up maken gelden hoe dan ook, en de laatste stap toont de weg via ondersteuning als er meer dan {limit} licenties blijven.</translation>
    </message>
    <message>
        <source>The next steps still apply to you, not the partner: click Next to move your domain and back up your data. The last step gives you the facts to hand your partner.</source>
        <translation>De volgende stappen gelden nog steeds voor jou, niet voor de partner: klik op Volgende om je domein te verhuizen en een back-up van je gegevens te maken. De laatste stap geeft je de gegevens voor je partner.</translation>
    </message>
    <message>
        <source>The next steps still apply: click Next to move your domain and back up your data. The last step gives you the facts support asks for.</source>
        <translation>De volgende stappen gelden nog steeds: klik op Volgende om je domein te verhuizen en een back-up van je gegevens te maken. De laatste stap geeft je de gegevens waar ondersteuning om vraagt.</translation>
    </message>
    <message>
        <source>Click Next to back up while admins still can, and to check your domain.</source>
        <translation>Klik op Volgende om een back-up te maken zolang beheerders dat nog kunnen, en om je domein te controleren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; cancelling before the end of the term may cost an early-termination fee. Check your terms under &lt;a href=&apos;{products}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Let op:&lt;/b&gt; annuleren vóór het einde van de looptijd kan een boete voor voortijdige beëindiging kosten. Controleer uw voorwaarden onder &lt;a href=&apos;{products}&apos;&gt;Facturering &amp;gt; Uw producten&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Files and mail together: the backup is complete.</source>
        <translation>Bestanden en e-mail samen: de back-up is volledig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the files are incomplete.</source>
        <translation>Bestanden en e-mail samen: de back-up is onvolledig, omdat de bestanden onvolledig zijn.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the mail is incomplete.</source>
        <translation>Bestanden en e-mail samen: de back-up is onvolledig, omdat de e-mail onvolledig is.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because neither the files nor the mail are complete.</source>
        <translation>Bestanden en e-mail samen: de back-up is onvolledig, omdat noch de bestanden noch de e-mail volledig zijn.</translation>
    </message>
</context>
</TS>
