<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Logbook</source>
        <translation>О программе Logbook</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>An encrypted, offline logbook for human rights defenders to document cases, incidents and the people involved.</source>
        <translation>Зашифрованный автономный журнал для правозащитников: для документирования дел, инцидентов и причастных к ним людей.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Свободное программное обеспечение по лицензии GNU General Public License версии 3 или более поздней (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2, running on Python %3.</source>
        <translation>Собрано на Qt %1 и PySide6 %2, работает на Python %3.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
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
        <translation>Резервных копий ещё нет</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Последняя резервная копия: %n день назад</numerusform>
            <numerusform>Последняя резервная копия: %n дня назад</numerusform>
            <numerusform>Последняя резервная копия: %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: less than a day ago</source>
        <translation>Последняя резервная копия: меньше суток назад</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Для этого хранилища ещё нет резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s).</source>
        <translation>
            <numerusform>Нет резервной копии уже %n день.</numerusform>
            <numerusform>Нет резервной копии уже %n дня.</numerusform>
            <numerusform>Нет резервной копии уже %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up to a folder (a USB stick, say)</source>
        <translation>Резервная копия в папку (например, на USB-накопитель)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup %1 written: %2 new evidence file(s), %3 copied.</source>
        <translation>Резервная копия %1 записана: новых файлов доказательств: %2, скопировано %3.</translation>
    </message>
    <message>
        <source>Not in this backup (no longer in the vault):</source>
        <translation>Не вошли в эту копию (их уже нет в хранилище):</translation>
    </message>
    <message>
        <source>The earlier backups in the folder are intact.</source>
        <translation>Прежние резервные копии в папке не пострадали.</translation>
    </message>
    <message>
        <source>Backup cancelled; the earlier backups in the folder are intact.</source>
        <translation>Резервное копирование отменено; прежние копии в папке не пострадали.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Резервное копирование не удалось.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Back up now…</source>
        <translation>Создать копию сейчас…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Отменить копирование</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Редактирование дела</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Краткое &amp;изложение</translation>
    </message>
    <message>
        <source>&amp;Mandates addressed</source>
        <translation>&amp;Мандаты-адресаты</translation>
    </message>
    <message>
        <source>Communication t&amp;ype</source>
        <translation>&amp;Тип сообщения</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Обеспокоенность</translation>
    </message>
    <message>
        <source>&amp;Requested action</source>
        <translation>&amp;Запрашиваемые действия</translation>
    </message>
    <message>
        <source>Concerns and requests</source>
        <translation>Обеспокоенность и просьбы</translation>
    </message>
    <message>
        <source>Source &amp;name</source>
        <translation>&amp;Имя источника</translation>
    </message>
    <message>
        <source>Source &amp;kind</source>
        <translation>&amp;Тип источника</translation>
    </message>
    <message>
        <source>Source c&amp;ontact</source>
        <translation>&amp;Контакты источника</translation>
    </message>
    <message>
        <source>Relationship to the &amp;victims</source>
        <translation>&amp;Отношение к пострадавшим</translation>
    </message>
    <message>
        <source>Source (confidential)</source>
        <translation>Источник (конфиденциально)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>I forgot it: use the recovery co&amp;de</source>
        <translation>Не помню её: использовать &amp;код восстановления</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Несовершеннолетие</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>до 18 лет</translation>
    </message>
    <message>
        <source>In OHCHR export</source>
        <translation>В экспорте для УВКПЧ</translation>
    </message>
    <message>
        <source>In public export</source>
        <translation>В публичном экспорте</translation>
    </message>
    <message>
        <source>Name variants</source>
        <translation>Варианты имени</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Title or name</source>
        <translation>Название или имя</translation>
    </message>
    <message>
        <source>Date or pseudonym</source>
        <translation>Дата или псевдоним</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>конфиденциально</translation>
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
        <translation>Logbook — новое хранилище</translation>
    </message>
    <message>
        <source>Logbook keeps your cases in an encrypted vault. Choose a passphrase of four or more unusual words: it is the only way in, besides the recovery code.</source>
        <translation>Logbook хранит ваши дела в зашифрованном хранилище. Выберите парольную фразу из четырёх или более необычных слов: кроме кода восстановления, это единственный способ открыть хранилище.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only now. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Это ваш код восстановления. Он показывается только сейчас. Запишите его на бумаге и храните отдельно от этого компьютера: он откроет хранилище, если вы забудете парольную фразу.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Папка для нового хранилища</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Restored unsaved draft from %1. Save it to keep it, or discard it.</source>
        <translation>Восстановлен несохранённый черновик от %1. Сохраните его или удалите.</translation>
    </message>
