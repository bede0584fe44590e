<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessChooser</name>
    <message>
        <source>Access for the backup</source>
        <translation>Åtkomst för säkerhetskopieringen</translation>
    </message>
    <message>
        <source>&amp;Set up backup access for me (recommended)</source>
        <translation>&amp;Konfigurera åtkomst för säkerhetskopiering åt mig (rekommenderas)</translation>
    </message>
    <message>
        <source>Cancel365 creates an app registration in your tenant that may read every OneDrive and SharePoint site (Files.Read.All, Sites.Read.All, User.Read.All), with your consent as administrator and a client secret that expires in 7 days. The secret stays in this computer&apos;s password store. Cancel365 offers to remove the app registration when the backup is done.</source>
        <translation>Cancel365 skapar en appregistrering i din klientorganisation som får läsa alla OneDrive- och SharePoint-webbplatser (Files.Read.All, Sites.Read.All, User.Read.All), med ditt medgivande som administratör och en klienthemlighet som upphör att gälla om 7 dagar. Hemligheten stannar i den här datorns lösenordsvalv. Cancel365 erbjuder sig att ta bort appregistreringen när säkerhetskopieringen är klar.</translation>
    </message>
    <message>
        <source>It may also read every mailbox&apos;s mail, calendars and contacts (Mail.Read, Calendars.Read, Contacts.Read), to save them; it cannot send, change or delete anything, and these permissions go with the app registration when it is removed.</source>
        <translation>Den får också läsa alla postlådors e-post, kalendrar och kontakter (Mail.Read, Calendars.Read, Contacts.Read) för att spara dem; den kan inte skicka, ändra eller ta bort något, och behörigheterna försvinner med appregistreringen när den tas bort.</translation>
    </message>
    <message>
        <source>It may read each mailbox&apos;s settings too (MailboxSettings.Read), only to tell shared mailboxes from room mailboxes in the plan.</source>
        <translation>Den får också läsa varje postlådas inställningar (MailboxSettings.Read), bara för att skilja delade postlådor från rumspostlådor i planen.</translation>
    </message>
    <message>
        <source>Use an &amp;existing app registration</source>
        <translation>Använd en befintlig appre&amp;gistrering</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com eller klientorganisations-ID:t</translation>
    </message>
    <message>
        <source>the secret&apos;s value (kept in the password store)</source>
        <translation>hemlighetens värde (sparas i lösenordsvalvet)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Klient&amp;organisation:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Kl&amp;ient-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Klient&amp;hemlighet:</translation>
    </message>
    <message>
        <source>&amp;Only what I can open with my own sign-in</source>
        <translation>&amp;Endast det jag kan öppna med min egen inloggning</translation>
    </message>
    <message>
        <source>No app registration. The backup then leaves out every OneDrive and site your own account cannot open; the list below shows exactly which.</source>
        <translation>Ingen appregistrering. Säkerhetskopian utelämnar då alla OneDrive-konton och webbplatser som ditt eget konto inte kan öppna; listan nedan visar exakt vilka.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>F&amp;ortsätt</translation>
    </message>
</context>
<context>
    <name>AccessSteps</name>
    <message>
        <source>Setting up backup access</source>
        <translation>Konfigurerar åtkomst för säkerhetskopiering</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Kontrollerar åtkomsten för säkerhetskopiering som sparades förra gången…</translation>
    </message>
    <message>
        <source>Setting up backup access…</source>
        <translation>Konfigurerar åtkomst för säkerhetskopiering…</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Kontrollerar appregistreringen…</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Go on without this?</source>
        <translation>Fortsätta utan detta?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is not done: {1}&lt;br&gt;&lt;br&gt;Write why it is fine to cancel anyway. The reason goes into the cancellation record.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; är inte klart: {1}&lt;br&gt;&lt;br&gt;Skriv varför det går bra att avbryta ändå. Motiveringen hamnar i avbrottsprotokollet.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>For example: the new provider already hosts our mail; we keep no files in OneDrive.</source>
        <translation>Till exempel: den nya leverantören har redan vår e-post; vi har inga filer i OneDrive.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Godkänn</translation>
    </message>
</context>
<context>
    <name>AppRemoval</name>
    <message>
        <source>Removing the backup app registration</source>
        <translation>Tar bort appregistreringen för säkerhetskopiering</translation>
    </message>
    <message>
        <source>Removing the backup app registration…</source>
        <translation>Tar bort appregistreringen för säkerhetskopiering…</translation>
    </message>
    <message>
        <source>The backup app registration is removed, and its secret is gone from this computer.</source>
        <translation>Appregistreringen för säkerhetskopiering är borttagen, och dess hemlighet är borta från den här datorn.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up every OneDrive and SharePoint library</source>
        <translation>Säkerhetskopiera alla OneDrive- och SharePoint-bibliotek</translation>
    </message>
    <message>
        <source>Microsoft deletes the files 90 to 180 days after you cancel (sometimes sooner). This backup is verified file by file.</source>
        <translation>Microsoft tar bort filerna 90 till 180 dagar efter att du har avbrutit (ibland tidigare). Den här säkerhetskopian kontrolleras fil för fil.</translation>
    </message>
    <message>
        <source>Your own sign-in only opens what your account can open: even a Global Administrator cannot read other people&apos;s OneDrives that way. To back up everything, Cancel365 needs access of its own to the files (an app registration).</source>
        <translation>Din egen inloggning öppnar bara det som ditt konto kan öppna: inte ens en global administratör kan läsa andras OneDrive på det sättet. För att säkerhetskopiera allt behöver Cancel365 en egen åtkomst till filerna (en appregistrering).</translation>
    </message>
    <message>
        <source>Reminder for your &amp;users…</source>
        <translation>Påm&amp;innelse till dina användare…</translation>
    </message>
    <message>
        <source>I back up these files another way (or nobody needs them): continue without a complete backup</source>
        <translation>Jag säkerhetskopierar de här filerna på annat sätt (eller ingen behöver dem): fortsätt utan en fullständig säkerhetskopia</translation>
    </message>
    <message>
        <source>On a real tenant the backup reads every OneDrive and SharePoint library and writes it to the folder you choose, checking each file&apos;s hash. Set up backup access for me creates an app registration in your tenant, with your consent; Cancel365 offers to remove it afterwards. Reading changes no file in Microsoft 365. What can go wrong: a disk too small, files that change during the backup, and OneNote notebooks, which cannot be downloaded as files.</source>
        <translation>På en riktig klientorganisation läser säkerhetskopian varje OneDrive- och SharePoint-bibliotek och skriver det till mappen du väljer och kontrollerar varje fils hash. Konfigurera åtkomst för säkerhetskopiering åt mig skapar en appregistrering i klientorganisationen med ditt medgivande; Cancel365 erbjuder sig att ta bort den efteråt. Läsningen ändrar inga filer i Microsoft 365. Vad som kan gå fel: en för liten disk, filer som ändras under säkerhetskopieringen och OneNote-anteckningsböcker, som inte kan hämtas som filer.</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library…</source>
        <translation>Söker efter alla OneDrive- och SharePoint-bibliotek…</translation>
    </message>
    <message>
        <source>Finding every OneDrive and SharePoint library… {0}</source>
        <translation>Söker efter alla OneDrive- och SharePoint-bibliotek… {0}</translation>
    </message>
    <message numerus="yes">
        <source>Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. Tick others to back them up too.</source>
        <translation>
            <numerusform>Markerat: OneDrive för den %n användare vars licens du håller på att ta bort. Markera fler för att säkerhetskopiera dem också.</numerusform>
            <numerusform>Markerat: OneDrive för de %n användare vars licens du håller på att ta bort. Markera fler för att säkerhetskopiera dem också.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough room: the backup needs about {0} but {1} has {2} free.</source>
        <translation>Inte tillräckligt med utrymme: säkerhetskopian behöver cirka {0}, men {1} har {2} ledigt.</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel365 – leave Microsoft 365 safely</source>
        <translation>Cancel365 – lämna Microsoft 365 på ett säkert sätt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close Cancel365?</source>
        <translation>Stäng Cancel365?</translation>
    </message>
    <message>
        <source>Where you got to is saved on this computer (the subscription, the domains you checked and the backup folder; no password or token): the next start offers to continue there. You sign in again then, and the DNS checks run again. Nothing you did in Microsoft 365 is undone. Close now?</source>
        <translation>Hur långt du kom sparas på den här datorn (prenumerationen, domänerna du kontrollerade och mappen för säkerhetskopian; inget lösenord eller token): nästa gång erbjuds du att fortsätta där. Du loggar då in igen, och DNS-kontrollerna körs igen. Inget du gjort i Microsoft 365 ångras. Stäng nu?</translation>
    </message>
