# Тексти Webitel Hooks, українська. Мова — це копія англійського файлу з перекладеними значеннями.

app-title = Webitel Hooks
app-version = { $name } { $version }
error-window-request = Вікно не змогло підготувати запит { $command } ({ $detail }).

## Session start
session-loading = Вхід…

## Sign-in screen
sign-in-form = Вхід
sign-in-title = Вхід у Webitel
sign-in-loading = Читання профілів серверів…
sign-in-profile = Профіль
sign-in-new-server = Новий сервер…
sign-in-server = URL сервера
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Ім'я користувача
sign-in-username-placeholder = user@domain
sign-in-password = Пароль
sign-in-remember = Запам'ятати мене
sign-in-remember-hint = Пароль зберігається у сховищі паролів цього комп'ютера, щоб сеанс, що закінчився, поновлювався сам.
sign-in-keyring-title = Сховище паролів цього комп'ютера недоступне.
sign-in-keyring-hint = Між запусками нічого не зберігається: наступного разу, коли Ви відкриєте застосунок, пароль доведеться ввести знову.
sign-in-session-only = Лише на цей сеанс
sign-in-ca = Сертифікат приватного CA
sign-in-ca-hint = Для сервера, сертифікат якого підписаний власним центром сертифікації Вашої організації: вставте сертифікат цього центру (PEM). Сертифікати перевіряються завжди.
sign-in-ca-kept = Цей профіль уже довіряє власному сертифікату; вставте інший, щоб замінити його.
sign-in-ca-pem = Сертифікат CA (PEM)
sign-in-submit = Ввійти
sign-in-cancel = Відмінити
sign-in-code-lead = Ваш обліковий запис вимагає другий фактор. Введіть одноразовий код із застосунку-автентифікатора.
sign-in-code = Одноразовий код
sign-in-verify = Підтвердити
sign-in-back = Назад

## Profile menu and its dialogs
profiles = Профілі
profiles-add = Додати сервер…
profiles-edit = Редагувати профіль…
profiles-remove = Видалити профіль…
profiles-settings = Налаштування…
profiles-sign-out = Вийти
dialog-cancel = Відмінити
profile-edit-title = Редагувати профіль
profile-edit-name = Назва профілю
profile-edit-admin = Адреса адмін-панелі Webitel
profile-edit-admin-note = Тут відкриваються посилання на схеми. Залиште поле порожнім, щоб використовувати адмін-панель самого сервера.
remove-title = Видалити профіль
remove-text = Видалити профіль
remove-detail = Його збережений пароль, сеанс і кешовані хуки буде видалено з цього комп'ютера. Хуки на сервері залишаться без змін.
remove-confirm = Видалити
sign-out-title = Вихід
sign-out-text = Щоб знову ввійти на цей сервер, знадобиться пароль. Ще не надіслані зміни залишаються на цьому комп'ютері.
sign-out-wipe = Також видалити кешовані хуки цього сервера
sign-out-confirm = Вийти

## Session expired
expired-title = Сеанс закінчився
expired-kept = Ваше місце та всі ще не надіслані зміни збережено.

