# Webitel Hooks қолданбасының сөздері, қазақша. Ағылшын файлының көшірмесі, мәндері аударылған.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = Терезе { $command } сұрауын дайындай алмады ({ $detail }).
error-window-answer = Терезе { $command } сұрауына берілген жауапты оқи алмады ({ $detail }). Қолданбаны қайта іске қосыңыз.
error-window-refused = Қолданба сұрауды қабылдамады ({ $detail }). Қолданбаны қайта іске қосыңыз; қате қайталана берсе, ол туралы хабарлаңыз.

## Session start
session-loading = Кіру орындалуда…

## Sign-in screen
sign-in-form = Кіру
sign-in-title = Webitel жүйесіне кіру
sign-in-loading = Сервер профильдері оқылуда…
sign-in-profile = Профиль
sign-in-new-server = Жаңа сервер…
sign-in-server = Сервер URL мекенжайы
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Пайдаланушы атауы
sign-in-username-placeholder = user@domain
sign-in-password = Құпия сөз
sign-in-remember = Мені есте сақтау
sign-in-remember-hint = Құпия сөз осы компьютердің кілттер қоймасында сақталады, сондықтан мерзімі өткен сессия өздігінен жаңарады.
sign-in-keyring-title = Осы компьютердің кілттер қоймасын пайдалану мүмкін емес.
sign-in-keyring-hint = Іске қосулар арасында ештеңе сақталмайды: қолданбаны келесі ашқанда құпия сөзді қайта енгізесіз.
sign-in-session-only = Тек осы сессия үшін
sign-in-ca = Жеке CA сертификаты
sign-in-ca-hint = Сертификатына ұйымыңыздың өз куәландыру орталығы қол қойған сервер үшін: сол орталықтың сертификатын (PEM) қойыңыз. Сертификаттар әрқашан тексеріледі.
sign-in-ca-kept = Бұл профиль өзінің жеке сертификатына бұрыннан сенеді; оны ауыстыру үшін басқасын қойыңыз.
sign-in-ca-pem = CA сертификаты (PEM)
sign-in-submit = Кіру
sign-in-cancel = Бас тарту
sign-in-code-lead = Аккаунтыңыз екінші факторды сұрайды. Аутентификатор қолданбасындағы бір реттік кодты енгізіңіз.
sign-in-code = Бір реттік код
sign-in-verify = Растау
sign-in-back = Артқа

## Profile menu and its dialogs
profiles = Профильдер
profiles-add = Сервер қосу…
profiles-edit = Профильді өңдеу…
profiles-remove = Профильді жою…
profiles-settings = Баптаулар…
profiles-sign-out = Шығу
dialog-cancel = Бас тарту
profile-edit-title = Профильді өңдеу
profile-edit-name = Профиль атауы
profile-edit-admin = Webitel әкімші панелінің мекенжайы
profile-edit-admin-note = Ағын схемаларының сілтемелері осында ашылады. Сервердің өз әкімші панелі үшін бос қалдырыңыз.
remove-title = Профильді жою
remove-text = Профильді жою
remove-detail = Оның сақталған құпия сөзі, сессиясы және кэштегі құтылымдары осы компьютерден жойылады. Сервердегі құтылымдар өзгеріссіз қалады.
remove-confirm = Жою
sign-out-title = Шығу
sign-out-text = Бұл серверге қайта кіру үшін құпия сөз қажет болады. Әлі жіберілмеген өзгерістер осы компьютерде қалады.
sign-out-wipe = Осы сервердің кэштегі құтылымдарын да жою
sign-out-confirm = Шығу

## Session expired
expired-title = Сессияның мерзімі өтті
expired-kept = Тұрған орныңыз және әлі жіберілмеген барлық өзгерістер сақталды.

