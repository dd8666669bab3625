<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Logbook</source>
        <translation>Logbook туралы</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Нұсқа %1</translation>
    </message>
    <message>
        <source>An encrypted, offline logbook for human rights defenders to document cases, incidents and the people involved.</source>
        <translation>Құқық қорғаушыларға арналған шифрланған, желісіз журнал: істерді, оқиғаларды және оларға қатысты адамдарды құжаттауға арналған.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы немесе кейінгі нұсқасы бойынша таратылатын еркін бағдарламалық жасақтама (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2, running on Python %3.</source>
        <translation>Qt %1 және PySide6 %2 негізінде жасалған, Python %3 ортасында жұмыс істейді.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
</context>
<context>
    <name>BackupControl</name>
    <message>
        <source>No backup yet</source>
        <translation>Сақтық көшірме әлі жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Соңғы сақтық көшірме: %n күн бұрын</numerusform>
            <numerusform>Соңғы сақтық көшірме: %n күн бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: less than a day ago</source>
        <translation>Соңғы сақтық көшірме: бір тәуліктен аз уақыт бұрын</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі жасалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s).</source>
        <translation>
            <numerusform>Сақтық көшірме %n күннен бері жасалмаған.</numerusform>
            <numerusform>Сақтық көшірме %n күннен бері жасалмаған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up to a folder (a USB stick, say)</source>
        <translation>Бумаға сақтық көшірме жасау (мысалы, USB жинақтауышқа)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Backup %1 written: %2 new evidence file(s), %3 copied.</source>
        <translation>%1 сақтық көшірмесі жазылды: жаңа дәлел файлдары: %2, көшірілгені %3.</translation>
    </message>
    <message>
        <source>Not in this backup (no longer in the vault):</source>
        <translation>Бұл көшірмеге кірмегендер (олар қоймада енді жоқ):</translation>
    </message>
    <message>
        <source>The earlier backups in the folder are intact.</source>
        <translation>Бумадағы бұрынғы сақтық көшірмелер бүтін.</translation>
    </message>
    <message>
        <source>Backup cancelled; the earlier backups in the folder are intact.</source>
        <translation>Сақтық көшірме жасау тоқтатылды; бумадағы бұрынғы көшірмелер бүтін.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Сақтық көшірме жасалмады.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Back up now…</source>
        <translation>Қазір көшірме жасау…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Көшірмені тоқтату</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Істі өңдеу</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Ел</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>&amp;Mandates addressed</source>
        <translation>&amp;Жүгінетін мандаттар</translation>
    </message>
    <message>
        <source>Communication t&amp;ype</source>
        <translation>&amp;Хабарлама түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Алаңдаушылық</translation>
    </message>
    <message>
        <source>&amp;Requested action</source>
        <translation>&amp;Сұралатын әрекеттер</translation>
    </message>
    <message>
        <source>Concerns and requests</source>
        <translation>Алаңдаушылық пен өтініштер</translation>
    </message>
    <message>
        <source>Source &amp;name</source>
        <translation>Дереккөздің &amp;аты</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>Дереккөз &amp;түрі</translation>
    </message>
    <message>
        <source>Source c&amp;ontact</source>
        <translation>Дереккөздің &amp;байланыс деректері</translation>
    </message>
    <message>
        <source>Relationship to the &amp;victims</source>
        <translation>&amp;Жәбірленушілерге қатысы</translation>
    </message>
    <message>
        <source>Source (confidential)</source>
        <translation>Дереккөз (құпия)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>I forgot it: use the recovery co&amp;de</source>
        <translation>Ұмытып қалдым: қалпына келтіру &amp;кодын пайдалану</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>about</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Жәбірленушілер</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Кәмелетке толмаған</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>18-ге толмаған</translation>
    </message>
    <message>
        <source>In OHCHR export</source>
        <translation>БҰҰ АҚЖКБ экспортында</translation>
    </message>
    <message>
        <source>In public export</source>
        <translation>Жария экспортта</translation>
    </message>
    <message>
        <source>Name variants</source>
        <translation>Ат нұсқалары</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Title or name</source>
        <translation>Атауы немесе аты</translation>
    </message>
    <message>
        <source>Date or pseudonym</source>
        <translation>Күні немесе бүркеншік ат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>құпия</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Logbook — new vault</source>
        <translation>Logbook — жаңа қойма</translation>
    </message>
    <message>
        <source>Logbook keeps your cases in an encrypted vault. Choose a passphrase of four or more unusual words: it is the only way in, besides the recovery code.</source>
        <translation>Logbook істеріңізді шифрланған қоймада сақтайды. Төрт немесе одан да көп сирек сөзден тұратын құпия фраза таңдаңыз: қалпына келтіру кодынан басқа, қоймаға кірудің жалғыз жолы — осы.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Бума</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Қойма құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only now. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Бұл — сіздің қалпына келтіру кодыңыз. Ол тек қазір ғана көрсетіледі. Оны қағазға жазып, осы компьютерден бөлек сақтаңыз: құпия фразаны ұмытып қалсаңыз, қойма осы кодпен ашылады.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Жазып &amp;алдым</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Жаңа қоймаға арналған бума</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Discard draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <source>Restored unsaved draft from %1. Save it to keep it, or discard it.</source>
        <translation>%1 кезіндегі сақталмаған жоба қалпына келтірілді. Оны сақтаңыз немесе жойыңыз.</translation>
    </message>