## Queue picker
queues-title = Черги
queues-search = Пошук черг
queues-type = Тип черги
queues-type-all = Всі типи
queues-list = Черги
queues-loading = Завантаження черг…
queues-empty = Немає відповідних черг.
queues-pin = Закріпити в треї
queues-pinned = Закріплена в треї: її хуки можна перемикати з меню трею. Натисніть, щоб відкріпити.
queue-disabled = Неактивна
queue-type-offline = Офлайн черга
queue-type-inbound = Вхідна черга
queue-type-ivr = Вихідний IVR
queue-type-preview = Прев'ю-обдзвін
queue-type-progressive = Прогресивний обдзвін
queue-type-predictive = Предиктивний обдзвін
queue-type-inbound-chat = Вхідна черга чатів
queue-type-inbound-task = Вхідна черга завдань
queue-type-outbound-task = Вихідна черга завдань
queue-type-im-chat = Черга IM-чатів
queue-type-outbound-call = Вихідний дзвінок
queue-type-other = Тип { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Черги та команди
teams-title = Команди
teams-search = Пошук команд
teams-list = Команди
teams-loading = Завантаження команд…
teams-empty = Немає відповідних команд.
# Чому належить хук команди — там, де в хука черги показано тип черги.
owner-team = Команда

## Registry
registry-pick-title = Чергу не вибрано
registry-pick = Виберіть чергу ліворуч, щоб переглянути її хуки.
registry-pick-owner = Виберіть чергу або команду ліворуч, щоб переглянути її хуки.
registry-subtitle = Хуки запускають схему, коли з абонентом цієї черги відбувається подія.
registry-read-only = Ви можете лише переглядати хуки цієї черги: щоб додавати, змінювати або видаляти їх, потрібні права на редагування черг.
registry-read-only-team = Ви можете лише переглядати хуки цієї команди: щоб додавати, змінювати або видаляти їх, потрібні права на редагування команд.
hooks-refresh = Оновити
hooks-add = Додати
hooks-delete-selected = { $count ->
    [one] Видалити { $count } обраний об'єкт
    [few] Видалити { $count } обрані об'єкти
   *[many] Видалити { $count } обраних об'єктів
}
hooks-selected = Вибрано: { $count }
hooks-table = Хуки
hooks-select-all = Вибрати всі
hooks-select = Вибрати
# Рядок реєстру всіх хуків, власника якого користувач не може змінювати: чому його не можна вибрати.
hooks-select-forbidden-queue = Щоб змінювати хуки черги, потрібні права на редагування черг.
hooks-select-forbidden-team = Щоб змінювати хуки команди, потрібні права на редагування команд.
col-event = Подія
col-flow = Схема
col-state = Стан
col-actions = Дії
hooks-state = Стан
hooks-enabled = Увімкнено
hooks-disabled = Вимкнено
hooks-edit = Редагувати хук
hooks-open-flow = Відкрити { $flow } в адмін-панелі Webitel
hooks-delete = Видалити
hooks-empty = Записи ще не створені
hooks-empty-hint = Додайте хук кнопкою «Додати».
hooks-loading = Завантаження хуків…
hooks-never-fires = ніколи не спрацьовує
hooks-never-fires-title = Контакт-центр ніколи не генерує цю подію для черги типу «{ $type }», тому цей хук ніколи не запускає свою схему.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Вибрані
bulk-enable = Увімкнути
bulk-disable = Вимкнути
bulk-enable-selected = { $count ->
    [one] Увімкнути { $count } вибраний хук
    [few] Увімкнути { $count } вибрані хуки
   *[many] Увімкнути { $count } вибраних хуків
}
bulk-disable-selected = { $count ->
    [one] Вимкнути { $count } вибраний хук
    [few] Вимкнути { $count } вибрані хуки
   *[many] Вимкнути { $count } вибраних хуків
}
bulk-selected = { $count ->
    [one] Вибрано { $count } хук
    [few] Вибрано { $count } хуки
   *[many] Вибрано { $count } хуків
}
bulk-select-matching = { $count ->
    [one] Вибрати { $count } відповідний хук
    [few] Вибрати всі { $count } відповідні хуки
   *[many] Вибрати всі { $count } відповідних хуків
}
bulk-all-matching-selected = { $count ->
    [one] Вибрано { $count } відповідний хук, який Ви можете змінити.
    [few] Вибрано всі { $count } відповідні хуки, які Ви можете змінити.
   *[many] Вибрано всі { $count } відповідних хуків, які Ви можете змінити.
}
bulk-selecting = Вибір усіх відповідних хуків…
bulk-clear = Зняти вибір
bulk-switched-enabled = { $count ->
    [one] { $count } хук увімкнено.
    [few] { $count } хуки увімкнено.
   *[many] { $count } хуків увімкнено.
}
bulk-switched-disabled = { $count ->
    [one] { $count } хук вимкнено.
    [few] { $count } хуки вимкнено.
   *[many] { $count } хуків вимкнено.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } уже був увімкнений.
    [few] { $count } уже були увімкнені.
   *[many] { $count } уже були увімкнені.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } уже був вимкнений.
    [few] { $count } уже були вимкнені.
   *[many] { $count } уже були вимкнені.
}
bulk-all-unchanged-enabled = { $count ->
    [1] Хук уже був увімкнений.
    [one] Усі { $count } хук уже були увімкнені.
    [few] Усі { $count } хуки уже були увімкнені.
   *[many] Усі { $count } хуків уже були увімкнені.
}
bulk-all-unchanged-disabled = { $count ->
    [1] Хук уже був вимкнений.
    [one] Усі { $count } хук уже були вимкнені.
    [few] Усі { $count } хуки уже були вимкнені.
   *[many] Усі { $count } хуків уже були вимкнені.
}
bulk-failed-enable = { $count ->
    [one] Не вдалося увімкнути { $count } хук:
    [few] Не вдалося увімкнути { $count } хуки:
   *[many] Не вдалося увімкнути { $count } хуків:
}
bulk-failed-disable = { $count ->
    [one] Не вдалося вимкнути { $count } хук:
    [few] Не вдалося вимкнути { $count } хуки:
   *[many] Не вдалося вимкнути { $count } хуків:
}
# Відхилений хук, окремим рядком: його подія та схема, потім причина повним реченням.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] і ще { $count } хук.
    [few] і ще { $count } хуки.
   *[many] і ще { $count } хуків.
}