## Queue picker
queues-title = Кезектер
queues-search = Кезектерді іздеу
queues-type = Кезек түрі
queues-type-all = Барлық түрлер
queues-list = Кезектер
queues-loading = Кезектер жүктелуде…
queues-empty = Сәйкес кезек жоқ.
queues-pin = Трейге бекіту
queues-pinned = Трейге бекітілген: оның құтылымдарын трей мәзірінен қосып-сөндіруге болады. Бекітуді алу үшін басыңыз.
queue-disabled = Сөндірілген
queue-type-offline = Офлайн кезегі
queue-type-inbound = Кіріс кезегі
queue-type-ivr = Шығыс IVR кезегі
queue-type-preview = Алдын ала қарау дәйегі
queue-type-progressive = Прогрессивті дәйек
queue-type-predictive = Болжамды дәйек
queue-type-inbound-chat = Чат кезегі
queue-type-inbound-task = Кіріс тапсырма кезегі
queue-type-outbound-task = Шығыс тапсырма кезегі
queue-type-im-chat = IM чат кезегі
queue-type-outbound-call = Шығыс қоңырау
queue-type-other = { $code } түрі

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Кезектер мен топтар
teams-title = Топтар
teams-search = Топтарды іздеу
teams-list = Топтар
teams-loading = Топтар жүктелуде…
teams-empty = Сәйкес топ жоқ.
# Топ құтылымының иесі (кезек құтылымында кезек түрі тұратын орында).
owner-team = Топ

## Registry
registry-pick-title = Кезек таңдалмаған
registry-pick = Құтылымдарын қарау үшін сол жақтан кезекті таңдаңыз.
registry-pick-owner = Құтылымдарын қарау үшін сол жақтан кезекті немесе топты таңдаңыз.
registry-subtitle = Құтылымдар осы кезектің мүшесімен оқиға болғанда ағын схемасын бастайды.
registry-read-only = Бұл кезектің құтылымдарын тек қарай аласыз: оларды қосу, өзгерту немесе жою үшін кезектерді өзгерту құқығы қажет.
registry-read-only-team = Бұл топтың құтылымдарын тек қарай аласыз: оларды қосу, өзгерту немесе жою үшін топтарды өзгерту құқығы қажет.
hooks-refresh = Жаңарту
hooks-add = Қосу
hooks-delete-selected = { $count ->
    [one] Таңдалған { $count } элементті жою
   *[other] Таңдалған { $count } элементті жою
}
hooks-selected = { $count } таңдалды
hooks-table = Құтылымдар
hooks-select-all = Барлығын таңдау
hooks-select = Таңдау
# Барлық құтылымдар тізіміндегі, иесін пайдаланушы өзгерте алмайтын жол: оны неге таңдауға болмайды.
hooks-select-forbidden-queue = Кезектің құтылымдарын өзгерту үшін кезектерді өзгерту құқығы қажет.
hooks-select-forbidden-team = Топтың құтылымдарын өзгерту үшін топтарды өзгерту құқығы қажет.
col-event = Оқиға
col-flow = Ағын схемасы
col-state = Күй
col-actions = Әрекеттер
hooks-state = Күй
hooks-enabled = Іске қосылған
hooks-disabled = Сөндірілген
hooks-edit = Құтылымды өңдеу
hooks-open-flow = «{ $flow }» схемасын Webitel әкімші панелінде ашу
hooks-delete = Жою
hooks-empty = Әзірге жазбалар жоқ
hooks-empty-hint = «Қосу» батырмасымен құтылым қосыңыз.
hooks-loading = Құтылымдар жүктелуде…
hooks-never-fires = ешқашан болмайды
hooks-never-fires-title = Контакт орталығы «{ $type }» түріндегі кезекте бұл оқиғаны ешқашан тудырмайды, сондықтан бұл құтылым өз ағынын ешқашан бастамайды.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Таңдау
bulk-enable = Іске қосу
bulk-disable = Сөндіру
bulk-enable-selected = { $count ->
    [one] Таңдалған { $count } құтылымды іске қосу
   *[other] Таңдалған { $count } құтылымды іске қосу
}
bulk-disable-selected = { $count ->
    [one] Таңдалған { $count } құтылымды сөндіру
   *[other] Таңдалған { $count } құтылымды сөндіру
}
bulk-selected = { $count ->
    [one] { $count } құтылым таңдалды
   *[other] { $count } құтылым таңдалды
}
bulk-select-matching = { $count ->
    [one] Сәйкес келетін { $count } құтылымды таңдау
   *[other] Сәйкес келетін барлық { $count } құтылымды таңдау
}
bulk-all-matching-selected = { $count ->
    [one] Өзгерте алатын сәйкес { $count } құтылым таңдалды.
   *[other] Өзгерте алатын сәйкес барлық { $count } құтылым таңдалды.
}
bulk-selecting = Сәйкес келетін барлық құтылымдар таңдалуда…
bulk-clear = Таңдауды тазалау
bulk-switched-enabled = { $count ->
    [one] { $count } құтылым іске қосылды.
   *[other] { $count } құтылым іске қосылды.
}
bulk-switched-disabled = { $count ->
    [one] { $count } құтылым сөндірілді.
   *[other] { $count } құтылым сөндірілді.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } құтылым бұрыннан іске қосулы еді.
   *[other] { $count } құтылым бұрыннан іске қосулы еді.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } құтылым бұрыннан сөндірулі еді.
   *[other] { $count } құтылым бұрыннан сөндірулі еді.
}
bulk-all-unchanged-enabled = { $count ->
    [one] Құтылым бұрыннан іске қосулы еді.
   *[other] Барлық { $count } құтылым бұрыннан іске қосулы еді.
}
bulk-all-unchanged-disabled = { $count ->
    [one] Құтылым бұрыннан сөндірулі еді.
   *[other] Барлық { $count } құтылым бұрыннан сөндірулі еді.
}
bulk-failed-enable = { $count ->
    [one] { $count } құтылымды іске қосу мүмкін болмады:
   *[other] { $count } құтылымды іске қосу мүмкін болмады:
}
bulk-failed-disable = { $count ->
    [one] { $count } құтылымды сөндіру мүмкін болмады:
   *[other] { $count } құтылымды сөндіру мүмкін болмады:
}
# Қабылданбаған құтылым, жеке жолда: оның оқиғасы мен ағыны, содан кейін себебі толық сөйлеммен.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] және тағы { $count }.
   *[other] және тағы { $count }.
}

