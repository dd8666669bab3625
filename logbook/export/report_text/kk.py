"""The redaction report's words in Kazakh (Cyrillic): every key of en.py (same
``{fields}``).

Terms as in the app's Kazakh translation: «жасыру» (redaction), «қорғалған сөздер»
(protected terms), «бүркеншік ат», «жария нұсқа» (public version), «БҰҰ АҚЖКБ»."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # The report's own lines
    "report.title": "Жасыру есебі — {document_id} құжаты, {profile} профилі",
    "report.communication_type": "Хабарлама түрі: {type}",
    "report.verification": "Тексеру: {state}",
    "report.terms_checked": "Ағып кетуге тәуелсіз тексеруде қаралған қорғалған сөздер саны: "
    "{count}",
    "report.readers": "PDF мәтіні мыналармен қайта оқылды: {readers}; метадеректер де тексерілді",
    "report.whole_word_terms": "Олардың ішінде бір-үш әріптен тұратын есім сөздері ({count}) "
    "тек тұтас сөз ретінде тексерілді (ұзынырақ сөздердің ішінде оларды ажырату мүмкін "
    "емес).",
    "report.not_checkable": "Ізделмеген есім сөздері ({count}): олар автоматты бүркеншік "
    "аттардың немесе орынбасар белгілердің де сөздері («Witness», «withheld»); жасыру "
    "кезінде олар есімнің орнында тұрған жерлерде бәрібір ауыстырылады.",
    "report.persons": "Тұлғалар қалай көрсетілген:",
    "report.replaced": "Еркін мәтінде ауыстырылғандар:",
    "report.nothing": "ештеңе",
    "report.rules_applied": "Осы құжатта қолданылған ережелер:",
    "report.none": "жоқ",
    "report.accepted_findings": "Сіз қабылдаған ықтимал дербес деректер (құжатта қалдырылды):",
    "report.accepted_hits": "Ағып кетуді тексеру тапқан, бірақ сіз жалған дабыл деп санаған "
    "орындар (құжатта қалдырылды):",
    "report.list_separator": ", ",
    # Verification states
    "verification.not_run": "жүргізілген жоқ",
    "verification.passed": "сәтті өтті",
    "verification.failed": "СӘТСІЗ ({category}, {rule} ережесі); ештеңе жазылмады",
    # A person's line
    "person.line": "{person} ({roles}): {shown} — {rule}",
    "person.named": "атымен көрсетіледі",
    "person.shown_as": "{label} ретінде көрсетіледі",
    "person.no_role": "рөлі жоқ",
    # A line of replacements in free text
    "replaced.line": "{category}: {count} × — {rule}",
    "replaced.line_protecting": "{category}, {record} қорғалады: {count} × — {rule}",
    # An accepted finding: where it is and what it is
    "finding.line": "{record}, {field}: {label}",
    # Records, by ordinal
    "record.case": "іс",
    "record.source": "дереккөз",
    "record.person": "{number}-тұлға",
    "record.incident": "{number}-оқиға",
    "record.injury": "{number}-жарақат",
    "record.statement": "{number}-айғақ",
    "record.remedy": "{number}-қорғау құралы",
    "record.evidence": "{number}-дәлел",
    # Roles as the report prints them
    "role.victim": "жәбірленуші",
    "role.witness": "куәгер",
    "role.alleged_perpetrator": "болжамды кінәлі",
    "role.source": "дереккөз",
    "role.other": "басқа рөл",
    # Fields, by their names in the case format
    "field.title": "атауы",
    "field.summary": "қысқаша мазмұны",
    "field.concerns": "алаңдаушылық",
    "field.requested_action": "сұралатын әрекеттер",
    "field.name": "аты",
    "field.relationship": "жәбірленушілерге қатысы",
    "field.narrative": "оқиға барысы",
    "field.location.place": "орны",
    "field.location.locality": "елді мекен",
    "field.location.region": "өңір",
    "field.body_location": "дене бөлігі",
    "field.description": "сипаттамасы",
    "field.examined_by": "қарап-тексерген адам",
    "field.facility": "мекеме",
    "field.affiliation": "ұйымдық тиесілілігі",
    "field.gender_identity": "гендерлік сәйкестік",
    "field.sexual_orientation": "жыныстық бағдар",
    "field.pronouns": "есімдіктер",
    "field.occupation": "кәсібі",
    "field.hrd_work": "құқық қорғау жұмысы",
    "field.authority": "орган",
    "field.reference": "тіркеу нөмірі",
    "field.outcome": "қорытындысы",
    "field.text": "мәтіні",
    "field.label": "бүркеншік аты",
    "field.involvements": "қатысқан тұлғалар",
    "field.location": "орналасқан жері",
    "field.heading": "тақырыбы",
    "field.listing": "дәлелдер тізіміндегі жазба",
    "field.translation": "{field} ({language} тіліне аудармасы)",
    "field.name_latin": "латын әрпімен аты",
    "language.en": "ағылшын",
    "language.fr": "француз",
    "language.es": "испан",
    # Communication types
    "communication_type.urgent_appeal": "Шұғыл үндеу",
    "communication_type.allegation_letter": "Болжамды бұзушылықтар туралы хат",
    "communication_type.other_letter": "Басқа хат",
    # What a finding is (possible personal data no rule covers)
    "kind.phone": "телефон нөмірі",
    "kind.email": "электрондық пошта мекенжайы",
    "kind.iin": "ЖСН (12 таңбалы жеке сәйкестендіру нөмірі)",
    "kind.passport": "төлқұжат не куәлік нөмірі",
    "kind.address": "мекенжай (көше және үй)",
    "kind.url": "веб-мекенжай",
    "kind.handle": "әлеуметтік желідегі атауы",
    "kind.health": "денсаулық туралы құпия мәліметтер",
    "kind.unclosed_redaction": "жабатын ']]' белгісі жоқ '[[redact:' (мәтінді соңына дейін "
    "жасырар еді)",
    "kind.markup_typo": "жасыру белгісі қате жазылған (үзінді жасырылды; оны түзетіңіз)",
    "kind.not_translated": "аудармасы жоқ (түпнұсқаны белгімен қосу үшін қабылдаңыз)",
    "kind.transliterated": "есімді бағдарлама латын әрпімен жазды (оны растаңыз немесе "
    "адамның өз жазылуын енгізіңіз)",
    # What was protected (categories of protected terms)
    "category.name": "бүркеншік атпен көрсетілген адамның аты",
    "category.withheld_name": "жасырылған аты",
    "category.source": "дереккөз",
    "category.contact": "байланыс деректері",
    "category.private_note": "жеке жазбалар",
    "category.medical": "құпия медициналық мәліметтер",
    "category.place": "нақты орны",
    "category.former_name": "бұрынғы аты",
    "category.statement": "құпия айғақ",
    "category.evidence": "жасырылған дәлелдің сипаттамасы",
    "category.user_marked": "жасыруға белгіленген мәтін",
    # Who is named, and why
    "rule.minor": "кәмелетке толмағандардың аты ешқашан көрсетілмейді",
    "rule.minor_perpetrator": "кәмелетке толмағандардың аты ешқашан көрсетілмейді "
    "(кәмелетке толмаған болжамды кінәлі жасырылады)",
    "rule.institution": "болжамды кінәлілер арасындағы топтар мен ұйымдар атауымен "
    "көрсетіледі (олар жеке адамдар емес, мекемелер)",
    "rule.perpetrator_ohchr": "БҰҰ АҚЖКБ-ға жіберілетін құпия өтініште болжамды "
    "кінәлілердің аты көрсетіледі",
    "rule.perpetrator_public": "жария нұсқада жекелеген болжамды кінәлілердің аты "
    "көрсетілмейді (мемлекет өкілдері — мекемесі мен лауазымы бойынша, жеке тұлғалар — аты "
    "жасырылғаны туралы белгімен)",
    "rule.source_public": "дереккөз жария нұсқада ешқашан көрсетілмейді",
    "rule.consent_un": "жеке басын БҰҰ-ға ашуға келісім болғанда ғана атымен көрсетіледі",
    "rule.consent_publish": "жария нұсқада жариялауға келісім болғанда ғана атымен көрсетіледі",
    # What is withheld, and why
    "rule.contact_never": "байланыс деректері ешқашан экспортталмайды",
    "rule.notes_never": "жеке жазбалар ешқашан экспортталмайды",
    "rule.medical_consent": "медициналық құпия деп белгіленген жарақаттар адам медициналық "
    "мәліметтерді беруге келісім берсе ғана сипатталады",
    "rule.medical_evidence": "медициналық мәліметтері жасырылған жарақатқа байланысты "
    "дәлелдер сипаттамасыз тізімделеді",
    "rule.place_public": "жария нұсқада орындар тек елді мекенге (қалаға) дейінгі дәлдікпен "
    "көрсетіледі",
    "rule.source_ohchr": "дереккөз тек бөлек құпия бетте көрсетіледі",
    "rule.source_never_public": "дереккөз жария нұсқада ешқашан көрсетілмейді",
    "rule.confidential_evidence_ohchr": "құпия деп белгіленген дәлелдер тек сипаттамасымен "
    "және хешімен тізімделеді",
    "rule.confidential_evidence_public": "құпия деп белгіленген дәлелдер жария нұсқада "
    "тізімделмейді",
    "rule.photo_consent_ohchr": "фотосуреттерді пайдалануға келісім бермеген адамдардың "
    "фотосуреттері тек сипаттамасымен және хешімен тізімделеді",
    "rule.photo_consent_public": "фотосуреттерді пайдалануға келісім бермеген адамдардың "
    "фотосуреттері жария нұсқада тізімделмейді",
    "rule.confidential_statement": "құпия деп белгіленген айғақтар экспортталмайды",
    "rule.user_marked": "пайдаланушы [[redact: …]] деп белгілеген мәтін алынып тасталады",
    "rule.examiner_public": "жария нұсқада қарап-тексерген дәрігерлердің аты көрсетілмейді",
    "rule.reference_public": "жария нұсқада істердің тіркеу нөмірлері көрсетілмейді (сот "
    "тізілімдері бойынша адамдарды анықтауға болады)",
    "rule.affiliation_public": "жария нұсқада бүркеншік атпен көрсетілген адамның ұйымдық "
    "тиесілілігі көрсетілмейді",
    "rule.orientation_public": "жария нұсқада жыныстық бағдар көрсетілмейді",
    "rule.age_range": "бүркеншік атпен көрсетілген адамның туған жылы емес, жас аралығы "
    "көрсетіледі",
    "rule.group_holds_name": "атауында қорғалатын адамның аты бар топ немесе ұйымның атауы "
    "көрсетілмейді",
    "rule.restricted_evidence": "осы нұсқада сипатталмайтын дәлелдердің сипаттамалары "
    "(құпия дәлелдер, келісімсіз фотосуреттер, жасырылған медициналық мәліметтердің "
    "файлдары) қай жерде қайталанса да жасырылады",
    "rule.former_names_never": "бұрынғы аттар (мысалы, адам енді қолданбайтын аты) ешқашан "
    "ашылмайды",
    "rule.ambiguous_name": "атымен көрсетілген адам мен қорғалатын адамға не екі қорғалатын "
    "адамға ортақ есім жеке тұрған жерде жасырылады",
}
