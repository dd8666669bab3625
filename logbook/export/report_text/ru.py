"""The redaction report's words in Russian: every key of en.py (same ``{fields}``).

Terms as in the app's Russian translation: «скрытие» (redaction), «защищённые слова»
(protected terms), «лицо, указанное под псевдонимом», «публичная версия», «УВКПЧ»."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # The report's own lines
    "report.title": "Отчёт о скрытых данных — документ {document_id}, профиль {profile}",
    "report.communication_type": "Тип сообщения: {type}",
    "report.verification": "Проверка: {state}",
    "report.terms_checked": "Защищённых слов, проверенных независимой проверкой на утечки: {count}",
    "report.readers": "Текст PDF прочитан заново с помощью: {readers}, а также метаданные",
    "report.whole_word_terms": "Из них слова имён длиной от одной до трёх букв ({count}) "
    "проверялись только как целые слова (внутри более длинных слов их не отличить).",
    "report.not_checkable": "Слова имён, которые не искались ({count}): это также слова "
    "автоматических псевдонимов или заполнителей («Witness», «withheld»); при скрытии они "
    "всё равно заменяются там, где обозначают имя.",
    "report.persons": "Как указаны лица:",
    "report.replaced": "Заменено в свободном тексте:",
    "report.nothing": "ничего",
    "report.rules_applied": "Правила, применённые в этом документе:",
    "report.none": "нет",
    "report.accepted_findings": "Возможные персональные данные, которые вы приняли "
    "(оставлены в документе):",
    "report.accepted_hits": "Срабатывания проверки на утечки, которые вы сочли ложной "
    "тревогой (оставлены в документе):",
    "report.list_separator": ", ",
    # Verification states
    "verification.not_run": "не проводилась",
    "verification.passed": "пройдена",
    "verification.failed": "НЕ ПРОЙДЕНА ({category}, правило {rule}); ничего не записано",
    # A person's line
    "person.line": "{person} ({roles}): {shown} — {rule}",
    "person.named": "указано по имени",
    "person.shown_as": "указано как {label}",
    "person.no_role": "без роли",
    # A line of replacements in free text
    "replaced.line": "{category}: {count} × — {rule}",
    "replaced.line_protecting": "{category}, защищается {record}: {count} × — {rule}",
    # An accepted finding: where it is and what it is
    "finding.line": "{record}, {field}: {label}",
    # Records, by ordinal
    "record.case": "дело",
    "record.source": "источник",
    "record.person": "лицо {number}",
    "record.incident": "инцидент {number}",
    "record.injury": "травма {number}",
    "record.statement": "показание {number}",
    "record.remedy": "средство защиты {number}",
    "record.evidence": "доказательство {number}",
    # Roles as the report prints them
    "role.victim": "пострадавшее лицо",
    "role.witness": "свидетель",
    "role.alleged_perpetrator": "предполагаемый виновный",
    "role.source": "источник",
    "role.other": "другая роль",
    # Fields, by their names in the case format
    "field.title": "название",
    "field.summary": "краткое изложение",
    "field.concerns": "обеспокоенность",
    "field.requested_action": "запрашиваемые действия",
    "field.name": "имя",
    "field.relationship": "отношение к пострадавшим",
    "field.narrative": "описание событий",
    "field.location.place": "место",
    "field.location.locality": "населённый пункт",
    "field.location.region": "регион",
    "field.body_location": "место на теле",
    "field.description": "описание",
    "field.examined_by": "кем осмотрено",
    "field.facility": "учреждение",
    "field.affiliation": "организация",
    "field.gender_identity": "гендерная идентичность",
    "field.sexual_orientation": "сексуальная ориентация",
    "field.pronouns": "местоимения",
    "field.occupation": "род занятий",
    "field.hrd_work": "правозащитная работа",
    "field.authority": "орган",
    "field.reference": "регистрационный номер",
    "field.outcome": "итог",
    "field.text": "текст",
    "field.label": "псевдоним",
    "field.involvements": "причастные лица",
    "field.location": "местонахождение",
    "field.heading": "заголовок",
    "field.listing": "запись в списке доказательств",
    "field.translation": "{field} (перевод на {language})",
    "field.name_latin": "имя латиницей",
    "language.en": "английский",
    "language.fr": "французский",
    "language.es": "испанский",
    # Communication types
    "communication_type.urgent_appeal": "Призыв к незамедлительным действиям",
    "communication_type.allegation_letter": "Письмо с утверждениями",
    "communication_type.other_letter": "Другое письмо",
    # What a finding is (possible personal data no rule covers)
    "kind.phone": "номер телефона",
    "kind.email": "адрес электронной почты",
    "kind.iin": "ИИН (12-значный идентификационный номер)",
    "kind.passport": "номер паспорта или удостоверения",
    "kind.address": "адрес (улица и дом)",
    "kind.url": "веб-адрес",
    "kind.handle": "имя в соцсетях",
    "kind.health": "чувствительные сведения о здоровье",
    "kind.unclosed_redaction": "'[[redact:' без закрывающего ']]' (скрыло бы весь текст до конца)",
    "kind.markup_typo": "разметка скрытия записана с ошибкой (фрагмент скрыт; исправьте её)",
    "kind.not_translated": "нет перевода (примите, чтобы включить оригинал с пометкой)",
    "kind.transliterated": "имя записано латиницей программой (подтвердите его или впишите "
    "написание самого человека)",
    # What was protected (categories of protected terms)
    "category.name": "имя лица, указанного под псевдонимом",
    "category.withheld_name": "скрытое имя",
    "category.source": "источник",
    "category.contact": "контактные данные",
    "category.private_note": "личные заметки",
    "category.medical": "конфиденциальные медицинские сведения",
    "category.place": "точное место",
    "category.former_name": "прежнее имя",
    "category.statement": "конфиденциальное показание",
    "category.evidence": "описание скрытого доказательства",
    "category.user_marked": "текст, помеченный для скрытия",
    # Who is named, and why
    "rule.minor": "несовершеннолетние никогда не указываются по имени",
    "rule.minor_perpetrator": "несовершеннолетние никогда не указываются по имени "
    "(несовершеннолетний предполагаемый виновный скрыт)",
    "rule.institution": "группы и организации среди предполагаемых виновных указываются по "
    "названию (это учреждения, а не отдельные люди)",
    "rule.perpetrator_ohchr": "в конфиденциальном обращении в УВКПЧ предполагаемые виновные "
    "указываются по имени",
    "rule.perpetrator_public": "в публичной версии отдельные предполагаемые виновные не "
    "указываются по имени (представители государства — по учреждению и должности, частные "
    "лица — с пометкой, что имя скрыто)",
    "rule.source_public": "источник никогда не упоминается в публичной версии",
    "rule.consent_un": "указывается по имени только с согласия на раскрытие личности ООН",
    "rule.consent_publish": "в публичной версии указывается по имени только с согласия на "
    "публикацию",
    # What is withheld, and why
    "rule.contact_never": "контактные данные никогда не экспортируются",
    "rule.notes_never": "личные заметки никогда не экспортируются",
    "rule.medical_consent": "травмы, отмеченные как врачебная тайна, описываются только с "
    "согласия человека на передачу медицинских сведений",
    "rule.medical_evidence": "доказательства, связанные с травмой, медицинские сведения о "
    "которой скрыты, перечисляются без описания",
    "rule.place_public": "в публичной версии места указываются только с точностью до "
    "населённого пункта (города)",
    "rule.source_ohchr": "источник указывается только на отдельной конфиденциальной странице",
    "rule.source_never_public": "источник никогда не упоминается в публичной версии",
    "rule.confidential_evidence_ohchr": "доказательства, отмеченные как конфиденциальные, "
    "перечисляются только с описанием и хешем",
    "rule.confidential_evidence_public": "доказательства, отмеченные как конфиденциальные, "
    "в публичной версии не перечисляются",
    "rule.photo_consent_ohchr": "фотографии лиц, не давших согласия на использование "
    "фотографий, перечисляются только с описанием и хешем",
    "rule.photo_consent_public": "фотографии лиц, не давших согласия на использование "
    "фотографий, в публичной версии не перечисляются",
    "rule.confidential_statement": "показания, отмеченные как конфиденциальные, не экспортируются",
    "rule.user_marked": "текст, помеченный пользователем как [[redact: …]], удаляется",
    "rule.examiner_public": "в публичной версии имена осматривавших врачей не указываются",
    "rule.reference_public": "в публичной версии регистрационные номера дел не указываются "
    "(по судебным реестрам можно установить личность)",
    "rule.affiliation_public": "в публичной версии не указывается, к какой организации "
    "принадлежит лицо, указанное под псевдонимом",
    "rule.orientation_public": "в публичной версии сексуальная ориентация не указывается",
    "rule.age_range": "для лица, указанного под псевдонимом, приводится возрастной диапазон, "
    "а не год рождения",
    "rule.group_holds_name": "группа или организация, в названии которой есть имя "
    "защищаемого лица, не называется",
    "rule.restricted_evidence": "описания доказательств, которые в этой версии не "
    "описываются (конфиденциальные, фотографии без согласия, файлы скрытых медицинских "
    "сведений), скрываются везде, где они повторяются",
    "rule.former_names_never": "прежние имена (например, имя, которым человек больше не "
    "пользуется) никогда не раскрываются",
    "rule.ambiguous_name": "имя, общее для лица, указанного по имени, и защищаемого лица "
    "или для двух защищаемых лиц, скрывается там, где оно стоит отдельно",
}