</context>
<context>
    <name>DraftRestorer</name>
    <message>
        <source>Unsaved draft</source>
        <translation>Сақталмаған жоба</translation>
    </message>
    <message>
        <source>An unsaved draft cannot be reopened: the record it belongs to was deleted. Discard it?</source>
        <translation>Сақталмаған жобаны ашу мүмкін емес: ол тиесілі жазба жойылған. Жобаны жою керек пе?</translation>
    </message>
    <message>
        <source>The record of an unsaved draft was deleted meanwhile. Keep what the draft holds as a new record?</source>
        <translation>Сақталмаған жобаның жазбасы осы аралықта жойылды. Жобадағыны жаңа жазба ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <source>Discard the draft? What it holds cannot be recovered.</source>
        <translation>Жобаны жою керек пе? Ондағыны қалпына келтіру мүмкін болмайды.</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>New evidence</source>
        <translation>Жаңа дәлел</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Дәлелді өңдеу</translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation>&amp;Файл атауы</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Сипаттамасы</translation>
    </message>
    <message>
        <source>&amp;Captured on</source>
        <translation>Тіркелген &amp;күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>S&amp;hows</source>
        <translation>Кім &amp;бейнеленген</translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation>&amp;Құпия</translation>
    </message>
    <message>
        <source>listed by description and hash only, never shown</source>
        <translation>тізімде тек сипаттамасы мен хеші, файлдың өзі көрсетілмейді</translation>
    </message>
    <message>
        <source>&amp;View the file…</source>
        <translation>Файлды қа&amp;рау…</translation>
    </message>
    <message>
        <source>computed when the file is saved</source>
        <translation>файл сақталған кезде есептеледі</translation>
    </message>
    <message>
        <source>Encrypting the file into the vault…</source>
        <translation>Файл қоймаға шифрланып жатыр…</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence file</source>
        <translation>Дәлел файлы</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Файл оқылып, тексеріліп жатыр…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Көшірмесін &amp;сақтау…</translation>
    </message>
    <message>
        <source>No preview is available for this kind of file. Save a copy to open it.</source>
        <translation>Мұндай файлды алдын ала қарау мүмкін емес. Оны ашу үшін көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 pages. Save a copy to see them all.</source>
        <translation>%2 беттің алғашқы %1 беті көрсетілген. Барлығын көру үшін көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <source>The file matches the SHA-256 taken when it was added.</source>
        <translation>Файл қосылған кезде есептелген SHA-256 мәніне сәйкес келеді.</translation>
    </message>
    <message>
        <source>This file is damaged or is not the file taken in for this record: it does not match its SHA-256, so it is not shown. Check the vault with “logbook verify”, or restore the file from a backup.</source>
        <translation>Бұл файл зақымдалған немесе осы жазбаға қосылған файл емес: ол өзінің SHA-256 мәніне сәйкес келмейді, сондықтан көрсетілмейді. Қойманы «logbook verify» командасымен тексеріңіз немесе файлды сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>Файлды көрсету мүмкін болмады.</translation>
    </message>
    <message>
        <source>Evidence file not shown</source>
        <translation>Дәлел файлы көрсетілмеді</translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation>Дәлел файлының көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Көшірме сақталды</translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: keep it safe, or delete it when done.</source>
        <translation>Назар аударыңыз: көшірме шифрланбаған. Оны қауіпсіз жерде сақтаңыз немесе қажет болмаған кезде жойыңыз.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Көшірме сақталмады</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a submission</source>
        <translation>Өтінішті экспорттау</translation>
    </message>
    <message>
        <source>OHCHR: confidential submission to the UN</source>
        <translation>БҰҰ АҚЖБ: БҰҰ-ға құпия өтініш</translation>
    </message>
    <message>
        <source>Public: for publication</source>
        <translation>Жария: жариялау үшін</translation>
    </message>
    <message>
        <source>Source&apos;s co&amp;ntact on the confidential page</source>
        <translation>&amp;Дереккөздің байланыс деректері құпия бетте</translation>
    </message>
    <message>
        <source>Victims&apos; names as recorded, in &amp;brackets</source>
        <translation>Жәбірленушілердің аттары жазылғандай, жақ&amp;ша ішінде</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Құжат ті&amp;лі</translation>
    </message>
    <message>
        <source>Communication &amp;type</source>
        <translation>&amp;Хабарлама түрі</translation>
    </message>
    <message>
        <source>&amp;Mandates addressed</source>
        <translation>&amp;Жүгінетін мандаттар</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>Redaction &amp;report</source>
        <translation>Жасыру &amp;есебі</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save r&amp;eport…</source>
        <translation>Есепті са&amp;қтау…</translation>
    </message>
    <message>
        <source>Preparing and checking the document…</source>
        <translation>Құжат дайындалып, тексерілуде…</translation>
    </message>
    <message>
        <source>Verified: none of the %1 protected terms is in the PDF, apart from the places you ticked as not a leak. Read the preview, then save.</source>
        <translation>Тексерілді: сіз «ағып кету емес» деп белгілеген орындардан басқа, қорғалған %1 сөздің ешқайсысы PDF-те жоқ. Құжатты қарап шығып, сақтаңыз.</translation>
    </message>
    <message>
        <source>Verified: none of the %1 protected terms is in the PDF. Read the preview, then save.</source>
        <translation>Тексерілді: қорғалған %1 сөздің ешқайсысы PDF-те жоқ. Құжатты қарап шығып, сақтаңыз.</translation>
    </message>
    <message>
        <source>Possible personal data to review: %1. Mark or remove each one in its field, or tick it to leave it in.</source>
        <translation>Тексерілетін ықтимал дербес деректер: %1. Әрқайсысын өз өрісінде жасырыңыз не өшіріңіз, немесе қалдыру үшін белгілеңіз.</translation>
    </message>
    <message>
        <source>For the UN only: persons appear as they consented to; the source is on a confidential page.</source>
        <translation>Тек БҰҰ үшін: тұлғалар келісім бергеніндей көрсетіледі; дереккөз құпия бетте.</translation>
    </message>
    <message>
        <source>For anyone to read: stricter. Places are cut to the locality, private persons among the alleged perpetrators and the source are withheld.</source>
        <translation>Кез келген оқырман үшін: қатаңырақ. Орындар тек елді мекенге дейін көрсетіледі; болжамды құқық бұзушылар арасындағы жеке тұлғалар мен дереккөз жасырылады.</translation>
    </message>
    <message>
        <source>Stopped. Change an option or edit the case to prepare it again.</source>
        <translation>Тоқтатылды. Құжатты қайта дайындау үшін параметрді немесе істі өзгертіңіз.</translation>
    </message>
    <message>
        <source>Save the submission</source>
        <translation>Өтінішті сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Saved. Verification passed: none of the %1 protected terms is in the PDF.</source>
        <translation>Сақталды. Тексеру сәтті өтті: қорғалған %1 сөздің ешқайсысы PDF-те жоқ.</translation>
    </message>
    <message>
        <source>Export stopped: the independent check found protected text that the redaction left, in %1 place(s). Nothing was written. Correct each in its field, or tick it as not a leak if it is a false alarm.</source>
        <translation>Экспорт тоқтатылды: тәуелсіз тексеру жасырудан кейін қалып қойған қорғалған мәтінді тапты, орындар саны: %1. Ештеңе жазылмады. Әрқайсысын өз өрісінде түзетіңіз, ал жалған дабыл болса, «ағып кету емес» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the redaction report</source>
        <translation>Жасыру есебін сақтау</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Мәтін (*.txt)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Электрондық пошта мекенжайы</translation>
    </message>
    <message>
        <source>IIN (identity number)</source>
        <translation>ЖСН (жеке сәйкестендіру нөмірі)</translation>
    </message>
    <message>
        <source>Passport or ID number</source>
        <translation>Төлқұжат не куәлік нөмірі</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-мекенжай</translation>
    </message>
    <message>
        <source>Social media handle</source>
        <translation>Әлеуметтік желідегі атауы</translation>
    </message>
    <message>
        <source>Sensitive health information</source>
        <translation>Денсаулық туралы құпия мәліметтер</translation>
    </message>
    <message>
        <source>Unclosed [[redact: …]] (would hide the rest of the text)</source>
        <translation>Жабылмаған [[redact: …]] (мәтіннің қалғанын түгел жасырар еді)</translation>
    </message>
    <message>
        <source>Redaction markup written incorrectly (it is withheld; correct it)</source>
        <translation>[[redact: …]] белгісі қате жазылған (үзінді жасырылды; оны түзетіңіз)</translation>
    </message>
    <message>
        <source>Not translated (translate it, or accept to include the original, marked)</source>
        <translation>Аудармасы жоқ (аударыңыз немесе түпнұсқаны белгімен қосу үшін қабылдаңыз)</translation>
    </message>
    <message>
        <source>Name spelled in Latin letters by Logbook (enter the person&apos;s own, or accept)</source>
        <translation>Есімді бағдарлама латын әрпімен жазды (адамның өз жазылуын енгізіңіз немесе қабылдаңыз)</translation>
    </message>
    <message>
        <source>The PDF&apos;s text (not in any one field)</source>
        <translation>PDF мәтіні (бір өрісте емес)</translation>
    </message>
    <message>
        <source>%1 (%2 translation)</source>
        <translation>%1 (аударма: %2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Source of the case</source>
        <translation>Істің дереккөзі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Injury in the incident</source>
        <translation>Оқиғадағы жарақат</translation>
    </message>
    <message>
        <source>Statement in the incident</source>
        <translation>Оқиға бойынша айғақ</translation>
    </message>
    <message>
        <source>Remedy in the incident</source>
        <translation>Оқиға бойынша қорғау құралы</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>қысқаша мазмұны</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>алаңдаушылық</translation>
    </message>
    <message>
        <source>requested action</source>
        <translation>сұралатын әрекеттер</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>relationship to the victims</source>
        <translation>жәбірленушілерге қатысы</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>оқиға барысы</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <source>body location</source>
        <translation>дене бөлігі</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>examined by</source>
        <translation>қарап-тексерген адам</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>мекеме</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>ұйымдық тиесілілігі</translation>
    </message>
    <message>
        <source>gender identity</source>
        <translation>гендерлік сәйкестік</translation>
    </message>
    <message>
        <source>sexual orientation</source>
        <translation>жыныстық бағдар</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>есімдіктер</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>кәсібі</translation>
    </message>
    <message>
        <source>human rights work</source>
        <translation>құқық қорғау жұмысы</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>тіркеу нөмірі</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>қорытындысы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтіні</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>латын әрпімен аты</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>бүркеншік аты</translation>
    </message>
    <message>
        <source>persons involved</source>
        <translation>қатысқан тұлғалар</translation>
    </message>
    <message>
        <source>location</source>
        <translation>орналасқан жері</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <source>entry in the list of evidence</source>
        <translation>дәлелдер тізіміндегі жазба</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Leave in</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>&amp;Go to the field</source>
        <translation>&amp;Өріске өту</translation>
    </message>
    <message>
        <source>Not a leak: leave in</source>
        <translation>Ағып кету емес: қалдыру</translation>
    </message>
    <message>
        <source>Leave &amp;all in</source>
        <translation>&amp;Бәрін қалдыру</translation>
    </message>
    <message>
        <source>Tick only if this is not a leak (a false alarm).</source>
        <translation>Бұл ағып кету емес болса ғана (жалған дабыл) белгілеңіз.</translation>
    </message>
    <message>
        <source>Protected text that the redaction left, found by the independent check. Go to the field and mark the passage with [[redact: …]] or change it. Tick “Not a leak: leave in” only for a false alarm, such as the letters of a protected name inside an unrelated longer word.</source>
        <translation>Жасырудан кейін қалып қойған қорғалған мәтін; оны тәуелсіз тексеру тапты. Өріске өтіп, үзіндіні [[redact: …]] деп белгілеңіз немесе оны өзгертіңіз. «Ағып кету емес: қалдыру» белгісін тек жалған дабыл кезінде қойыңыз — мысалы, қорғалған аттың әріптері басқа, ұзынырақ сөздің ішінде тұрса.</translation>
    </message>
    <message>
        <source>Possible personal data that no redaction rule covers. Go to the field and mark the passage with [[redact: …]] (or remove it), or tick it to leave it in the document.</source>
        <translation>Ешбір жасыру ережесі қамтымайтын ықтимал дербес деректер. Өріске өтіп, үзіндіні [[redact: …]] деп белгілеңіз (не өшіріңіз), немесе құжатта қалдыру үшін белгілеңіз.</translation>
    </message>
    <message>
        <source>No phone numbers, e-mail or web addresses, ID numbers, street addresses or handles found beyond what the redaction rules withhold.</source>
        <translation>Ережелер жасыратын деректерден басқа телефон, пошта не сайт мекенжайы, құжат нөмірі, мекенжай не әлеуметтік желі атауы табылмады.</translation>
    </message>
</context>
<context>
    <name>FuzzyDateField</name>
    <message>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <source>a&amp;bout (approximate)</source>
        <translation>&amp;шамамен</translation>
    </message>
    <message>
        <source>end, if it lasted (YYYY-MM-DD)</source>
        <translation>соңы, егер созылса (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>Preci&amp;sion</source>
        <translation>&amp;Дәлдігі</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Соңы</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ЖЖЖЖ-АА</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Locking in %1 s. Move the mouse or press a key to stay unlocked.</source>
        <translation>%1 с кейін құлыпталады. Құлыптамау үшін тінтуірді қозғаңыз немесе пернені басыңыз.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Қатысқан тұлғалар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Body location</source>
        <translation>Дене бөлігі</translation>
    </message>
    <message>
        <source>Medical confidentiality</source>
        <translation>Медициналық құпия</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>құпия</translation>
    </message>
    <message>
        <source>&amp;New injury…</source>
        <translation>&amp;Жаңа жарақат…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>&amp;New statement…</source>
        <translation>&amp;Жаңа айғақ…</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>&amp;New remedy…</source>
        <translation>&amp;Жаңа қорғау құралы…</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Жарақаттар</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Айғақтар</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>Ішкі қорғау құралдары</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Қашан</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Ел</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>&amp;Locality (city)</source>
        <translation>Елді &amp;мекен (қала)</translation>
    </message>
    <message>
        <source>&amp;Place (exact)</source>
        <translation>&amp;Нақты орны</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>Оқиға &amp;барысы</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>Бұ&amp;зушылықтар</translation>
    </message>
    <message>
        <source>Evidence &amp;files</source>
        <translation>Дәлел &amp;файлдары</translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation>&amp;Жалғасуда</translation>
    </message>
    <message>
        <source>ongoing or imminent (leads to an urgent appeal)</source>
        <translation>жалғасуда немесе жақын арада болуы мүмкін (шұғыл үндеуге әкеледі)</translation>
    </message>
    <message>
        <source>Save the incident first (Apply).</source>
        <translation>Алдымен оқиғаны сақтаңыз («Іске асыру»).</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Бұл жазбаны жою керек пе?</translation>
    </message>
</context>
<context>
    <name>InjuryEditor</name>
    <message>
        <source>New injury</source>
        <translation>Жаңа жарақат</translation>
    </message>
    <message>
        <source>Edit injury</source>
        <translation>Жарақатты өңдеу</translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation>&amp;Құпия</translation>
    </message>
    <message>
        <source>Medically confidential: withheld unless the person consented</source>
        <translation>Медициналық құпия: адамның келісімінсіз ашылмайды</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Тұлға</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>Т&amp;үрі</translation>
    </message>
    <message>
        <source>&amp;Body location</source>
        <translation>&amp;Дене бөлігі</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Сипаттамасы</translation>
    </message>
    <message>
        <source>&amp;Observed on</source>
        <translation>Тіркелген &amp;күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>E&amp;xamined by</source>
        <translation>Қарап-тексерген &amp;адам</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Мекеме</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Дә&amp;лелдер</translation>
    </message>
    <message>
        <source>Istanbul Protocol consistenc&amp;y</source>
        <translation>Стамбұл &amp;хаттамасына сәйкестігі</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Кінәлі түрі</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Мемлекет өкілі</translation>
    </message>
    <message>
        <source>&amp;Add person to incident</source>
        <translation>Тұлғаны оқиғаға &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Таңдалғанды &amp;алып тастау</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Special Rapporteur on human rights defenders</source>
        <translation>Құқық қорғаушылардың жағдайы жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of expression</source>
        <translation>Пікір білдіру бостандығы жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of peaceful assembly and of association</source>
        <translation>Бейбіт жиналыстар мен бірлестіктер бостандығы жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Independent Expert on sexual orientation and gender identity</source>
        <translation>Жыныстық бағдар және гендерлік сәйкестік белгілері бойынша зорлық-зомбылық пен кемсітушіліктен қорғау жөніндегі тәуелсіз сарапшы</translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Өз бетімен қамауда ұстау жөніндегі жұмыс тобы</translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation>Азаптау жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women</source>
        <translation>Әйелдерге қатысты зорлық-зомбылық жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to privacy</source>
        <translation>Жеке өмірге қол сұғылмаушылық құқығы жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to health</source>
        <translation>Денсаулық құқығы жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Special Rapporteur on the independence of judges and lawyers</source>
        <translation>Судьялар мен адвокаттардың тәуелсіздігі жөніндегі арнайы баяндамашы</translation>
    </message>
    <message>
        <source>Automatic (urgent appeal if anything is ongoing)</source>
        <translation>Автоматты түрде (бірдеңе жалғасып жатса — шұғыл үндеу)</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Шұғыл үндеу</translation>
    </message>
    <message>
        <source>Allegation letter</source>
        <translation>Болжамды бұзушылықтар туралы хат</translation>
    </message>
    <message>
        <source>Other letter</source>
        <translation>Басқа хат</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Нақты күн</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куәгер</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Болжамды кінәлі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Security service</source>
        <translation>Қауіпсіздік қызметі</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>Қамау орнының қызметкерлері</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Жергілікті билік органдары</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Орталық билік органдары</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Әскери қызметшілер</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Organised group</source>
        <translation>Ұйымдасқан топ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Arbitrary arrest</source>
        <translation>Өз бетімен тұтқындау</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Өз бетімен қамауда ұстау</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Физикалық шабуыл</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Жыныстық зорлық-зомбылық</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Азаптау немесе қатыгез қарау</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Өшпенділік тілі</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Қысым көрсету</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Аңду</translation>
    </message>
    <message>
        <source>Violation of privacy</source>
        <translation>Жеке өмірге қол сұғу</translation>
    </message>
    <message>
        <source>Disclosure of medical data</source>
        <translation>Медициналық деректерді жария ету</translation>
    </message>
    <message>
        <source>Disruption of an assembly</source>
        <translation>Жиналысқа кедергі келтіру</translation>
    </message>
    <message>
        <source>Denial of registration</source>
        <translation>Тіркеуден бас тарту</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Сот арқылы қудалау</translation>
    </message>
    <message>
        <source>Fine or administrative sanction</source>
        <translation>Айыппұл немесе әкімшілік жаза</translation>
    </message>
    <message>
        <source>Denial of legal counsel</source>
        <translation>Адвокатқа қол жеткізуге жол бермеу</translation>
    </message>
    <message>
        <source>Denial of medical care</source>
        <translation>Медициналық көмек көрсетуден бас тарту</translation>
    </message>
    <message>
        <source>Defamation or smear campaign</source>
        <translation>Жала жабу немесе қаралау науқаны</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>Цензура</translation>
    </message>
    <message>
        <source>Eviction or loss of livelihood</source>
        <translation>Баспанадан айыру немесе күнкөрістен айыру</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Көгеру</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Сызат</translation>
    </message>
    <message>
        <source>Laceration</source>
        <translation>Жыртылған жара</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Күйік</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Сынық</translation>
    </message>
    <message>
        <source>Sprain</source>
        <translation>Буын созылуы</translation>
    </message>
    <message>
        <source>Head injury</source>
        <translation>Бас жарақаты</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Психологиялық жарақат</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>Сәйкес келмейді</translation>
    </message>
    <message>
        <source>Consistent with</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>Жоғары дәрежеде сәйкес келеді</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>Тән</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>Диагностикалық тұрғыдан айқын</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <source>Complaint to the police</source>
        <translation>Полицияға шағым</translation>
    </message>
    <message>
        <source>Complaint to the prosecutor</source>
        <translation>Прокуратураға шағым</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Сот ісі</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Шағымдану</translation>
    </message>
    <message>
        <source>Ombudsperson</source>
        <translation>Адам құқықтары жөніндегі уәкіл</translation>
    </message>
    <message>
        <source>Administrative complaint</source>
        <translation>Әкімшілік шағым</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>No action taken</source>
        <translation>Шара қолданылмады</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Decided in favour</source>
        <translation>Өтініш берушінің пайдасына шешілді</translation>
    </message>
    <message>
        <source>Decided against</source>
        <translation>Өтініш берушінің пайдасына шешілмеді</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Атымен</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Жасырылған</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Қазір құлыптау</translation>
    </message>
    <message>
        <source>&amp;Quick erase…</source>
        <translation>&amp;Жедел жою…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Жаңа &amp;іс…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Жаңа &amp;оқиға…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Жаңа &amp;тұлға…</translation>
    </message>
    <message>
        <source>&amp;Export submission…</source>
        <translation>Өтінішті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>І&amp;здеу</translation>
    </message>
    <message>
        <source>&amp;About Logbook…</source>
        <translation>Logbook &amp;туралы…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Анықта&amp;ма</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <source>names, places, words in narratives…</source>
        <translation>аттар, орындар, оқиға баяндарындағы сөздер…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Істі өңдеу…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Істі жою…</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Жаңа &amp;оқиға…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Жаңа &amp;тұлға…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Файл қосу…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>Оқи&amp;ғалар</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>Тұлға&amp;лар</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Дәлелдер</translation>
    </message>
    <message>
        <source>Pers&amp;on directory</source>
        <translation>Тұлғалар &amp;анықтамалығы</translation>
    </message>
    <message>
        <source>Search res&amp;ults</source>
        <translation>Іздеу &amp;нәтижелері</translation>
    </message>
    <message>
        <source>Every field that needs it is translated.</source>
        <translation>Аударманы қажет ететін барлық өріс аударылды.</translation>
    </message>
    <message>
        <source>Not yet translated: %1</source>
        <translation>Әлі аударылмаған: %1</translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation>Дәлел файлын қосу</translation>
    </message>
    <message>
        <source>Delete this case with all its incidents, persons and evidence?</source>
        <translation>Бұл іс барлық оқиғаларымен, тұлғаларымен және дәлелдерімен бірге жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete this incident with its injuries, statements and remedies?</source>
        <translation>Бұл оқиға жарақаттарымен, айғақтарымен және қорғау құралдарымен бірге жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete this person from the case, with their injuries and statements?</source>
        <translation>Бұл тұлға жарақаттарымен және айғақтарымен бірге істен жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete this evidence item and destroy its encrypted file?</source>
        <translation>Бұл дәлелді жойып, оның шифрланған файлын жою керек пе?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Recent changes are missing from this vault, or its database was replaced by an older copy. It opened as it is now; restore a backup if you have one.</source>
        <translation>Қоймада соңғы өзгерістер жоқ немесе оның дерекқоры ескі көшірмемен ауыстырылған. Ол қазіргі күйінде ашылды; сақтық көшірмеңіз болса, оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This evidence file is damaged, or is not the file that was added: it does not match the SHA-256 taken when it was added, so it was not used. Nothing was changed.</source>
        <translation>Бұл дәлел файлы зақымдалған немесе қосылған файл емес: ол қосылған кезде алынған SHA-256-ға сәйкес келмейді, сондықтан пайдаланылмады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Stopped before it finished; nothing was changed.</source>
        <translation>Аяқталмай тұрып тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use four or more unusual words.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Төрт немесе одан да көп сирек сөз қолданыңыз.</translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation>Бұл бумада Logbook қоймасы жоқ.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder for the vault.</source>
        <translation>Бұл бума бос емес. Қойма үшін бос немесе жаңа бума таңдаңыз.</translation>
    </message>
    <message>
        <source>A folder cannot be made there (a file is in the way, or no permission).</source>
        <translation>Бұл жерде қалта жасау мүмкін емес (файл кедергі келтіреді немесе рұқсат жоқ).</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed.</source>
        <translation>Қойма зақымдалған, оны ашу мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Logbook. Update Logbook to open it.</source>
        <translation>Бұл қойма Logbook-тың жаңарақ нұсқасында жасалған. Оны ашу үшін Logbook-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Диск толып қалған. Ештеңе өзгертілген жоқ; орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <source>A value is listed twice.</source>
        <translation>Бір мән екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>Enter an age between 0 and 130.</source>
        <translation>0 мен 130 аралығындағы жасты енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a birth year from 1900 to this year.</source>
        <translation>1900 жылдан биылғы жылға дейінгі туған жылды енгізіңіз.</translation>
    </message>
    <message>
        <source>The age is under 18: mark the person as a minor.</source>
        <translation>Жасы 18-ден кіші: адамды кәмелетке толмаған деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The birth year makes the person a minor: mark them as a minor.</source>
        <translation>Туған жылы бойынша адам кәмелетке толмаған: оны кәмелетке толмаған деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The pseudonym must not contain any part of the person&apos;s names.</source>
        <translation>Бүркеншік атта адамның аттарының ешбір бөлігі болмауы керек.</translation>
    </message>
    <message>
        <source>A former name cannot also be the name or a name variant.</source>
        <translation>Бұрынғы ат қазіргі атпен немесе ат нұсқасымен бірдей болмауы керек.</translation>
    </message>
    <message>
        <source>Must not be blank: leave it empty to have one assigned.</source>
        <translation>Тек бос орындардан тұрмауы керек: автоматты түрде берілуі үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as KZ.</source>
        <translation>Екі әріпті ел кодын қолданыңыз, мысалы KZ.</translation>
    </message>
    <message>
        <source>Use a language code such as ru or kk.</source>
        <translation>Тіл кодын қолданыңыз, мысалы ru немесе kk.</translation>
    </message>
    <message>
        <source>Not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Бұл күн емес: ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ пішімін қолданыңыз.</translation>
    </message>
    <message>
        <source>This date does not exist or does not match the precision.</source>
        <translation>Мұндай күн жоқ немесе ол таңдалған дәлдікке сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Enter the date, or set the precision to unknown.</source>
        <translation>Күнді енгізіңіз немесе дәлдікті «Белгісіз» деп қойыңыз.</translation>
    </message>
    <message>
        <source>Not a time: use HH:MM, 24-hour.</source>
        <translation>Бұл уақыт емес: СС:ММ пішімін қолданыңыз (24 сағаттық).</translation>
    </message>
    <message>
        <source>A time needs an exact day.</source>
        <translation>Уақыт тек нақты күнмен бірге көрсетіледі.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Соңы басынан бұрын тұр.</translation>
    </message>
    <message>
        <source>This person is already listed in this role.</source>
        <translation>Бұл тұлға осы рөлде бұрыннан көрсетілген.</translation>
    </message>
    <message>
        <source>Only an alleged perpetrator has a perpetrator type.</source>
        <translation>Кінәлі түрі тек болжамды кінәлі үшін көрсетіледі.</translation>
    </message>
    <message>
        <source>Leave the date empty when it is unknown.</source>
        <translation>Күні белгісіз болса, өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Қалпына келтіру коды қате.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Құпия фраза қате.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Something went wrong inside Logbook. Your last change may not be saved.</source>
        <translation>Logbook ішінде қате орын алды. Соңғы өзгерісіңіз сақталмаған болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>MetadataNotice</name>
    <message>
        <source>This file carries information about where, by whom or with what it was made:</source>
        <translation>Бұл файлда оның қай жерде, кім немесе немен жасалғаны туралы мәліметтер бар:</translation>
    </message>
    <message>
        <source>It stays encrypted in the vault, and exported reports never include it: they list evidence by description and hash only, not the file. If you share the file itself, this information goes with it.</source>
        <translation>Файл қоймада шифрланып сақталады, ал экспортталған есептерге ол кірмейді: оларда дәлелдер файлдың өзінсіз, тек сипаттамасы мен хеші бойынша тізіледі. Файлдың өзін біреуге берсеңіз, бұл мәліметтер де онымен бірге кетеді.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Camera owner</source>
        <translation>Камера иесі</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторлық құқық</translation>
    </message>
    <message>
        <source>Last modified by</source>
        <translation>Соңғы өзгерткен</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Объектив</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Түсірілген күні</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>&amp;Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Қайта&amp;лаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>өте әлсіз</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>fair: add another unusual word</source>
        <translation>орташа: тағы бір сирек сөз қосыңыз</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>берік</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>өте берік</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>Екеуі сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The preview appears once the document is verified.</source>
        <translation>Құжат тексерілгеннен кейін алдын ала қарау пайда болады.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Тұлғаны өңдеу</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Қызметі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Private (never exported)</source>
        <translation>Жеке (ешқашан экспортталмайды)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>Name in La&amp;tin letters</source>
        <translation>Латын &amp;әріптерімен аты</translation>
    </message>
    <message>
        <source>as in the passport</source>
        <translation>төлқұжаттағыдай</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Name &amp;variants (one per line)</source>
        <translation>Ат &amp;нұсқалары (әр жолға біреуден)</translation>
    </message>
    <message>
        <source>&amp;Former names (one per line)</source>
        <translation>Бұ&amp;рынғы аттары (әр жолға біреуден)</translation>
    </message>
    <message>
        <source>Former names are never disclosed in any export, even when the person is named.</source>
        <translation>Бұрынғы аттар ешбір экспортта ешқашан ашылмайды, тіпті адамның аты аталса да.</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Бүркеншік ат</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>автоматты түрде беріледі</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>&amp;Гендерлік сәйкестік</translation>
    </message>
    <message>
        <source>Se&amp;xual orientation</source>
        <translation>&amp;Жыныстық бағдар</translation>
    </message>
    <message>
        <source>as the person describes it, or &apos;prefer not to say&apos;</source>
        <translation>адамның өзі қалай сипаттаса, солай, немесе «айтпауды жөн көремін»</translation>
    </message>
    <message>
        <source>P&amp;ronouns</source>
        <translation>&amp;Есімдіктер</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>Жа&amp;сы</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Туған жы&amp;лы</translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation>&amp;Кәмелетке толмаған</translation>
    </message>
    <message>
        <source>under 18: never named</source>
        <translation>18-ге толмаған: аты ешқашан аталмайды</translation>
    </message>
    <message>
        <source>Nationa&amp;lity</source>
        <translation>Аза&amp;маттығы</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Кәсібі</translation>
    </message>
    <message>
        <source>A&amp;ffiliation</source>
        <translation>&amp;Ұйымдық тиесілілігі</translation>
    </message>
    <message>
        <source>&amp;Defender</source>
        <translation>&amp;Құқық қорғаушы</translation>
    </message>
    <message>
        <source>human rights defender</source>
        <translation>құқық қорғаушы болып табылады</translation>
    </message>
    <message>
        <source>Human rights &amp;work</source>
        <translation>Құқық қорғау &amp;жұмысы</translation>
    </message>
    <message>
        <source>Without consent, this person appears under their pseudonym.</source>
        <translation>Келісім болмаса, бұл адам бүркеншік атымен көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;UN</source>
        <translation>&amp;БҰҰ</translation>
    </message>
    <message>
        <source>share identity with the UN (OHCHR)</source>
        <translation>жеке басын БҰҰ-ға (АҚЖКБ) ашу</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Мемлекет</translation>
    </message>
    <message>
        <source>disclose identity to the State</source>
        <translation>жеке басын мемлекетке ашу</translation>
    </message>
    <message>
        <source>Pu&amp;blic</source>
        <translation>&amp;Жария</translation>
    </message>
    <message>
        <source>publish the name</source>
        <translation>атын жариялау</translation>
    </message>
    <message>
        <source>&amp;Medical</source>
        <translation>Медициналық &amp;деректер</translation>
    </message>
    <message>
        <source>share medical details</source>
        <translation>медициналық мәліметтерді беру</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <source>use photos</source>
        <translation>фотосуреттерді пайдалану</translation>
    </message>
    <message>
        <source>Obtained &amp;on</source>
        <translation>Алынған &amp;күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Obtained ho&amp;w</source>
        <translation>Қалай &amp;алынды</translation>
    </message>
    <message>
        <source>Nothing on this page is ever exported.</source>
        <translation>Бұл беттегі ешнәрсе ешқашан экспортталмайды.</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Байланыс деректері</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>Жеке &amp;жазбалар</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Loc&amp;k after idle</source>
        <translation>Әрекетсіздіктен кейін &amp;құлыптау</translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after</source>
        <translation>Сақтық көшірме туралы &amp;еске салу мерзімі</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куәгер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Болжамды кінәлі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QuickEraseOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s).
Everything in it will be unreadable.</source>
        <translation>
            <numerusform>Қойма %n секундтан кейін жойылады.
Ондағының бәрі оқылмайтын болады.</numerusform>
            <numerusform>Қойма %n секундтан кейін жойылады.
Ондағының бәрі оқылмайтын болады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Discard draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <source>Discard this draft? What it holds cannot be recovered.</source>
        <translation>Осы жобаны жою керек пе? Ондағыны қалпына келтіру мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Енгізілген өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
</context>
<context>
    <name>RedactAction</name>
    <message>
        <source>&amp;Redact in exports</source>
        <translation>Экспортта &amp;жасыру</translation>
    </message>
    <message>
        <source>Redact in exports</source>
        <translation>Экспортта жасыру</translation>
    </message>
    <message>
        <source>The selection contains &apos;]]&apos;. Mark the text before and after it separately.</source>
        <translation>Белгіленген мәтінде «]]» бар. Оның алдындағы және кейінгі мәтінді бөлек белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>RemedyEditor</name>
    <message>
        <source>New domestic remedy</source>
        <translation>Жаңа ішкі қорғау құралы</translation>
    </message>
    <message>
        <source>Edit domestic remedy</source>
        <translation>Ішкі қорғау құралын өңдеу</translation>
    </message>
    <message>
        <source>A step taken with the national authorities, and its result.</source>
        <translation>Ұлттық билік органдарында жасалған қадам және оның нәтижесі.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Орган</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Тіркеу &amp;нөмірі</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Мәртебесі</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Қорытындысы</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Logbook — restore from backup</source>
        <translation>Logbook — сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>A backup becomes a new vault: choose the backup folder, type the passphrase the vault had when the backup was made (or the recovery code) and choose a new or empty folder for the restored vault.</source>
        <translation>Сақтық көшірме жаңа қоймаға айналады: сақтық көшірме бумасын таңдаңыз, көшірме жасалған кездегі қойманың құпия фразасын (немесе қалпына келтіру кодын) енгізіңіз және қалпына келтірілген қойма үшін жаңа не бос буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Cho&amp;ose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Use the recovery code instead</source>
        <translation>Оның орнына қалпына келтіру &amp;кодын пайдалану</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Қалпына келтір&amp;у</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>Сақтық көшірме &amp;бумасы</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Құпия &amp;фраза</translation>
    </message>
    <message>
        <source>&amp;New vault folder</source>
        <translation>&amp;Жаңа қойма бумасы</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Қ&amp;алпына келтіру коды</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>Сақтық көшірме бумасы</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Қалпына келтірілген қойма бумасы</translation>
    </message>
    <message>
        <source>Choose the backup folder and the new vault&apos;s folder, and type the secret.</source>
        <translation>Сақтық көшірме бумасын және жаңа қойма бумасын таңдап, құпия фразаны не кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>Unlocking the backup, then checking and restoring it…</source>
        <translation>Сақтық көшірме ашылып, тексеріліп, қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Backup %1 (%2) restored into %3: the database and %4 evidence file(s).</source>
        <translation>%1 сақтық көшірмесі (%2) %3 ішіне қалпына келтірілді: дерекқор және дәлел файлдары (%4).</translation>
    </message>
    <message>
        <source>Newer backups passed over (damaged):</source>
        <translation>Жаңарақ көшірмелер өткізіліп жіберілді (бүлінген):</translation>
    </message>
    <message>
        <source>Not restored:</source>
        <translation>Қалпына келтірілмегендер:</translation>
    </message>
    <message>
        <source>The restored vault opens now. Later it opens with the passphrase it had at that backup, or the recovery code.</source>
        <translation>Қалпына келтірілген қойма қазір ашылады. Кейін ол көшірме жасалған кездегі құпия фразамен немесе қалпына келтіру кодымен ашылады.</translation>
    </message>
    <message>
        <source>Restore stopped; no vault was made.</source>
        <translation>Қалпына келтіру тоқтатылды; қойма жасалмады.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Қалпына келтіру коды қате.</translation>
    </message>
    <message>
        <source>Wrong passphrase. A backup opens with the passphrase the vault had when the backup was made, or with the recovery code.</source>
        <translation>Құпия фраза қате. Сақтық көшірме көшірме жасалған кездегі қойманың құпия фразасымен немесе қалпына келтіру кодымен ашылады.</translation>
    </message>
    <message>
        <source>This backup cannot be restored. Damaged:</source>
        <translation>Бұл сақтық көшірмені қалпына келтіру мүмкін емес. Бүлінгендер:</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1-бет</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Айғақты өңдеу</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кім</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>&amp;Алынған күні</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation>&amp;Құпия</translation>
    </message>
    <message>
        <source>never quoted in exports</source>
        <translation>экспорттарда ешқашан дәйексөз ретінде келтірілмейді</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>Айғақ &amp;мәтіні</translation>
    </message>
</context>
<context>
    <name>Translating</name>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Француз тілі</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испан тілі</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Қай т&amp;ілге аудару:</translation>
    </message>
    <message>
        <source>None (edit the originals)</source>
        <translation>Жоқ (түпнұсқаларды өңдеу)</translation>
    </message>
    <message>
        <source>The originals are read-only while you translate; choose None to edit them.</source>
        <translation>Аудару кезінде түпнұсқаларды тек оқуға болады; оларды өңдеу үшін «Жоқ» таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Logbook — locked</source>
        <translation>Logbook — құлыпталған</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Оның орнына қалпына келтіру &amp;кодын пайдалану</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Құлпын ашу</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>&amp;Басқа қойма…</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Жаңа қойма…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Құпия &amp;фраза</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Қойма: %1</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Қ&amp;алпына келтіру коды</translation>
    </message>
    <message>
        <source>Choose a vault folder</source>
        <translation>Қойма бумасын таңдаңыз</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Қойма емес</translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation>Бұл бумада Logbook қоймасы жоқ.</translation>
    </message>
</context>
</TS>