</context>
<context>
    <name>DraftRestorer</name>
    <message>
        <source>Unsaved draft</source>
        <translation>Несохранённый черновик</translation>
    </message>
    <message>
        <source>An unsaved draft cannot be reopened: the record it belongs to was deleted. Discard it?</source>
        <translation>Несохранённый черновик нельзя открыть: запись, к которой он относится, удалена. Удалить черновик?</translation>
    </message>
    <message>
        <source>The record of an unsaved draft was deleted meanwhile. Keep what the draft holds as a new record?</source>
        <translation>Запись несохранённого черновика тем временем удалена. Сохранить содержимое черновика как новую запись?</translation>
    </message>
    <message>
        <source>Discard the draft? What it holds cannot be recovered.</source>
        <translation>Удалить черновик? Его содержимое нельзя будет восстановить.</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>New evidence</source>
        <translation>Новое доказательство</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Редактирование доказательства</translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation>&amp;Имя файла</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Captured on</source>
        <translation>Дата &amp;фиксации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>S&amp;hows</source>
        <translation>&amp;Кто изображён</translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation>Ко&amp;нфиденциально</translation>
    </message>
    <message>
        <source>listed by description and hash only, never shown</source>
        <translation>в списке только описание и хеш, сам файл не показывается</translation>
    </message>
    <message>
        <source>&amp;View the file…</source>
        <translation>&amp;Просмотр файла…</translation>
    </message>
    <message>
        <source>computed when the file is saved</source>
        <translation>вычисляется при сохранении файла</translation>
    </message>
    <message>
        <source>Encrypting the file into the vault…</source>
        <translation>Файл шифруется в хранилище…</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence file</source>
        <translation>Файл доказательства</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Файл читается и проверяется…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <source>No preview is available for this kind of file. Save a copy to open it.</source>
        <translation>Для файлов этого типа просмотр недоступен. Сохраните копию, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 pages. Save a copy to see them all.</source>
        <translation>Показаны первые страницы: %1 из %2. Сохраните копию, чтобы увидеть все.</translation>
    </message>
    <message>
        <source>The file matches the SHA-256 taken when it was added.</source>
        <translation>Файл совпадает с SHA-256, вычисленным при добавлении.</translation>
    </message>
    <message>
        <source>This file is damaged or is not the file taken in for this record: it does not match its SHA-256, so it is not shown. Check the vault with “logbook verify”, or restore the file from a backup.</source>
        <translation>Файл повреждён или это не тот файл, который был добавлен к этой записи: он не совпадает со своим SHA-256, поэтому не показан. Проверьте хранилище командой «logbook verify» или восстановите файл из резервной копии.</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>Не удалось показать файл.</translation>
    </message>
    <message>
        <source>Evidence file not shown</source>
        <translation>Файл доказательства не показан</translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation>Сохранить копию файла доказательства</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Копия сохранена</translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: keep it safe, or delete it when done.</source>
        <translation>Копия НЕ зашифрована: храните её в надёжном месте или удалите, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a submission</source>
        <translation>Экспорт обращения</translation>
    </message>
    <message>
        <source>OHCHR: confidential submission to the UN</source>
        <translation>УВКПЧ: конфиденциальное обращение в ООН</translation>
    </message>
    <message>
        <source>Public: for publication</source>
        <translation>Публичный: для публикации</translation>
    </message>
    <message>
        <source>Source&apos;s co&amp;ntact on the confidential page</source>
        <translation>&amp;Контакты источника на конфиденциальной странице</translation>
    </message>
    <message>
        <source>Victims&apos; names as recorded, in &amp;brackets</source>
        <translation>Имена пострадавших в записанном виде, в ско&amp;бках</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Язык документа</translation>
    </message>
    <message>
        <source>Communication &amp;type</source>
        <translation>&amp;Тип сообщения</translation>
    </message>
    <message>
        <source>&amp;Mandates addressed</source>
        <translation>&amp;Мандаты-адресаты</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Пр&amp;едпросмотр</translation>
    </message>
    <message>
        <source>Redaction &amp;report</source>
        <translation>&amp;Отчёт о скрытых данных</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save r&amp;eport…</source>
        <translation>Сохранить от&amp;чёт…</translation>
    </message>
    <message>
        <source>Preparing and checking the document…</source>
        <translation>Документ готовится и проверяется…</translation>
    </message>
    <message>
        <source>Verified: none of the %1 protected terms is in the PDF, apart from the places you ticked as not a leak. Read the preview, then save.</source>
        <translation>Проверено: ни одного из %1 защищённых слов в PDF нет, кроме мест, отмеченных вами как «не утечка». Просмотрите документ и сохраните его.</translation>
    </message>
    <message>
        <source>Verified: none of the %1 protected terms is in the PDF. Read the preview, then save.</source>
        <translation>Проверено: ни одного из %1 защищённых слов в PDF нет. Просмотрите документ и сохраните его.</translation>
    </message>
    <message>
        <source>Possible personal data to review: %1. Mark or remove each one in its field, or tick it to leave it in.</source>
        <translation>Возможные персональные данные для проверки: %1. Скройте или удалите каждое в его поле либо отметьте, чтобы оставить.</translation>
    </message>
    <message>
        <source>For the UN only: persons appear as they consented to; the source is on a confidential page.</source>
        <translation>Только для ООН: лица указаны так, как они согласились; источник — на конфиденциальной странице.</translation>
    </message>
    <message>
        <source>For anyone to read: stricter. Places are cut to the locality, private persons among the alleged perpetrators and the source are withheld.</source>
        <translation>Для всех читателей: строже. Места — только до населённого пункта; частные лица среди предполагаемых нарушителей и источник скрыты.</translation>
    </message>
    <message>
        <source>Stopped. Change an option or edit the case to prepare it again.</source>
        <translation>Остановлено. Измените параметр или дело, чтобы подготовить документ снова.</translation>
    </message>
    <message>
        <source>Save the submission</source>
        <translation>Сохранить обращение</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved. Verification passed: none of the %1 protected terms is in the PDF.</source>
        <translation>Сохранено. Проверка пройдена: ни одного из %1 защищённых слов в PDF нет.</translation>
    </message>
    <message>
        <source>Export stopped: the independent check found protected text that the redaction left, in %1 place(s). Nothing was written. Correct each in its field, or tick it as not a leak if it is a false alarm.</source>
        <translation>Экспорт остановлен: независимая проверка нашла защищённый текст, который остался после скрытия, мест: %1. Ничего не записано. Исправьте каждое в его поле или, если это ложная тревога, отметьте его как «не утечка».</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the redaction report</source>
        <translation>Сохранить отчёт о скрытых данных</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>IIN (identity number)</source>
        <translation>ИИН (идентификационный номер)</translation>
    </message>
    <message>
        <source>Passport or ID number</source>
        <translation>Номер паспорта или удостоверения</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Social media handle</source>
        <translation>Имя в соцсетях</translation>
    </message>
    <message>
        <source>Sensitive health information</source>
        <translation>Чувствительные сведения о здоровье</translation>
    </message>
    <message>
        <source>Unclosed [[redact: …]] (would hide the rest of the text)</source>
        <translation>Незакрытая [[redact: …]] (скрыла бы весь текст до конца)</translation>
    </message>
    <message>
        <source>Redaction markup written incorrectly (it is withheld; correct it)</source>
        <translation>Разметка [[redact: …]] записана с ошибкой (фрагмент скрыт; исправьте её)</translation>
    </message>
    <message>
        <source>Not translated (translate it, or accept to include the original, marked)</source>
        <translation>Нет перевода (переведите или примите, чтобы включить оригинал с пометкой)</translation>
    </message>
    <message>
        <source>Name spelled in Latin letters by Logbook (enter the person&apos;s own, or accept)</source>
        <translation>Имя записано латиницей программой (впишите написание самого человека или примите)</translation>
    </message>
    <message>
        <source>The PDF&apos;s text (not in any one field)</source>
        <translation>Текст PDF (не в каком-то одном поле)</translation>
    </message>
    <message>
        <source>%1 (%2 translation)</source>
        <translation>%1 (перевод: %2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Source of the case</source>
        <translation>Источник дела</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Injury in the incident</source>
        <translation>Травма в инциденте</translation>
    </message>
    <message>
        <source>Statement in the incident</source>
        <translation>Показание к инциденту</translation>
    </message>
    <message>
        <source>Remedy in the incident</source>
        <translation>Средство защиты по инциденту</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое изложение</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>обеспокоенность</translation>
    </message>
    <message>
        <source>requested action</source>
        <translation>запрашиваемые действия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>relationship to the victims</source>
        <translation>отношение к пострадавшим</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>описание событий</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>body location</source>
        <translation>место на теле</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>examined by</source>
        <translation>кем осмотрено</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>gender identity</source>
        <translation>гендерная идентичность</translation>
    </message>
    <message>
        <source>sexual orientation</source>
        <translation>сексуальная ориентация</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>местоимения</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>род занятий</translation>
    </message>
    <message>
        <source>human rights work</source>
        <translation>правозащитная работа</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>имя латиницей</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>persons involved</source>
        <translation>причастные лица</translation>
    </message>
    <message>
        <source>location</source>
        <translation>местонахождение</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>entry in the list of evidence</source>
        <translation>запись в списке доказательств</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Leave in</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Go to the field</source>
        <translation>&amp;Перейти к полю</translation>
    </message>
    <message>
        <source>Not a leak: leave in</source>
        <translation>Не утечка: оставить</translation>
    </message>
    <message>
        <source>Leave &amp;all in</source>
        <translation>Оставить &amp;все</translation>
    </message>
    <message>
        <source>Tick only if this is not a leak (a false alarm).</source>
        <translation>Отмечайте, только если это не утечка (ложная тревога).</translation>
    </message>
    <message>
        <source>Protected text that the redaction left, found by the independent check. Go to the field and mark the passage with [[redact: …]] or change it. Tick “Not a leak: leave in” only for a false alarm, such as the letters of a protected name inside an unrelated longer word.</source>
        <translation>Защищённый текст, который остался после скрытия; его нашла независимая проверка. Перейдите к полю и пометьте фрагмент как [[redact: …]] или измените его. Отмечайте «Не утечка: оставить» только при ложной тревоге — например, когда буквы защищённого имени стоят внутри другого, более длинного слова.</translation>
    </message>
    <message>
        <source>Possible personal data that no redaction rule covers. Go to the field and mark the passage with [[redact: …]] (or remove it), or tick it to leave it in the document.</source>
        <translation>Возможные персональные данные, которые не скрывает ни одно правило. Перейдите к полю и пометьте фрагмент как [[redact: …]] (или удалите его) либо отметьте, чтобы оставить его в документе.</translation>
    </message>
    <message>
        <source>No phone numbers, e-mail or web addresses, ID numbers, street addresses or handles found beyond what the redaction rules withhold.</source>
        <translation>Кроме того, что скрывают правила, телефонов, адресов почты и сайтов, номеров документов, адресов и имён в соцсетях не найдено.</translation>
    </message>
</context>
<context>
    <name>FuzzyDateField</name>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>a&amp;bout (approximate)</source>
        <translation>около (при&amp;близительно)</translation>
    </message>
    <message>
        <source>end, if it lasted (YYYY-MM-DD)</source>
        <translation>окончание, если длилось (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Preci&amp;sion</source>
        <translation>&amp;Точность</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ГГГГ-ММ</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ГГГГ</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Locking in %1 s. Move the mouse or press a key to stay unlocked.</source>
        <translation>Блокировка через %1 с. Пошевелите мышью или нажмите клавишу, чтобы не блокировать.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Редактирование инцидента</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Вовлечённые лица</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Body location</source>
        <translation>Место на теле</translation>
    </message>
    <message>
        <source>Medical confidentiality</source>
        <translation>Врачебная тайна</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>конфиденциально</translation>
    </message>
    <message>
        <source>&amp;New injury…</source>
        <translation>&amp;Новая травма…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>&amp;New statement…</source>
        <translation>&amp;Новое показание…</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;New remedy…</source>
        <translation>&amp;Новое средство защиты…</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Domestic remedies</source>
        <translation>Внутренние средства правовой защиты</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;Locality (city)</source>
        <translation>Н&amp;аселённый пункт (город)</translation>
    </message>
    <message>
        <source>&amp;Place (exact)</source>
        <translation>&amp;Место (точное)</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>Оп&amp;исание событий</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>Нару&amp;шения</translation>
    </message>
    <message>
        <source>Evidence &amp;files</source>
        <translation>&amp;Файлы доказательств</translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation>&amp;Продолжается</translation>
    </message>
    <message>
        <source>ongoing or imminent (leads to an urgent appeal)</source>
        <translation>продолжается или вот-вот произойдёт (ведёт к призыву к незамедлительным действиям)</translation>
    </message>
    <message>
        <source>Save the incident first (Apply).</source>
        <translation>Сначала сохраните инцидент («Применить»).</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Удалить эту запись?</translation>
    </message>
</context>
<context>
    <name>InjuryEditor</name>
    <message>
        <source>New injury</source>
        <translation>Новая травма</translation>
    </message>
    <message>
        <source>Edit injury</source>
        <translation>Редактирование травмы</translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation>Ко&amp;нфиденциально</translation>
    </message>
    <message>
        <source>Medically confidential: withheld unless the person consented</source>
        <translation>Врачебная тайна: не раскрывается без согласия человека</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Body location</source>
        <translation>&amp;Место на теле</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Observed on</source>
        <translation>Дата &amp;фиксации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>E&amp;xamined by</source>
        <translation>&amp;Кем осмотрено</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Учреждение</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Доказа&amp;тельства</translation>
    </message>
    <message>
        <source>Istanbul Protocol consistenc&amp;y</source>
        <translation>Соответствие &amp;Стамбульскому протоколу</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Тип виновного</translation>
    </message>
    <message>
        <source>State actor</source>
        <translation>Представитель государства</translation>
    </message>
    <message>
        <source>&amp;Add person to incident</source>
        <translation>&amp;Добавить лицо в инцидент</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Убрать выбранное</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Special Rapporteur on human rights defenders</source>
        <translation>Специальный докладчик по вопросу о положении правозащитников</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of expression</source>
        <translation>Специальный докладчик по вопросу о свободе мнений и их свободном выражении</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of peaceful assembly and of association</source>
        <translation>Специальный докладчик по вопросу о праве на свободу мирных собраний и ассоциации</translation>
    </message>
    <message>
        <source>Independent Expert on sexual orientation and gender identity</source>
        <translation>Независимый эксперт по вопросу о защите от насилия и дискриминации по признаку сексуальной ориентации и гендерной идентичности</translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа по произвольным задержаниям</translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation>Специальный докладчик по вопросу о пытках</translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women</source>
        <translation>Специальный докладчик по вопросу о насилии в отношении женщин</translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to privacy</source>
        <translation>Специальный докладчик по вопросу о праве на неприкосновенность частной жизни</translation>
    </message>
    <message>
        <source>Special Rapporteur on the right to health</source>
        <translation>Специальный докладчик по вопросу о праве на здоровье</translation>
    </message>
    <message>
        <source>Special Rapporteur on the independence of judges and lawyers</source>
        <translation>Специальный докладчик по вопросу о независимости судей и адвокатов</translation>
    </message>
    <message>
        <source>Automatic (urgent appeal if anything is ongoing)</source>
        <translation>Автоматически (призыв к незамедлительным действиям, если что-то продолжается)</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Призыв к незамедлительным действиям</translation>
    </message>
    <message>
        <source>Allegation letter</source>
        <translation>Письмо с утверждениями</translation>
    </message>
    <message>
        <source>Other letter</source>
        <translation>Другое письмо</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Точный день</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавшее лицо</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый виновный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Security service</source>
        <translation>Служба безопасности</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Prison staff</source>
        <translation>Персонал места заключения</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Местные органы власти</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Центральные органы власти</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Военные</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Organised group</source>
        <translation>Организованная группа</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Arbitrary arrest</source>
        <translation>Произвольный арест</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Произвольное задержание</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Физическое нападение</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Пытки или жестокое обращение</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Язык вражды</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Притеснения</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Violation of privacy</source>
        <translation>Вмешательство в частную жизнь</translation>
    </message>
    <message>
        <source>Disclosure of medical data</source>
        <translation>Разглашение медицинских данных</translation>
    </message>
    <message>
        <source>Disruption of an assembly</source>
        <translation>Срыв собрания</translation>
    </message>
    <message>
        <source>Denial of registration</source>
        <translation>Отказ в регистрации</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Судебное преследование</translation>
    </message>
    <message>
        <source>Fine or administrative sanction</source>
        <translation>Штраф или административное взыскание</translation>
    </message>
    <message>
        <source>Denial of legal counsel</source>
        <translation>Отказ в доступе к адвокату</translation>
    </message>
    <message>
        <source>Denial of medical care</source>
        <translation>Отказ в медицинской помощи</translation>
    </message>
    <message>
        <source>Defamation or smear campaign</source>
        <translation>Клевета или кампания по дискредитации</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>Цензура</translation>
    </message>
    <message>
        <source>Eviction or loss of livelihood</source>
        <translation>Выселение или лишение средств к существованию</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Кровоподтёк</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Ссадина</translation>
    </message>
    <message>
        <source>Laceration</source>
        <translation>Рваная рана</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Ожог</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Перелом</translation>
    </message>
    <message>
        <source>Sprain</source>
        <translation>Растяжение</translation>
    </message>
    <message>
        <source>Head injury</source>
        <translation>Травма головы</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Психологическая травма</translation>
    </message>
    <message>
        <source>Not consistent</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <source>Consistent with</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Highly consistent</source>
        <translation>В высокой степени соответствует</translation>
    </message>
    <message>
        <source>Typical of</source>
        <translation>Типично для</translation>
    </message>
    <message>
        <source>Diagnostic of</source>
        <translation>Диагностически специфично для</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <source>Complaint to the police</source>
        <translation>Жалоба в полицию</translation>
    </message>
    <message>
        <source>Complaint to the prosecutor</source>
        <translation>Жалоба в прокуратуру</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Судебное дело</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Ombudsperson</source>
        <translation>Уполномоченный по правам человека</translation>
    </message>
    <message>
        <source>Administrative complaint</source>
        <translation>Административная жалоба</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>No action taken</source>
        <translation>Меры не приняты</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Decided in favour</source>
        <translation>Решено в пользу заявителя</translation>
    </message>
    <message>
        <source>Decided against</source>
        <translation>Решено не в пользу заявителя</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Под именем</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Скрыто</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Quick erase…</source>
        <translation>&amp;Быстрое уничтожение…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Новый &amp;инцидент…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Новое &amp;лицо…</translation>
    </message>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;Экспорт обращения…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;About Logbook…</source>
        <translation>&amp;О программе Logbook…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>names, places, words in narratives…</source>
        <translation>имена, места, слова из описаний событий…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Удалить дело…</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Новый инцидент…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новое лицо…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>Ин&amp;циденты</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Доказа&amp;тельства</translation>
    </message>
    <message>
        <source>Pers&amp;on directory</source>
        <translation>&amp;Справочник лиц</translation>
    </message>
    <message>
        <source>Search res&amp;ults</source>
        <translation>&amp;Результаты поиска</translation>
    </message>
    <message>
        <source>Every field that needs it is translated.</source>
        <translation>Все поля, которым нужен перевод, переведены.</translation>
    </message>
    <message>
        <source>Not yet translated: %1</source>
        <translation>Ещё не переведено: %1</translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation>Добавление файла доказательства</translation>
    </message>
    <message>
        <source>Delete this case with all its incidents, persons and evidence?</source>
        <translation>Удалить это дело со всеми его инцидентами, лицами и доказательствами?</translation>
    </message>
    <message>
        <source>Delete this incident with its injuries, statements and remedies?</source>
        <translation>Удалить этот инцидент вместе с травмами, показаниями и средствами защиты?</translation>
    </message>
    <message>
        <source>Delete this person from the case, with their injuries and statements?</source>
        <translation>Удалить этого человека из дела вместе с его травмами и показаниями?</translation>
    </message>
    <message>
        <source>Delete this evidence item and destroy its encrypted file?</source>
        <translation>Удалить это доказательство и уничтожить его зашифрованный файл?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Recent changes are missing from this vault, or its database was replaced by an older copy. It opened as it is now; restore a backup if you have one.</source>
        <translation>В хранилище нет последних изменений, или его база данных заменена более старой копией. Оно открыто в нынешнем виде; восстановите резервную копию, если она у вас есть.</translation>
    </message>
    <message>
        <source>This evidence file is damaged, or is not the file that was added: it does not match the SHA-256 taken when it was added, so it was not used. Nothing was changed.</source>
        <translation>Этот файл доказательства повреждён или это не тот файл, который был добавлен: он не совпадает с SHA-256, снятым при добавлении, поэтому он не использован. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Stopped before it finished; nothing was changed.</source>
        <translation>Остановлено до завершения; ничего не изменено.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use four or more unusual words.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте четыре или более необычных слова.</translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation>В этой папке нет хранилища Logbook.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder for the vault.</source>
        <translation>Эта папка не пуста. Выберите для хранилища пустую или новую папку.</translation>
    </message>
    <message>
        <source>A folder cannot be made there (a file is in the way, or no permission).</source>
        <translation>Здесь нельзя создать папку (мешает файл или нет прав доступа).</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed.</source>
        <translation>Хранилище повреждено, его невозможно открыть. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Logbook. Update Logbook to open it.</source>
        <translation>Это хранилище создано более новой версией Logbook. Чтобы открыть его, обновите Logbook.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Диск заполнен. Ничего не изменено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Эта запись больше не существует.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>A value is listed twice.</source>
        <translation>Значение указано дважды.</translation>
    </message>
    <message>
        <source>Enter an age between 0 and 130.</source>
        <translation>Укажите возраст от 0 до 130.</translation>
    </message>
    <message>
        <source>Enter a birth year from 1900 to this year.</source>
        <translation>Укажите год рождения от 1900 до текущего года.</translation>
    </message>
    <message>
        <source>The age is under 18: mark the person as a minor.</source>
        <translation>Возраст меньше 18 лет: отметьте «Несовершеннолетие».</translation>
    </message>
    <message>
        <source>The birth year makes the person a minor: mark them as a minor.</source>
        <translation>По году рождения человек несовершеннолетний: отметьте «Несовершеннолетие».</translation>
    </message>
    <message>
        <source>The pseudonym must not contain any part of the person&apos;s names.</source>
        <translation>Псевдоним не должен содержать ни одной части имени человека.</translation>
    </message>
    <message>
        <source>A former name cannot also be the name or a name variant.</source>
        <translation>Прежнее имя не может совпадать с именем или вариантом имени.</translation>
    </message>
    <message>
        <source>Must not be blank: leave it empty to have one assigned.</source>
        <translation>Не может состоять из одних пробелов: оставьте поле пустым, и значение будет назначено автоматически.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as KZ.</source>
        <translation>Используйте двухбуквенный код страны, например KZ.</translation>
    </message>
    <message>
        <source>Use a language code such as ru or kk.</source>
        <translation>Используйте код языка, например ru или kk.</translation>
    </message>
    <message>
        <source>Not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Это не дата: используйте формат ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
    </message>
    <message>
        <source>This date does not exist or does not match the precision.</source>
        <translation>Такой даты нет, или она не соответствует выбранной точности.</translation>
    </message>
    <message>
        <source>Enter the date, or set the precision to unknown.</source>
        <translation>Укажите дату или выберите точность «Неизвестно».</translation>
    </message>
    <message>
        <source>Not a time: use HH:MM, 24-hour.</source>
        <translation>Это не время: используйте формат ЧЧ:ММ (24 часа).</translation>
    </message>
    <message>
        <source>A time needs an exact day.</source>
        <translation>Время можно указать только для точного дня.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <source>This person is already listed in this role.</source>
        <translation>Это лицо уже указано в этой роли.</translation>
    </message>
    <message>
        <source>Only an alleged perpetrator has a perpetrator type.</source>
        <translation>Тип виновного указывается только для предполагаемого виновного.</translation>
    </message>
    <message>
        <source>Leave the date empty when it is unknown.</source>
        <translation>Если дата неизвестна, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <source>Something went wrong inside Logbook. Your last change may not be saved.</source>
        <translation>Внутренняя ошибка Logbook. Последнее изменение могло не сохраниться.</translation>
    </message>
</context>
<context>
    <name>MetadataNotice</name>
    <message>
        <source>This file carries information about where, by whom or with what it was made:</source>
        <translation>В этом файле есть сведения о том, где, кем или чем он сделан:</translation>
    </message>
    <message>
        <source>It stays encrypted in the vault, and exported reports never include it: they list evidence by description and hash only, not the file. If you share the file itself, this information goes with it.</source>
        <translation>Файл хранится в хранилище зашифрованным, и в экспортируемые отчёты он не попадает: доказательства в них перечислены только по описанию и хешу, без самого файла. Если вы передадите сам файл, эти сведения уйдут вместе с ним.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Camera owner</source>
        <translation>Владелец камеры</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторские права</translation>
    </message>
    <message>
        <source>Last modified by</source>
        <translation>Последним изменил</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Объектив</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Дата съёмки</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Повто&amp;рите её</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair: add another unusual word</source>
        <translation>средняя: добавьте ещё одно необычное слово</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>очень надёжная</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>Фразы не совпадают.</translation>
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
        <translation>Предпросмотр появится после проверки документа.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Редактирование сведений о лице</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Private (never exported)</source>
        <translation>Личное (никогда не экспортируется)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Name in La&amp;tin letters</source>
        <translation>Имя &amp;латиницей</translation>
    </message>
    <message>
        <source>as in the passport</source>
        <translation>как в паспорте</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Name &amp;variants (one per line)</source>
        <translation>&amp;Варианты имени (по одному в строке)</translation>
    </message>
    <message>
        <source>&amp;Former names (one per line)</source>
        <translation>Пр&amp;ежние имена (по одному в строке)</translation>
    </message>
    <message>
        <source>Former names are never disclosed in any export, even when the person is named.</source>
        <translation>Прежние имена никогда не раскрываются ни в одном экспорте, даже если человек назван по имени.</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Псевдоним</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>назначается автоматически</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>&amp;Гендерная идентичность</translation>
    </message>
    <message>
        <source>Se&amp;xual orientation</source>
        <translation>&amp;Сексуальная ориентация</translation>
    </message>
    <message>
        <source>as the person describes it, or &apos;prefer not to say&apos;</source>
        <translation>как это описывает сам человек, или «предпочитаю не указывать»</translation>
    </message>
    <message>
        <source>P&amp;ronouns</source>
        <translation>&amp;Местоимения</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>Воз&amp;раст</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Го&amp;д рождения</translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation>&amp;Несовершеннолетие</translation>
    </message>
    <message>
        <source>under 18: never named</source>
        <translation>младше 18 лет: имя никогда не указывается</translation>
    </message>
    <message>
        <source>Nationa&amp;lity</source>
        <translation>Гра&amp;жданство</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>Род &amp;занятий</translation>
    </message>
    <message>
        <source>A&amp;ffiliation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Defender</source>
        <translation>&amp;Правозащитник</translation>
    </message>
    <message>
        <source>human rights defender</source>
        <translation>является правозащитником или правозащитницей</translation>
    </message>
    <message>
        <source>Human rights &amp;work</source>
        <translation>Правозащитная &amp;работа</translation>
    </message>
    <message>
        <source>Without consent, this person appears under their pseudonym.</source>
        <translation>Без согласия человек указывается под псевдонимом.</translation>
    </message>
    <message>
        <source>&amp;UN</source>
        <translation>&amp;ООН</translation>
    </message>
    <message>
        <source>share identity with the UN (OHCHR)</source>
        <translation>раскрывать личность ООН (УВКПЧ)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Государство</translation>
    </message>
    <message>
        <source>disclose identity to the State</source>
        <translation>раскрывать личность государству</translation>
    </message>
    <message>
        <source>Pu&amp;blic</source>
        <translation>&amp;Публично</translation>
    </message>
    <message>
        <source>publish the name</source>
        <translation>публиковать имя</translation>
    </message>
    <message>
        <source>&amp;Medical</source>
        <translation>&amp;Медицинские данные</translation>
    </message>
    <message>
        <source>share medical details</source>
        <translation>передавать медицинские сведения</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <source>use photos</source>
        <translation>использовать фотографии</translation>
    </message>
    <message>
        <source>Obtained &amp;on</source>
        <translation>&amp;Дата получения</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Obtained ho&amp;w</source>
        <translation>&amp;Как получено</translation>
    </message>
    <message>
        <source>Nothing on this page is ever exported.</source>
        <translation>Ничего с этой страницы никогда не экспортируется.</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>Личные &amp;заметки</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Loc&amp;k after idle</source>
        <translation>&amp;Блокировать после бездействия</translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after</source>
        <translation>&amp;Напоминать о резервной копии через</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Victim</source>
        <translation>Пострадавшее лицо</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый виновный</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QuickEraseOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Erasing the vault in %n second(s).
Everything in it will be unreadable.</source>
        <translation>
            <numerusform>Хранилище будет уничтожено через %n секунду.
Всё его содержимое станет нечитаемым.</numerusform>
            <numerusform>Хранилище будет уничтожено через %n секунды.
Всё его содержимое станет нечитаемым.</numerusform>
            <numerusform>Хранилище будет уничтожено через %n секунд.
Всё его содержимое станет нечитаемым.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Discard this draft? What it holds cannot be recovered.</source>
        <translation>Удалить этот черновик? Его содержимое нельзя будет восстановить.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Отменить внесённые изменения?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>RedactAction</name>
    <message>
        <source>&amp;Redact in exports</source>
        <translation>Скрыть при &amp;экспорте</translation>
    </message>
    <message>
        <source>Redact in exports</source>
        <translation>Скрыть при экспорте</translation>
    </message>
    <message>
        <source>The selection contains &apos;]]&apos;. Mark the text before and after it separately.</source>
        <translation>Выделение содержит «]]». Пометьте текст до и после него по отдельности.</translation>
    </message>