## Pagination
pagination = Сторінки
page-size = Записів на сторінці
page-prev = Назад
page-next = Далі
page-number = Сторінка { $page }

## Add / edit modal
modal-add = Додати хук
modal-edit = Редагувати хук
modal-event = Подія
modal-event-placeholder = Виберіть подію
modal-flow = Схема
modal-flow-list = Схеми
modal-flow-placeholder = Пошук схем
modal-flow-none = Немає відповідних схем.
modal-flow-loading = Завантаження схем…
modal-flow-selected = Вибрано: { $name }
modal-flow-unselected = Схему ще не вибрано.
modal-flow-forbidden = У Вас немає прав на читання схем, тому схему вибрати не можна. Попросіть адміністратора надати доступ на читання схем.
modal-clash = Хук { $event } → { $flow } у цій черзі { $state }, а сервер дозволяє лише один увімкнений хук на подію: збереження буде відхилено.
modal-clash-enabled = увімкнений
modal-clash-disabled = вимкнений
modal-clash-show = Показати цей хук
modal-more-events = Інші події
modal-never-fires = Контакт-центр ніколи не генерує цю подію для черги типу «{ $type }».
modal-team-flow-taken = Ця команда вже має хук, що запускає { $flow }: команда може мати лише один хук на схему.
modal-save = Зберегти
modal-saving = Збереження…
modal-close = Закрити
modal-loading = Читання хука з сервера…

## Delete confirmation
confirm-title = Підтвердіть видалення
confirm-text = { $count ->
    [one] Ви впевнені, що хочете видалити { $count } запис?
    [few] Ви впевнені, що хочете видалити { $count } записи?
   *[many] Ви впевнені, що хочете видалити { $count } записів?
}
# Хук, який видаляє одиночне видалення: його подія та схема.
confirm-hook = { $event } → { $flow }
hook-label = { $event } → { $flow }
confirm-yes = Так
confirm-no = Ні

