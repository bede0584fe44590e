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
        <source>&amp;Resume that backup</source>
        <translation>Die back-up &amp;hervatten</translation>
    </message>
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
        <source>&amp;Start the backup</source>
        <translation>Back-up &amp;starten</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Back-up maken naar:</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Waarvan een back-up maken</translation>
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
        <source>A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). Resume it: verified files are not downloaded again.</source>
        <translation>Een back-up in {0} is niet afgerond (gecontroleerde bestanden: {1}; nog te downloaden: {2}). Hervat hem: gecontroleerde bestanden worden niet opnieuw gedownload.</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>De back-up stoppen?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it and close Cancel365? Files verified so far are kept; the next start offers to resume where it stopped.</source>
        <translation>Er loopt een back-up. Stoppen en Cancel365 sluiten? De tot nu toe gecontroleerde bestanden blijven bewaard; bij de volgende start kunt u hervatten waar hij stopte.</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library…</source>
        <translation>Alle OneDrive- en SharePoint-bibliotheken zoeken…</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library… {0}</source>
        <translation>Alle OneDrive- en SharePoint-bibliotheken zoeken… {0}</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>In welke map de back-up maken?</translation>
    </message>
    <message>
        <source>Not enough room: the backup needs about {0} but {1} has {2} free.</source>
        <translation>Niet genoeg ruimte: de back-up heeft ongeveer {0} nodig, maar {1} heeft {2} vrij.</translation>
    </message>
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
    <name>CancelWizard</name>
    <message>
        <source>Cancel365 – leave Microsoft 365 safely</source>
        <translation>Cancel365 – veilig weg uit Microsoft 365</translation>
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
        <source>Checking DNS, domains, licences and the backup…</source>
        <translation>DNS, domeinen, licenties en de back-up worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Checked at {0}.</source>
        <translation>Gecontroleerd om {0}.</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Starting the demo tenant and signing in…</source>
        <translation>Demotenant starten en aanmelden…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
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
        <source>Cached until</source>
        <translation>In cache tot</translation>
    </message>
    <message>
        <source>Servers agree?</source>
        <translation>Servers eens?</translation>
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
        <source>Until then, resolvers may keep giving the old answer (TTL)</source>
        <translation>Tot dan kunnen resolvers het oude antwoord blijven geven (TTL)</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s own nameservers give the same answer as the resolver</source>
        <translation>Of de eigen naamservers van het domein hetzelfde antwoord geven als de resolver</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-records</translation>
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
        <translation>&amp;Verwijderen uit Microsoft 365…</translation>
    </message>
    <message>
        <source>Admin &amp;center: Domains</source>
        <translation>Beheer&amp;centrum: Domeinen</translation>
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
        <source>Type a domain, e.g. contoso.com</source>
        <translation>Typ een domein, bijvoorbeeld contoso.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
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
    <message>
        <source>I &amp;understand, continue anyway</source>
        <translation>Ik begrijp het, toch door&amp;gaan</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>&amp;Resolver:</source>
        <translation>&amp;Resolver:</translation>
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
        <source>Checking DNS for {0} with {1}…</source>
        <translation>DNS voor {0} controleren met {1}…</translation>
    </message>
    <message>
        <source>Checked at {0} with {1}.</source>
        <translation>Gecontroleerd om {0} met {1}.</translation>
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
        <source>{0}: still added to Microsoft 365. Remove it before you cancel.</source>
        <translation>{0}: staat nog in Microsoft 365. Verwijder het voordat u annuleert.</translation>
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
    <name>LicenceRemovalDialog</name>
    <message>
        <source>Remove licences – {0}</source>
        <translation>Licenties verwijderen – {0}</translation>
    </message>
    <message>
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once; their mailbox and files stay until the subscription ends. Remove at least {n} to get to 25.</source>
        <translation>Vink de gebruikers aan die hun {product}-licentie moeten verliezen. Zij verliezen direct de toegang tot de apps en services van dit abonnement; hun postvak en bestanden blijven tot het abonnement afloopt. Verwijder er minstens {n} om op 25 uit te komen.</translation>
    </message>
    <message>
        <source>Licensed users</source>
        <translation>Gebruikers met licentie</translation>
    </message>
    <message>
        <source>Remove licences</source>
        <translation>Licenties verwijderen</translation>
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
        <source>{chosen} chosen. Licences assigned afterwards: {left} (online cancellation needs 25 or fewer).</source>
        <translation>{chosen} gekozen. Toegewezen licenties daarna: {left} (online annuleren kan bij 25 of minder).</translation>
    </message>
    <message>
        <source>…and {0} more</source>
        <translation>…en nog {0}</translation>
    </message>
    <message>
        <source>Remove licences?</source>
        <translation>Licenties verwijderen?</translation>
    </message>
    <message>
        <source>Remove the {product} licence from these {n} users?

{names}</source>
        <translation>De {product}-licentie verwijderen bij deze {n} gebruikers?