</context>
<context>
    <name>RemedyEditor</name>
    <message>
        <source>New domestic remedy</source>
        <translation>Новое внутреннее средство правовой защиты</translation>
    </message>
    <message>
        <source>Edit domestic remedy</source>
        <translation>Редактирование внутреннего средства правовой защиты</translation>
    </message>
    <message>
        <source>A step taken with the national authorities, and its result.</source>
        <translation>Шаг, предпринятый в национальных органах власти, и его результат.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Орган</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Регистрационный номер</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Итог</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Logbook — restore from backup</source>
        <translation>Logbook — восстановление из резервной копии</translation>
    </message>
    <message>
        <source>A backup becomes a new vault: choose the backup folder, type the passphrase the vault had when the backup was made (or the recovery code) and choose a new or empty folder for the restored vault.</source>
        <translation>Резервная копия становится новым хранилищем: выберите папку резервной копии, введите парольную фразу, которая была у хранилища на момент копирования (или код восстановления), и выберите новую или пустую папку для восстановленного хранилища.</translation>
    </message>
    <message>
        <source>Cho&amp;ose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>&amp;Use the recovery code instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Выбр&amp;ать…</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>Папка ре&amp;зервной копии</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;New vault folder</source>
        <translation>Папка &amp;нового хранилища</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>К&amp;од восстановления</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>Папка резервной копии</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Папка для восстановленного хранилища</translation>
    </message>
    <message>
        <source>Choose the backup folder and the new vault&apos;s folder, and type the secret.</source>
        <translation>Выберите папку резервной копии и папку нового хранилища и введите парольную фразу или код.</translation>
    </message>
    <message>
        <source>Unlocking the backup, then checking and restoring it…</source>
        <translation>Резервная копия открывается, затем проверяется и восстанавливается…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backup %1 (%2) restored into %3: the database and %4 evidence file(s).</source>
        <translation>Резервная копия %1 (%2) восстановлена в %3: база данных и файлы доказательств (%4).</translation>
    </message>
    <message>
        <source>Newer backups passed over (damaged):</source>
        <translation>Пропущены более новые копии (повреждены):</translation>
    </message>
    <message>
        <source>Not restored:</source>
        <translation>Не восстановлено:</translation>
    </message>
    <message>
        <source>The restored vault opens now. Later it opens with the passphrase it had at that backup, or the recovery code.</source>
        <translation>Восстановленное хранилище сейчас откроется. В дальнейшем оно открывается парольной фразой, которая была у него на момент копирования, или кодом восстановления.</translation>
    </message>
    <message>
        <source>Restore stopped; no vault was made.</source>
        <translation>Восстановление остановлено; хранилище не создано.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <source>Wrong passphrase. A backup opens with the passphrase the vault had when the backup was made, or with the recovery code.</source>
        <translation>Неверная парольная фраза. Резервная копия открывается парольной фразой, которая была у хранилища на момент копирования, или кодом восстановления.</translation>
    </message>
    <message>
        <source>This backup cannot be restored. Damaged:</source>
        <translation>Эту резервную копию нельзя восстановить. Повреждено:</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>St&amp;op</source>
        <translation>Ост&amp;ановить</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>страница %1</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Редактирование показания</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>&amp;Дата записи</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation>Ко&amp;нфиденциально</translation>
    </message>
    <message>
        <source>never quoted in exports</source>
        <translation>никогда не цитируется при экспорте</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Показание</translation>
    </message>
</context>
<context>
    <name>Translating</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Перевод&amp;ы на:</translation>
    </message>
    <message>
        <source>None (edit the originals)</source>
        <translation>Нет (правка оригиналов)</translation>
    </message>
    <message>
        <source>The originals are read-only while you translate; choose None to edit them.</source>
        <translation>Во время перевода оригиналы доступны только для чтения; чтобы изменить их, выберите «Нет».</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Logbook — locked</source>
        <translation>Logbook — заблокировано</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Использовать &amp;код восстановления</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>&amp;Другое хранилище…</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из ре&amp;зервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>К&amp;од восстановления</translation>
    </message>
    <message>
        <source>Choose a vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Это не хранилище</translation>
    </message>
    <message>
        <source>There is no Logbook vault in this folder.</source>
        <translation>В этой папке нет хранилища Logbook.</translation>
    </message>
</context>
</TS>