</context>
<context>
    <name>CancellationRoute</name>
    <message>
        <source>&amp;Open the demo&apos;s admin center…</source>
        <translation>Ö&amp;ppna demons administrationscenter…</translation>
    </message>
    <message>
        <source>&amp;Open the admin center</source>
        <translation>Ö&amp;ppna administrationscentret</translation>
    </message>
    <message>
        <source>&amp;Open support in the admin center</source>
        <translation>Ö&amp;ppna Support i administrationscentret</translation>
    </message>
    <message>
        <source>&amp;Open partner relationships</source>
        <translation>Ö&amp;ppna Partnerrelationer</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 with your work account as a Global or Billing Administrator.</source>
        <translation>Logga in på Microsoft 365 med ditt arbetskonto som global administratör eller faktureringsadministratör.</translation>
    </message>
    <message>
        <source>Open the app launcher and choose &lt;b&gt;Admin&lt;/b&gt; (the button below opens the admin center directly).</source>
        <translation>Öppna appstartaren och välj &lt;b&gt;Administratör&lt;/b&gt; (knappen nedan öppnar administrationscentret direkt).</translation>
    </message>
    <message>
        <source>In the admin center, go to &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt;.</source>
        <translation>Gå till &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dina produkter&lt;/b&gt; i administrationscentret.</translation>
    </message>
    <message>
        <source>Choose the subscription &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Välj prenumerationen &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Settings &amp;amp; actions&lt;/b&gt;, choose &lt;b&gt;Cancel subscription&lt;/b&gt;. Not there? Then only Microsoft support can cancel it.</source>
        <translation>Välj &lt;b&gt;Avbryt prenumeration&lt;/b&gt; under &lt;b&gt;Inställningar &amp;amp; Åtgärder&lt;/b&gt;. Finns det inte? Då kan bara Microsofts support avbryta den.</translation>
    </message>
    <message>
        <source>Review the key dates, give your reason for cancelling, and choose &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation>Gå igenom de viktiga datumen, ange varför du avbryter och välj &lt;b&gt;Avbryt prenumeration&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Then come back here and choose &lt;b&gt;I have cancelled it&lt;/b&gt;: the wizard watches Microsoft 365 until the change shows.</source>
        <translation>Kom sedan tillbaka hit och välj &lt;b&gt;Jag har avbrutit den&lt;/b&gt;: guiden bevakar Microsoft 365 tills ändringen syns.</translation>
    </message>
    <message>
        <source>Microsoft support cancels this subscription. Open &lt;b&gt;Support&lt;/b&gt; in the admin center, ask to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Microsofts support avbryter den här prenumerationen. Öppna &lt;b&gt;Support&lt;/b&gt; i administrationscentret, be dem avbryta den och ge dem uppgifterna nedan. När de säger att det är gjort väljer du &lt;b&gt;Kontrollera status nu&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription. Find them in the admin center under &lt;b&gt;Settings&lt;/b&gt; &amp;gt; &lt;b&gt;Partner relationships&lt;/b&gt;, ask them to cancel it, and give them the facts below. When they say it is done, choose &lt;b&gt;Check the status now&lt;/b&gt;.</source>
        <translation>Din partner avbryter den här prenumerationen. Du hittar partnern i administrationscentret under &lt;b&gt;Inställningar&lt;/b&gt; &amp;gt; &lt;b&gt;Partnerrelationer&lt;/b&gt;. Be dem avbryta den och ge dem uppgifterna nedan. När de säger att det är gjort väljer du &lt;b&gt;Kontrollera status nu&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Prenumerations-ID</translation>
    </message>
    <message>
        <source>Commerce subscription ID</source>
        <translation>Handelsprenumerations-ID</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tilldelade av {1}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopiera {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>1. Before you cancel</source>
        <translation>1. Innan du avbryter</translation>
    </message>
    <message>
        <source>Each row was checked again just now. Fix a red row on its page, or acknowledge it with a reason.</source>
        <translation>Varje rad kontrollerades nyss igen. Åtgärda en röd rad på dess sida, eller godkänn den med en motivering.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Checking DNS, domains, licences and the backup…</source>
        <translation>Kontrollerar DNS, domäner, licenser och säkerhetskopian…</translation>
    </message>
    <message>
        <source>Checked at {0}.</source>
        <translation>Kontrollerat kl. {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm and cancel</source>
        <translation>Bekräfta och avbryt</translation>
    </message>
    <message>
        <source>A last check of everything, then the cancellation itself, and proof from Microsoft 365 that it happened.</source>
        <translation>En sista kontroll av allt, sedan själva avbrottet och bevis från Microsoft 365 på att det har skett.</translation>
    </message>
    <message>
        <source>2. Confirm</source>
        <translation>2. Bekräfta</translation>
    </message>
    <message>
        <source>&amp;Type the subscription&apos;s name, &lt;b&gt;{0}&lt;/b&gt;, to confirm that you want to cancel it:</source>
        <translation>&amp;Skriv prenumerationens namn, &lt;b&gt;{0}&lt;/b&gt;, för att bekräfta att du vill avbryta den:</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Prenumerationens namn</translation>
    </message>
    <message>
        <source>3. Cancel it</source>
        <translation>3. Avbryt den</translation>
    </message>
    <message>
        <source>3. Hand it over</source>
        <translation>3. Lämna över det</translation>
    </message>
    <message>
        <source>I have &amp;cancelled it</source>
        <translation>Jag har &amp;avbrutit den</translation>
    </message>
    <message>
        <source>Check the &amp;status now</source>
        <translation>Kontrollera &amp;status nu</translation>
    </message>
    <message>
        <source>&amp;Wait for proof up to:</source>
        <translation>&amp;Vänta på bevis i upp till:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to wait for proof</source>
        <translation>Minuter att vänta på bevis</translation>
    </message>
    <message>
        <source>On a real tenant this page checks everything once more, then you cancel in the Microsoft 365 admin center yourself: no program may do that for you. The wizard then reads Microsoft 365 until the subscription leaves Enabled. Here a stand-in for the admin center plays that part, and the demo subscription turns to Warning a few seconds later. What can go wrong: the admin center offers no Cancel option (then support cancels it), or the change takes a while to show (check later with cancel365 status).</source>
        <translation>På en riktig klient kontrollerar den här sidan allt en gång till, och sedan avbryter du själv i Microsoft 365 administrationscenter: inget program får göra det åt dig. Guiden läser sedan Microsoft 365 tills prenumerationen inte längre är Enabled. Här spelar en ersättare för administrationscentret den rollen, och demoprenumerationen växlar till Warning några sekunder senare. Vad som kan gå fel: administrationscentret erbjuder inget Avbryt (då avbryter supporten den), eller ändringen tar tid att synas (kontrollera senare med cancel365 status).</translation>
    </message>
    <message>
        <source>On the demo tenant nothing opens. On a real tenant this opens {0}</source>
        <translation>På demoklienten öppnas ingenting. På en riktig klient öppnar detta {0}</translation>
    </message>
    <message>
        <source>That is not the name yet. Type it as shown above (capitals do not matter).</source>
        <translation>Det är inte namnet ännu. Skriv det som det visas ovan (stora och små bokstäver spelar ingen roll).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The permission was not granted; nothing was changed.</source>
        <translation>Behörigheten beviljades inte; inget har ändrats.</translation>
    </message>
    <message>
        <source>One more permission</source>
        <translation>En behörighet till</translation>
    </message>
    <message>
        <source>{why} needs the permission {permissions}. Cancel365 asked only to read until now. Microsoft will ask you to accept it; you can say no, and nothing is changed.</source>
        <translation>{why} kräver behörigheten {permissions}. Hittills har Cancel365 bara bett om att få läsa. Microsoft ber dig godkänna den; du kan säga nej, och då ändras inget.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Waiting for you to accept the permission…</source>
        <translation>Väntar på att du godkänner behörigheten…</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Key dates</source>
        <translation>Viktiga datum</translation>
    </message>
    <message>
        <source>When the subscription ends, when only admins can reach the data, and when Microsoft deletes it.</source>
        <translation>När prenumerationen upphör, när bara administratörer kommer åt data och när Microsoft tar bort dem.</translation>
    </message>
    <message>
        <source>How should it end?</source>
        <translation>Hur ska den upphöra?</translation>
    </message>
    <message>
        <source>&amp;Cancel now</source>
        <translation>&amp;Avbryt nu</translation>
    </message>
    <message>
        <source>&amp;Let it run out: turn off recurring billing</source>
        <translation>&amp;Låt den löpa ut: stäng av återkommande fakturering</translation>
    </message>
    <message>
        <source>The same &amp;dates as a list:</source>
        <translation>Samma &amp;datum som lista:</translation>
    </message>
    <message>
        <source>Co&amp;py dates</source>
        <translation>&amp;Kopiera datum</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Exportera till kalender (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Visa i mapp</translation>
    </message>
    <message>
        <source>Timeline of the key dates</source>
        <translation>Tidslinje över de viktiga datumen</translation>
    </message>
    <message>
        <source>Microsoft&apos;s pages disagree on when data may be deleted (30 or 90 days after the subscription ends), so the wizard plans for the earlier date: back up before it.</source>
        <translation>Microsofts sidor är oense om när data kan tas bort (30 eller 90 dagar efter att prenumerationen upphör), så guiden planerar efter det tidigare datumet: säkerhetskopiera före det.</translation>
    </message>
    <message>
        <source>On a real tenant this step reads nothing new and changes nothing: the dates come from the creation and next-lifecycle dates Graph gave for the subscription. The .ics file is written only to your computer. What can go wrong: Microsoft can change the periods, and Graph does not give the last renewal date, so check the dates in the admin center before you count on a refund.</source>
        <translation>I en riktig organisation läser det här steget inget nytt och ändrar inget: datumen kommer från skapande- och livscykeldatumen som Graph gav för prenumerationen. .ics-filen skrivs bara till din dator. Vad som kan gå fel: Microsoft kan ändra perioderna, och Graph anger inte det senaste förnyelsedatumet, så kontrollera datumen i administrationscentret innan du räknar med en återbetalning.</translation>
    </message>
    <message>
        <source>Choose a subscription first.</source>
        <translation>Välj en prenumeration först.</translation>
    </message>
    <message>
        <source>Users lose access today. The subscription is disabled at once: for 90 days only admins can sign in, read-only, and they can still back up.</source>
        <translation>Användarna förlorar åtkomsten i dag. Prenumerationen inaktiveras direkt: i 90 dagar kan bara administratörer logga in, skrivskyddat, och de kan fortfarande säkerhetskopiera.</translation>
    </message>
    <message>
        <source>&amp;Let it run its course: it has already expired</source>
        <translation>&amp;Låt det ha sin gång: den har redan gått ut</translation>
    </message>
    <message>
        <source>Nothing to do: it is disabled on the day below, then deleted.</source>
        <translation>Inget att göra: den inaktiveras dagen nedan och tas sedan bort.</translation>
    </message>
    <message>
        <source>Microsoft calls this the easiest way. Nothing changes until the term ends on {0}; then everyone keeps access for 30 days, then it is disabled for 90 days. You pay to the end of the term: no fee, no refund.</source>
        <translation>Microsoft kallar det här det enklaste sättet. Inget ändras förrän perioden slutar den {0}; sedan har alla åtkomst i 30 dagar, och därefter är den inaktiverad i 90 dagar. Du betalar till periodens slut: ingen avgift, ingen återbetalning.</translation>
    </message>
    <message>
        <source>A trial needs no cancelling: it expires by itself on {0}. Its data is deleted after the expired period.</source>
        <translation>En utvärderingsversion behöver inte avbrytas: den går ut av sig själv den {0}. Dess data tas bort efter perioden som utgången.</translation>
    </message>
    <message>
        <source>Graph gives no end of term for this subscription, so the dates count from cancelling today.</source>
        <translation>Graph anger inget slut på perioden för den här prenumerationen, så datumen räknas från att du avbryter i dag.</translation>
    </message>
    <message>
        <source>The subscription is already disabled: the dates follow from its current state.</source>
        <translation>Prenumerationen är redan inaktiverad: datumen följer av dess nuvarande status.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends on {0} may cost an early-termination fee. Check in the admin center before you cancel, or let it run out instead.</source>
        <translation>Att avbryta innan perioden slutar den {0} kan kosta en avgift för förtida uppsägning. Kontrollera i administrationscentret innan du avbryter, eller låt den löpa ut i stället.</translation>
    </message>
    <message>
        <source>Cancelling before the term ends may cost an early-termination fee. Check in the admin center before you cancel.</source>
        <translation>Att avbryta före periodens slut kan kosta en avgift för förtida uppsägning. Kontrollera i administrationscentret innan du avbryter.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription: their terms decide the end date, any fee and any refund. Ask them.</source>
        <translation>Din partner avbryter den här prenumerationen: partnerns villkor avgör slutdatumet, eventuell avgift och eventuell återbetalning. Fråga partnern.</translation>
    </message>
    <message>
        <source>It started less than 7 days ago: cancel by {0} for a prorated refund.</source>
        <translation>Den startade för mindre än 7 dagar sedan: avbryt senast den {0} för en proportionerlig återbetalning.</translation>
    </message>
    <message>
        <source>A prorated refund is given only within 7 days of the start or a renewal. Graph tells the start but not the last renewal, so the wizard cannot know: see the renewal date under Billing &gt; Your products.</source>
        <translation>En proportionerlig återbetalning ges bara inom 7 dagar efter start eller förnyelse. Graph anger starten men inte den senaste förnyelsen, så guiden kan inte veta det: se förnyelsedatumet under Fakturering &gt; Dina produkter.</translation>
    </message>
    <message>
        <source>No refund: the subscription is paid to the end of its term.</source>
        <translation>Ingen återbetalning: prenumerationen är betald till periodens slut.</translation>
    </message>
    <message>
        <source>Any unused, prepaid part comes back as a prorated credit on the next bill.</source>
        <translation>En oanvänd, förbetald del kommer tillbaka som en proportionerlig kredit på nästa faktura.</translation>
    </message>
    <message>
        <source>The dates are on the clipboard.</source>
        <translation>Datumen finns i Urklipp.</translation>
    </message>
    <message>
        <source>key-dates</source>
        <translation>viktiga-datum</translation>
    </message>
    <message>
        <source>Export the key dates</source>
        <translation>Exportera de viktiga datumen</translation>
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
        <translation>Sparad i {0}. Öppna den för att lägga till datumen och deras påminnelser i din kalender.</translation>
    </message>
</context>
<context>
    <name>DemoAdminCenterDialog</name>
    <message>
        <source>Demo stand-in for the Microsoft 365 admin center</source>
        <translation>Demons ersättare för Microsoft 365 administrationscenter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; This is not Microsoft&apos;s admin center. On a real tenant you do these steps in your browser, in the admin center, with the same names.</source>
        <translation>&lt;b&gt;Endast demo.&lt;/b&gt; Det här är inte Microsofts administrationscenter. På en riktig klient gör du de här stegen i webbläsaren, i administrationscentret, med samma namn.</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Dina produkter</translation>
    </message>
    <message>
        <source>{0} – {1} licences</source>
        <translation>{0} – {1} licenser</translation>
    </message>
    <message>
        <source>&amp;Open the subscription</source>
        <translation>Ö&amp;ppna prenumerationen</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Prenumeration:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licenser:</translation>
    </message>
    <message>
        <source>{0} assigned of {1}</source>
        <translation>{0} tilldelade av {1}</translation>
    </message>
    <message>
        <source>Settings &amp;&amp; actions</source>
        <translation>Inställningar &amp;&amp; Åtgärder</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>&amp;Avbryt prenumeration</translation>
    </message>
    <message>
        <source>Key dates: the subscription stops when you cancel. Admins can still reach and back up the data for 90 days; after that it is deleted.</source>
        <translation>Viktiga datum: prenumerationen upphör när du avbryter. Administratörer kan fortfarande nå och säkerhetskopiera data i 90 dagar; sedan tas de bort.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Anledning till avbrottet</translation>
    </message>
    <message>
        <source>Moving to another provider</source>
        <translation>Byter till en annan leverantör</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>För dyrt</translation>
    </message>
    <message>
        <source>The business is closing</source>
        <translation>Företaget läggs ned</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation>A&amp;nledning till avbrottet:</translation>
    </message>
    <message>
        <source>Cancel &amp;subscription</source>
        <translation>Avbryt &amp;prenumeration</translation>
    </message>
    <message>
        <source>The subscription is cancelled. Microsoft 365 can take a while to show it. Close this and choose &lt;b&gt;I have cancelled it&lt;/b&gt; in the wizard.</source>
        <translation>Prenumerationen är avbruten. Det kan ta en stund innan Microsoft 365 visar det. Stäng detta och välj &lt;b&gt;Jag har avbrutit den&lt;/b&gt; i guiden.</translation>
    </message>
    <message>
        <source>Billing &gt; Your products</source>
        <translation>Fakturering &gt; Dina produkter</translation>
    </message>
    <message>
        <source>Billing &gt; Your products &gt; {0}</source>
        <translation>Fakturering &gt; Dina produkter &gt; {0}</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Avbryt prenumeration</translation>
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
        <translation>Inloggad i demoorganisationen</translation>
    </message>
    <message>
        <source>The demo tenant behaves like Microsoft 365, on this computer only.</source>
        <translation>Demoorganisationen fungerar som Microsoft 365, men bara på den här datorn.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratörsroller:</translation>
    </message>
    <message>
        <source>On a real tenant you sign in with your browser or a code, as a Global or Billing Administrator. Cancel365 asks Microsoft only for permission to read; it asks again before it changes anything. Signing in changes nothing in the tenant. What can go wrong: an account without an admin role can look but not cancel, and your organization must have registered Cancel365 first (see Settings).</source>
        <translation>På en riktig klientorganisation loggar du in med webbläsaren eller en kod, som global administratör eller faktureringsadministratör. Cancel365 ber Microsoft bara om behörighet att läsa; den frågar igen innan den ändrar något. Inloggningen ändrar ingenting i klientorganisationen. Vad som kan gå fel: ett konto utan administratörsroll kan titta men inte avbryta, och organisationen måste först ha registrerat Cancel365 (se Inställningar).</translation>
    </message>
    <message>
        <source>Starting the demo tenant and signing in…</source>
        <translation>Startar demoorganisationen och loggar in…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopia</translation>
    </message>
    <message>
        <source>a folder on a disk with enough room</source>
        <translation>en mapp på en disk med tillräckligt utrymme</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Säkerhetskopiera till:</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Vilken mapp ska säkerhetskopian sparas i?</translation>
    </message>
</context>
<context>
    <name>DnsRecordTable</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nuvarande värde</translation>
    </message>
    <message>
        <source>Microsoft 365?</source>
        <translation>Microsoft 365?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad du ska göra</translation>
    </message>
    <message>
        <source>@ is the domain itself</source>
        <translation>@ är själva domänen</translation>
    </message>
    <message>
        <source>Old answer until</source>
        <translation>Gammalt svar till</translation>
    </message>
    <message>
        <source>Everywhere?</source>
        <translation>Överallt?</translation>
    </message>
    <message>
        <source>Until then, DNS servers may keep giving the old answer: the record&apos;s TTL (time to live), cached</source>
        <translation>Fram till dess kan DNS-servrar fortsätta ge det gamla svaret: postens TTL (livslängd) i cache</translation>
    </message>
    <message>
        <source>Whether the domain&apos;s own (authoritative) nameservers give the same answer as the resolver: the change has propagated</source>
        <translation>Om domänens egna (auktoritativa) namnservrar ger samma svar som resolvern: ändringen har spridits</translation>
    </message>
    <message>
        <source>The selected record&apos;s advice is also shown in full below the table</source>
        <translation>Rådet för den valda posten visas också i sin helhet under tabellen</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-poster</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Frågar…</translation>
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
        <translation>Kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
</context>
<context>
    <name>DomainActions</name>
    <message>
        <source>&amp;Message to users…</source>
        <translation>&amp;Meddelande till användare…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Microsoft 365…</source>
        <translation>&amp;Ta bort från Microsoft 365…</translation>
    </message>
    <message>
        <source>Admin &amp;center: Domains</source>
        <translation>Administrations&amp;center: Domäner</translation>
    </message>
    <message>
        <source>Ta&amp;ke off this list</source>
        <translation>Ta bort &amp;från listan</translation>
    </message>
    <message>
        <source>A domain you typed to test: it leaves the list and the risks below (nothing changes in DNS)</source>
        <translation>En domän du skrev in för att testa: den försvinner från listan och riskerna nedan (inget ändras i DNS)</translation>
    </message>
    <message>
        <source>Finding the users on {0}…</source>
        <translation>Söker efter användarna på {0}…</translation>
    </message>
    <message>
        <source>Looking up what still uses {0}…</source>
        <translation>Kontrollerar vad som fortfarande använder {0}…</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…och {0} till.</translation>
    </message>
    <message>
        <source>Domain still in use</source>
        <translation>Domänen används fortfarande</translation>
    </message>
    <message>
        <source>{0} is still used by:
{1}

Change their addresses to another domain in the admin center, then remove the domain.</source>
        <translation>{0} används fortfarande av:
{1}

Byt deras adresser till en annan domän i administrationscentret och ta sedan bort domänen.</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>Ta bort {0}?</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365? This cannot be undone. Do it only once mail and DNS have moved.</source>
        <translation>Ta bort {0} från Microsoft 365? Det går inte att ångra. Gör det först när e-post och DNS har flyttats.</translation>
    </message>
    <message>
        <source>Removing a domain</source>
        <translation>Tar bort en domän</translation>
    </message>
    <message>
        <source>Removing {0}…</source>
        <translation>Tar bort {0}…</translation>
    </message>
    <message>
        <source>{0} was removed from Microsoft 365 (checked).</source>
        <translation>{0} har tagits bort från Microsoft 365 (kontrollerat).</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>Type a domain, e.g. contoso.com</source>
        <translation>Skriv en domän, t.ex. contoso.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message numerus="yes">
        <source>Checking DNS for %n domain(s) with {0}…</source>
        <translation>
            <numerusform>Kontrollerar DNS för %n domän med {0}…</numerusform>
            <numerusform>Kontrollerar DNS för %n domäner med {0}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking DNS for {0} with {1}…</source>
        <translation>Kontrollerar DNS för {0} med {1}…</translation>
    </message>
    <message>
        <source>{0} has answered. Asking the domains&apos; own nameservers whether they agree…</source>
        <translation>{0} har svarat. Frågar domänernas egna namnservrar om de är överens…</translation>
    </message>
    <message>
        <source>Checked at {0} with {1}.</source>
        <translation>Kontrollerat kl. {0} med {1}.</translation>
    </message>
</context>
<context>
    <name>DomainRisks</name>
    <message>
        <source>I &amp;understand, continue anyway</source>
        <translation>Jag förstår, fortsätt &amp;ändå</translation>
    </message>
    <message>
        <source>Your domains could not be read from Microsoft 365.</source>
        <translation>Det gick inte att läsa dina domäner från Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: not checked yet.</source>
        <translation>{0}: inte kontrollerad än.</translation>
    </message>
    <message>
        <source>{0}: mail still goes to Microsoft 365. After you cancel, it bounces.</source>
        <translation>{0}: e-posten går fortfarande till Microsoft 365. När du har avbrutit studsar den.</translation>
    </message>
    <message>
        <source>{0}: some records still point at Microsoft 365.</source>
        <translation>{0}: vissa poster pekar fortfarande på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>{0}: still added to Microsoft 365. Remove it before you cancel.</source>
        <translation>{0}: finns fortfarande i Microsoft 365. Ta bort den innan du avbryter.</translation>
    </message>
</context>
<context>
    <name>DomainSummary</name>
    <message>
        <source>{0}: Microsoft 365 has this domain verified, so it exists, but the DNS server {1} says it does not (NXDOMAIN). That server is wrong or filtering: choose another DNS server above and check again.</source>
        <translation>{0}: Microsoft 365 har verifierat den här domänen, så den finns, men DNS-servern {1} säger att den inte gör det (NXDOMAIN). Den servern har fel eller filtrerar: välj en annan DNS-server ovan och kontrollera igen.</translation>
    </message>
    <message>
        <source>{0}: the DNS server says nothing points at Microsoft 365 any more.</source>
        <translation>{0}: DNS-servern säger att inget längre pekar på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: nothing points at Microsoft 365 any more.</source>
        <translation>{0}: inget pekar längre på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: still points at Microsoft 365.</source>
        <translation>{0}: pekar fortfarande på Microsoft 365.</translation>
    </message>
    <message>
        <source>{0}: could not be checked.</source>
        <translation>{0}: kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answers…</source>
        <translation>Frågar fortfarande domänens egna namnservrar om de ger samma svar…</translation>
    </message>
    <message>
        <source>Not everywhere yet: the domain&apos;s own nameservers give other answers for {0}, so some senders may still get the old answer.</source>
        <translation>Inte överallt än: domänens egna namnservrar ger andra svar för {0}, så vissa avsändare kan fortfarande få det gamla svaret.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer: this is the DNS server&apos;s answer only.</source>
        <translation>Domänens egna namnservrar svarade inte: detta är bara DNS-serverns svar.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Move your domains away from Microsoft 365</source>
        <translation>Flytta dina domäner från Microsoft 365</translation>
    </message>
    <message>
        <source>Mail for your own domain must go to the new provider before you cancel, or it bounces. This page checks DNS live.</source>
        <translation>E-post till din domän måste gå till nya leverantören innan du avbryter, annars studsar den. Sidan kollar DNS live.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kontrollera igen</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domän:</translation>
    </message>
    <message>
        <source>DNS se&amp;rver:</source>
        <translation>DNS-se&amp;rver:</translation>
    </message>
    <message>
        <source>On a real tenant this page asks public DNS where your domain&apos;s mail and records point. Checking changes nothing; you make the DNS changes yourself at your DNS host, mail (MX) first. Remove from Microsoft 365 takes the domain out of your tenant and cannot be undone. What can go wrong: cancelling while MX still points at Microsoft 365 bounces all mail to your domain, and DNS changes take up to the TTL to reach everyone.</source>
        <translation>På en riktig klientorganisation frågar sidan offentlig DNS vart domänens e-post och poster pekar. Kontrollen ändrar ingenting; DNS-ändringarna gör du själv hos din DNS-leverantör, e-post (MX) först. Ta bort från Microsoft 365 tar bort domänen från klientorganisationen och kan inte ångras. Vad som kan gå fel: avbryter du medan MX fortfarande pekar på Microsoft 365 studsar all e-post till domänen, och DNS-ändringar kan ta upp till TTL:en innan de når alla.</translation>
    </message>
    <message>
        <source>Reading your domains from Microsoft 365…</source>
        <translation>Läser dina domäner från Microsoft 365…</translation>
    </message>
    <message>
        <source>Your tenant has no custom domain: nothing to move. You can check any domain by typing it above.</source>
        <translation>Din organisation har ingen egen domän: inget att flytta. Du kan kontrollera vilken domän som helst genom att skriva den ovan.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du ska göra: {0}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>What happens now</source>
        <translation>Vad händer nu</translation>
    </message>
    <message>
        <source>The last steps are Microsoft&apos;s. Save the record: it says what was done, and when.</source>
        <translation>De sista stegen är Microsofts. Spara rapporten: den visar vad som gjordes och när.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Office on your computers.&lt;/b&gt; Users who still have Office installed can only read and print their documents now (reduced-functionality mode). Ask everyone to remove Office from their computers, or to sign in to it with the new provider&apos;s account.</source>
        <translation>&lt;b&gt;Office på era datorer.&lt;/b&gt; Användare som fortfarande har Office installerat kan nu bara läsa och skriva ut sina dokument (läge med begränsade funktioner). Be alla att ta bort Office från sina datorer eller logga in i det med den nya leverantörens konto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed your mind?&lt;/b&gt; For 90 days after it ends, the subscription is disabled: only admins can sign in, read-only, and they can still back up. Within that time you can reactivate it in the admin center, under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Ångrat dig?&lt;/b&gt; I 90 dagar efter att den har upphört är prenumerationen inaktiverad: bara administratörer kan logga in, skrivskyddat, och de kan fortfarande säkerhetskopiera. Under den tiden kan du återaktivera den i administrationscentret under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Dina produkter&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Close the account early.&lt;/b&gt; To have everything deleted before the disabled period ends, follow Microsoft&apos;s &lt;a href=&apos;{0}&apos;&gt;Close your account&lt;/a&gt;. Deleting the subscription skips the disabled period: SharePoint and OneDrive data is deleted at once and cannot be brought back.</source>
        <translation>&lt;b&gt;Stäng kontot tidigare.&lt;/b&gt; Vill du att allt raderas innan den inaktiverade perioden är slut följer du Microsofts &lt;a href=&apos;{0}&apos;&gt;Stäng ditt konto&lt;/a&gt;. Om du tar bort prenumerationen hoppas den inaktiverade perioden över: data i SharePoint och OneDrive raderas direkt och kan inte återställas.</translation>
    </message>
    <message>
        <source>The cancellation record</source>
        <translation>Uppsägningsrapporten</translation>
    </message>
    <message>
        <source>Two files in a folder you choose: a PDF to read and print, and the same record as JSON for your files. They hold no password or token.</source>
        <translation>Två filer i en mapp du väljer: en PDF att läsa och skriva ut, och samma rapport som JSON för ert arkiv. De innehåller inget lösenord eller token.</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>&amp;Spara rapporten…</translation>
    </message>
    <message>
        <source>The record to read and print (PDF)</source>
        <translation>Rapporten att läsa och skriva ut (PDF)</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Ö&amp;ppna PDF</translation>
    </message>
    <message>
        <source>S&amp;how in folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
    <message>
        <source>The record as data (JSON)</source>
        <translation>Rapporten som data (JSON)</translation>
    </message>
    <message>
        <source>Open &amp;JSON</source>
        <translation>Öppna &amp;JSON</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Visa i m&amp;app</translation>
    </message>
    <message>
        <source>The record is saved.</source>
        <translation>Rapporten är sparad.</translation>
    </message>
    <message>
        <source>On a real tenant nothing changes here: this page only explains what Microsoft does next and saves the record on your computer. Keep the record with your accounts; it shows the backup&apos;s manifest hash, the DNS before and after, and Graph&apos;s proof.</source>
        <translation>På en riktig klientorganisation ändras ingenting här: sidan förklarar bara vad Microsoft gör sedan och sparar rapporten på din dator. Spara rapporten med bokföringen; den visar säkerhetskopians manifest-hash, DNS före och efter och beviset från Graph.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; Microsoft 365 showed the subscription no longer Enabled at {0}.</source>
        <translation>&lt;b&gt;Avbruten.&lt;/b&gt; Microsoft 365 visade att prenumerationen inte längre var Enabled (sett {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not proven yet.&lt;/b&gt; Microsoft 365 has not shown the subscription leave Enabled. Check it later in the admin center under &lt;a href=&apos;{0}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;, or run &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Inte bevisat än.&lt;/b&gt; Microsoft 365 har inte visat att prenumerationen inte längre är Enabled. Kontrollera det senare i administrationscentret under &lt;a href=&apos;{0}&apos;&gt;Fakturering &amp;gt; Dina produkter&lt;/a&gt;, eller kör &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Close without the record?</source>
        <translation>Stäng utan rapporten?</translation>
    </message>
    <message>
        <source>The cancellation record is not saved. It is the only written proof of what was done. Close Cancel365 anyway?</source>
        <translation>Uppsägningsrapporten är inte sparad. Den är det enda skriftliga beviset på vad som gjordes. Vill du stänga Cancel365 ändå?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; They were not worked out: go back to the Key dates page to see them.</source>
        <translation>&lt;b&gt;Viktiga datum.&lt;/b&gt; De beräknades inte: gå tillbaka till sidan Viktiga datum för att se dem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key dates.&lt;/b&gt; Put them in your calendar:</source>
        <translation>&lt;b&gt;Viktiga datum.&lt;/b&gt; Skriv in dem i din kalender:</translation>
    </message>
    <message>
        <source>Save the cancellation record in</source>
        <translation>Spara uppsägningsrapporten i</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Sparar rapporten…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>Varför slutar ni? (valfritt)</translation>
    </message>
    <message>
        <source>Your answer goes into the cancellation record, and you can paste it into Microsoft&apos;s own feedback box when you cancel.</source>
        <translation>Ditt svar kommer med i uppsägningsrapporten, och du kan klistra in det i Microsofts egen feedbackruta när du avbryter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this page is sent anywhere.&lt;/b&gt; Cancel365 keeps your answer only in the cancellation record you save at the end. Skip the page if you like.</source>
        <translation>&lt;b&gt;Ingenting på den här sidan skickas någonstans.&lt;/b&gt; Cancel365 sparar ditt svar bara i den uppsägningsrapport du sparar till sist. Hoppa över sidan om du vill.</translation>
    </message>
    <message>
        <source>Why the organization is leaving</source>
        <translation>Varför organisationen slutar</translation>
    </message>
    <message>
        <source>It &amp;costs too much</source>
        <translation>Det &amp;kostar för mycket</translation>
    </message>
    <message>
        <source>We are &amp;moving to another provider</source>
        <translation>Vi b&amp;yter till en annan leverantör</translation>
    </message>
    <message>
        <source>The business is c&amp;losing or merging</source>
        <translation>Företaget &amp;läggs ner eller går samman</translation>
    </message>
    <message>
        <source>&amp;Features we need are missing</source>
        <translation>&amp;Funktioner vi behöver saknas</translation>
    </message>
    <message>
        <source>It is too comple&amp;x for us</source>
        <translation>Det är för kom&amp;plicerat för oss</translation>
    </message>
    <message>
        <source>&amp;Another reason</source>
        <translation>&amp;Ett annat skäl</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Le&amp;verantörens namn:</translation>
    </message>
    <message>
        <source>The new provider&apos;s name</source>
        <translation>Den nya leverantörens namn</translation>
    </message>
    <message>
        <source>for example Google Workspace</source>
        <translation>till exempel Google Workspace</translation>
    </message>
    <message>
        <source>Commen&amp;t:</source>
        <translation>Kommen&amp;tar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell Microsoft</source>
        <translation>Något annat du vill komma ihåg eller berätta för Microsoft</translation>
    </message>
    <message>
        <source>Cop&amp;y for the admin center</source>
        <translation>Kop&amp;iera till administrationscentret</translation>
    </message>
    <message>
        <source>Puts your answer on the clipboard, to paste into the admin center&apos;s feedback box when you cancel</source>
        <translation>Lägger ditt svar i urklipp, så att du kan klistra in det i administrationscentrets feedbackruta när du avbryter</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing either: the answer stays on your computer, in the record. When you cancel, the admin center asks why you are leaving; paste the copied text there if you want Microsoft to know.</source>
        <translation>På en riktig klientorganisation ändrar den här sidan inte heller något: svaret stannar på din dator, i rapporten. När du avbryter frågar administrationscentret varför ni slutar; klistra in den kopierade texten där om du vill att Microsoft ska få veta.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the admin center&apos;s feedback box when you cancel.</source>
        <translation>Kopierat. Klistra in det i administrationscentrets feedbackruta när du avbryter.</translation>
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
        <translation>Guidens språk; det byts direkt</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Demo lesson: on a real tenant</source>
        <translation>Demolektion: på en riktig klientorganisation</translation>
    </message>
    <message>
        <source>Demo lesson</source>
        <translation>Demolektion</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Uppfattat</translation>
    </message>
    <message>
        <source>Got it: hide this lesson</source>
        <translation>Uppfattat: dölj den här lektionen</translation>
    </message>
</context>
<context>
    <name>LicenceRemovalDialog</name>
    <message>
        <source>Remove licences – {0}</source>
        <translation>Ta bort licenser – {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their data is deleted 30 days later.&lt;/b&gt; Microsoft keeps a user&apos;s data for 30 days after the licence is removed (give it back and nothing is lost). After that everything but documents stored on SharePoint sites is deleted for good: their mailbox and their OneDrive included. Back up their OneDrives first: the Backup page saves every mailbox too (mail, calendars, contacts). To keep a mailbox in Microsoft 365 without a licence, convert it to a shared mailbox in the admin center first (Users › Active users › the user › Mail › Convert to shared mailbox).</source>
        <translation>&lt;b&gt;Deras data raderas 30 dagar senare.&lt;/b&gt; Microsoft behåller en användares data i 30 dagar efter att licensen tagits bort (ge tillbaka den så går inget förlorat). Därefter raderas allt utom dokument på SharePoint-webbplatser för gott, även postlådan och OneDrive. Säkerhetskopiera deras OneDrive först: sidan Säkerhetskopiering sparar också alla postlådor (e-post, kalendrar, kontakter). För att behålla en postlåda i Microsoft 365 utan licens, konvertera den först till en delad postlåda i administrationscentret (Användare › Aktiva användare › användaren › E-post › Konvertera till delad postlåda).</translation>
    </message>
    <message>
        <source>Licensed users</source>
        <translation>Licensierade användare</translation>
    </message>
    <message>
        <source>Reading who has a licence…</source>
        <translation>Läser vem som har en licens…</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(du)</translation>
    </message>
    <message>
        <source>Remove licences?</source>
        <translation>Ta bort licenser?</translation>
    </message>
    <message numerus="yes">
        <source>Tick the users who should lose their {product} licence. They lose access to the apps and services of this subscription at once. Remove at least %n to get to 25.</source>
        <translation>
            <numerusform>Markera de användare som ska förlora sin {product}-licens. De förlorar genast åtkomst till prenumerationens appar och tjänster. Ta bort minst %n för att komma ner till 25.</numerusform>
            <numerusform>Markera de användare som ska förlora sin {product}-licens. De förlorar genast åtkomst till prenumerationens appar och tjänster. Ta bort minst %n för att komma ner till 25.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove licences</source>
        <translation>&amp;Ta bort licenser</translation>
    </message>
    <message>
        <source>&amp;Back up their OneDrives first…</source>
        <translation>&amp;Säkerhetskopiera deras OneDrive först…</translation>
    </message>
    <message>
        <source>The Backup page then backs up only the ticked users&apos; OneDrives; come back here afterwards to remove the licences.</source>
        <translation>Sidan Säkerhetskopia säkerhetskopierar då bara de markerade användarnas OneDrive; kom tillbaka hit efteråt för att ta bort licenserna.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen.</source>
        <translation>
            <numerusform>%n valda.</numerusform>
            <numerusform>%n valda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences assigned afterwards: {left} (online cancellation needs 25 or fewer).</source>
        <translation>Tilldelade licenser efteråt: {left} (avbrott online kräver 25 eller färre).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…och %n till</numerusform>
            <numerusform>…och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the {product} licence from %n user(s)?</source>
        <translation>
            <numerusform>Ta bort {product}-licensen från %n användare?</numerusform>
            <numerusform>Ta bort {product}-licensen från %n användare?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their mailbox and OneDrive are deleted for good 30 days from now, unless you give the licence back before then.</source>
        <translation>Postlådan och OneDrive raderas för gott om 30 dagar, om du inte ger tillbaka licensen innan dess.</translation>
    </message>
    <message>
        <source>You are removing your own licence. You stay an administrator and can still sign in to the admin center and to Cancel365, but you lose Outlook, Teams and OneDrive at once, and your own mailbox and OneDrive are deleted 30 days from now. Back up your OneDrive first, and convert your mailbox to a shared mailbox if you need to keep it. Remove your own licence anyway?</source>
        <translation>Du tar bort din egen licens. Du förblir administratör och kan fortfarande logga in i administrationscentret och Cancel365, men du förlorar genast Outlook, Teams och OneDrive, och din egen postlåda och OneDrive raderas om 30 dagar. Säkerhetskopiera din OneDrive först och konvertera din postlåda till en delad postlåda om du vill behålla den. Ta bort din egen licens ändå?</translation>
    </message>
    <message>
        <source>Remove your own licence?</source>
        <translation>Ta bort din egen licens?</translation>
    </message>
    <message numerus="yes">
        <source>The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. Close this window, go on to the Backup page, run the backup, then come back here with Back to remove the licences.</source>
        <translation>
            <numerusform>Sidan Säkerhetskopia (steg 4) säkerhetskopierar OneDrive för den %n användare du markerade. Stäng fönstret, gå vidare till sidan Säkerhetskopia, kör säkerhetskopian och kom sedan tillbaka hit med Tillbaka för att ta bort licenserna.</numerusform>
            <numerusform>Sidan Säkerhetskopia (steg 4) säkerhetskopierar OneDrive för de %n användare du markerade. Stäng fönstret, gå vidare till sidan Säkerhetskopia, kör säkerhetskopian och kom sedan tillbaka hit med Tillbaka för att ta bort licenserna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing licences</source>
        <translation>Tar bort licenser</translation>
    </message>
    <message>
        <source>Removing licences…</source>
        <translation>Tar bort licenser…</translation>
    </message>
    <message numerus="yes">
        <source>Licences removed: %n.</source>
        <translation>
            <numerusform>Borttagna licenser: %n.</numerusform>
            <numerusform>Borttagna licenser: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be removed:</source>
        <translation>
            <numerusform>%n kunde inte tas bort:</numerusform>
            <numerusform>%n kunde inte tas bort:</numerusform>
        </translation>
    </message>
    <message>
        <source>Their data is kept until {date}; give a licence back before then and nothing is lost.</source>
        <translation>Deras data behålls till {date}; ge tillbaka en licens innan dess så går inget förlorat.</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-post, kalendrar och kontakter</translation>
    </message>
    <message>
        <source>Pause &amp;mail</source>
        <translation>Pausa &amp;e-post</translation>
    </message>
    <message>
        <source>Resume &amp;mail</source>
        <translation>Återuppta &amp;e-post</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postlåda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Mailboxes in the backup</source>
        <translation>Postlådor i säkerhetskopian</translation>
    </message>
    <message>
        <source>Mail backup progress</source>
        <translation>Förlopp för säkerhetskopiering av e-post</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delad postlåda</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>rumspostlåda</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>resurspostlåda</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>annan postlåda</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>användare utan licens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delad postlåda eller rumspostlåda (utan licens)</translation>
    </message>
    <message>
        <source>Finding every mailbox…</source>
        <translation>Hittar alla postlådor…</translation>
    </message>
    <message>
        <source>Mail could not be backed up: {0}</source>
        <translation>E-posten kunde inte säkerhetskopieras: {0}</translation>
    </message>
    <message>
        <source>The mail backup stopped: {0}</source>
        <translation>Säkerhetskopieringen av e-post stoppades: {0}</translation>
    </message>
    <message>
        <source>Mail is left out: this access cannot read mailboxes (it has no Mail.Read permission). The files are not affected. &quot;Set up backup access for me&quot; adds Mail.Read, Calendars.Read and Contacts.Read.</source>
        <translation>E-post utelämnas: den här åtkomsten kan inte läsa postlådor (den saknar behörigheten Mail.Read). Filerna påverkas inte. &quot;Konfigurera åtkomst för säkerhetskopiering åt mig&quot; lägger till Mail.Read, Calendars.Read och Contacts.Read.</translation>
    </message>
    <message>
        <source>The mail backup is complete.</source>
        <translation>Säkerhetskopian av e-post är fullständig.</translation>
    </message>
    <message>
        <source>The mail backup is incomplete.</source>
        <translation>Säkerhetskopian av e-post är ofullständig.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts. Saved as {4} in {5}.</source>
        <translation>{0} meddelanden kontrollerade, {1} misslyckades; {2} händelser; {3} kontakter. Sparat som {4} i {5}.</translation>
    </message>
    <message>
        <source>{0} of {1} messages saved and verified, {2} failed; {3} of {4} mailboxes done.</source>
        <translation>{0} av {1} meddelanden sparade och kontrollerade, {2} misslyckades; {3} av {4} postlådor klara.</translation>
    </message>
    <message>
        <source>Mail is paused: no new request goes to Microsoft 365 until you resume, and it goes on where it stopped.</source>
        <translation>E-posten är pausad: ingen ny begäran skickas till Microsoft 365 förrän du återupptar, och den fortsätter där den stannade.</translation>
    </message>
    <message>
        <source>Mailboxes, shared and room mailboxes included: {0}. Messages: {1}, {2}. Every folder is saved as Maildir (Dovecot or any IMAP server opens it), calendars as .ics, contacts as .vcf.</source>
        <translation>Postlådor, delade postlådor och rumspostlådor inräknade: {0}. Meddelanden: {1}, {2}. Varje mapp sparas som Maildir (Dovecot eller vilken IMAP-server som helst öppnar den), kalendrar som .ics, kontakter som .vcf.</translation>
    </message>
    <message>
        <source>Shared and room mailboxes are shown together: telling them apart needs the MailboxSettings.Read permission, which this access does not have. Both are backed up all the same.</source>
        <translation>Delade postlådor och rumspostlådor visas tillsammans: för att skilja dem åt krävs behörigheten MailboxSettings.Read, som den här åtkomsten saknar. Båda säkerhetskopieras ändå.</translation>
    </message>
    <message>
        <source>Messages: {0} in {1} folders, {2}</source>
        <translation>Meddelanden: {0} i {1} mappar, {2}</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrollerade: {0} av {1} meddelanden. Misslyckades: {2}. Händelser: {3}. Kontakter: {4}.</translation>
    </message>
</context>
<context>
    <name>MailMovePage</name>
    <message>
        <source>Move mail to the new provider</source>
        <translation>Flytta e-post till den nya leverantören</translation>
    </message>
    <message>
        <source>Optional: Cancel365 copies each user&apos;s saved mail into their new mailbox, folder by folder, without duplicates.</source>
        <translation>Valfritt: Cancel365 kopierar varje användares sparade e-post till den nya brevlådan, mapp för mapp, utan dubbletter.</translation>
    </message>
    <message>
        <source>For each user, enter the new provider&apos;s IMAP login (the provider&apos;s help pages name the server; some need an app password). Passwords are kept in this computer&apos;s password store only.</source>
        <translation>Ange för varje användare IMAP-inloggningen hos den nya leverantören (leverantörens hjälpsidor anger servern; vissa kräver ett applösenord). Lösenord sparas bara i den här datorns lösenordsarkiv.</translation>
    </message>
    <message>
        <source>Users whose mail was saved</source>
        <translation>Användare vars e-post sparades</translation>
    </message>
    <message>
        <source>On a real tenant this copies each user&apos;s mail from the backup on this computer into their mailbox at the new provider, over IMAP. It changes nothing in Microsoft 365, and at the new provider it only adds messages: a second run adds only what is missing. What can go wrong: a wrong password or a provider that wants an app password (Test login says so), or a full mailbox at the new provider (that user stops, the others go on).</source>
        <translation>På en riktig klientorganisation kopierar detta varje användares e-post från säkerhetskopian på den här datorn till brevlådan hos den nya leverantören via IMAP. Det ändrar ingenting i Microsoft 365, och hos den nya leverantören lägger det bara till meddelanden: en ny körning lägger bara till det som saknas. Det här kan gå fel: ett felaktigt lösenord eller en leverantör som kräver ett applösenord (Testa inloggning säger det), eller en full brevlåda hos den nya leverantören (den användaren stoppas, de andra fortsätter).</translation>
    </message>
    <message>
        <source>Looking for the saved mailboxes…</source>
        <translation>Letar efter de sparade brevlådorna…</translation>
    </message>
    <message>
        <source>No mailbox was saved in this run (the Backup page saves them), so there is nothing to move here. Users who want their old mail at the new provider move it themselves.</source>
        <translation>Ingen brevlåda sparades under den här körningen (sidan Säkerhetskopiering sparar dem), så det finns inget att flytta här. Användare som vill ha sin gamla e-post hos den nya leverantören flyttar den själva.</translation>
    </message>
    <message numerus="yes">
        <source>The mail of %n user(s) was saved in {0}.</source>
        <translation>
            <numerusform>E-posten för %n användare sparades i {0}.</numerusform>
            <numerusform>E-posten för %n användare sparades i {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waits while the mail is moving: wait for it to end, or Stop.</source>
        <translation>Nästa väntar medan e-posten flyttas: vänta tills det är klart, eller tryck Stoppa.</translation>
    </message>
    <message>
        <source>Choose whether to move the mail or to skip this step.</source>
        <translation>Välj om e-posten ska flyttas eller om du hoppar över det här steget.</translation>
    </message>
    <message>
        <source>Next goes on once the mail was moved (or choose Skip). Fill in each user&apos;s login, then Move mail.</source>
        <translation>Nästa går vidare när e-posten har flyttats (eller välj Hoppa över). Fyll i varje användares inloggning och tryck sedan Flytta e-post.</translation>
    </message>
    <message>
        <source>Accounts file</source>
        <translation>Kontofil</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <source>Trying what would be sent…</source>
        <translation>Provar vad som skulle skickas…</translation>
    </message>
    <message>
        <source>Moving the mail…</source>
        <translation>Flyttar e-posten…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Stoppar efter meddelandet som skickas nu…</translation>
    </message>
    <message>
        <source>Stop moving the mail?</source>
        <translation>Stoppa flytten av e-post?</translation>
    </message>
    <message>
        <source>Mail is moving to the new provider. Stop it and close Cancel365? What has arrived stays there; Move mail on the next start sends only what is missing.</source>
        <translation>E-posten flyttas till den nya leverantören. Stoppa och stänga Cancel365? Det som har kommit fram stannar där; Flytta e-post vid nästa start skickar bara det som saknas.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The counts above are what a move would send now.</source>
        <translation>Provkörning: ingenting skickades. Siffrorna ovan är vad en flytt skulle skicka nu.</translation>
    </message>
    <message numerus="yes">
        <source>Every message of %n user(s) is at the new provider (counted again there).</source>
        <translation>
            <numerusform>Alla meddelanden för %n användare finns hos den nya leverantören (räknade igen där).</numerusform>
            <numerusform>Alla meddelanden för %n användare finns hos den nya leverantören (räknade igen där).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete for %n user(s): some of their mail is not at the new provider. The report says what and why; Move mail again adds only what is missing.</source>
        <translation>
            <numerusform>Inte klart för %n användare: en del av e-posten finns inte hos den nya leverantören. Rapporten säger vad och varför; Flytta e-post igen lägger bara till det som saknas.</numerusform>
            <numerusform>Inte klart för %n användare: en del av deras e-post finns inte hos den nya leverantören. Rapporten säger vad och varför; Flytta e-post igen lägger bara till det som saknas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved, with no login filled in: %n user(s).</source>
        <translation>
            <numerusform>Inte flyttade, utan ifylld inloggning: %n användare.</numerusform>
            <numerusform>Inte flyttade, utan ifylld inloggning: %n användare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveActions</name>
    <message>
        <source>&amp;Fill from a CSV file…</source>
        <translation>Fyll i från en &amp;CSV-fil…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Provkörning</translation>
    </message>
    <message>
        <source>Move m&amp;ail</source>
        <translation>Flytta &amp;e-post</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Öppna &amp;rapporten</translation>
    </message>
</context>
<context>
    <name>MoveChoice</name>
    <message>
        <source>&amp;Move the saved mail into the new mailboxes</source>
        <translation>&amp;Flytta den sparade e-posten till de nya brevlådorna</translation>
    </message>
    <message>
        <source>S&amp;kip: users move their own mail, or there is no new provider yet</source>
        <translation>&amp;Hoppa över: användarna flyttar sin e-post själva, eller så finns ingen ny leverantör ännu</translation>
    </message>
    <message>
        <source>If you skip, Cancel365 copies nothing: the old mail stays in the backup folder and in Microsoft 365 until Microsoft deletes it, and each user who wants it at the new provider must move it there themselves. Say so in the message to users (the Domains page writes it).</source>
        <translation>Om du hoppar över kopierar Cancel365 ingenting: den gamla e-posten ligger kvar i säkerhetskopians mapp och i Microsoft 365 tills Microsoft tar bort den, och varje användare som vill ha den hos den nya leverantören måste flytta den dit själv. Skriv det i meddelandet till användarna (sidan Domäner skriver det).</translation>
    </message>
</context>
<context>
    <name>MoveUserBox</name>
    <message>
        <source>{0}: {1} messages in {2} folders</source>
        <translation>{0}: {1} meddelanden i {2} mappar</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>IMAP-användare:</translation>
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
        <translation>Säkerhet:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
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
        <translation>Ingen (bara en testserver på den här datorn)</translation>
    </message>
    <message>
        <source>often the e-mail address</source>
        <translation>ofta e-postadressen</translation>
    </message>
    <message>
        <source>for example imap.example.com</source>
        <translation>till exempel imap.example.com</translation>
    </message>
    <message>
        <source>Saved in your password store</source>
        <translation>Sparat i ditt lösenordsarkiv</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>lösenord eller applösenord</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Testa inloggning</translation>
    </message>
    <message>
        <source>IMAP user for {0}</source>
        <translation>IMAP-användare för {0}</translation>
    </message>
    <message>
        <source>IMAP server for {0}</source>
        <translation>IMAP-server för {0}</translation>
    </message>
    <message>
        <source>Port for {0}</source>
        <translation>Port för {0}</translation>
    </message>
    <message>
        <source>Security for {0}</source>
        <translation>Säkerhet för {0}</translation>
    </message>
    <message>
        <source>Password for {0}</source>
        <translation>Lösenord för {0}</translation>
    </message>
    <message>
        <source>Test login for {0}</source>
        <translation>Testa inloggning för {0}</translation>
    </message>
    <message>
        <source>Mail moved for {0}</source>
        <translation>Flyttad e-post för {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Flyttar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>{0}: {1} sent, {2} already there, {3} failed, of {4}.</source>
        <translation>{0}: {1} skickade, {2} fanns redan, {3} misslyckades, av {4}.</translation>
    </message>
</context>
<context>
    <name>MoveUsers</name>
    <message>
        <source>Filled {0} of {1} users from the file. Passwords from it, saved in your password store: {2}.</source>
        <translation>{0} av {1} användare ifyllda från filen. Lösenord från den, sparade i ditt lösenordsarkiv: {2}.</translation>
    </message>
    <message>
        <source>Not saved in this backup: {0}.</source>
        <translation>Inte sparade i den här säkerhetskopian: {0}.</translation>
    </message>
    <message>
        <source>Enter the IMAP user and server first.</source>
        <translation>Ange IMAP-användare och server först.</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>Testar inloggningen…</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Ange lösenordet först.</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Nothing opened it</source>
        <translation>Inget öppnade det</translation>
    </message>
    <message>
        <source>No mail program on this computer opened the message. Copy it and paste it into your mail (web mail works too); send it to:</source>
        <translation>Inget e-postprogram på den här datorn öppnade meddelandet. Kopiera det och klistra in det i din e-post (webbmejl fungerar också); skicka det till:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Kopiera meddelandet</translation>
    </message>
    <message>
        <source>No program on this computer opened the file. It is here:</source>
        <translation>Inget program på den här datorn öppnade filen. Den finns här:</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>&amp;Kopiera sökvägen</translation>
    </message>
    <message>
        <source>No browser on this computer opened the page. Copy the address into a browser (on any computer):</source>
        <translation>Ingen webbläsare på den här datorn öppnade sidan. Kopiera adressen till en webbläsare (på vilken dator som helst):</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Kopiera adressen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopierat.</translation>
    </message>
    <message>
        <source>The folder did not open either: {0}</source>
        <translation>Mappen öppnades inte heller: {0}</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Change the backup&apos;s a&amp;ccess…</source>
        <translation>Ändra säkerhetskopians å&amp;tkomst…</translation>
    </message>
    <message>
        <source>Set up backup access, use an existing app registration, or back up only what your own sign-in opens.</source>
        <translation>Konfigurera åtkomst för säkerhetskopian, använd en befintlig appregistrering eller säkerhetskopiera bara det din egen inloggning kan öppna.</translation>
    </message>
    <message>
        <source>&amp;Start the backup</source>
        <translation>&amp;Starta säkerhetskopieringen</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Vad som ska säkerhetskopieras</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>User or site</source>
        <translation>Användare eller webbplats</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Users and sites to back up</source>
        <translation>Användare och webbplatser som ska säkerhetskopieras</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>storlek okänd</translation>
    </message>
    <message>
        <source>{0} free at {1}; the backup needs about {2}: the files still to fetch, plus a tenth and 16 MB for the list of every file it keeps (its manifest) and room to spare.</source>
        <translation>{0} ledigt på {1}; säkerhetskopian behöver ungefär {2}: filerna som återstår, plus en tiondel och 16 MB för listan över varje fil den sparar (dess manifest) och lite marginal.</translation>
    </message>
    <message>
        <source>Left out of the backup ({0}):</source>
        <translation>Utelämnade från säkerhetskopian ({0}):</translation>
    </message>
    <message>
        <source>Nothing is left out: every user and site is listed.</source>
        <translation>Inget är utelämnat: alla användare och webbplatser finns i listan.</translation>
    </message>
    <message>
        <source>Drives chosen: {0}, {1} in all.</source>
        <translation>Valda bibliotek: {0}, {1} totalt.</translation>
    </message>
    <message>
        <source>{0} free at {1}; every file there is verified already.</source>
        <translation>{0} ledigt på {1}; alla filer där är redan kontrollerade.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no size for some drives, so Cancel365 cannot be sure the room is enough.</source>
        <translation>Microsoft 365 angav ingen storlek för vissa enheter, så Cancel365 kan inte vara säker på att utrymmet räcker.</translation>
    </message>
    <message>
        <source>Not enough room: free up {0}, choose another folder, or deselect users or sites.</source>
        <translation>Inte tillräckligt med utrymme: frigör {0}, välj en annan mapp eller avmarkera användare eller webbplatser.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Backup progress</source>
        <translation>Förlopp för säkerhetskopieringen</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Användare eller webbplats</translation>
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
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Each drive&apos;s progress</source>
        <translation>Förlopp för varje bibliotek</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>listing files</source>
        <translation>listar filer</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>laddar ned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte startad</translation>
    </message>
    <message>
        <source>stopped (resumes next time)</source>
        <translation>stoppad (återupptas nästa gång)</translation>
    </message>
    <message>
        <source>In the backup: {0} of {1} files, {2} of {3}</source>
        <translation>I säkerhetskopian: {0} av {1} filer, {2} av {3}</translation>
    </message>
    <message>
        <source>{0} of {1} · files: {2} of {3}</source>
        <translation>{0} av {1} · filer: {2} av {3}</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>misslyckades: {0}</translation>
    </message>
    <message>
        <source>Listing the files of {0}: {1} (files so far: {2})</source>
        <translation>Listar filerna för {0}: {1} (filer hittills: {2})</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(misslyckades: {0})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>cirka {0} kvar</translation>
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
        <translation>{0} h {1} min</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message>
        <source>4. Proof from Microsoft 365</source>
        <translation>4. Bevis från Microsoft 365</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollera i&amp;gen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppa</translation>
    </message>
    <message>
        <source>Continue without proof: I will check &amp;later with cancel365 status</source>
        <translation>Fortsätt utan bevis: jag kontrollerar &amp;senare med cancel365 status</translation>
    </message>
    <message>
        <source>Time left to wait for proof</source>
        <translation>Återstående tid att vänta på bevis</translation>
    </message>
    <message>
        <source>Checking Microsoft 365: {0}:{1:02d} left</source>
        <translation>Kontrollerar Microsoft 365: {0}:{1:02d} kvar</translation>
    </message>
    <message>
        <source>Proof seen</source>
        <translation>Bevis sett</translation>
    </message>
    <message>
        <source>Time is up: no proof yet</source>
        <translation>Tiden är ute: inget bevis ännu</translation>
    </message>
    <message>
        <source>Not checking</source>
        <translation>Kontrollerar inte</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Inget avläst ännu.</translation>
    </message>
    <message>
        <source>Last read at {0}. Subscription: {1}. Licences: {2}.</source>
        <translation>Senast avläst kl. {0}. Prenumeration: {1}. Licenser: {2}.</translation>
    </message>
    <message>
        <source>Active (Enabled)</source>
        <translation>Aktiv (Enabled)</translation>
    </message>
    <message>
        <source>Expired, grace period (Warning)</source>
        <translation>Utgången, respitperiod (Warning)</translation>
    </message>
    <message>
        <source>Disabled (Suspended)</source>
        <translation>Inaktiverad (Suspended)</translation>
    </message>
    <message>
        <source>Cancelled (LockedOut)</source>
        <translation>Avbruten (LockedOut)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen (Deleted)</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>Inte längre listad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: Microsoft 365 shows the change.&lt;/b&gt; The subscription and its licences are no longer Enabled (seen at {0}).</source>
        <translation>&lt;b&gt;Klart: Microsoft 365 visar ändringen.&lt;/b&gt; Prenumerationen och dess licenser är inte längre Enabled (sett kl. {0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft 365 still shows the subscription as Enabled after {0} min.&lt;/b&gt; A cancellation can take a while to show. In the admin center, open &lt;b&gt;Billing&lt;/b&gt; &amp;gt; &lt;b&gt;Your products&lt;/b&gt; and check that the subscription no longer says Active; if it does, cancel it again or call support. Then choose &lt;b&gt;Check again&lt;/b&gt;, or check later with &lt;tt&gt;cancel365 status&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Microsoft 365 visar fortfarande prenumerationen som Enabled efter {0} min.&lt;/b&gt; Det kan ta en stund innan ett avbrott syns. Öppna &lt;b&gt;Fakturering&lt;/b&gt; &amp;gt; &lt;b&gt;Dina produkter&lt;/b&gt; i administrationscentret och kontrollera att det inte längre står Aktiv vid prenumerationen; gör det det, avbryt den igen eller ring supporten. Välj sedan &lt;b&gt;Kontrollera igen&lt;/b&gt;, eller kontrollera senare med &lt;tt&gt;cancel365 status&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Stopped. Choose &lt;b&gt;Check again&lt;/b&gt; to go on waiting for the proof.</source>
        <translation>Stoppad. Välj &lt;b&gt;Kontrollera igen&lt;/b&gt; för att fortsätta vänta på beviset.</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>Check again &amp;every</source>
        <translation>Kontrollera igen &amp;var</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between checks</source>
        <translation>Sekunder mellan kontrollerna</translation>
    </message>
</context>
<context>
    <name>RegistrationGuide</name>
    <message>
        <source>Register Cancel365 in your organization</source>
        <translation>Registrera Cancel365 i din organisation</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: you decide what it may do, and you can delete it when you are done. A Global Administrator creates it once, in about five minutes. No secret is needed.</source>
        <translation>Cancel365 loggar in som din organisations egen appregistrering: du bestämmer vad den får göra, och du kan ta bort den när du är klar. En global administratör skapar den en gång, på ungefär fem minuter. Ingen hemlighet behövs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Open the Microsoft Entra admin center and sign in as a Global Administrator. Go to &lt;b&gt;Identity › Applications › App registrations&lt;/b&gt; and select &lt;b&gt;New registration&lt;/b&gt;. The values to enter:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Öppna administrationscentret för Microsoft Entra och logga in som global administratör. Gå till &lt;b&gt;Identitet › Program › Appregistreringar&lt;/b&gt; och välj &lt;b&gt;Ny registrering&lt;/b&gt;. Värdena du ska ange:</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Supported account types&lt;/b&gt;: &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt; is fine. Under &lt;b&gt;Redirect URI&lt;/b&gt;, select the platform &lt;b&gt;Public client/native (mobile &amp;amp; desktop)&lt;/b&gt; and paste the redirect URI above. Select &lt;b&gt;Register&lt;/b&gt;.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; &lt;b&gt;Kontotyper som stöds&lt;/b&gt;: &lt;b&gt;Endast konton i den här organisationskatalogen&lt;/b&gt; går bra. Under &lt;b&gt;Omdirigerings-URI&lt;/b&gt; väljer du plattformen &lt;b&gt;Offentlig klient/intern (mobil och stationär dator)&lt;/b&gt; och klistrar in omdirigerings-URI:n ovan. Välj &lt;b&gt;Registrera&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Open &lt;b&gt;Authentication&lt;/b&gt;: under &lt;b&gt;Mobile and desktop applications&lt;/b&gt; the redirect URI http://localhost is listed. Set &lt;b&gt;Allow public client flows&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt; (for signing in with a code) and select &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Öppna &lt;b&gt;Autentisering&lt;/b&gt;: under &lt;b&gt;Mobil- och skrivbordsprogram&lt;/b&gt; står omdirigerings-URI:n http://localhost. Ställ in &lt;b&gt;Tillåt offentliga klientflöden&lt;/b&gt; på &lt;b&gt;Ja&lt;/b&gt; (för inloggning med en kod) och välj &lt;b&gt;Spara&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Open &lt;b&gt;API permissions › Add a permission › Microsoft Graph › Delegated permissions&lt;/b&gt; and add the permissions above. Cancel365 asks only to read when you sign in, and for a write permission only when you start what needs it.</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Öppna &lt;b&gt;API-behörigheter › Lägg till en behörighet › Microsoft Graph › Delegerade behörigheter&lt;/b&gt; och lägg till behörigheterna ovan. Cancel365 ber bara om att läsa när du loggar in, och om en skrivbehörighet först när du startar det som kräver den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;5.&lt;/b&gt; Optional: &lt;b&gt;Grant admin consent for&lt;/b&gt; your organization, so nobody is asked again.</source>
        <translation>&lt;b&gt;5.&lt;/b&gt; Valfritt: &lt;b&gt;Bevilja administratörsmedgivande för&lt;/b&gt; din organisation, så att ingen tillfrågas igen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;6.&lt;/b&gt; Open &lt;b&gt;Overview&lt;/b&gt;, copy the &lt;b&gt;Application (client) ID&lt;/b&gt; and paste it below.</source>
        <translation>&lt;b&gt;6.&lt;/b&gt; Öppna &lt;b&gt;Översikt&lt;/b&gt;, kopiera &lt;b&gt;Program-ID (klient)&lt;/b&gt; och klistra in det nedan.</translation>
    </message>
    <message>
        <source>Admin center:</source>
        <translation>Administrationscenter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Omdirigerings-URI:</translation>
    </message>
    <message>
        <source>&amp;Delegated permissions:</source>
        <translation>&amp;Delegerade behörigheter:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopiera {0}</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-ID (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Spara och logga in</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>Kopierat: {0}</translation>
    </message>
    <message>
        <source>Paste the Application (client) ID from the app&apos;s Overview page.</source>
        <translation>Klistra in Program-ID (klient) från appens sida Översikt.</translation>
    </message>
    <message>
        <source>That is a client ID. Save and sign in: if Microsoft refuses it, the Sign-in page says why (for example AADSTS700016: the app is not in your directory; AADSTS50011: the redirect URI is missing).</source>
        <translation>Det är ett klient-ID. Spara och logga in: om Microsoft avvisar det säger inloggningssidan varför (till exempel AADSTS700016: appen finns inte i din katalog; AADSTS50011: omdirigerings-URI:n saknas).</translation>
    </message>
    <message>
        <source>Not a client ID yet: it is a GUID, 32 hexadecimal digits in groups of 8-4-4-4-12, like 1b2c3d4e-0000-1111-2222-333344445555. Copy it again from Overview (not the Object ID or the Directory (tenant) ID).</source>
        <translation>Inte ett klient-ID än: det är ett GUID, 32 hexadecimala siffror i grupper om 8-4-4-4-12, som 1b2c3d4e-0000-1111-2222-333344445555. Kopiera det igen från Översikt (inte Objekt-ID eller Katalog-ID (klientorganisation)).</translation>
    </message>
    <message>
        <source>Not a client ID: it is a GUID like 1b2c3d4e-0000-1111-2222-333344445555.</source>
        <translation>Inte ett klient-ID: det är ett GUID som 1b2c3d4e-0000-1111-2222-333344445555.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder for your users</source>
        <translation>Påminnelse till dina användare</translation>
    </message>
    <message>
        <source>Edit the text as you like, then copy it into a mail or a chat message to everyone.</source>
        <translation>Ändra texten som du vill och kopiera den sedan till ett e-postmeddelande eller ett chattmeddelande till alla.</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Påminnelsetext</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Hello everyone,

{0} is leaving Microsoft 365. Before that, we back up the files in every OneDrive and SharePoint library of the company, your own OneDrive included: you need not copy those. The backup cannot take everything, so please save your own copy of:

• files people outside the company shared with you (they stay in their OneDrive, not ours),
• OneNote notebooks (export them from OneNote: File &gt; Export),
• Teams chat messages and mail you want to keep (the backup holds files, not chats or mail).

Please finish this within the next week and tell me if something is missing.

Thank you!</source>
        <translation>Hej alla!

{0} lämnar Microsoft 365. Innan dess säkerhetskopierar vi filerna i alla företagets OneDrive- och SharePoint-bibliotek, även din egen OneDrive: dem behöver du inte kopiera. Säkerhetskopian kan inte ta allt, så spara gärna en egen kopia av:

• filer som personer utanför företaget har delat med dig (de finns i deras OneDrive, inte vår),
• OneNote-anteckningsböcker (exportera dem från OneNote: Arkiv &gt; Exportera),
• Teams-chattmeddelanden och e-post som du vill behålla (säkerhetskopian innehåller filer, inte chattar eller e-post).

Gör det här inom den närmaste veckan och säg till om något saknas.

Tack!</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Vårt företag</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopierat.</translation>
    </message>
</context>
<context>
    <name>ResolverPicker</name>
    <message>
        <source>Demo tenant&apos;s DNS (this computer)</source>
        <translation>Demoorganisationens DNS (den här datorn)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-server</translation>
    </message>
    <message>
        <source>The resolver (DNS server) that answers the questions about your domain</source>
        <translation>Den resolver (DNS-server) som svarar på frågorna om din domän</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Anpassad…</translation>
    </message>
    <message>
        <source>This computer&apos;s DNS server</source>
        <translation>Den här datorns DNS-server</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>värd eller värd:port</translation>
    </message>
    <message>
        <source>Another DNS server</source>
        <translation>En annan DNS-server</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>&amp;Resume that backup</source>
        <translation>&amp;Återuppta den säkerhetskopieringen</translation>
    </message>
    <message>
        <source>A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). Resume it: verified files are not downloaded again.</source>
        <translation>En säkerhetskopiering i {0} blev inte klar (kontrollerade filer: {1}; återstår: {2}). Återuppta den: kontrollerade filer laddas inte ned igen.</translation>
    </message>
</context>
<context>
    <name>RunBox</name>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Avbryt säkerhetskopieringen</translation>
    </message>
    <message>
        <source>Stopping after the files being written…</source>
        <translation>Stoppar efter filerna som skrivs just nu…</translation>
    </message>
    <message>
        <source>The backup goes on</source>
        <translation>Säkerhetskopieringen fortsätter</translation>
    </message>
    <message>
        <source>The backup stays paused while you look at the other pages. Come back to this page (Next) to resume it. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Säkerhetskopieringen förblir pausad medan du tittar på de andra sidorna. Kom tillbaka till den här sidan (Nästa) för att återuppta den. Stänger du Cancel365 stoppas den; nästa gång erbjuds du att återuppta där den stoppade.</translation>
    </message>
    <message>
        <source>The backup keeps running while you look at the other pages. Come back to this page (Next) to see how far it got. Closing Cancel365 stops it; the next start offers to resume where it stopped.</source>
        <translation>Säkerhetskopieringen fortsätter medan du tittar på de andra sidorna. Kom tillbaka till den här sidan (Nästa) för att se hur långt den har kommit. Stänger du Cancel365 stoppas den; nästa gång erbjuds du att återuppta där den stoppade.</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>Stoppa säkerhetskopieringen?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it and close Cancel365? Files verified so far are kept; the next start offers to resume where it stopped.</source>
        <translation>En säkerhetskopiering pågår. Vill du stoppa den och stänga Cancel365? Filer som har kontrollerats hittills behålls; nästa gång erbjuds du att fortsätta där den stoppade.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open: {0}</source>
        <translation>Öppna: {0}</translation>
    </message>
    <message>
        <source>Show in folder: {0}</source>
        <translation>Visa i mapp: {0}</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Kopiera sökvägen</translation>
    </message>
    <message>
        <source>This computer has no program set to open it. Copy the path and open it yourself: {0}</source>
        <translation>Den här datorn har inget program inställt för att öppna den. Kopiera sökvägen och öppna den själv: {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration, so your organization decides what it may do. A Global Administrator creates it once in the Microsoft Entra admin center, in about five minutes: the guide “Registering Cancel365 in your organization” (docs/app-registration.md) shows each step.</source>
        <translation>Cancel365 loggar in som din organisations egen appregistrering, så det är din organisation som bestämmer vad den får göra. En global administratör skapar den en gång i administrationscentret för Microsoft Entra, på ungefär fem minuter: guiden “Registering Cancel365 in your organization” (docs/app-registration.md) visar varje steg.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Program-ID (klient)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Klientorganisation</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Program-ID (&amp;klient):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Klient&amp;organisation:</translation>
    </message>
    <message>
        <source>Leave “organizations” unless your app registration is single-tenant; then enter your tenant ID or domain.</source>
        <translation>Låt “organizations” stå kvar, om inte din appregistrering gäller en enda klientorganisation; ange i så fall ditt klientorganisations-ID eller din domän.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-0000-1111-2222-333344445555: copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-ID:t är ett GUID som 1b2c3d4e-0000-1111-2222-333344445555: kopiera det från appregistreringens översiktssida.</translation>
    </message>
    <message>
        <source>Enter “organizations”, a tenant ID or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Ange “organizations”, ett klientorganisations-ID eller en domän som contoso.onmicrosoft.com.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Microsoft 365</source>
        <translation>Logga in på Microsoft 365</translation>
    </message>
    <message>
        <source>Use a Global Administrator or Billing Administrator account of the organization whose subscription you want to cancel.</source>
        <translation>Använd ett konto som global administratör eller faktureringsadministratör i den organisation vars prenumeration du vill avbryta.</translation>
    </message>
    <message>
        <source>Cancel365 asks only to read for now. Before it changes anything (removing licences or a domain) it asks you again.</source>
        <translation>Cancel365 ber bara om att få läsa än så länge. Innan den ändrar något (tar bort licenser eller en domän) frågar den dig igen.</translation>
    </message>
    <message>
        <source>Sign in in my &amp;web browser (recommended)</source>
        <translation>Logga in i min &amp;webbläsare (rekommenderas)</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de on another device</source>
        <translation>Logga in med en &amp;kod på en annan enhet</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Lo&amp;gga in</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Avbryt inloggningen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;Register Cancel365 in your organization…</source>
        <translation>&amp;Registrera Cancel365 i din organisation…</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratörsroller:</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in…</source>
        <translation>Söker efter din sparade inloggning…</translation>
    </message>
    <message>
        <source>Opening your web browser…</source>
        <translation>Öppnar din webbläsare…</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Ber Microsoft om en inloggningskod…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Logga ut?</translation>
    </message>
    <message>
        <source>Sign out and remove everything Cancel365 stored on this computer: your saved sign-in and any other secrets it keeps? The backup app registration Cancel365 made, if any, is removed from your tenant too.</source>
        <translation>Vill du logga ut och ta bort allt som Cancel365 har sparat på den här datorn: din sparade inloggning och eventuella andra hemligheter som den förvarar? Appregistreringen för säkerhetskopiering som Cancel365 har skapat tas också bort från din klientorganisation, om den finns.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Loggar ut…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in…</source>
        <translation>Väntar på att du loggar in klart…</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so Cancel365 will not remember this sign-in: you will sign in again next time. Nothing is saved to disk.</source>
        <translation>Den här datorn har inget lösenordsvalv (nyckelring), så Cancel365 kommer inte ihåg den här inloggningen: du får logga in igen nästa gång. Inget sparas på disken.</translation>
    </message>
    <message>
        <source>Signed out. Cancel365 keeps nothing from this sign-in.</source>
        <translation>Utloggad. Cancel365 sparar inget från den här inloggningen.</translation>
    </message>
    <message>
        <source>Before the first sign-in, Cancel365 needs your organization&apos;s own app registration. Register it now: the wizard shows each step and what to paste.</source>
        <translation>Innan den första inloggningen behöver Cancel365 din organisations egen appregistrering. Registrera den nu: guiden visar varje steg och vad du ska klistra in.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>You are a Billing Administrator, not a Global Administrator. You can cancel the subscription and remove licences, but you cannot remove your domain from Microsoft 365 or set up the backup of everyone&apos;s files. Ask a Global Administrator to do those steps, or to sign in here.</source>
        <translation>Du är faktureringsadministratör, inte global administratör. Du kan avbryta prenumerationen och ta bort licenser, men du kan inte ta bort din domän från Microsoft 365 eller säkerhetskopiera allas filer. Be en global administratör göra de stegen eller logga in här.</translation>
    </message>
    <message>
        <source>{name} is neither a Global Administrator nor a Billing Administrator. You can look around, but you will not be able to cancel the subscription, remove licences or domains, or back up other people&apos;s files. Sign out and sign in with an administrator account, or ask a Global Administrator to give you the Billing Administrator role.</source>
        <translation>{name} är varken global administratör eller faktureringsadministratör. Du kan titta runt, men du kan inte avbryta prenumerationen, ta bort licenser eller domäner eller säkerhetskopiera andras filer. Logga ut och logga in med ett administratörskonto, eller be en global administratör ge dig rollen faktureringsadministratör.</translation>
    </message>
</context>
<context>
    <name>SignInPromptView</name>
    <message>
        <source>Sign-in code</source>
        <translation>Inloggningskod</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Ko&amp;piera koden</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Öppna inloggnings&amp;sidan</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>Kopiera &amp;länken</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; and enter this code by {time}. Then sign in with your administrator account.</source>
        <translation>Öppna &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; på den här eller en annan enhet och ange koden senast {time}. Logga sedan in med ditt administratörskonto.</translation>
    </message>
    <message>
        <source>Your web browser shows Microsoft&apos;s sign-in page. Finish signing in there; Cancel365 continues by itself. If no browser window appeared, copy the link into a browser.</source>
        <translation>Din webbläsare visar Microsofts inloggningssida. Logga in klart där; Cancel365 fortsätter av sig själv. Om inget webbläsarfönster öppnades kopierar du länken till en webbläsare.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Try &amp;again</source>
        <translation>Försök &amp;igen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <source>Which subscription do you want to cancel?</source>
        <translation>Vilken prenumeration vill du avbryta?</translation>
    </message>
    <message>
        <source>Pick one. The wizard tells you which way out applies to it.</source>
        <translation>Välj en. Guiden berättar hur den kan avbrytas.</translation>
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
        <translation>Tilldelade licenser</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nästa ändring</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <source>This subscription was bought with a &amp;product key</source>
        <translation>Prenumerationen köptes med en &amp;produktnyckel</translation>
    </message>
    <message>
        <source>&amp;Remove licences…</source>
        <translation>&amp;Ta bort licenser…</translation>
    </message>
    <message>
        <source>On a real tenant this list comes from your organization&apos;s billing: every subscription with its licences. Choosing one changes nothing. Only Remove licences changes the tenant: those users lose the apps of that subscription at once (their mail and files stay until it ends). What can go wrong: a subscription bought through a partner or with a product key cannot be cancelled online, and cancelling early may cost a fee.</source>
        <translation>På en riktig klientorganisation kommer listan från organisationens fakturering: varje prenumeration med dess licenser. Att välja en ändrar ingenting. Bara Ta bort licenser ändrar klientorganisationen: de användarna förlorar genast prenumerationens appar (deras e-post och filer finns kvar tills den upphör). Vad som kan gå fel: en prenumeration köpt via en partner eller med en produktnyckel kan inte avbrytas online, och att avbryta i förtid kan kosta en avgift.</translation>
    </message>
    <message>
        <source>Reading subscriptions and licences…</source>
        <translation>Läser prenumerationer och licenser…</translation>
    </message>
    <message>
        <source>{0} assigned across {1} subscriptions of this product; this one has {2}</source>
        <translation>{0} tilldelade över {1} prenumerationer på den här produkten; den här har {2}</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired (grace period)</source>
        <translation>Har upphört (respitperiod)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Open the &amp;report</source>
        <translation>Öppna &amp;rapporten</translation>
    </message>
    <message>
        <source>Remove the backup &amp;app registration</source>
        <translation>Ta bort &amp;appregistreringen för säkerhetskopiering</translation>
    </message>
    <message>
        <source>C&amp;hange what to back up</source>
        <translation>Än&amp;dra vad som ska säkerhetskopieras</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: only the changes were fetched ({1} files).</source>
        <translation>Den här körningen uppdaterade säkerhetskopian från {0}: bara ändringarna hämtades ({1} filer).</translation>
    </message>
    <message>
        <source>Not downloadable (files Microsoft 365 blocks or does not hand out, and shortcuts; the report gives the reason): {0}.</source>
        <translation>Kan inte hämtas (filer som Microsoft 365 blockerar eller inte lämnar ut, och genvägar; rapporten anger orsaken): {0}.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during or since the backup (a copy made before is kept): {0}.</source>
        <translation>Borttagna i Microsoft 365 under eller efter säkerhetskopieringen (en kopia gjord före behålls): {0}.</translation>
    </message>
    <message>
        <source>Failed: {0}. The report says why; start again to retry them.</source>
        <translation>Misslyckades: {0}. Rapporten anger varför; starta igen för att försöka på nytt.</translation>
    </message>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, choose &quot;Set up backup access for me&quot; and start again: what is verified stays.</source>
        <translation>Användare och webbplatser som utelämnats eftersom den här åtkomsten inte kan öppna deras filer: {0}. Välj &quot;Konfigurera åtkomst för säkerhetskopiering åt mig&quot; för att ta med dem och starta igen: det som är verifierat finns kvar.</translation>
    </message>
    <message>
        <source>Cancelled. Start again to resume where it stopped.</source>
        <translation>Avbruten. Starta igen för att fortsätta där den stoppade.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>Säkerhetskopian är fullständig.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Säkerhetskopian är ofullständig.</translation>
    </message>
    <message>
        <source>The report: {0}</source>
        <translation>Rapporten: {0}</translation>
    </message>
    <message>
        <source>The files report lists the mail per mailbox; the mail report: {0}</source>
        <translation>Rapporten över filerna visar e-posten per postlåda; rapporten över e-post: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No dates yet.</source>
        <translation>Inga datum än.</translation>
    </message>
</context>
<context>
    <name>UserNoticeDialog</name>
    <message>
        <source>Message to your users</source>
        <translation>Meddelande till dina användare</translation>
    </message>
    <message>
        <source>for example Fastmail or Google Workspace</source>
        <translation>till exempel Fastmail eller Google Workspace</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meddelandets text</translation>
    </message>
    <message>
        <source>Edit the text as you like. Recipients (Bcc): {0}, the users whose addresses are on {1}.</source>
        <translation>Ändra texten som du vill. Mottagare (Bcc): {0}, de användare vars adresser finns på {1}.</translation>
    </message>
    <message>
        <source>&amp;Mail moves on:</source>
        <translation>&amp;E-posten flyttas den:</translation>
    </message>
    <message>
        <source>&amp;New mail provider:</source>
        <translation>&amp;Ny e-postleverantör:</translation>
    </message>
    <message>
        <source>Ol&amp;d mail:</source>
        <translation>&amp;Gammal e-post:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>I move it for them with Cancel365</source>
        <translation>Jag flyttar den åt dem med Cancel365</translation>
    </message>
    <message>
        <source>They move it themselves</source>
        <translation>De flyttar den själva</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Öppna i e-postprogram</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>&amp;Återställ texten</translation>
    </message>
    <message>
        <source>Copied: paste it into your mail program.</source>
        <translation>Kopierat: klistra in det i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>The message is long: some mail programs cut it. If it arrives incomplete, use Copy instead.</source>
        <translation>Meddelandet är långt: vissa e-postprogram klipper av det. Om det kommer fram ofullständigt använder du Kopiera i stället.</translation>
    </message>
    <message>
        <source>You edited the text, so it was not changed. Use Reset text to fill in the new date and provider.</source>
        <translation>Du har ändrat texten, så den ändrades inte. Använd Återställ texten för att fylla i det nya datumet och leverantören.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Subscription</source>
        <translation>Prenumeration</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domäner</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktiga datum</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Last time ({when}) you got to the {page} step for {tenant}.</source>
        <translation>Förra gången ({when}) kom du till steget {page} för {tenant}.</translation>
    </message>
    <message>
        <source>Subscription: {0}</source>
        <translation>Prenumeration: {0}</translation>
    </message>
    <message>
        <source>Domains checked: {0}</source>
        <translation>Kontrollerade domäner: {0}</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>Mapp för säkerhetskopia: {0}</translation>
    </message>
    <message>
        <source>You sign in again; these choices are filled in for you.</source>
        <translation>Du loggar in igen; de här valen fylls i åt dig.</translation>
    </message>
    <message>
        <source>Leave Microsoft 365 without losing mail or files</source>
        <translation>Lämna Microsoft 365 utan att förlora e-post eller filer</translation>
    </message>
    <message>
        <source>The admin center has a Cancel button. This wizard does everything around it, in the right order.</source>
        <translation>Administrationscentret har en knapp för att avbryta. Den här guiden gör allt runt omkring den, i rätt ordning.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Where you left off</source>
        <translation>Där du slutade</translation>
    </message>
    <message>
        <source>Con&amp;tinue where I left off</source>
        <translation>&amp;Fortsätt där jag slutade</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>B&amp;örja om</translation>
    </message>
    <message>
        <source>Sign in as an administrator and pick the subscription to cancel. The wizard tells you whether it can be cancelled online.</source>
        <translation>Logga in som administratör och välj prenumerationen som ska avbrytas. Guiden talar om för dig om den kan avbrytas online.</translation>
    </message>
    <message>
        <source>Move your custom domain: check which DNS records still point at Microsoft 365 and change them, mail (MX) first.</source>
        <translation>Flytta din egen domän: se vilka DNS-poster som fortfarande pekar på Microsoft 365 och ändra dem, e-post (MX) först.</translation>
    </message>
    <message>
        <source>Back up every OneDrive and SharePoint library, verified file by file.</source>
        <translation>Säkerhetskopiera alla OneDrive- och SharePoint-bibliotek, kontrollerat fil för fil.</translation>
    </message>
    <message>
        <source>See the key dates: when access ends and when data is deleted.</source>
        <translation>Se de viktiga datumen: när åtkomsten upphör och när data tas bort.</translation>
    </message>
    <message>
        <source>Cancel in the admin center with step-by-step help, then get proof that it worked and a record of everything done.</source>
        <translation>Avbryt i administrationscentret med hjälp steg för steg, och få sedan bevis på att det fungerade och en sammanställning av allt som gjorts.</translation>
    </message>
    <message>
        <source>What happens, step by step:</source>
        <translation>Vad som händer, steg för steg:</translation>
    </message>
    <message>
        <source>Why this order: once a subscription is cancelled, mail sent to your domain bounces while the domain still points at Microsoft 365, and files left behind are deleted 90 to 180 days later.</source>
        <translation>Varför den här ordningen: när en prenumeration har avbrutits studsar e-post till din domän så länge domänen pekar på Microsoft 365, och filer som lämnas kvar tas bort 90 till 180 dagar senare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo tenant.&lt;/b&gt; You are exploring with a made-up bakery, Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account.</source>
        <translation>&lt;b&gt;Demoorganisation.&lt;/b&gt; Du utforskar med ett påhittat bageri, Lille Bager ApS. Inget du gör här påverkar ett riktigt Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>You will sign in to your organization&apos;s Microsoft 365 as a Global or Billing Administrator. Nothing is changed without asking you first.</source>
        <translation>Du loggar in i din organisations Microsoft 365 som global administratör eller faktureringsadministratör. Inget ändras utan att du först får frågan.</translation>
    </message>
    <message>
        <source>Cancel365 signs in as your organization&apos;s own app registration: the Sign-in page guides you through creating it (about five minutes). To explore first, run &lt;b&gt;cancel365 --demo&lt;/b&gt;.</source>
        <translation>Cancel365 loggar in som din organisations egen appregistrering: inloggningssidan guidar dig genom att skapa den (ungefär fem minuter). Vill du utforska först kör du &lt;b&gt;cancel365 --demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On a real tenant this page changes nothing. The wizard then works on your organization&apos;s live Microsoft 365: it reads first and asks before every change (licences, a domain, a backup app registration). The order matters: move mail, back up, and only then cancel; cancelling first bounces mail and starts the deletion clock for your files.</source>
        <translation>På en riktig klientorganisation ändrar den här sidan ingenting. Guiden arbetar då i organisationens riktiga Microsoft 365: den läser först och frågar före varje ändring (licenser, en domän, en appregistrering för säkerhetskopian). Ordningen spelar roll: flytta e-posten, säkerhetskopiera och avbryt först därefter; avbryter du först studsar e-posten och nedräkningen till att filerna raderas börjar.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Acknowledged: {0}</source>
        <translation>Godkänt: {0}</translation>
    </message>
    <message>
        <source>Fix it…</source>
        <translation>Åtgärda…</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Åtgärda: {0}</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Godkänn…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Ändra motivering…</translation>
    </message>
    <message>
        <source>Acknowledge: {0}</source>
        <translation>Godkänn: {0}</translation>
    </message>
    <message>
        <source>I have told the &amp;users</source>
        <translation>Jag har berättat det för &amp;användarna</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Klart</translation>
    </message>
    <message>
        <source>✖ Not done</source>
        <translation>✖ Inte klart</translation>
    </message>
    <message>
        <source>! Acknowledged</source>
        <translation>! Godkänt</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Your computer&apos;s password store (keyring) is locked, so Cancel365 cannot open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or log out and in again; on macOS: unlock the login keychain), then try again.</source>
        <translation>Datorns lösenordsvalv (nyckelring) är låst, så Cancel365 kan inte öppna din sparade inloggning. Lås upp det (i Linux: öppna Lösenord och nycklar, eller logga ut och in igen; i macOS: lås upp nyckelringen login) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to read Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Datorns lösenordsvalv (nyckelring) vägrade läsa Cancel365:s nyckel. Kontrollera att det fungerar (till exempel i Lösenord och nycklar eller Nyckelhanterare) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to store Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Datorns lösenordsvalv (nyckelring) vägrade spara Cancel365:s nyckel. Kontrollera att det fungerar (till exempel i Lösenord och nycklar eller Nyckelhanterare) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to remove Cancel365&apos;s key. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Datorns lösenordsvalv (nyckelring) vägrade ta bort Cancel365:s nyckel. Kontrollera att det fungerar (till exempel i Lösenord och nycklar eller Nyckelhanterare) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store (keyring) refused to {0}. Check that it is working (for example in Passwords and Keys or Keychain Access), then try again.</source>
        <translation>Datorns lösenordsvalv (nyckelring) vägrade en åtgärd ({0}). Kontrollera att det fungerar (till exempel i Lösenord och nycklar eller Nyckelhanterare) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Cancel365 needs the client ID of your organization&apos;s own app registration to sign in. Open Settings and enter it (docs/app-registration.md explains how to create one in five minutes).</source>
        <translation>Cancel365 behöver klient-ID:t för din organisations egen appregistrering för att logga in. Öppna Inställningar och ange det (docs/app-registration.md förklarar hur du skapar en på fem minuter).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Sign in again when you are ready.</source>
        <translation>Inloggningen avbröts. Logga in igen när du är redo.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {0} min, so it was stopped. Sign in again and finish it in the browser (or with the code) in time.</source>
        <translation>Inloggningen slutfördes inte inom {0} min, så den stoppades. Logga in igen och slutför den i webbläsaren (eller med koden) i tid.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Go back to the Sign-in page and sign in again.</source>
        <translation>Din inloggning har gått ut eller återkallats. Gå tillbaka till sidan Logga in och logga in igen.</translation>
    </message>
    <message>
        <source>This step needs the permission {0}. Sign in again when asked and accept it; nothing was changed.</source>
        <translation>Det här steget kräver behörigheten {0}. Logga in igen när du blir ombedd och godkänn den; inget har ändrats.</translation>
    </message>
    <message>
        <source>Your organization does not know this app&apos;s client ID. Check the client ID (Application (client) ID on the app&apos;s Overview page) in Settings, or register the app with Register Cancel365 in your organization on the Sign-in page.</source>
        <translation>Din organisation känner inte till den här appens klient-ID. Kontrollera klient-ID:t (Program-ID (klient) på appens sida Översikt) under Inställningar, eller registrera appen med Registrera Cancel365 i din organisation på inloggningssidan.</translation>
    </message>
    <message>
        <source>This client ID belongs to a Microsoft app that Cancel365 may not use. Register your own app (docs/app-registration.md) and enter its client ID.</source>
        <translation>Det här klient-ID:t tillhör en Microsoft-app som Cancel365 inte får använda. Registrera en egen app (docs/app-registration.md) och ange dess klient-ID.</translation>
    </message>
    <message>
        <source>The app registration is missing the redirect address http://localhost. Add it under Authentication → Mobile and desktop applications.</source>
        <translation>Appregistreringen saknar omdirigeringsadressen http://localhost. Lägg till den under Authentication → Mobile and desktop applications.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows. Turn on &apos;Allow public client flows&apos; under Authentication.</source>
        <translation>Appregistreringen tillåter inte offentliga klientflöden. Aktivera &apos;Allow public client flows&apos; under Authentication.</translation>
    </message>
    <message>
        <source>The app registration is single-tenant. Enter your tenant ID or domain under Settings → Tenant.</source>
        <translation>Appregistreringen gäller en enda klientorganisation. Ange ditt klientorganisations-ID eller din domän under Inställningar → Klientorganisation.</translation>
    </message>
    <message>
        <source>This account is not in your organization. Sign in with a work account of the organization whose subscription you want to cancel.</source>
        <translation>Det här kontot finns inte i din organisation. Logga in med ett arbetskonto i den organisation vars prenumeration du vill avbryta.</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot manage a business subscription. Sign in with a work account.</source>
        <translation>Personliga Microsoft-konton kan inte hantera en företagsprenumeration. Logga in med ett arbetskonto.</translation>
    </message>
    <message>
        <source>The permissions were not granted. Sign in again and accept the permissions Cancel365 asks for.</source>
        <translation>Behörigheterna beviljades inte. Logga in igen och godkänn behörigheterna som Cancel365 ber om.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Sign in again.</source>
        <translation>Användarnamnet eller lösenordet är fel. Logga in igen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service refused the sign-in: {0} Try again; if it keeps happening, check the app registration (docs/app-registration.md).</source>
        <translation>Microsofts inloggningstjänst nekade inloggningen: {0} Försök igen; om det fortsätter kontrollerar du appregistreringen (docs/app-registration.md).</translation>
    </message>
    <message>
        <source>Could not reach Microsoft&apos;s sign-in service ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Det gick inte att nå Microsofts inloggningstjänst ({0}). Kontrollera internetanslutningen och eventuell proxy och försök sedan igen.</translation>
    </message>
    <message>
        <source>The backup app registration&apos;s client secret has expired. Set up backup access again (or add a new secret to your app registration).</source>
        <translation>Klienthemligheten för säkerhetskopieringens appregistrering har gått ut. Konfigurera åtkomst för säkerhetskopiering igen (eller lägg till en ny hemlighet i din appregistrering).</translation>
    </message>
    <message>
        <source>Microsoft does not accept the backup app registration&apos;s client ID or secret (yet). A just-created app registration can take a few minutes to work everywhere; otherwise check the tenant, client ID and secret.</source>
        <translation>Microsoft godtar inte (ännu) klient-ID:t eller hemligheten för säkerhetskopieringens appregistrering. En nyss skapad appregistrering kan behöva några minuter innan den fungerar överallt; kontrollera annars klientorganisation, klient-ID och hemlighet.</translation>
    </message>
    <message>
        <source>Microsoft refused the backup app registration: {0} Check the tenant, client ID and secret, or set up backup access again.</source>
        <translation>Microsoft nekade säkerhetskopieringens appregistrering: {0} Kontrollera klientorganisation, klient-ID och hemlighet, eller konfigurera åtkomst för säkerhetskopiering igen.</translation>
    </message>
    <message>
        <source>The backup access settings are not usable ({0}). Check the tenant.</source>
        <translation>Inställningarna för åtkomst för säkerhetskopiering går inte att använda ({0}). Kontrollera klientorganisationen.</translation>
    </message>
    <message>
        <source>The demo tenant did not answer ({0}). Restart Cancel365 --demo.</source>
        <translation>Demoorganisationen svarade inte ({0}). Starta om Cancel365 --demo.</translation>
    </message>
    <message>
        <source>The sign-in settings are not usable ({0}). Check the tenant in Settings.</source>
        <translation>Inloggningsinställningarna går inte att använda ({0}). Kontrollera klientorganisationen under Inställningar.</translation>
    </message>
    <message>
        <source>The answer from Microsoft&apos;s sign-in service did not pass Cancel365&apos;s checks, so it was not used. Sign in again.</source>
        <translation>Svaret från Microsofts inloggningstjänst klarade inte Cancel365:s kontroller, så det användes inte. Logga in igen.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup needs about {0} but {1} has only {2} free. Free up {3}, choose a larger destination, or deselect some users or sites.</source>
        <translation>Säkerhetskopian behöver cirka {0}, men {1} har bara {2} ledigt. Frigör {3}, välj en plats med mer utrymme eller avmarkera några användare eller webbplatser.</translation>
    </message>
    <message>
        <source>The destination {0} is full. The backup stopped; files already verified are kept. Free up space (or choose a larger drive) and start the backup again: it resumes where it stopped.</source>
        <translation>Det finns inget mer utrymme i {0}. Säkerhetskopieringen stoppades; filer som redan har kontrollerats behålls. Frigör utrymme (eller välj en större disk) och starta säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>Cancel365 may not write to {0}. Choose a folder you can write to, or fix its permissions, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 får inte skriva i {0}. Välj en mapp som du kan skriva i, eller ändra mappens behörigheter, och starta sedan säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>The destination {0} is no longer there (was a disk unplugged?). Reconnect it and start the backup again: it resumes where it stopped.</source>
        <translation>Mappen {0} finns inte längre (kopplades en disk ur?). Anslut den på nytt och starta säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>Cancel365 could not reach Microsoft 365&apos;s file servers for {0} min ({1}). The backup stopped; files verified so far are kept. Check the network connection, then start the backup again: it resumes where it stopped.</source>
        <translation>Cancel365 kunde inte nå Microsoft 365:s filservrar på {0} min ({1}). Säkerhetskopieringen stoppades; filer som har kontrollerats hittills behålls. Kontrollera nätverksanslutningen och starta sedan säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>Writing to {0} failed ({1}). Check the destination, then start the backup again: it resumes where it stopped.</source>
        <translation>Det gick inte att skriva till {0} ({1}). Kontrollera mappen och starta sedan säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} byte</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} cannot be used ({1}). Move {2} away to start afresh, or choose another destination.</source>
        <translation>Säkerhetskopians manifest i {0} kan inte användas ({1}). Flytta bort {2} för att börja om från början, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest in {0} could not be written ({1}). Check the destination, then start the backup again.</source>
        <translation>Säkerhetskopians manifest i {0} kunde inte skrivas ({1}). Kontrollera mappen och starta sedan säkerhetskopieringen igen.</translation>
    </message>
    <message>
        <source>has no OneDrive</source>
        <translation>har ingen OneDrive</translation>
    </message>
    <message>
        <source>cannot be opened with this sign-in (set up backup access to include it)</source>
        <translation>kan inte öppnas med den här inloggningen (konfigurera åtkomst för säkerhetskopiering för att ta med den)</translation>
    </message>
    <message>
        <source>its libraries cannot be opened with this sign-in</source>
        <translation>webbplatsens bibliotek kan inte öppnas med den här inloggningen</translation>
    </message>
    <message>
        <source>Waiting for Microsoft to activate the new app registration ({0} s so far; this can take a few minutes)…</source>
        <translation>Väntar på att Microsoft ska aktivera den nya appregistreringen ({0} s hittills; det kan ta några minuter)…</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s ID or its domain (for example contoso.onmicrosoft.com).</source>
        <translation>Ange klientorganisationens ID eller dess domän (till exempel contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The client ID is a GUID like 1b2c3d4e-…; copy it from the app registration&apos;s Overview page.</source>
        <translation>Klient-ID:t är ett GUID som 1b2c3d4e-…; kopiera det från appregistreringens översiktssida.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s value (not its ID).</source>
        <translation>Ange klienthemlighetens värde (inte dess ID).</translation>
    </message>
    <message>
        <source>Checking the app registration…</source>
        <translation>Kontrollerar appregistreringen…</translation>
    </message>
    <message>
        <source>Checking the backup access kept from last time…</source>
        <translation>Kontrollerar åtkomsten för säkerhetskopiering som sparades förra gången…</translation>
    </message>
    <message>
        <source>Finding Microsoft Graph&apos;s permissions in your tenant</source>
        <translation>Söker efter Microsoft Graphs behörigheter i din klientorganisation</translation>
    </message>
    <message>
        <source>Microsoft Graph in this tenant does not offer {0}. Use an existing app registration instead.</source>
        <translation>Microsoft Graph i den här klientorganisationen erbjuder inte {0}. Använd en befintlig appregistrering i stället.</translation>
    </message>
    <message>
        <source>Creating the app registration</source>
        <translation>Skapar appregistreringen</translation>
    </message>
    <message>
        <source>Creating its service principal</source>
        <translation>Skapar appens tjänsthuvudnamn</translation>
    </message>
    <message>
        <source>Granting admin consent for {0}</source>
        <translation>Ger administratörsmedgivande för {0}</translation>
    </message>
    <message>
        <source>Adding a client secret that expires in 7 days</source>
        <translation>Lägger till en klienthemlighet som upphör att gälla om 7 dagar</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s service principal was not found in this tenant. Use an existing app registration instead.</source>
        <translation>Microsoft Graphs tjänsthuvudnamn (service principal) hittades inte i den här klientorganisationen. Använd en befintlig appregistrering i stället.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup; the copy made before is kept.</source>
        <translation>Borttagen i Microsoft 365 under säkerhetskopieringen; kopian som gjordes före behålls.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup; the copy made then is kept.</source>
        <translation>Borttagen i Microsoft 365 sedan förra säkerhetskopian; kopian som gjordes då behålls.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 since the last backup.</source>
        <translation>Borttagen i Microsoft 365 sedan förra säkerhetskopian.</translation>
    </message>
    <message>
        <source>No longer in Microsoft 365 (deleted since the last backup); the copy made then is kept.</source>
        <translation>Finns inte längre i Microsoft 365 (borttagen sedan förra säkerhetskopian); kopian som gjordes då behålls.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}), and {2} Office files kept as SharePoint changed them after upload (not corruption): {3} files in the backup.</source>
        <translation>Kontrollerade filer: {0} ({1}), och {2} Office-filer sparade så som SharePoint ändrade dem efter uppladdningen (inte skadade): {3} filer i säkerhetskopian.</translation>
    </message>
    <message>
        <source>Files verified: {0} ({1}).</source>
        <translation>Kontrollerade filer: {0} ({1}).</translation>
    </message>
    <message>
        <source>Updating the backup from {0}</source>
        <translation>Uppdaterar säkerhetskopian från {0}</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log. Start the backup again to resume.</source>
        <translation>Cancel365 stötte på ett oväntat fel ({0}); se loggen. Starta säkerhetskopieringen igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>The new app registration still does not work after {0} min: Microsoft can take a while to activate it everywhere. Wait a few minutes, then choose Try again (nothing needs to be set up again).</source>
        <translation>Den nya appregistreringen fungerar fortfarande inte efter {0} min: det kan ta en stund innan Microsoft har aktiverat den överallt. Vänta några minuter och välj sedan Försök igen (inget behöver konfigureras på nytt).</translation>
    </message>
    <message>
        <source>Cancel365 hit an unexpected error ({0}); see the log.</source>
        <translation>Cancel365 stötte på ett oväntat fel ({0}); se loggen.</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no download link for this file.</source>
        <translation>Microsoft 365 gav ingen nedladdningslänk för den här filen.</translation>
    </message>
    <message>
        <source>Microsoft 365 kept refusing the download link for this file.</source>
        <translation>Microsoft 365 fortsatte att avvisa nedladdningslänken för den här filen.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365 during the backup.</source>
        <translation>Borttagen i Microsoft 365 under säkerhetskopieringen.</translation>
    </message>
    <message>
        <source>a range the server did not honour</source>
        <translation>servern följde inte det begärda byteintervallet</translation>
    </message>
    <message>
        <source>the connection failed: {0}</source>
        <translation>anslutningen misslyckades: {0}</translation>
    </message>
    <message>
        <source>Microsoft 365 kept asking this app to slow down; try again later.</source>
        <translation>Microsoft 365 bad hela tiden den här appen att sakta ned; försök igen senare.</translation>
    </message>
    <message>
        <source>The download answered HTTP {0}.</source>
        <translation>Nedladdningen gav svaret HTTP {0}.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the download of this file: it found malware in it ({0}).</source>
        <translation>Microsoft 365 blockerar nedladdningen av den här filen: den hittade skadlig kod (malware) i den ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with a web page (HTTP {0}) instead of the file; it does not hand this file out.</source>
        <translation>Microsoft 365 svarade med en webbsida (HTTP {0}) i stället för filen; den lämnar inte ut den här filen.</translation>
    </message>
    <message>
        <source>The download kept failing ({0}).</source>
        <translation>Nedladdningen misslyckades gång på gång ({0}).</translation>
    </message>
    <message>
        <source>Microsoft 365 gave no hash: size checked only.</source>
        <translation>Microsoft 365 angav ingen hash: endast storleken har kontrollerats.</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in libraries, so the downloaded file ({0} bytes) differs from the listed one ({1} bytes). This is expected; the file was kept.</source>
        <translation>SharePoint lägger till egna egenskaper i Office-filer i bibliotek, så den nedladdade filen ({0} byte) skiljer sig från den listade ({1} byte). Det är väntat; filen har behållits.</translation>
    </message>
    <message>
        <source>The downloaded bytes did not match Microsoft 365&apos;s quickXorHash {0} times (got {1} of {2} bytes); the file was not kept.</source>
        <translation>De nedladdade byten stämde inte med Microsoft 365:s quickXorHash {0} gånger (fick {1} av {2} byte); filen behölls inte.</translation>
    </message>
    <message>
        <source>Microsoft 365 named no folder for this item, so it was placed at the top of the drive.</source>
        <translation>Microsoft 365 angav ingen mapp för det här objektet, så det lades överst i enheten.</translation>
    </message>
    <message>
        <source>Microsoft 365 lists no file content for this item.</source>
        <translation>Microsoft 365 anger inget filinnehåll för det här objektet.</translation>
    </message>
    <message>
        <source>Microsoft 365 found malware in this file and blocks its download ({0}).</source>
        <translation>Microsoft 365 hittade skadlig kod (malware) i den här filen och blockerar nedladdningen ({0}).</translation>
    </message>
    <message>
        <source>A shortcut to an item in {0}; its files are backed up with that drive, not here.</source>
        <translation>En genväg till ett objekt i {0}; filerna säkerhetskopieras med den enheten, inte här.</translation>
    </message>
    <message>
        <source>A shortcut to an item in another drive ({0}); its files are backed up with that drive, not here.</source>
        <translation>En genväg till ett objekt i en annan enhet ({0}); filerna säkerhetskopieras med den enheten, inte här.</translation>
    </message>
    <message>
        <source>Microsoft 365 hands out no download for this part of a OneNote notebook; open the notebook in OneNote to export it.</source>
        <translation>Microsoft 365 lämnar inte ut någon nedladdning av den här delen av en OneNote-anteckningsbok; öppna anteckningsboken i OneNote för att exportera den.</translation>
    </message>
    <message>
        <source>The backup stopped unexpectedly. Start it again: files verified so far are kept and it resumes where it stopped.</source>
        <translation>Säkerhetskopieringen stannade oväntat. Starta den igen: filer som redan är kontrollerade behålls och den fortsätter där den stannade.</translation>
    </message>
    <message>
        <source>a part ended short</source>
        <translation>en del tog slut för tidigt</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>{n} licences are assigned; Microsoft support cancels it for you (more than {limit} licences).</source>
        <translation>{n} licenser är tilldelade; Microsofts support avbryter den åt dig (fler än {limit} licenser).</translation>
    </message>
    <message>
        <source>Bought with a product key: Microsoft support cancels it ({n} licences assigned).</source>
        <translation>Köpt med en produktnyckel: Microsofts support avbryter den ({n} licenser tilldelade).</translation>
    </message>
    <message>
        <source>This product is cancelled by Microsoft support ({n} licences assigned).</source>
        <translation>Den här produkten avbryts av Microsofts support ({n} licenser tilldelade).</translation>
    </message>
    <message>
        <source>Bought through a partner: the partner cancels it ({n} licences assigned).</source>
        <translation>Köpt via en partner: partnern avbryter den ({n} licenser tilldelade).</translation>
    </message>
    <message>
        <source>Licences: {0} or fewer assigned, or the support path</source>
        <translation>Licenser: {0} eller färre tilldelade, eller vägen via supporten</translation>
    </message>
    <message>
        <source>No subscription is chosen.</source>
        <translation>Ingen prenumeration är vald.</translation>
    </message>
    <message>
        <source>read from Microsoft 365 at {0}</source>
        <translation>läst från Microsoft 365 kl. {0}</translation>
    </message>
    <message>
        <source>as read on the Subscription page</source>
        <translation>som lästes på sidan Prenumeration</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}).</source>
        <translation>{0} licenser tilldelade ({1}).</translation>
    </message>
    <message>
        <source>{0} licences assigned ({1}): remove {2} more, or choose support.</source>
        <translation>{0} licenser tilldelade ({1}): ta bort {2} till, eller välj supporten.</translation>
    </message>
    <message>
        <source>Custom domains removed</source>
        <translation>Egna domäner borttagna</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains could not be read: {0}</source>
        <translation>Klientens domäner kunde inte läsas: {0}</translation>
    </message>
    <message>
        <source>The tenant has no custom domain (read from Microsoft 365 at {0}).</source>
        <translation>Klienten har ingen egen domän (läst från Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>{0}: mail (MX) and DNS (NS) no longer at Microsoft 365</source>
        <translation>{0}: e-post (MX) och DNS (NS) inte längre hos Microsoft 365</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>Could not be checked at {0}: {1}</source>
        <translation>Kunde inte kontrolleras kl. {0}: {1}</translation>
    </message>
    <message>
        <source>Checked live at {0}: neither points at Microsoft 365.</source>
        <translation>Kontrollerat live kl. {0}: ingen av dem pekar på Microsoft 365.</translation>
    </message>
    <message>
        <source>Checked live at {0}: {1} still at Microsoft 365 (or unknown).</source>
        <translation>Kontrollerat live kl. {0}: {1} fortfarande hos Microsoft 365 (eller okänt).</translation>
    </message>
    <message>
        <source>{0}: removed from the tenant</source>
        <translation>{0}: borttagen från klienten</translation>
    </message>
    <message>
        <source>Microsoft 365 still lists it (read at {0}).</source>
        <translation>Microsoft 365 listar den fortfarande (läst kl. {0}).</translation>
    </message>
    <message>
        <source>Not in the tenant&apos;s domains (read from Microsoft 365 at {0}).</source>
        <translation>Inte bland klientens domäner (läst från Microsoft 365 kl. {0}).</translation>
    </message>
    <message>
        <source>Removed at {0}.</source>
        <translation>Borttagen kl. {0}.</translation>
    </message>
    <message>
        <source>Backup complete and verified</source>
        <translation>Säkerhetskopian klar och verifierad</translation>
    </message>
    <message>
        <source>No backup was made in this wizard.</source>
        <translation>Ingen säkerhetskopia gjordes i den här guiden.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest was not read.</source>
        <translation>Säkerhetskopians manifest lästes inte.</translation>
    </message>
    <message>
        <source>From the manifest: {0} files verified, {1} not downloadable, {2} failed, {3} not finished.</source>
        <translation>Från manifestet: {0} filer verifierade, {1} kan inte laddas ned, {2} misslyckades, {3} inte klara.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-post flyttad till den nya leverantören</translation>
    </message>
    <message>
        <source>You chose to move the mail, but it was not moved yet.</source>
        <translation>Du valde att flytta e-posten, men den har inte flyttats ännu.</translation>
    </message>
    <message>
        <source>Every message is at the new provider (users: {0}; counted there at {1}).</source>
        <translation>Alla meddelanden finns hos den nya leverantören (användare: {0}; räknade där kl. {1}).</translation>
    </message>
    <message>
        <source>Not complete for {0}: see the mail move report.</source>
        <translation>Inte klart för {0}: se rapporten över e-postflytten.</translation>
    </message>
    <message>
        <source>Users told when their mail and files stop</source>
        <translation>Användarna har fått veta när deras e-post och filer upphör</translation>
    </message>
    <message>
        <source>You ticked that you told them.</source>
        <translation>Du har markerat att du har berättat det för dem.</translation>
    </message>
    <message>
        <source>Tick the box when you have told them.</source>
        <translation>Markera rutan när du har berättat det för dem.</translation>
    </message>
    <message>
        <source>Key dates reviewed</source>
        <translation>Viktiga datum genomgångna</translation>
    </message>
    <message>
        <source>Reviewed at {0}.</source>
        <translation>Genomgångna kl. {0}.</translation>
    </message>
    <message>
        <source>The key dates have not been reviewed.</source>
        <translation>De viktiga datumen har inte gåtts igenom.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} is not there any more. Was the backup folder moved or deleted?</source>
        <translation>Säkerhetskopians manifest {0} finns inte längre. Har mappen med säkerhetskopian flyttats eller tagits bort?</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest {0} could not be read ({1}).</source>
        <translation>Säkerhetskopians manifest {0} kunde inte läsas ({1}).</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Leaving {0}</source>
        <translation>Lämnar {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {0} ({1}). Choose another folder and export again.</source>
        <translation>Kalenderfilen kunde inte skrivas till {0} ({1}). Välj en annan mapp och exportera igen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation>Utvärderingen går ut</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Perioden slutar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Refund window closes</source>
        <translation>Sista dag för återbetalning</translation>
    </message>
    <message>
        <source>Term would end</source>
        <translation>Perioden skulle sluta</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Data may be deleted</source>
        <translation>Data kan tas bort</translation>
    </message>
    <message>
        <source>Read-only ends</source>
        <translation>Skrivskyddet upphör</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Data borttagna</translation>
    </message>
    <message>
        <source>You cancel in the admin center. Users lose access at once; the subscription is disabled.</source>
        <translation>Du avbryter i administrationscentret. Användarna förlorar åtkomsten direkt; prenumerationen inaktiveras.</translation>
    </message>
    <message>
        <source>The trial expires by itself. During the expired period that follows you can still buy it; then its data is deleted.</source>
        <translation>Utvärderingen går ut av sig själv. Under perioden som utgången därefter kan du fortfarande köpa den; sedan tas dess data bort.</translation>
    </message>
    <message>
        <source>Expired: can still be renewed</source>
        <translation>Utgången: kan fortfarande förnyas</translation>
    </message>
    <message>
        <source>The subscription expired (estimated from its current state).</source>
        <translation>Prenumerationen gick ut (uppskattat utifrån dess nuvarande status).</translation>
    </message>
    <message>
        <source>The term ends and is not renewed. Everyone keeps access for 30 more days (expired).</source>
        <translation>Perioden slutar och förnyas inte. Alla behåller åtkomsten i 30 dagar till (utgången).</translation>
    </message>
    <message>
        <source>The dates are counted from today.</source>
        <translation>Datumen räknas från i dag.</translation>
    </message>
    <message>
        <source>The last day to cancel with a prorated refund (7 days from the start).</source>
        <translation>Sista dagen att avbryta med proportionerlig återbetalning (7 dagar från start).</translation>
    </message>
    <message>
        <source>The end of the current term, had you let it run.</source>
        <translation>Slutet på den nuvarande perioden, om du hade låtit den löpa.</translation>
    </message>
    <message>
        <source>Disabled: only admins can sign in, read-only. They can still back up.</source>
        <translation>Inaktiverad: bara administratörer kan logga in, skrivskyddat. De kan fortfarande säkerhetskopiera.</translation>
    </message>
    <message>
        <source>From this day Microsoft may delete the data. Have your backup done before.</source>
        <translation>Från och med den här dagen kan Microsoft ta bort data. Ha säkerhetskopian klar innan dess.</translation>
    </message>
    <message>
        <source>The disabled period ends: admins can no longer reach the data.</source>
        <translation>Perioden som inaktiverad upphör: administratörer kommer inte längre åt data.</translation>
    </message>
    <message>
        <source>The data is deleted no later than this day.</source>
        <translation>Data tas bort senast den här dagen.</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(uppskattat)</translation>
    </message>
    <message>
        <source>Active: everyone has access</source>
        <translation>Aktiv: alla har åtkomst</translation>
    </message>
    <message>
        <source>Disabled: admins only, read-only</source>
        <translation>Inaktiverad: bara administratörer, skrivskyddat</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen åtkomst</translation>
    </message>
    <message>
        <source>Data kept</source>
        <translation>Data sparas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Åtkomst</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The demo tenant did not answer ({0}). Close the wizard and start the demo again.</source>
        <translation>Demoklienten svarade inte ({0}). Stäng guiden och starta demon igen.</translation>
    </message>
    <message>
        <source>The demo tenant refused the cancellation (HTTP {0}).</source>
        <translation>Demoklienten avvisade avbrottet (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>dns</name>
    <message>
        <source>Couldn&apos;t check: {0}</source>
        <translation>Kunde inte kontrolleras: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>systemets resolver</translation>
    </message>
    <message>
        <source>“{0}” is not a valid domain name. Type only the domain, like contoso.com.</source>
        <translation>“{0}” är inte ett giltigt domännamn. Skriv bara domänen, t.ex. contoso.com.</translation>
    </message>
    <message>
        <source>{0} does not exist in DNS (NXDOMAIN). Check the spelling.</source>
        <translation>{0} finns inte i DNS (NXDOMAIN). Kontrollera stavningen.</translation>
    </message>
    <message>
        <source>{0} has no record of this type.</source>
        <translation>{0} har ingen post av den här typen.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for {0} (SERVFAIL). Try again later or choose another resolver.</source>
        <translation>DNS-servern kunde inte svara för {0} (SERVFAIL). Försök igen senare eller välj en annan resolver.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for {0}. Choose another resolver.</source>
        <translation>DNS-servern vägrade svara för {0}. Välj en annan resolver.</translation>
    </message>
    <message>
        <source>No answer for {0} in time. Check the network connection or choose another resolver.</source>
        <translation>Inget svar för {0} i tid. Kontrollera nätverksanslutningen eller välj en annan resolver.</translation>
    </message>
    <message>
        <source>{0} is a CNAME that leads back to itself (a loop). Fix it at your DNS host.</source>
        <translation>{0} är en CNAME som leder tillbaka till sig själv (en loop). Rätta det hos din DNS-värd.</translation>
    </message>
    <message>
        <source>{0} accepts no mail: it has a null MX record (RFC 7505).</source>
        <translation>{0} tar inte emot e-post: den har en null MX-post (RFC 7505).</translation>
    </message>
    <message>
        <source>Could not ask DNS about {0}: no network or no resolver. Check the connection or choose another resolver.</source>
        <translation>Kunde inte fråga DNS om {0}: inget nätverk eller ingen resolver. Kontrollera anslutningen eller välj en annan resolver.</translation>
    </message>
    <message>
        <source>The DNS server gave a malformed answer for {0}. Choose another resolver.</source>
        <translation>DNS-servern gav ett felaktigt svar för {0}. Välj en annan resolver.</translation>
    </message>
    <message>
        <source>This domain accepts no mail (null MX, RFC 7505). If people should still mail it, add your new mail provider&apos;s MX record.</source>
        <translation>Den här domänen tar inte emot e-post (null MX, RFC 7505). Om folk fortfarande ska kunna skicka e-post dit lägger du till din nya e-postleverantörs MX-post.</translation>
    </message>
    <message>
        <source>Step 1: change MX to your new mail provider. Until then mail keeps going to Microsoft 365; after cancelling it bounces.</source>
        <translation>Steg 1: ändra MX till din nya e-postleverantör. Till dess går e-posten till Microsoft 365; när du har avbrutit studsar den.</translation>
    </message>
    <message>
        <source>Microsoft 365 hosts this domain&apos;s DNS: the change takes effect only after the NS records move (step 2).</source>
        <translation>Microsoft 365 är värd för domänens DNS: ändringen gäller först när NS-posterna har flyttats (steg 2).</translation>
    </message>
    <message>
        <source>No MX record: mail to this domain cannot be delivered. Add your new mail provider&apos;s MX record.</source>
        <translation>Ingen MX-post: e-post till den här domänen kan inte levereras. Lägg till din nya e-postleverantörs MX-post.</translation>
    </message>
    <message>
        <source>Done: mail goes to your new provider.</source>
        <translation>Klart: e-posten går till din nya leverantör.</translation>
    </message>
    <message>
        <source>The zone&apos;s primary nameserver is Microsoft 365&apos;s; it moves with the NS records (step 2).</source>
        <translation>Zonens primära namnserver tillhör Microsoft 365; den flyttas med NS-posterna (steg 2).</translation>
    </message>
    <message>
        <source>Nothing to do: the zone&apos;s primary nameserver is not Microsoft 365&apos;s.</source>
        <translation>Inget att göra: zonens primära namnserver tillhör inte Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 2: Microsoft 365 hosts this domain&apos;s DNS. Recreate every record at your new DNS host, then change the NS records at your registrar.</source>
        <translation>Steg 2: Microsoft 365 är värd för domänens DNS. Skapa alla poster igen hos din nya DNS-värd och ändra sedan NS-posterna hos din domänregistrator.</translation>
    </message>
    <message>
        <source>No NS records found: ask your registrar which DNS host serves this domain.</source>
        <translation>Inga NS-poster hittades: fråga din domänregistrator vilken DNS-värd som betjänar domänen.</translation>
    </message>
    <message>
        <source>Your DNS is hosted outside Microsoft 365: make the changes there.</source>
        <translation>Din DNS finns utanför Microsoft 365: gör ändringarna där.</translation>
    </message>
    <message>
        <source>Step 3: remove include:spf.protection.outlook.com from this SPF record once mail has moved; add your new provider&apos;s include.</source>
        <translation>Steg 3: ta bort include:spf.protection.outlook.com från den här SPF-posten när e-posten har flyttats; lägg till din nya leverantörs include.</translation>
    </message>
    <message>
        <source>No SPF record. Add the one your new mail provider gives you.</source>
        <translation>Ingen SPF-post. Lägg till den som din nya e-postleverantör ger dig.</translation>
    </message>
    <message>
        <source>Nothing to do: SPF no longer includes Microsoft 365.</source>
        <translation>Inget att göra: SPF inkluderar inte längre Microsoft 365.</translation>
    </message>
    <message>
        <source>Step 4: remove this Microsoft 365 verification record after removing the domain from Microsoft 365.</source>
        <translation>Steg 4: ta bort den här verifieringsposten för Microsoft 365 när domänen har tagits bort från Microsoft 365.</translation>
    </message>
    <message>
        <source>Keep it. Your new mail provider may suggest changes.</source>
        <translation>Behåll den. Din nya e-postleverantör kan föreslå ändringar.</translation>
    </message>
    <message>
        <source>Step 3: remove it, or point it at your new provider&apos;s autodiscover, once mail has moved.</source>
        <translation>Steg 3: ta bort den, eller låt den peka på din nya leverantörs autodiscover, när e-posten har flyttats.</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 DKIM key once mail has moved; add your new provider&apos;s keys.</source>
        <translation>Steg 3: ta bort den här DKIM-nyckeln för Microsoft 365 när e-posten har flyttats; lägg till din nya leverantörs nycklar.</translation>
    </message>
    <message>
        <source>Step 3: remove this Teams/Skype for Business record.</source>
        <translation>Steg 3: ta bort den här posten för Teams/Skype för företag.</translation>
    </message>
    <message>
        <source>Step 3: remove this device-management record (Intune).</source>
        <translation>Steg 3: ta bort den här posten för enhetshantering (Intune).</translation>
    </message>
    <message>
        <source>Step 3: remove this Microsoft 365 record.</source>
        <translation>Steg 3: ta bort den här Microsoft 365-posten.</translation>
    </message>
    <message>
        <source>Nothing to do: not present.</source>
        <translation>Inget att göra: finns inte.</translation>
    </message>
    <message>
        <source>Nothing to do: no longer points at Microsoft 365.</source>
        <translation>Inget att göra: pekar inte längre på Microsoft 365.</translation>
    </message>
    <message>
        <source>Still asking the domain&apos;s own nameservers whether they give the same answer.</source>
        <translation>Frågar fortfarande domänens egna namnservrar om de ger samma svar.</translation>
    </message>
    <message>
        <source>The domain&apos;s own nameservers did not answer; only the resolver&apos;s answer is shown.</source>
        <translation>Domänens egna namnservrar svarade inte; bara resolverns svar visas.</translation>
    </message>
    <message>
        <source>The domain&apos;s nameservers agree.</source>
        <translation>Domänens namnservrar är överens.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}. The resolver&apos;s cached answer expires at {1}.</source>
        <translation>Inte överallt än: {0}. Resolverns cachelagrade svar går ut kl. {1}.</translation>
    </message>
    <message>
        <source>Not everywhere yet: {0}.</source>
        <translation>Inte överallt än: {0}.</translation>
    </message>
    <message>
        <source>Tell your users the date their mail moves, then change the MX record to the new mail provider.</source>
        <translation>Berätta för dina användare vilket datum deras e-post flyttas och ändra sedan MX-posten till den nya e-postleverantören.</translation>
    </message>
    <message>
        <source>If Microsoft 365 hosts the DNS: recreate every record at the new DNS host, then change the NS records at the registrar.</source>
        <translation>Om Microsoft 365 är värd för DNS: skapa alla poster igen hos den nya DNS-värden och ändra sedan NS-posterna hos domänregistratorn.</translation>
    </message>
    <message>
        <source>Remove the remaining Microsoft 365 records (SPF include, autodiscover, DKIM…).</source>
        <translation>Ta bort de återstående Microsoft 365-posterna (SPF-include, autodiscover, DKIM…).</translation>
    </message>
    <message>
        <source>Remove {0} from Microsoft 365.</source>
        <translation>Ta bort {0} från Microsoft 365.</translation>
    </message>
    <message>
        <source>{0} records could not be checked ({1}). Try again, or choose another resolver.</source>
        <translation>{0} poster kunde inte kontrolleras ({1}). Försök igen eller välj en annan resolver.</translation>
    </message>
    <message>
        <source>“{0}” is not a DNS server. Type an address like 1.1.1.1 or 127.0.0.1:5353.</source>
        <translation>“{0}” är inte en DNS-server. Skriv en adress som 1.1.1.1 eller 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>Could not find the DNS server {0}. Check the name, or type its IP address.</source>
        <translation>Det gick inte att hitta DNS-servern {0}. Kontrollera namnet eller skriv dess IP-adress.</translation>
    </message>
    <message>
        <source>unexpected error ({0}). Run with --verbose for details.</source>
        <translation>oväntat fel ({0}). Kör med --verbose för detaljer.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365 any more</source>
        <translation>inget pekar längre på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>pekar fortfarande på Microsoft 365</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>kunde inte kontrolleras</translation>
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
        <translation>okänt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Värde</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <source>The DNS check stopped before it finished. Check again; if it keeps stopping, run “cancel365 dns your-domain” in a terminal to see why.</source>
        <translation>DNS-kontrollen stannade innan den var klar. Kontrollera igen; om den fortsätter att stanna, kör “cancel365 dns din-doman” i en terminal för att se varför.</translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2} and {3} more). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} används fortfarande av användare, grupper eller appar, totalt {1} ({2} och {3} till). Byt deras adresser till en annan domän (till exempel onmicrosoft.com-domänen) i administrationscentret och försök sedan igen.</translation>
    </message>
    <message>
        <source>{0} is still used by users, groups or apps ({1} in all: {2}). Change their addresses to another domain (for example the onmicrosoft.com one) in the admin center, then try again.</source>
        <translation>{0} används fortfarande av användare, grupper eller appar, totalt {1} ({2}). Byt deras adresser till en annan domän (till exempel onmicrosoft.com-domänen) i administrationscentret och försök sedan igen.</translation>
    </message>
    <message>
        <source>Removing {0} needs the {1} permission, which this sign-in does not have. Sign in again and accept it (a Global Administrator or Domain Name Administrator can), or remove the domain in the admin center&apos;s Domains page.</source>
        <translation>För att ta bort {0} krävs behörigheten {1}, som den här inloggningen inte har. Logga in igen och godkänn den (det kan en global administratör eller domännamnsadministratör göra), eller ta bort domänen på sidan Domäner i administrationscentret.</translation>
    </message>
    <message>
        <source>Microsoft 365 accepted the removal of {0}, but still lists it. Removal can take a few minutes: check again later, or look at the admin center&apos;s Domains page.</source>
        <translation>Microsoft 365 godtog borttagningen av {0} men visar den fortfarande. Det kan ta några minuter att ta bort en domän: kontrollera igen senare, eller titta på sidan Domäner i administrationscentret.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, run cancel365 --verbose and send the log to support.</source>
        <translation>Något oväntat gick fel ({0}). Försök igen; om det fortsätter kör du cancel365 --verbose och skickar loggen till supporten.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>It costs too much</source>
        <translation>Det kostar för mycket</translation>
    </message>
    <message>
        <source>We are moving to another provider</source>
        <translation>Vi byter till en annan leverantör</translation>
    </message>
    <message>
        <source>The business is closing or merging</source>
        <translation>Företaget läggs ner eller går samman</translation>
    </message>
    <message>
        <source>Features we need are missing</source>
        <translation>Funktioner vi behöver saknas</translation>
    </message>
    <message>
        <source>It is too complex for us</source>
        <translation>Det är för komplicerat för oss</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Ett annat skäl</translation>
    </message>
    <message>
        <source>We are moving to another provider: {0}</source>
        <translation>Vi byter till en annan leverantör: {0}</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Could not reach Microsoft 365 ({0}). Check the internet connection and any proxy, then try again.</source>
        <translation>Det gick inte att nå Microsoft 365 ({0}). Kontrollera internetanslutningen och eventuell proxy och försök sedan igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 asked this app to pause for about {0} min. Try again after that.</source>
        <translation>Microsoft 365 har bett den här appen att pausa i cirka {0} min. Försök igen efter det.</translation>
    </message>
    <message>
        <source>a Global Administrator</source>
        <translation>global administratör</translation>
    </message>
    <message>
        <source>a Global Administrator or Global Reader</source>
        <translation>global administratör eller global läsare</translation>
    </message>
    <message>
        <source>a Global Administrator or Billing Administrator</source>
        <translation>global administratör eller faktureringsadministratör</translation>
    </message>
    <message>
        <source>any signed-in user</source>
        <translation>en inloggad användare</translation>
    </message>
    <message>
        <source>a Global or License Administrator</source>
        <translation>global administratör eller licensadministratör</translation>
    </message>
    <message>
        <source>a Global or Domain Name Administrator</source>
        <translation>global administratör eller domännamnsadministratör</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts this sign-in. Sign in again.</source>
        <translation>Microsoft 365 godtar inte längre den här inloggningen. Logga in igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: it needs the {0} permission and an account that is {1}. Sign in as such an admin, or ask one to grant consent, then try again.</source>
        <translation>Microsoft 365 nekade detta: det kräver behörigheten {0} och ett konto som är {1}. Logga in som en sådan administratör, eller be en av dem att ge medgivande, och försök sedan igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this: the signed-in account lacks a permission or an admin role. Sign in as a Global Administrator and try again.</source>
        <translation>Microsoft 365 nekade detta: det inloggade kontot saknar en behörighet eller en administratörsroll. Logga in som global administratör och försök igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 says this does not exist (any more). Refresh and try again.</source>
        <translation>Enligt Microsoft 365 finns detta inte (längre). Uppdatera och försök igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how fast this app may work and kept doing so. Wait a few minutes, then try again.</source>
        <translation>Microsoft 365 begränsar hur snabbt den här appen får arbeta och fortsatte med det. Vänta några minuter och försök sedan igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 had a problem on its side (HTTP {0}) and kept having it. Try again in a few minutes; if it persists, check the service health page in the admin center.</source>
        <translation>Microsoft 365 hade ett problem på sin sida (HTTP {0}), och det fortsatte. Försök igen om några minuter; om det kvarstår kontrollerar du sidan Tjänstehälsa i administrationscentret.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the request (HTTP {0}).</source>
        <translation>Microsoft 365 godtog inte begäran (HTTP {0}).</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>The folder {0} was deleted during the backup.</source>
        <translation>Mappen {0} togs bort under säkerhetskopieringen.</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} arrived during the backup or failed (run again to add them)</source>
        <translation>{0}: Microsoft 365 räknar {1}, säkerhetskopian har {2}: {3} kom till under säkerhetskopieringen eller misslyckades (kör igen för att lägga till dem)</translation>
    </message>
    <message>
        <source>{0}: Microsoft 365 counts {1}, the backup has {2}: {3} were deleted or moved in the mailbox during the backup (kept in the backup)</source>
        <translation>{0}: Microsoft 365 räknar {1}, säkerhetskopian har {2}: {3} togs bort eller flyttades i postlådan under säkerhetskopieringen (behålls i säkerhetskopian)</translation>
    </message>
    <message>
        <source>Calendars left out: this access has no Calendars.Read permission.</source>
        <translation>Kalendrar utelämnade: den här åtkomsten saknar behörigheten Calendars.Read.</translation>
    </message>
    <message>
        <source>Contacts left out: this access has no Contacts.Read permission.</source>
        <translation>Kontakter utelämnade: den här åtkomsten saknar behörigheten Contacts.Read.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>shared mailbox</source>
        <translation>delad postlåda</translation>
    </message>
    <message>
        <source>room mailbox</source>
        <translation>rumspostlåda</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>resurspostlåda</translation>
    </message>
    <message>
        <source>other mailbox</source>
        <translation>annan postlåda</translation>
    </message>
    <message>
        <source>user without a licence</source>
        <translation>användare utan licens</translation>
    </message>
    <message>
        <source>shared or room mailbox (no licence)</source>
        <translation>delad postlåda eller rumspostlåda (utan licens)</translation>
    </message>
    <message>
        <source>Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}.</source>
        <translation>Kontrollerade: {0} av {1} meddelanden. Misslyckades: {2}. Händelser: {3}. Kontakter: {4}.</translation>
    </message>
    <message>
        <source>Mail was left out: {0}.</source>
        <translation>E-posten utelämnades: {0}.</translation>
    </message>
    <message>
        <source>{0} messages verified, {1} failed; {2} events; {3} contacts.</source>
        <translation>{0} meddelanden kontrollerade, {1} misslyckades; {2} händelser; {3} kontakter.</translation>
    </message>
</context>
<context>
    <name>mail_move</name>
    <message>
        <source>Cannot read the accounts file {0}: {1}</source>
        <translation>Kan inte läsa kontofilen {0}: {1}</translation>
    </message>
    <message>
        <source>The accounts file {0} has no column {1}: the first row must name the columns email,imap_user,imap_host (and optionally imap_port, security, password).</source>
        <translation>Kontofilen {0} saknar kolumnen {1}: första raden måste namnge kolumnerna email,imap_user,imap_host (och eventuellt imap_port, security, password).</translation>
    </message>
    <message>
        <source>Row {0} of {1}: the column {2} is empty.</source>
        <translation>Rad {0} i {1}: kolumnen {2} är tom.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not an email address.</source>
        <translation>Rad {0} i {1}: {2} är ingen e-postadress.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is there twice.</source>
        <translation>Rad {0} i {1}: {2} finns två gånger.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: security must be tls, starttls or plain, not {2}.</source>
        <translation>Rad {0} i {1}: security måste vara tls, starttls eller plain, inte {2}.</translation>
    </message>
    <message>
        <source>Row {0} of {1}: {2} is not a port number.</source>
        <translation>Rad {0} i {1}: {2} är inget portnummer.</translation>
    </message>
    <message>
        <source>The accounts file {0} has no accounts.</source>
        <translation>Kontofilen {0} innehåller inga konton.</translation>
    </message>
    <message>
        <source>No saved mailbox for {0} in {1}.</source>
        <translation>Ingen sparad postlåda för {0} i {1}.</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Väntar på sin tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppades innan den började.</translation>
    </message>
    <message>
        <source>No password for {0} at {1}.</source>
        <translation>Inget lösenord för {0} hos {1}.</translation>
    </message>
    <message>
        <source>Stopped; run it again to go on where it left off.</source>
        <translation>Stoppad; kör den igen för att fortsätta där den slutade.</translation>
    </message>
    <message>
        <source>Dry run: {0} messages would be sent, {1} are already there; {2} folders would be made.</source>
        <translation>Provkörning: {0} meddelanden skulle skickas, {1} finns redan där; {2} mappar skulle skapas.</translation>
    </message>
    <message>
        <source>{0} sent, {1} already there, {2} failed; {3} folders differ.</source>
        <translation>{0} skickade, {1} fanns redan, {2} misslyckades; {3} mappar skiljer sig.</translation>
    </message>
    <message>
        <source>All {0} messages are there: {1} sent now, {2} were already there.</source>
        <translation>Alla {0} meddelanden finns där: {1} skickade nu, {2} fanns redan.</translation>
    </message>
    <message>
        <source>{0} Trying again.</source>
        <translation>{0} Försöker igen.</translation>
    </message>
    <message>
        <source>The connection to {0} kept breaking ({1}); stopped after {2} tries. Run it again later: it goes on where it left off.</source>
        <translation>Anslutningen till {0} bröts gång på gång ({1}); stoppad efter {2} försök. Kör den igen senare: den fortsätter där den slutade.</translation>
    </message>
    <message>
        <source>The connection broke ({0}); connecting again.</source>
        <translation>Anslutningen bröts ({0}); ansluter igen.</translation>
    </message>
    <message>
        <source>The server would not make the folder {0}: {1}</source>
        <translation>Servern ville inte skapa mappen {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: a message ({1}) was refused by the server: {2}</source>
        <translation>{0}: ett meddelande ({1}) avvisades av servern: {2}</translation>
    </message>
    <message>
        <source>The mailbox of {0} at the new provider is full ({1}). Ask the provider for more room, or delete mail there, then run the move again: it goes on where it stopped.</source>
        <translation>Postlådan för {0} hos den nya leverantören är full ({1}). Be leverantören om mer utrymme eller ta bort e-post där, och kör sedan flytten igen: den fortsätter där den stoppade.</translation>
    </message>
    <message>
        <source>Sending {0}.</source>
        <translation>Skickar {0}.</translation>
    </message>
    <message>
        <source>Could not read back the folders&apos; counts: {0}</source>
        <translation>Kunde inte läsa tillbaka mapparnas antal: {0}</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider; the saved mailbox has {2} ({3} refused).</source>
        <translation>{0} har {1} meddelanden hos den nya leverantören; den sparade postlådan har {2} ({3} avvisade).</translation>
    </message>
    <message>
        <source>{0} has {1} messages at the new provider, {2} more than were there before plus those sent now: mail arrived there meanwhile, or a message was stored twice after a dropped connection. Look in that folder.</source>
        <translation>{0} har {1} meddelanden hos den nya leverantören, {2} fler än som fanns där förut plus de som skickades nu: e-post har kommit under tiden, eller så sparades ett meddelande två gånger efter en bruten anslutning. Titta i den mappen.</translation>
    </message>
    <message>
        <source>{0}: Cancel365 does not send a password in plain text. Use tls or starttls (plain is only for a test server on this computer, with --insecure).</source>
        <translation>{0}: Cancel365 skickar inte ett lösenord i klartext. Använd tls eller starttls (plain är bara för en testserver på den här datorn, med --insecure).</translation>
    </message>
    <message>
        <source>{0}: the server&apos;s certificate is not trusted ({1}). Check the host name; ask the provider which host name to use.</source>
        <translation>{0}: serverns certifikat är inte betrott ({1}). Kontrollera värdnamnet; fråga leverantören vilket värdnamn du ska använda.</translation>
    </message>
    <message>
        <source>{0} cannot be reached ({1}). Check the host and port.</source>
        <translation>{0} kan inte nås ({1}). Kontrollera värd och port.</translation>
    </message>
    <message>
        <source>{0} does not offer STARTTLS ({1}). Try tls on port 993.</source>
        <translation>{0} erbjuder inte STARTTLS ({1}). Prova tls på port 993.</translation>
    </message>
    <message>
        <source>{0}: the server refused the user name or password for {1} ({2}). Check them; some providers need an app password.</source>
        <translation>{0}: servern avvisade användarnamnet eller lösenordet för {1} ({2}). Kontrollera dem; vissa leverantörer kräver ett applösenord.</translation>
    </message>
    <message>
        <source>{0}: the connection broke while signing in ({1}).</source>
        <translation>{0}: anslutningen bröts under inloggningen ({1}).</translation>
    </message>
    <message>
        <source>Signed in, but the server stopped answering ({0}).</source>
        <translation>Inloggad, men servern slutade svara ({0}).</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}.</source>
        <translation>Inloggad på {0} som {1}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Complete: every saved message is at the new provider.</source>
        <translation>Komplett: alla sparade meddelanden finns hos den nya leverantören.</translation>
    </message>
    <message>
        <source>INCOMPLETE: see the rows with failures or notes.</source>
        <translation>OFULLSTÄNDIG: se raderna med fel eller anteckningar.</translation>
    </message>
    <message>
        <source>Mail moved to the new provider</source>
        <translation>E-post flyttad till den nya leverantören</translation>
    </message>
    <message>
        <source>{0} messages sent, {1} already there, {2} failed.</source>
        <translation>{0} meddelanden skickade, {1} fanns redan, {2} misslyckades.</translation>
    </message>
    <message>
        <source>User / folder</source>
        <translation>Användare / mapp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparade</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Fanns redan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <source>At the new provider</source>
        <translation>Hos den nya leverantören</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>Your e-mail moves on {date}</source>
        <translation>Din e-post flyttas {date}</translation>
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
        <translation>Hej!

E-posten för {domain} flyttas {date} från Microsoft 365 till {provider}. Din e-postadress förblir densamma.

Det här behöver du göra:
1. {old_mail}
2. Före {date}: kopiera dina OneDrive-filer till en annan plats.
3. Från och med {date}: logga in på {provider} med uppgifterna du får, och konfigurera e-postappen på din dator och telefon igen.
4. När Microsoft 365-prenumerationen upphör kan Office på din dator bara öppna och skriva ut dokument: avinstallera det då.

På flyttdagen kan ny e-post komma fram några timmar försenad.

Frågor? Svara bara på det här meddelandet.

{admin}
</translation>
    </message>
    <message>
        <source>Your old e-mail: you need not export it. I copy it from Microsoft 365 into your new mailbox at {provider}, in the same folders; it appears there once I have moved it, on or soon after {date}. Before {date}, keep the contacts and calendar items you need (export them from Outlook or ask me for help); what stays in Microsoft 365 will be deleted.</source>
        <translation>Din gamla e-post: du behöver inte exportera den. Jag kopierar den från Microsoft 365 till din nya brevlåda hos {provider}, i samma mappar; den dyker upp där när jag har flyttat den, {date} eller strax efter. Före {date}: spara de kontakter och kalenderobjekt du behöver (exportera dem från Outlook eller be mig om hjälp); det som blir kvar i Microsoft 365 tas bort.</translation>
    </message>
    <message>
        <source>Before {date}: keep the e-mail, contacts and calendar items you need. Export them from Outlook or ask me for help; what stays in Microsoft 365 will be deleted. Your old e-mail does not appear at {provider} by itself: if you want it there, you move it there yourself.</source>
        <translation>Före {date}: spara den e-post, de kontakter och de kalenderobjekt du behöver. Exportera dem från Outlook eller be mig om hjälp; det som blir kvar i Microsoft 365 tas bort. Din gamla e-post dyker inte upp hos {provider} av sig själv: vill du ha den där flyttar du den dit själv.</translation>
    </message>
    <message>
        <source>the new mail provider</source>
        <translation>den nya e-postleverantören</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>couldn&apos;t check</source>
        <translation>kunde inte kontrolleras</translation>
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
        <translation>Uppsägningsrapport</translation>
    </message>
    <message>
        <source>{0}, written {1} by Cancel365 {2}.</source>
        <translation>{0}, skriven {1} av Cancel365 {2}.</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Ingen klientorganisation</translation>
    </message>
    <message>
        <source>Demo tenant: nothing here happened to a real Microsoft 365 account.</source>
        <translation>Demoklientorganisation: inget av detta hände ett riktigt Microsoft 365-konto.</translation>
    </message>
    <message>
        <source>Tenant and administrator</source>
        <translation>Klientorganisation och administratör</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Klientorganisations-ID</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Prenumeration och licenser</translation>
    </message>
    <message>
        <source>No subscription was chosen.</source>
        <translation>Ingen prenumeration valdes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Licences assigned</source>
        <translation>Tilldelade licenser</translation>
    </message>
    <message>
        <source>Licences in total</source>
        <translation>Licenser totalt</translation>
    </message>
    <message>
        <source>Next lifecycle date</source>
        <translation>Nästa livscykeldatum</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After licences were removed</source>
        <translation>Efter att licenser tagits bort</translation>
    </message>
    <message>
        <source>Licences removed</source>
        <translation>Borttagna licenser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>No licence was removed.</source>
        <translation>Ingen licens togs bort.</translation>
    </message>
    <message>
        <source>Domains and DNS</source>
        <translation>Domäner och DNS</translation>
    </message>
    <message>
        <source>No custom domain was checked.</source>
        <translation>Ingen egen domän kontrollerades.</translation>
    </message>
    <message>
        <source>nothing points at Microsoft 365</source>
        <translation>inget pekar på Microsoft 365</translation>
    </message>
    <message>
        <source>still points at Microsoft 365</source>
        <translation>pekar fortfarande på Microsoft 365</translation>
    </message>
    <message>
        <source>couldn&apos;t be checked</source>
        <translation>kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Senaste kontroll</translation>
    </message>
    <message>
        <source>Removed from the tenant</source>
        <translation>Borttagen från klientorganisationen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>{0} (points at Microsoft 365: {1})</source>
        <translation>{0} (pekar på Microsoft 365: {1})</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>No backup was made with Cancel365.</source>
        <translation>Ingen säkerhetskopia gjordes med Cancel365.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullständig</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Verifierade filer</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>Verifierade data</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Files that failed</source>
        <translation>Filer som misslyckades</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>the manifest was not found</source>
        <translation>manifestet hittades inte</translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation>Manifestets SHA-256:</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktiga datum</translation>
    </message>
    <message>
        <source>The key dates were not worked out.</source>
        <translation>De viktiga datumen beräknades inte.</translation>
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
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Time zone: {0}. Worked out {1}.</source>
        <translation>Tidszon: {0}. Beräknat {1}.</translation>
    </message>
    <message>
        <source>Why we are leaving</source>
        <translation>Varför vi slutar</translation>
    </message>
    <message>
        <source>No feedback was given.</source>
        <translation>Ingen feedback gavs.</translation>
    </message>
    <message>
        <source>Final checklist</source>
        <translation>Slutlig checklista</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifierad</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>inte verifierad</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>The checklist was not reached.</source>
        <translation>Checklistan nåddes inte.</translation>
    </message>
    <message>
        <source>Users told: {0}</source>
        <translation>Användare informerade: {0}</translation>
    </message>
    <message>
        <source>Cancellation and proof</source>
        <translation>Uppsägning och bevis</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed in the wizard.</source>
        <translation>Uppsägningen bekräftades inte i guiden.</translation>
    </message>
    <message>
        <source>Confirmed by typing</source>
        <translation>Bekräftad genom att skriva</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Cancelled in the admin center</source>
        <translation>Avbruten i administrationscentret</translation>
    </message>
    <message>
        <source>Proven by Graph</source>
        <translation>Bevisad av Graph</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Prenumerationens status</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Licensstatus</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>borta</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>PDF-filen kunde inte skrivas till {0}.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Sida {0} av {1}</translation>
    </message>
    <message>
        <source>The record could not be saved in {0}: {1}. Choose another folder, or make room and try again.</source>
        <translation>Rapporten kunde inte sparas i {0}: {1}. Välj en annan mapp, eller frigör utrymme och försök igen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Users and sites left out, because this access cannot open their files: {0}. To include them, use &quot;Set up backup access for me&quot; in the wizard&apos;s Backup page and run the backup again to the same folder.</source>
        <translation>Användare och webbplatser som utelämnats eftersom den här åtkomsten inte kan öppna deras filer: {0}. Använd &quot;Konfigurera åtkomst för säkerhetskopiering åt mig&quot; på guidens sida Säkerhetskopiering för att ta med dem, och kör säkerhetskopieringen igen till samma mapp.</translation>
    </message>
    <message>
        <source>Files not in the backup: {0}. Run the backup again to the same folder to retry them.</source>
        <translation>Filer som inte finns i säkerhetskopian: {0}. Kör säkerhetskopieringen igen till samma mapp för att försöka med dem igen.</translation>
    </message>
    <message>
        <source>Libraries that could not be listed: {0}.</source>
        <translation>Bibliotek som inte kunde listas: {0}.</translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation>Ofullständig.</translation>
    </message>
    <message>
        <source>Complete: every file in scope is in the backup.</source>
        <translation>Fullständig: alla filer i omfånget finns i säkerhetskopian.</translation>
    </message>
    <message>
        <source>The mail report</source>
        <translation>Rapporten över e-post</translation>
    </message>
    <message>
        <source>Mail, calendars and contacts</source>
        <translation>E-post, kalendrar och kontakter</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullständig</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postlåda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>This run updated the backup from {0}: it asked Microsoft 365 only for the changes since then and fetched {1} files.</source>
        <translation>Den här körningen uppdaterade säkerhetskopian från {0}: den bad Microsoft 365 bara om ändringarna sedan dess och hämtade {1} filer.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>sv</translation>
    </message>
    <message>
        <source>Cancel365 backup report</source>
        <translation>Rapport över Cancel365-säkerhetskopian</translation>
    </message>
    <message>
        <source>User or site</source>
        <translation>Användare eller webbplats</translation>
    </message>
    <message>
        <source>Written {0}. Every file listed as verified matched Microsoft 365&apos;s quickXorHash.</source>
        <translation>Skriven {0}. Alla filer som anges som kontrollerade stämde med Microsoft 365:s quickXorHash.</translation>
    </message>
    <message>
        <source>Per user and site</source>
        <translation>Per användare och webbplats</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Kontrollerade filer</translation>
    </message>
    <message>
        <source>Bytes verified</source>
        <translation>Kontrollerade byte</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint (kept)</source>
        <translation>Office-filer som SharePoint ändrat (behållna)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Not downloadable</source>
        <translation>Kan inte laddas ned</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Inte klara</translation>
    </message>
    <message>
        <source>These files are not in the backup. Start the backup again to retry them, or download them by hand.</source>
        <translation>De här filerna finns inte i säkerhetskopian. Starta säkerhetskopieringen igen för att försöka på nytt, eller ladda ned dem manuellt.</translation>
    </message>
    <message>
        <source>These items hold no file bytes Microsoft 365 can hand out.</source>
        <translation>De här objekten innehåller inget filinnehåll som Microsoft 365 kan lämna ut.</translation>
    </message>
    <message>
        <source>Deleted in Microsoft 365</source>
        <translation>Borttagna i Microsoft 365</translation>
    </message>
    <message>
        <source>These items were deleted in Microsoft 365 during the backup or since the last one. A copy made before they were deleted stays in the backup.</source>
        <translation>De här objekten togs bort i Microsoft 365 under säkerhetskopieringen eller sedan den förra. En kopia gjord innan de togs bort stannar i säkerhetskopian.</translation>
    </message>
    <message>
        <source>Office files rewritten by SharePoint</source>
        <translation>Office-filer som SharePoint ändrat</translation>
    </message>
    <message>
        <source>SharePoint adds its own properties to Office files in document libraries, so their size and hash differ from the listing. This is expected; the files were kept.</source>
        <translation>SharePoint lägger till egna egenskaper i Office-filer i dokumentbibliotek, så deras storlek och hash skiljer sig från listningen. Det är väntat; filerna har behållits.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Placed at the top of their drive</source>
        <translation>Lagda överst i sin enhet</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnade</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Nothing to cancel: this is a trial.</source>
        <translation>Inget att avbryta: det här är en utvärdering.</translation>
    </message>
    <message>
        <source>You can cancel this subscription online.</source>
        <translation>Du kan avbryta den här prenumerationen online.</translation>
    </message>
    <message>
        <source>Too many licences to cancel online.</source>
        <translation>För många licenser för att avbryta online.</translation>
    </message>
    <message>
        <source>Your partner cancels this subscription.</source>
        <translation>Din partner avbryter den här prenumerationen.</translation>
    </message>
    <message>
        <source>Call Microsoft support to cancel.</source>
        <translation>Ring Microsofts support för att avbryta.</translation>
    </message>
    <message>
        <source>This subscription is no longer active.</source>
        <translation>Den här prenumerationen är inte längre aktiv.</translation>
    </message>
    <message>
        <source>Trial subscriptions end by themselves unless a payment method is added. This one changes state on {date}. Don&apos;t add a payment method, and back up anything you want to keep before then.</source>
        <translation>Utvärderingsprenumerationer upphör av sig själva om ingen betalningsmetod läggs till. Den här prenumerationen ändrar status {date}. Lägg inte till någon betalningsmetod, och säkerhetskopiera allt du vill behålla innan dess.</translation>
    </message>
    <message>
        <source>{n} licences are assigned ({limit} or fewer), so you can cancel it yourself in the admin center under &lt;b&gt;Billing &amp;gt; Your products&lt;/b&gt;. Continue: the wizard first helps you move your domain and back up your data.</source>
        <translation>{n} licenser är tilldelade ({limit} eller färre), så du kan avbryta den själv i administrationscentret under &lt;b&gt;Fakturering &amp;gt; Dina produkter&lt;/b&gt;. Fortsätt: guiden hjälper dig först att flytta din domän och säkerhetskopiera dina data.</translation>
    </message>
    <message>
        <source>{n} licences are assigned; online cancellation allows {limit} or fewer. Either remove the licence from at least {k} users (below), or &lt;a href=&apos;{support}&apos;&gt;ask Microsoft support to call you&lt;/a&gt;.</source>
        <translation>{n} licenser är tilldelade; för att avbryta online får det vara högst {limit}. Ta antingen bort licensen från minst {k} användare (nedan) eller &lt;a href=&apos;{support}&apos;&gt;be Microsofts support att ringa upp dig&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>It was bought through a Microsoft partner, and only the partner can cancel it. Contact them; you find them in the admin center under &lt;a href=&apos;{partners}&apos;&gt;Settings &amp;gt; Partner relationships&lt;/a&gt;.</source>
        <translation>Den köptes via en Microsoft-partner, och bara partnern kan avbryta den. Kontakta partnern; du hittar den i administrationscentret under &lt;a href=&apos;{partners}&apos;&gt;Inställningar &amp;gt; Partnerrelationer&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Subscriptions bought with a product key are cancelled by support, and the money is not refunded. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>Prenumerationer som köpts med en produktnyckel avbryts av supporten, och pengarna återbetalas inte. &lt;a href=&apos;{support}&apos;&gt;Kontakta supporten i administrationscentret&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>{product} is one of the products (such as Dynamics 365 and Intune) that cannot be cancelled online. &lt;a href=&apos;{support}&apos;&gt;Contact support in the admin center&lt;/a&gt;.</source>
        <translation>{product} är en av de produkter (som Dynamics 365 och Intune) som inte kan avbrytas online. &lt;a href=&apos;{support}&apos;&gt;Kontakta supporten i administrationscentret&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Its status is {status}: it has already been cancelled or disabled. While it is disabled, admins can still back up its data, which is deleted 90 to 180 days after cancelling.</source>
        <translation>Statusen är {status}: den har redan avbrutits eller inaktiverats. Medan den är inaktiverad kan administratörer fortfarande säkerhetskopiera dess data, som tas bort 90 till 180 dagar efter att den avbröts.</translation>
    </message>
    <message>
        <source>Still do the next steps: move your domain&apos;s mail and back up your files, because the data is deleted after the trial ends. Click Next. At the end the wizard only checks the trial&apos;s dates: there is nothing to cancel.</source>
        <translation>Gör ändå nästa steg: flytta domänens e-post och säkerhetskopiera dina filer, eftersom data tas bort när utvärderingsperioden tar slut. Klicka på Nästa. Till sist kontrollerar guiden bara utvärderingens datum: det finns inget att avbryta.</translation>
    </message>
    <message>
        <source>You can also click Next as it is: moving your domain and backing up apply either way, and the last step shows the support route if more than {limit} licences stay.</source>
        <translation>Du kan också klicka på Nästa som det är: att flytta domänen och säkerhetskopiera gäller i båda fallen, och sista steget visar vägen via supporten om fler än {limit} licenser finns kvar.</translation>
    </message>
    <message>
        <source>The next steps still apply to you, not the partner: click Next to move your domain and back up your data. The last step gives you the facts to hand your partner.</source>
        <translation>Nästa steg gäller fortfarande dig, inte partnern: klicka på Nästa för att flytta domänen och säkerhetskopiera dina data. Sista steget ger dig uppgifterna du ska lämna till din partner.</translation>
    </message>
    <message>
        <source>The next steps still apply: click Next to move your domain and back up your data. The last step gives you the facts support asks for.</source>
        <translation>Nästa steg gäller fortfarande: klicka på Nästa för att flytta domänen och säkerhetskopiera dina data. Sista steget ger dig uppgifterna som supporten frågar efter.</translation>
    </message>
    <message>
        <source>Click Next to back up while admins still can, and to check your domain.</source>
        <translation>Klicka på Nästa för att säkerhetskopiera medan administratörer fortfarande kan, och för att kontrollera domänen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; cancelling before the end of the term may cost an early-termination fee. Check your terms under &lt;a href=&apos;{products}&apos;&gt;Billing &amp;gt; Your products&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Obs!&lt;/b&gt; Om du avbryter före periodens slut kan du få betala en avgift för förtida uppsägning. Kontrollera dina villkor under &lt;a href=&apos;{products}&apos;&gt;Fakturering &amp;gt; Dina produkter&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Files and mail together: the backup is complete.</source>
        <translation>Filer och e-post tillsammans: säkerhetskopian är fullständig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the files are incomplete.</source>
        <translation>Filer och e-post tillsammans: säkerhetskopian är ofullständig, eftersom filerna är ofullständiga.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because the mail is incomplete.</source>
        <translation>Filer och e-post tillsammans: säkerhetskopian är ofullständig, eftersom e-posten är ofullständig.</translation>
    </message>
    <message>
        <source>Files and mail together: the backup is incomplete, because neither the files nor the mail are complete.</source>
        <translation>Filer och e-post tillsammans: säkerhetskopian är ofullständig, eftersom varken filerna eller e-posten är fullständiga.</translation>
    </message>
</context>
</TS>