{names}</translation>
    </message>
    <message>
        <source>Removing licences</source>
        <translation>Licenties verwijderen</translation>
    </message>
    <message>
        <source>Removing licences…</source>
        <translation>Licenties verwijderen…</translation>
    </message>
    <message>
        <source>Removed {ok} licences; {bad} could not be removed:
{lines}</source>
        <translation>{ok} licenties verwijderd; {bad} konden niet worden verwijderd:
{lines}</translation>
    </message>
    <message>
        <source>Licences removed: {0}.</source>
        <translation>Licenties verwijderd: {0}.</translation>
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
        <source>{0} free at {1}; the backup needs about {2}.</source>
        <translation>{0} vrij op {1}; de back-up heeft ongeveer {2} nodig.</translation>
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
        <translation type="unfinished">4. Bewijs van Microsoft 365</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished">Opnieuw c&amp;ontroleren</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without proof: I will check &amp;later with cancel365 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to wait for proof</source>
        <translation type="unfinished">Resterende tijd om op bewijs te wachten</translation>
    </message>
    <message>
        <source>Checking Microsoft 365: {0}:{1:02d} left</source>
        <translation type="unfinished">Microsoft 365 controleren: nog {0}:{1:02d}</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: no proof yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checking</source>
        <translation type="unfinished">Geen controle bezig</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation type="unfinished">Nog niets gelezen.</translation>
    </message>
    <message>
        <source>Last read at {0}. Subscription: {1}. Licences: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (Enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, grace period (Warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (Suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (LockedOut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Verwijderd</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: Microsoft 365 shows the change.&lt;/b&gt; The subscription and its licences are no longer Enabled (seen at {0}).</source>
        <translation type="unfinished">&lt;b&gt;Klaar: Microsoft 365 toont de wijziging.&lt;/b&gt; Het abonnement en de licenties zijn niet meer Enabled (gezien om {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft 365 still shows the subscription as Enabled after {0} min.&lt;/b&gt; A cancellation can take a while to show. In the admin center, open &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt; and check that the subscription no longer says Active; if it does, cancel it again or call support. Then choose &lt;b&gt;Check again&lt;/b&gt;, or check later with &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Choose &lt;b&gt;Check again&lt;/b&gt; to go on waiting for the proof.</source>
        <translation type="unfinished">Gestopt. Kies &lt;b&gt;Opnieuw controleren&lt;/b&gt; om verder op het bewijs te wachten.</translation>
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

{0} is leaving Microsoft 365. Before that, we back up every OneDrive and SharePoint library, but please also save your own copies of what matters to you:

• files in your OneDrive that are not in a shared library,
• files shared with you by people outside the company,
• OneNote notebooks (export them from OneNote: File &gt; Export),
• anything in Teams chats or personal mail you want to keep.

Please finish this within the next week and tell me if something is missing.

Thank you!</source>
        <translation>Hallo allemaal,

{0} stopt met Microsoft 365. Daarvoor maken we een back-up van elke OneDrive- en SharePoint-bibliotheek, maar bewaar ook zelf een kopie van wat belangrijk voor u is:

• bestanden in uw OneDrive die niet in een gedeelde bibliotheek staan,
• bestanden die mensen buiten het bedrijf met u hebben gedeeld,
• OneNote-notitieblokken (exporteer ze vanuit OneNote: Bestand &gt; Exporteren),
• alles in Teams-chats of persoonlijke e-mail dat u wilt bewaren.

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
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Demo tenant&apos;s DNS (this computer)</source>
        <translation>DNS van de demotenant (deze computer)</translation>
    </message>
    <message>
        <source>This computer&apos;s resolver</source>
        <translation>Resolver van deze computer</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>host of host:poort</translation>
    </message>
    <message>
        <source>Custom resolver</source>
        <translation>Aangepaste resolver</translation>
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
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>Stopping after the files being written…</source>
        <translation>Stoppen na de bestanden die nu worden geschreven…</translation>
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
        <source>Before the first sign-in, enter the client ID of your organization&apos;s app registration under Settings (the guide docs/app-registration.md explains it).</source>
        <translation>Vul vóór de eerste aanmelding bij Instellingen de client-id van de app-registratie van uw organisatie in (de handleiding docs/app-registration.md legt het uit).</translation>
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
        <source>Reading subscriptions and licences…</source>
        <translation>Abonnementen en licenties lezen…</translation>
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
        <source>Files verified: {0} ({1}).</source>
        <translation>Gecontroleerde bestanden: {0} ({1}).</translation>
    </message>
    <message>
        <source>Among them, Office files that SharePoint changed after upload, kept as they are now (not corruption): {0}.</source>
        <translation>Waarvan Office-bestanden die SharePoint na het uploaden heeft gewijzigd, bewaard zoals ze nu zijn (niet beschadigd): {0}.</translation>
    </message>
    <message>
        <source>Not downloadable (OneNote notebooks and the like; the report gives the reason): {0}.</source>
        <translation>Niet te downloaden (OneNote-notitieblokken en dergelijke; het rapport geeft de reden): {0}.</translation>
    </message>
    <message>
        <source>Failed: {0}. The report says why; start again to retry them.</source>
        <translation>Mislukt: {0}. Het rapport vermeldt waarom; start opnieuw om ze nog eens te proberen.</translation>
    </message>
    <message>
        <source>Cancelled. Start again to resume where it stopped.</source>
        <translation>Geannuleerd. Start opnieuw om verder te gaan waar hij stopte.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>De back-up is volledig.</translation>
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
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
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
        <source>Leave Microsoft 365 without losing mail or files</source>
        <translation>Weg uit Microsoft 365 zonder e-mail of bestanden kwijt te raken</translation>
    </message>
    <message>
        <source>The admin center has a Cancel button. This wizard does everything around it, in the right order.</source>
        <translation>Het beheercentrum heeft een knop om te annuleren. Deze wizard doet alles daaromheen, in de juiste volgorde.</translation>
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
        <source>Cancel365 signs in as your organization&apos;s own app registration: the Sign-in page asks for its client ID (docs/app-registration.md shows how to create it). To explore first, run &lt;b&gt;cancel365 --demo&lt;/b&gt;.</source>
        <translation>Cancel365 meldt zich aan als de eigen app-registratie van uw organisatie: de pagina Aanmelden vraagt om de client-id (docs/app-registration.md laat zien hoe u die maakt). Wilt u eerst verkennen, voer dan &lt;b&gt;cancel365 --demo&lt;/b&gt; uit.</translation>
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
        <source>Your organization does not know this app&apos;s client ID. Check the client ID in Settings, or register the app as described in docs/app-registration.md.</source>
        <translation>Uw organisatie kent de client-id van deze app niet. Controleer de client-id bij Instellingen, of registreer de app zoals beschreven in docs/app-registration.md.</translation>
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
        <source>A OneNote notebook is not a file Microsoft 365 can hand out; export it from OneNote (File &gt; Export) or open it there.</source>
        <translation>Een OneNote-notitieblok is geen bestand dat Microsoft 365 kan afgeven; exporteer het vanuit OneNote (Bestand &gt; Exporteren) of open het daar.</translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; item has no file content to download.</source>
        <translation>Een item van het type &apos;{0}&apos; heeft geen bestandsinhoud om te downloaden.</translation>
    </message>
    <message>
        <source>Microsoft 365 lists no file content for this item.</source>
        <translation>Microsoft 365 vermeldt geen bestandsinhoud voor dit item.</translation>
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
        <translation type="unfinished"></translation>
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
    <name>notice</name>
    <message>
        <source>Your e-mail moves on {date}</source>
        <translation>Uw e-mail verhuist op {date}</translation>
    </message>
    <message>
        <source>Hello,

On {date} the e-mail for {domain} moves from Microsoft 365 to {provider}. Your e-mail address stays the same.

What you need to do:
1. Before {date}: keep the e-mail, contacts and calendar items you need. Export them from Outlook or ask me for help; what stays in Microsoft 365 will be deleted.
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
1. Vóór {date}: bewaar de e-mails, contactpersonen en agenda-items die u nodig hebt. Exporteer ze uit Outlook of vraag mij om hulp; wat in Microsoft 365 achterblijft, wordt verwijderd.
2. Vóór {date}: kopieer uw OneDrive-bestanden naar een andere plek.
3. Vanaf {date}: meld u aan bij {provider} met de gegevens die u krijgt, en stel de e-mail-app op uw computer en telefoon opnieuw in.
4. Als het Microsoft 365-abonnement afloopt, kan Office op uw computer alleen nog documenten openen en afdrukken: verwijder het dan.

Op de dag van de verhuizing kan nieuwe e-mail een paar uur later binnenkomen.

Vragen? Beantwoord gewoon dit bericht.

{admin}
</translation>
    </message>
    <message>
        <source>the new mail provider</source>
        <translation>de nieuwe e-mailprovider</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>The record could not be saved in {0}: {1}. Choose another folder, or make room and try again.</source>
        <translation>Het rapport kon niet worden opgeslagen in {0}: {1}. Kies een andere map, of maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
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
</context>
<context>
    <name>report</name>
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
        <source>&lt;b&gt;Note:&lt;/b&gt; cancelling before the end of the term may cost an early-termination fee. Check your terms under &lt;a href=&apos;{products}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Let op:&lt;/b&gt; annuleren vóór het einde van de looptijd kan een boete voor voortijdige beëindiging kosten. Controleer uw voorwaarden onder &lt;a href=&apos;{products}&apos;&gt;Facturering &amp;gt; Uw producten&lt;/a&gt;.</translation>
    </message>
</context>
</TS>