## Pagination
pagination = Беттер
page-size = Бетке жолдар
page-prev = Алдыңғы
page-next = Келесі
page-number = { $page }-бет

## Add / edit modal
modal-add = Құтылым қосу
modal-edit = Құтылымды өңдеу
modal-event = Оқиға
modal-event-placeholder = Оқиғаны таңдаңыз
modal-flow = Ағын схемасы
modal-flow-list = Ағын схемалары
modal-flow-placeholder = Ағын схемаларын іздеу
modal-flow-none = Сәйкес ағын схемасы жоқ.
modal-flow-loading = Ағын схемалары жүктелуде…
modal-flow-selected = Таңдалды: { $name }
modal-flow-unselected = Ағын схемасы әлі таңдалмаған.
modal-flow-forbidden = Ағын схемаларын оқуға рұқсатыңыз жоқ, сондықтан ағынды таңдау мүмкін емес. Әкімшіден ағын схемаларын оқу құқығын сұраңыз.
modal-clash = { $event } → { $flow } бұл кезекте { $state }, ал сервер әр оқиғаға тек бір іске қосылған құтылымға рұқсат береді: сақтау қабылданбайды.
modal-clash-enabled = іске қосулы
modal-clash-disabled = сөндірулі
modal-clash-show = Сол құтылымды көрсету
modal-more-events = Басқа оқиғалар
modal-never-fires = Контакт орталығы «{ $type }» түріндегі кезекте бұл оқиғаны ешқашан тудырмайды.
modal-team-flow-taken = Бұл топта { $flow } ағынын бастайтын құтылым бұрыннан бар: топта әр ағынға бір ғана құтылым болады.
modal-save = Сақтау
modal-saving = Сақталуда…
modal-close = Жабу
modal-loading = Құтылым серверден оқылуда…

## Delete confirmation
confirm-title = Жоюды растау
confirm-text = { $count ->
    [one] Сіз шынымен { $count } жазбаны жойғыңыз келетініне сенімдісіз бе?
   *[other] Сіз шынымен { $count } жазбаны жойғыңыз келетініне сенімдісіз бе?
}
# Бір жою әрекеті жоятын құтылым: оның оқиғасы мен ағын схемасы.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Иә
confirm-no = Жоқ