## Notifications
toasts-region = Сповіщення
toast-close = Закрити
toast-created = Хук додано.
toast-saved = Хук збережено.
toast-deleted = { $count ->
    [one] Видалено { $count } запис.
    [few] Видалено { $count } записи.
   *[many] Видалено { $count } записів.
}
toast-delete-failed = { $count ->
    [one] Не вдалося видалити { $count } запис: { $list }
    [few] Не вдалося видалити { $count } записи: { $list }
   *[many] Не вдалося видалити { $count } записів: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Абонент увійшов в чергу
event-joined-meaning = Абонент потрапив у чергу.
event-answered = Прийнятий оператором
event-answered-meaning = Подію визначено, але контакт-центр ніколи її не генерує в жодному типі черги.
event-offering = Розподілення на оператора
event-offering-meaning = Дзвінок пропонується оператору (в оператора лунає виклик).
event-bridged = З'єднання абонента з оператором
event-bridged-meaning = Клієнт і оператор з'єднані.
event-missed = Пропущений оператором
event-missed-meaning = Оператор, якому запропонували дзвінок, не відповів або відхилив його.
event-leaving = Абонент вийшов із черги
event-leaving-meaning = Спроба завершилася, і абонент залишає чергу, незалежно від результату; також коли минув термін дії абонента.
event-processing = Постобробка
event-processing-meaning = Обробка після дзвінка; лише якщо в черзі увімкнено постобробку.
event-active = Активна дія
event-active-meaning = Оператор відповів (черги «Офлайн черга» та «Прев'ю-обдзвін»).
event-wait-agent = Очікування оператора
event-wait-agent-meaning = Абонент чекає на вільного оператора: вхідний дзвінок або чат перейшов до пошуку оператора, предиктивний дзвінок було прийнято, або запропонований оператор пропустив дзвінок і пошук починається знову.
event-agent-status = Зміна статусу оператора
event-agent-status-meaning = Оператор команди змінив статус.
event-other = { $value }
event-other-meaning = Подія, невідома цій версії: { $value }.

## Sync bar
sync-status = Стан синхронізації
sync-progress = Хід синхронізації
sync-now = Синхронізувати
sync-never = Ще не синхронізовано
sync-just-now = Синхронізовано щойно
sync-minutes = { $count ->
    [one] Синхронізовано { $count } хвилину тому
    [few] Синхронізовано { $count } хвилини тому
   *[many] Синхронізовано { $count } хвилин тому
}
sync-hours = { $count ->
    [one] Синхронізовано { $count } годину тому
    [few] Синхронізовано { $count } години тому
   *[many] Синхронізовано { $count } годин тому
}
sync-running = { $total ->
    [one] Синхронізація… { $done } з { $total } черги
    [few] Синхронізація… { $done } з { $total } черг
   *[many] Синхронізація… { $done } з { $total } черг
}
sync-starting = Синхронізація…

## Banners
offline-title = Офлайн
offline-text = Немає зв'язку: сервер { $server } недоступний. Ви працюєте з кешем; зміни зберігаються та будуть надіслані, коли зв'язок відновиться.
offline-pending = { $count ->
    [one] { $count } зміна очікує на надсилання.
    [few] { $count } зміни очікують на надсилання.
   *[many] { $count } змін очікують на надсилання.
}
conflicts-title = Конфлікти
conflicts-text = { $count ->
    [one] { $count } зміна конфліктує з сервером.
    [few] { $count } зміни конфліктують із сервером.
   *[many] { $count } змін конфліктують із сервером.
}
conflicts-review = Переглянути конфлікти

## Offline marks on registry rows
mark-pending = Очікує
mark-pending-title = Очікує на надсилання
mark-conflict = Конфлікт
mark-conflict-action = Розв'язати конфлікт
mark-conflict-title = Ця зміна конфліктує з сервером: виберіть, яка версія залишиться.

## Conflict dialog
conflict-title = Конфлікт
conflict-loading = Читання конфліктів…
conflict-position = { $position } з { $count }
conflict-queue = Черга:
conflict-queue-unknown = Черга { $id }
conflict-team = Команда:
conflict-team-unknown = Команда { $id }
conflict-mine = Ваша версія
conflict-theirs = Версія сервера
conflict-deleted = Видалено
conflict-keep-mine = Залишити мою
conflict-keep-mine-title = Надіслати Вашу версію поверх серверної.
conflict-take-theirs = Взяти серверну
conflict-take-theirs-title = Відкинути Вашу зміну та залишити версію сервера.
conflict-discard = Відкинути
conflict-discard-title = Відкинути Вашу зміну та знову прочитати хук із сервера.

## All queues
all-title = Всі черги
all-total = { $count ->
    [one] { $count } хук
    [few] { $count } хуки
   *[many] { $count } хуків
}
all-filters = Фільтри
all-search = Пошук хуків
all-filter-any = Всі
all-filter-kind = Вид
all-kind-queues = Черги
all-kind-teams = Команди
all-filter-queue = Фільтр за чергою
all-filter-queue-type = Фільтр за типом черги
all-filter-event = Фільтр за подією
all-filter-flow = Фільтр за схемою
all-filter-state = Фільтр за станом
all-only-pending = Лише очікувані
all-only-conflicts = Лише конфлікти
all-table = Всі хуки
all-col-queue = Черга
all-col-queue-type = Тип черги
all-open-queue = Відкрити хуки цієї черги
all-open-team = Відкрити хуки цієї команди
# Варіанти фільтра за власником: назва команди з позначкою, що це команда; власник, для якого в кеші немає назви.
all-owner-team = { $name } (команда)
all-owner-queue-unknown = Черга { $id }
all-owner-team-unknown = Команда { $id }
# Списки фільтрів за власником і схемою показують перші п'ятдесят збігів із введеним текстом; рядок під ними рахує решту.
picker-more = { $count ->
    [one] Ще { $count } збіг — уточніть запит
    [few] Ще { $count } збіги — уточніть запит
   *[many] Ще { $count } збігів — уточніть запит
}
picker-none = Нічого не знайдено

## Settings
settings-title = Налаштування
settings-loading = Читання налаштувань…
settings-close-to-tray = Продовжувати роботу в треї після закриття вікна
settings-start-at-login = Запускати під час входу в систему
settings-notifications = Сповіщення на робочому столі
settings-language = Мова
settings-language-system = Як у системі ({ $language })
settings-copy-diagnostics = Копіювати діагностику
settings-diagnostics-hint = Версії, папки, стан сховища паролів і останні помилки — для звіту про помилку. Ніколи не містить паролів і токенів.
settings-diagnostics = Діагностика
settings-copied = Діагностику скопійовано
settings-copy-failed = Немає доступу до буфера обміну: діагностику виділено в полі вище; скопіюйте її звідти (Ctrl+C).
settings-close = Закрити

# Черга, у відповіді сервера для якої були рядки, які цей застосунок не може прочитати: вони показані в останньому прочитаному вигляді, якщо він був.
hooks-skipped = { $count ->
    [1] Не вдалося прочитати один хук цієї черги (сервер надіслав його у форматі, незнайомому цьому застосунку): він показаний таким, яким був прочитаний востаннє, або не показаний зовсім, якщо його ніколи не читали. Відкрийте його в адмін-панелі Webitel, щоб перевірити.
    [one] Не вдалося прочитати { $count } хук цієї черги (сервер надіслав їх у форматі, незнайомому цьому застосунку): вони показані такими, якими були прочитані востаннє, або не показані зовсім, якщо їх ніколи не читали. Відкрийте їх в адмін-панелі Webitel, щоб перевірити.
    [few] Не вдалося прочитати { $count } хуки цієї черги (сервер надіслав їх у форматі, незнайомому цьому застосунку): вони показані такими, якими були прочитані востаннє, або не показані зовсім, якщо їх ніколи не читали. Відкрийте їх в адмін-панелі Webitel, щоб перевірити.
   *[many] Не вдалося прочитати { $count } хуків цієї черги (сервер надіслав їх у форматі, незнайомому цьому застосунку): вони показані такими, якими були прочитані востаннє, або не показані зовсім, якщо їх ніколи не читали. Відкрийте їх в адмін-панелі Webitel, щоб перевірити.
}

## Export, import and "Copy to…"
transfer-group = Експорт та імпорт
export-button = Експорт…
export-hint-queue = Експортувати хуки цієї черги у файл (JSON для імпорту або CSV для читання)
export-hint-team = Експортувати хуки цієї команди у файл (JSON для імпорту або CSV для читання)
export-hint-selected = { $count ->
    [1] Експортувати вибраний хук у файл (JSON для імпорту або CSV для читання)
    [one] Експортувати { $count } вибраний хук у файл (JSON для імпорту або CSV для читання)
    [few] Експортувати { $count } вибрані хуки у файл (JSON для імпорту або CSV для читання)
   *[many] Експортувати { $count } вибраних хуків у файл (JSON для імпорту або CSV для читання)
}
export-hint-matching = Експортувати всі хуки, що відповідають фільтрам, у файл (JSON для імпорту або CSV для читання)
export-done = { $count ->
    [one] { $count } хук експортовано в { $file }.
    [few] { $count } хуки експортовано в { $file }.
   *[many] { $count } хуків експортовано в { $file }.
}
import-button = Імпорт…
import-hint = Імпортувати хуки з файлу експорту в цей профіль сервера
import-title = Попередній перегляд імпорту
copy-preview-title = Попередній перегляд копіювання
import-running-title = Імпорт хуків
import-report-title = Звіт про імпорт
copy-running-title = Копіювання хуків
copy-report-title = Звіт про копіювання
import-source = З файлу { $file }.
import-source-server = З файлу { $file }, експортованого з { $server }.
transfer-nothing = Нічого не буде створено: всі хуки вже є або не можуть бути імпортовані.
transfer-section-create = Буде створено: { $count }
transfer-section-disabled = Буде створено вимкненими, бо черга вже має увімкнений хук цієї події: { $count }
transfer-section-skip = Уже є, пропущено: { $count }
transfer-section-unmatched = Не можна імпортувати: { $count }
transfer-disabled-because = «{ $hook }» увімкнений для цієї події
transfer-team = { $team } (команда)
transfer-why-owner-not-found = На цьому сервері немає { $kind ->
    [team] команди
   *[other] черги
} з назвою «{ $owner }».
transfer-why-owner-ambiguous = { $kind ->
    [team] Кілька команд
   *[other] Кілька черг
} мають назву «{ $owner }», і жодна не має id із файлу.
transfer-why-flow-not-found = На цьому сервері немає схеми з назвою «{ $flow }».
transfer-why-flow-ambiguous = Кілька схем мають назву «{ $flow }», і жодна не має id із файлу.
transfer-why-event-not-possible = Ця подія не може запускати хук { $kind ->
    [team] цієї команди
   *[other] цієї черги
}.
transfer-why-not-allowed = Вашому користувачу не дозволено змінювати хуки «{ $owner }».
transfer-cancel = Відмінити
transfer-confirm = { $count ->
    [one] Створити { $count } хук
    [few] Створити { $count } хуки
   *[many] Створити { $count } хуків
}
transfer-close = Закрити
transfer-progress = Створення хуків… { $done } з { $total }
transfer-progress-label = Прогрес
transfer-report = Звіт
transfer-created = { $count ->
    [one] { $count } хук створено.
    [few] { $count } хуки створено.
   *[many] { $count } хуків створено.
}
transfer-queued = { $count ->
    [one] { $count } хук збережено, його буде надіслано, коли сервер стане доступним.
    [few] { $count } хуки збережено, їх буде надіслано, коли сервер стане доступним.
   *[many] { $count } хуків збережено, їх буде надіслано, коли сервер стане доступним.
}
transfer-skipped = Уже є, пропущено: { $count }.
transfer-not-imported = Не вдалося імпортувати: { $count } (як і показав попередній перегляд).
transfer-failed = { $count ->
    [one] { $count } хук не створено:
    [few] { $count } хуки не створено:
   *[many] { $count } хуків не створено:
}
copy-button = Копіювати в…
copy-selected = { $count ->
    [one] Копіювати { $count } вибраний хук в…
    [few] Копіювати { $count } вибрані хуки в…
   *[many] Копіювати { $count } вибраних хуків в…
}
copy-dialog = Копіювання в черги
copy-title = { $count ->
    [one] Копіювати { $count } хук у черги
    [few] Копіювати { $count } хуки у черги
   *[many] Копіювати { $count } хуків у черги
}
copy-hint = Виберіть черги цього сервера, у які потрібно скопіювати хуки. Щоб скопіювати їх на інший сервер, спочатку додайте його в меню профілів («Додати сервер…»).
copy-hint-servers = Виберіть цільовий сервер, потім черги, у які потрібно скопіювати хуки.
copy-hint-other = Виберіть черги профілю { $name }, у які потрібно скопіювати хуки: їх буде створено з обліковими даними цього профілю, або вони чекатимуть на надсилання в ньому, поки його сервер недоступний.
copy-server = Цільовий сервер
copy-server-active = { $name } (цей сервер)
copy-into = У профіль сервера { $name }.
copy-search = Пошук цільових черг
copy-type = Тип цільової черги
copy-loading = Читання черг…
copy-no-queues = Немає відповідних черг.
copy-targets = Цільові черги
copy-chosen = { $count ->
    [one] Вибрано { $count } чергу
    [few] Вибрано { $count } черги
   *[many] Вибрано { $count } черг
}
copy-preview = Попередній перегляд

## The main area's tabs and the change journal
main-tabs = Розділи
main-tab-hooks = Хуки
main-tab-journal = Журнал
journal-title = Журнал
journal-total = { $count ->
    [one] { $count } зміна, зроблена з цього комп'ютера
    [few] { $count } зміни, зроблені з цього комп'ютера
   *[many] { $count } змін, зроблених з цього комп'ютера
}
journal-filters = Фільтри журналу
journal-search = Пошук у журналі
journal-filter-owner = Фільтр за чергою або командою
journal-filter-action = Фільтр за видом зміни
journal-from = Від
journal-to = До
journal-clear-filters = Скинути фільтри
journal-export = Експорт CSV…
journal-export-title = Зберегти записи, показані фільтрами, у файл CSV
journal-exported = { $count ->
    [one] { $count } запис журналу збережено в { $path }
    [few] { $count } записи журналу збережено в { $path }
   *[many] { $count } записів журналу збережено в { $path }
}
journal-table = Журнал змін
journal-col-when = Коли
journal-col-who = Хто
journal-col-where = Де
journal-col-what = Що
journal-col-change = До → після
journal-col-outcome = Сервер
journal-col-undo = Скасування
journal-action-created = Створено
journal-action-changed = Змінено
journal-action-enabled = Увімкнено
journal-action-disabled = Вимкнено
journal-action-deleted = Видалено
journal-what = { $action } хук «{ $event }»
journal-batch-of = { $count ->
    [1] окремо
    [one] одна з { $count } зміни, зроблених разом
    [few] одна з { $count } змін, зроблених разом
   *[many] одна з { $count } змін, зроблених разом
}
journal-origin-window = з вікна
journal-origin-tray = з трею
journal-origin-import = імпортом
journal-origin-copy = копіюванням
journal-origin-replay = під час надсилання відкладених змін
journal-origin-undo = скасуванням
journal-none = (немає)
journal-hook-enabled = { $event } → { $flow }, увімкнений
journal-hook-disabled = { $event } → { $flow }, вимкнений
journal-outcome-taken = Прийнято
journal-outcome-pending = Очікує на надсилання
journal-outcome-refused = Відхилено
journal-outcome-conflict = Конфлікт
journal-outcome-discarded = Відкинуто
journal-undone-mark = Скасовано
journal-undo = Скасувати
journal-undo-title = Повернути хук до попереднього вигляду, якщо на сервері він досі такий, яким його залишила ця зміна
journal-undo-batch = { $count ->
    [1] Скасувати все
    [one] Скасувати всі { $count }
    [few] Скасувати всі { $count }
   *[many] Скасувати всі { $count }
}
journal-undo-batch-title = Повернути до попереднього вигляду кожен хук цієї дії, який досі такий, яким вона його залишила
journal-undone = { $count ->
    [0] Нічого не скасовано.
    [one] { $count } зміну скасовано.
    [few] { $count } зміни скасовано.
   *[many] { $count } змін скасовано.
}
journal-undo-none = { $count ->
    [1] Зміну не скасовано:
    [one] Жодну з { $count } зміни не скасовано:
    [few] Жодну з { $count } змін не скасовано:
   *[many] Жодну з { $count } змін не скасовано:
}
journal-undo-some-not = { $count ->
    [one] { $count } не скасовано:
    [few] { $count } не скасовано:
   *[many] { $count } не скасовано:
}
journal-empty = Змін ще немає
journal-empty-hint = Тут перелічено всі зміни, зроблені з цього комп'ютера (з вікна, з трею, імпортом або копіюванням), спочатку нові.
journal-empty-filtered = Немає відповідних змін
journal-empty-filtered-hint = Скиньте фільтри, щоб побачити всі зміни.
journal-page = Сторінка { $page } з { $pages }
settings-journal-days = Зберігати журнал змін (днів)
error-window-answer = Вікно не змогло прочитати відповідь на { $command } ({ $detail }). Перезапустіть застосунок.
error-window-refused = Застосунок відхилив запит ({ $detail }). Перезапустіть застосунок; якщо це повториться, повідомте про це.
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