## Notifications
toasts-region = Хабарландырулар
toast-close = Жабу
toast-created = Құтылым қосылды.
toast-saved = Құтылым сақталды.
toast-deleted = { $count ->
    [one] { $count } жазба жойылды.
   *[other] { $count } жазба жойылды.
}
toast-delete-failed = { $count ->
    [one] { $count } жазбаны жою мүмкін болмады: { $list }
   *[other] { $count } жазбаны жою мүмкін болмады: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Қосылды
event-joined-meaning = Мүше кезекке кірді.
event-answered = Жауап берді
event-answered-meaning = Анықталған, бірақ контакт орталығы оны ешбір кезек түрінде тудырмайды.
event-offering = Қосу
event-offering-meaning = Қоңырау агентке ұсынылуда (агенттің желісінде қоңырау шалынып тұр).
event-bridged = Байланыстырылды
event-bridged-meaning = Клиент пен агент байланыстырылды.
event-missed = Жоқ
event-missed-meaning = Ұсынылған агент жауап бермеді немесе қоңырауды қабылдамады.
event-leaving = Айырылды
event-leaving-meaning = Әрекет аяқталды және мүше нәтижесіне қарамастан кезектен шығады; мүшенің мерзімі өткенде де.
event-processing = Өңдеу
event-processing-meaning = Қоңыраудан кейінгі өңдеу; тек кезекте пост-өңдеу қосулы болғанда.
event-active = Активті
event-active-meaning = Агент жауап берді (офлайн кезектер мен алдын ала қарау дәйектерінде).
event-wait-agent = Агентті күту
event-wait-agent-meaning = Мүше бос агентті күтуде: кіріс қоңырау немесе чат агент іздеуге түсті, болжамды қоңырауға жауап берілді, не ұсынылған агент жауап бермей, іздеу қайта басталды.
event-agent-status = Агент күйі өзгерді
event-agent-status-meaning = Топтың агенті күйін өзгертті.
event-other = { $value }
event-other-meaning = Бұл нұсқаға белгісіз оқиға: { $value }.

## Sync bar
sync-status = Синхрондау күйі
sync-progress = Синхрондау барысы
sync-now = Қазір синхрондау
sync-never = Ешқашан синхрондалмаған
sync-just-now = Жаңа ғана синхрондалды
sync-minutes = { $count ->
    [one] { $count } мин бұрын синхрондалды
   *[other] { $count } мин бұрын синхрондалды
}
sync-hours = { $count ->
    [one] { $count } сағ бұрын синхрондалды
   *[other] { $count } сағ бұрын синхрондалды
}
sync-running = Синхрондалуда… { $done } / { $total } кезек
sync-starting = Синхрондалуда…

## Banners
offline-title = Офлайн
offline-text = Сіз желіден тыссыз: { $server } серверіне қосылу мүмкін емес. Кэштен жұмыс істеп жатырсыз; өзгерістер сақталады және байланыс қалпына келгенде жіберіледі.
offline-pending = { $count ->
    [one] { $count } өзгеріс жіберуді күтуде.
   *[other] { $count } өзгеріс жіберуді күтуде.
}
conflicts-title = Қайшылықтар
conflicts-text = { $count ->
    [one] { $count } өзгеріс сервермен қайшы келеді.
   *[other] { $count } өзгеріс сервермен қайшы келеді.
}
conflicts-review = Қайшылықтарды қарау

## Offline marks on registry rows
mark-pending = Күтуде
mark-pending-title = Жіберуді күтуде
mark-conflict = Қайшылық
mark-conflict-action = Қайшылықты шешу
mark-conflict-title = Бұл өзгеріс сервермен қайшы келеді: қай нұсқа қалатынын таңдаңыз.

## Conflict dialog
conflict-title = Қайшылық
conflict-loading = Қайшылықтар оқылуда…
conflict-position = { $position } / { $count }
conflict-queue = Кезек:
conflict-queue-unknown = Кезек { $id }
conflict-team = Топ:
conflict-team-unknown = Топ { $id }
conflict-mine = Сіздің нұсқаңыз
conflict-theirs = Сервер нұсқасы
conflict-deleted = Жойылған
conflict-keep-mine = Менікін қалдыру
conflict-keep-mine-title = Сіздің нұсқаңызды сервердегі нұсқаның орнына жіберу.
conflict-take-theirs = Сервердікін алу
conflict-take-theirs-title = Өзгерісіңізден бас тартып, сервер нұсқасын қалдыру.
conflict-discard = Тастау
conflict-discard-title = Өзгерісіңізден бас тартып, құтылымды серверден қайта оқу.

## All queues
all-title = Барлық кезектер
all-total = { $count ->
    [one] { $count } құтылым
   *[other] { $count } құтылым
}
all-filters = Сүзгілер
all-search = Құтылымдарды іздеу
all-filter-any = Барлығы
all-filter-kind = Түрі
all-kind-queues = Кезектер
all-kind-teams = Топтар
all-filter-queue = Кезек бойынша сүзу
all-filter-queue-type = Кезек түрі бойынша сүзу
all-filter-event = Оқиға бойынша сүзу
all-filter-flow = Ағын бойынша сүзу
all-filter-state = Күй бойынша сүзу
all-only-pending = Тек күтудегілер
all-only-conflicts = Тек қайшылықтар
all-table = Барлық құтылымдар
all-col-queue = Кезек
all-col-queue-type = Кезек түрі
all-open-queue = Осы кезектің құтылымдарын ашу
all-open-team = Осы топтың құтылымдарын ашу
# Ие сүзгісінің таңдаулары: топ екені белгіленген топ атауы; кэште аты жоқ ие.
all-owner-team = { $name } (топ)
all-owner-queue-unknown = Кезек { $id }
all-owner-team-unknown = Топ { $id }
# Ие және ағын сүзгілерінің тізімдері терілген мәтінге сәйкес алғашқы елу нәтижені көрсетеді; астындағы жол қалғанын санайды.
picker-more = { $count ->
    [one] Тағы { $count } — тізімді тарылту үшін теріңіз
   *[other] Тағы { $count } — тізімді тарылту үшін теріңіз
}
picker-none = Ештеңе сәйкес келмейді

## Settings
settings-title = Баптаулар
settings-loading = Баптаулар оқылуда…
settings-close-to-tray = Терезе жабылғанда трейде жұмысын жалғастыру
settings-start-at-login = Жүйеге кіргенде іске қосу
settings-notifications = Жұмыс үстелі хабарландырулары
settings-language = Тіл
settings-language-system = Жүйедегідей ({ $language })
settings-copy-diagnostics = Диагностиканы көшіру
settings-diagnostics-hint = Қате туралы хабарлама үшін: нұсқалар, қалталар, кілттер қоймасының күйі және соңғы қателер. Құпия сөз не токен ешқашан кірмейді.
settings-diagnostics = Диагностика
settings-copied = Диагностика көшірілді
settings-copy-failed = Алмасу буферіне қол жеткізу мүмкін болмады: диагностика жоғарыдағы өрісте белгіленген; оны сол жерден көшіріңіз (Ctrl+C).
settings-close = Жабу

# Сервер жауабында осы қолданба оқи алмаған жолдар бар кезек: олар соңғы оқылған күйінде көрсетіледі (егер бұрын оқылса).
hooks-skipped = { $count ->
    [one] Бұл кезектің бір құтылымын оқу мүмкін болмады (сервер оны бұл қолданбаға белгісіз пішімде жіберді): ол соңғы рет оқылған күйінде көрсетіледі, ал бұрын ешқашан оқылмаса, мүлде көрсетілмейді. Оны тексеру үшін Webitel әкімші панелінде ашыңыз.
   *[other] Бұл кезектің { $count } құтылымын оқу мүмкін болмады (сервер оларды бұл қолданбаға белгісіз пішімде жіберді): олар соңғы рет оқылған күйінде көрсетіледі, ал бұрын ешқашан оқылмаса, мүлде көрсетілмейді. Оларды тексеру үшін Webitel әкімші панелінде ашыңыз.
}

## Export, import and "Copy to…"
transfer-group = Экспорт және импорт
export-button = Экспорт…
export-hint-queue = Осы кезектің құтылымдарын файлға экспорттау (импорт үшін JSON немесе оқу үшін CSV)
export-hint-team = Осы топтың құтылымдарын файлға экспорттау (импорт үшін JSON немесе оқу үшін CSV)
export-hint-selected = { $count ->
    [one] Таңдалған құтылымды файлға экспорттау (импорт үшін JSON немесе оқу үшін CSV)
   *[other] Таңдалған { $count } құтылымды файлға экспорттау (импорт үшін JSON немесе оқу үшін CSV)
}
export-hint-matching = Сүзгілерге сәйкес барлық құтылымдарды файлға экспорттау (импорт үшін JSON немесе оқу үшін CSV)
export-done = { $count ->
    [one] { $count } құтылым { $file } файлына экспортталды.
   *[other] { $count } құтылым { $file } файлына экспортталды.
}
import-button = Импорт…
import-hint = Экспорт файлындағы құтылымдарды осы сервер профиліне импорттау
import-title = Импортты алдын ала қарау
copy-preview-title = Көшіруді алдын ала қарау
import-running-title = Құтылымдар импортталуда
import-report-title = Импорт есебі
copy-running-title = Құтылымдар көшірілуде
copy-report-title = Көшіру есебі
import-source = Көзі: { $file }.
import-source-server = Көзі: { $file }, { $server } серверінен экспортталған.
transfer-nothing = Ештеңе құрылмайды: әр құтылым бұрыннан бар немесе оны импорттау мүмкін емес.
transfer-section-create = Құрылады: { $count }
transfer-section-disabled = Сөндірілген күйде құрылады, өйткені кезекте осы оқиғаның іске қосылған құтылымы бар: { $count }
transfer-section-skip = Бұрыннан бар, өткізіліп жіберілді: { $count }
transfer-section-unmatched = Импорттау мүмкін емес: { $count }
transfer-disabled-because = Бұл оқиға үшін «{ $hook }» іске қосулы
transfer-team = { $team } (топ)
transfer-why-owner-not-found = Бұл серверде «{ $owner }» деп аталатын { $kind ->
    [team] топ
   *[other] кезек
} жоқ.
transfer-why-owner-ambiguous = «{ $owner }» деп аталатын бірнеше { $kind ->
    [team] топ
   *[other] кезек
} бар, бірақ ешқайсысының ID-і файлдағымен сәйкес емес.
transfer-why-flow-not-found = Бұл серверде «{ $flow }» деп аталатын ағын схемасы жоқ.
transfer-why-flow-ambiguous = «{ $flow }» деп аталатын бірнеше ағын схемасы бар, бірақ ешқайсысының ID-і файлдағымен сәйкес емес.
transfer-why-event-not-possible = Бұл оқиға осы { $kind ->
    [team] топтың
   *[other] кезектің
} құтылымын бастай алмайды.
transfer-why-not-allowed = Пайдаланушыңыз «{ $owner }» құтылымдарын өзгерте алмайды.
transfer-cancel = Бас тарту
transfer-confirm = { $count ->
    [one] { $count } құтылым құру
   *[other] { $count } құтылым құру
}
transfer-close = Жабу
transfer-progress = Құтылымдар құрылуда… { $done } / { $total }
transfer-progress-label = Барысы
transfer-report = Есеп
transfer-created = { $count ->
    [one] { $count } құтылым құрылды.
   *[other] { $count } құтылым құрылды.
}
transfer-queued = { $count ->
    [one] { $count } құтылым серверге қосылу мүмкін болғанда жіберу үшін сақталды.
   *[other] { $count } құтылым серверге қосылу мүмкін болғанда жіберу үшін сақталды.
}
transfer-skipped = { $count } бұрыннан бар, өткізіліп жіберілді.
transfer-not-imported = { $count } импортталмады, алдын ала қарауда көрсетілгендей.
transfer-failed = { $count ->
    [one] { $count } құтылым құрылмады:
   *[other] { $count } құтылым құрылмады:
}
copy-button = Көшіру…
copy-selected = { $count ->
    [one] Таңдалған { $count } құтылымды көшіру…
   *[other] Таңдалған { $count } құтылымды көшіру…
}
copy-dialog = Кезектерге көшіру
copy-title = { $count ->
    [one] { $count } құтылымды кезектерге көшіру
   *[other] { $count } құтылымды кезектерге көшіру
}
copy-hint = Құтылымдар көшірілетін осы сервердің кезектерін таңдаңыз. Оларды басқа серверге көшіру үшін алдымен сол серверді профильдер мәзірінен қосыңыз (Сервер қосу…).
copy-hint-servers = Мақсатты серверді, содан кейін құтылымдар көшірілетін кезектерді таңдаңыз.
copy-hint-other = Құтылымдар көшірілетін { $name } кезектерін таңдаңыз: олар сол профильдің кіру деректерімен құрылады немесе оның сервері қолжетімсіз кезде жіберілмегендер тізімінде күтеді.
copy-server = Мақсатты сервер
copy-server-active = { $name } (осы сервер)
copy-into = { $name } сервер профиліне.
copy-search = Мақсатты кезектерді іздеу
copy-type = Мақсатты кезек түрі
copy-loading = Кезектер оқылуда…
copy-no-queues = Сәйкес кезек жоқ.
copy-targets = Мақсатты кезектер
copy-chosen = { $count ->
    [one] { $count } кезек таңдалды
   *[other] { $count } кезек таңдалды
}
copy-preview = Алдын ала қарау

## The main area's tabs and the change journal
main-tabs = Көріністер
main-tab-hooks = Құтылымдар
main-tab-journal = Журнал
journal-title = Журнал
journal-total = { $count ->
    [one] Осы компьютерден жасалған { $count } өзгеріс
   *[other] Осы компьютерден жасалған { $count } өзгеріс
}
journal-filters = Журнал сүзгілері
journal-search = Журналдан іздеу
journal-filter-owner = Кезек немесе топ бойынша сүзу
journal-filter-action = Өзгеріс түрі бойынша сүзу
journal-from = Бастап
journal-to = Дейін
journal-clear-filters = Сүзгілерді тазалау
journal-export = CSV экспорты…
journal-export-title = Сүзгілер көрсететін жазбаларды CSV файлы ретінде сақтау
journal-exported = { $count ->
    [one] Журналдың { $count } жазбасы { $path } файлына сақталды
   *[other] Журналдың { $count } жазбасы { $path } файлына сақталды
}
journal-table = Өзгерістер журналы
journal-col-when = Қашан
journal-col-who = Кім
journal-col-where = Қайда
journal-col-what = Не
journal-col-change = Бұрын → кейін
journal-col-outcome = Сервер
journal-col-undo = Қайтару
journal-action-created = Құрылды
journal-action-changed = Өзгертілді
journal-action-enabled = Іске қосылды
journal-action-disabled = Сөндірілді
journal-action-deleted = Жойылды
journal-what = { $action }: { $event } құтылымы
journal-batch-of = { $count ->
    [one] жалғыз
   *[other] бірге өзгертілген { $count } өзгерістің бірі
}
journal-origin-window = терезеден
journal-origin-tray = трейден
journal-origin-import = импорт арқылы
journal-origin-copy = көшіру арқылы
journal-origin-replay = офлайн өзгерістерді қайта жіберу арқылы
journal-origin-undo = кері қайтару арқылы
journal-none = (жоқ)
journal-hook-enabled = { $event } → { $flow }, іске қосулы
journal-hook-disabled = { $event } → { $flow }, сөндірулі
journal-outcome-taken = Қабылданды
journal-outcome-pending = Жіберуді күтуде
journal-outcome-refused = Қабылданбады
journal-outcome-conflict = Қайшылық
journal-outcome-discarded = Тасталды
journal-undone-mark = Қайтарылды
journal-undo = Кері қайтару
journal-undo-title = Құтылымды бұрынғы күйіне қайтару (егер ол серверде әлі осы өзгеріс қалдырған күйде болса)
journal-undo-batch = { $count ->
    [one] Барлығын қайтару
   *[other] Барлық { $count } өзгерісті қайтару
}
journal-undo-batch-title = Осы әрекеттің әлі өзі қалдырған күйде тұрған әр құтылымын бұрынғы күйіне қайтару
journal-undone = { $count ->
    [0] Ештеңе қайтарылмады.
    [one] { $count } өзгеріс қайтарылды.
   *[other] { $count } өзгеріс қайтарылды.
}
journal-undo-none = { $count ->
    [one] Өзгеріс қайтарылмады:
   *[other] { $count } өзгерістің ешқайсысы қайтарылмады:
}
journal-undo-some-not = { $count ->
    [one] { $count } өзгеріс қайтарылмады:
   *[other] { $count } өзгеріс қайтарылмады:
}
journal-empty = Әзірге өзгерістер жоқ
journal-empty-hint = Осы компьютерден жасалған әр өзгеріс (терезеден, трейден, импорт немесе көшіру арқылы) осында тізімделеді, ең жаңасы бірінші.
journal-empty-filtered = Сәйкес өзгеріс жоқ
journal-empty-filtered-hint = Барлық өзгерістерді көру үшін сүзгілерді тазалаңыз.
journal-page = { $pages } беттің { $page }-беті
settings-journal-days = Өзгерістер журналын сақтау мерзімі (күн)
