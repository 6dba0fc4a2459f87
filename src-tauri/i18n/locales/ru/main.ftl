# Тексты Webitel Hooks, русский. Язык — это копия английского файла с переведёнными значениями.

app-title = Webitel Hooks
app-version = { $name } { $version }
error-window-request = Окно не смогло подготовить запрос { $command } ({ $detail }).

## Session start
session-loading = Вход…

## Sign-in screen
sign-in-form = Вход
sign-in-title = Вход в Webitel
sign-in-loading = Чтение профилей серверов…
sign-in-profile = Профиль
sign-in-new-server = Новый сервер…
sign-in-server = URL сервера
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Имя пользователя
sign-in-username-placeholder = user@domain
sign-in-password = Пароль
sign-in-remember = Запомнить меня
sign-in-remember-hint = Пароль хранится в хранилище паролей этого компьютера, чтобы истёкший сеанс продлевался сам.
sign-in-keyring-title = Хранилище паролей этого компьютера недоступно.
sign-in-keyring-hint = Между запусками ничего не сохраняется: при следующем открытии приложения пароль придётся ввести снова.
sign-in-session-only = Только на этот сеанс
sign-in-ca = Сертификат частного CA
sign-in-ca-hint = Для сервера, сертификат которого подписан собственным центром сертификации вашей организации: вставьте сертификат этого центра (PEM). Сертификаты проверяются всегда.
sign-in-ca-kept = Этот профиль уже доверяет собственному сертификату; вставьте другой, чтобы заменить его.
sign-in-ca-pem = Сертификат CA (PEM)
sign-in-submit = Войти
sign-in-cancel = Отменить
sign-in-code-lead = Ваша учётная запись требует второй фактор. Введите одноразовый код из приложения-аутентификатора.
sign-in-code = Одноразовый код
sign-in-verify = Подтвердить
sign-in-back = Назад

## Profile menu and its dialogs
profiles = Профили
profiles-add = Добавить сервер…
profiles-edit = Редактировать профиль…
profiles-remove = Удалить профиль…
profiles-settings = Настройки…
profiles-sign-out = Выйти
dialog-cancel = Отменить
profile-edit-title = Редактировать профиль
profile-edit-name = Название профиля
profile-edit-admin = Адрес админ-панели Webitel
profile-edit-admin-note = Здесь открываются ссылки на схемы. Оставьте поле пустым, чтобы использовать админ-панель самого сервера.
remove-title = Удалить профиль
remove-text = Удалить профиль
remove-detail = Его сохранённый пароль, сеанс и кэшированные хуки будут удалены с этого компьютера. Хуки на сервере останутся без изменений.
remove-confirm = Удалить
sign-out-title = Выход
sign-out-text = Чтобы снова войти на этот сервер, понадобится пароль. Ещё не отправленные изменения остаются на этом компьютере.
sign-out-wipe = Также удалить кэшированные хуки этого сервера
sign-out-confirm = Выйти

## Session expired
expired-title = Сеанс истёк
expired-kept = Ваше место и все ещё не отправленные изменения сохранены.

## Queue picker
queues-title = Очереди
queues-search = Поиск очередей
queues-type = Тип очереди
queues-type-all = Все типы
queues-list = Очереди
queues-loading = Загрузка очередей…
queues-empty = Нет подходящих очередей.
queues-pin = Закрепить в трее
queues-pinned = Закреплена в трее: её хуки можно переключать из меню трея. Нажмите, чтобы открепить.
queue-disabled = Неактивна
queue-type-offline = Оффлайн очередь
queue-type-inbound = Входящая очередь
queue-type-ivr = Исходящий IVR
queue-type-preview = Превью обзвон
queue-type-progressive = Прогрессивный обзвон
queue-type-predictive = Предиктивный обзвон
queue-type-inbound-chat = Входящая очередь чатов
queue-type-inbound-task = Входящая очередь заданий
queue-type-outbound-task = Исходящая очередь заданий
queue-type-im-chat = Очередь IM-чатов
queue-type-outbound-call = Исходящий звонок
queue-type-other = Тип { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Очереди и команды
teams-title = Команды
teams-search = Поиск команд
teams-list = Команды
teams-loading = Загрузка команд…
teams-empty = Нет подходящих команд.
# Чему принадлежит хук команды — там, где у хука очереди показан тип очереди.
owner-team = Команда

## Registry
registry-pick-title = Очередь не выбрана
registry-pick = Выберите очередь слева, чтобы просмотреть её хуки.
registry-pick-owner = Выберите очередь или команду слева, чтобы просмотреть её хуки.
registry-subtitle = Хуки запускают схему, когда с абонентом этой очереди происходит событие.
registry-read-only = Вы можете только просматривать хуки этой очереди: чтобы добавлять, изменять или удалять их, нужны права на редактирование очередей.
registry-read-only-team = Вы можете только просматривать хуки этой команды: чтобы добавлять, изменять или удалять их, нужны права на редактирование команд.
hooks-refresh = Обновить
hooks-add = Добавить
hooks-delete-selected = { $count ->
    [one] Удалить { $count } выбранный объект
    [few] Удалить { $count } выбранных объекта
   *[many] Удалить { $count } выбранных объектов
}
hooks-selected = Выбрано: { $count }
hooks-table = Хуки
hooks-select-all = Выбрать все
hooks-select = Выбрать
# Строка реестра всех хуков, владельца которой пользователь не может изменять: почему её нельзя выбрать.
hooks-select-forbidden-queue = Чтобы изменять хуки очереди, нужны права на редактирование очередей.
hooks-select-forbidden-team = Чтобы изменять хуки команды, нужны права на редактирование команд.
col-event = Событие
col-flow = Схема
col-state = Состояние
col-actions = Действия
hooks-state = Состояние
hooks-enabled = Включено
hooks-disabled = Выключено
hooks-edit = Редактировать хук
hooks-open-flow = Открыть { $flow } в админ-панели Webitel
hooks-delete = Удалить
hooks-empty = Записи еще не созданы
hooks-empty-hint = Добавьте хук кнопкой «Добавить».
hooks-loading = Загрузка хуков…
hooks-never-fires = никогда не срабатывает
hooks-never-fires-title = Контакт-центр никогда не генерирует это событие для очереди типа «{ $type }», поэтому этот хук никогда не запускает свою схему.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Выбранные
bulk-enable = Включить
bulk-disable = Выключить
bulk-enable-selected = { $count ->
    [one] Включить { $count } выбранный хук
    [few] Включить { $count } выбранных хука
   *[many] Включить { $count } выбранных хуков
}
bulk-disable-selected = { $count ->
    [one] Выключить { $count } выбранный хук
    [few] Выключить { $count } выбранных хука
   *[many] Выключить { $count } выбранных хуков
}
bulk-selected = { $count ->
    [one] Выбран { $count } хук
    [few] Выбрано { $count } хука
   *[many] Выбрано { $count } хуков
}
bulk-select-matching = { $count ->
    [one] Выбрать { $count } подходящий хук
    [few] Выбрать все { $count } подходящих хука
   *[many] Выбрать все { $count } подходящих хуков
}
bulk-all-matching-selected = { $count ->
    [one] Выбран { $count } подходящий хук, который вы можете изменить.
    [few] Выбраны все { $count } подходящих хука, которые вы можете изменить.
   *[many] Выбраны все { $count } подходящих хуков, которые вы можете изменить.
}
bulk-selecting = Выбор всех подходящих хуков…
bulk-clear = Снять выбор
bulk-switched-enabled = { $count ->
    [one] { $count } хук включён.
    [few] { $count } хука включены.
   *[many] { $count } хуков включено.
}
bulk-switched-disabled = { $count ->
    [one] { $count } хук выключен.
    [few] { $count } хука выключены.
   *[many] { $count } хуков выключено.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } уже был включён.
    [few] { $count } уже были включены.
   *[many] { $count } уже были включены.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } уже был выключен.
    [few] { $count } уже были выключены.
   *[many] { $count } уже были выключены.
}
bulk-all-unchanged-enabled = { $count ->
    [1] Хук уже был включён.
    [one] Все { $count } хук уже были включены.
    [few] Все { $count } хука уже были включены.
   *[many] Все { $count } хуков уже были включены.
}
bulk-all-unchanged-disabled = { $count ->
    [1] Хук уже был выключен.
    [one] Все { $count } хук уже были выключены.
    [few] Все { $count } хука уже были выключены.
   *[many] Все { $count } хуков уже были выключены.
}
bulk-failed-enable = { $count ->
    [one] Не удалось включить { $count } хук:
    [few] Не удалось включить { $count } хука:
   *[many] Не удалось включить { $count } хуков:
}
bulk-failed-disable = { $count ->
    [one] Не удалось выключить { $count } хук:
    [few] Не удалось выключить { $count } хука:
   *[many] Не удалось выключить { $count } хуков:
}
# Отклонённый хук, на отдельной строке: его событие и схема, затем причина полным предложением.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] и ещё { $count } хук.
    [few] и ещё { $count } хука.
   *[many] и ещё { $count } хуков.
}

## Pagination
pagination = Страницы
page-size = Записей на странице
page-prev = Назад
page-next = Вперед
page-number = Страница { $page }

## Add / edit modal
modal-add = Добавить хук
modal-edit = Редактировать хук
modal-event = Событие
modal-event-placeholder = Выберите событие
modal-flow = Схема
modal-flow-list = Схемы
modal-flow-placeholder = Поиск схем
modal-flow-none = Нет подходящих схем.
modal-flow-loading = Загрузка схем…
modal-flow-selected = Выбрано: { $name }
modal-flow-unselected = Схема ещё не выбрана.
modal-flow-forbidden = У вас нет прав на чтение схем, поэтому схему выбрать нельзя. Попросите администратора предоставить доступ на чтение схем.
modal-clash = Хук { $event } → { $flow } в этой очереди { $state }, а сервер допускает только один включённый хук на событие: сохранение будет отклонено.
modal-clash-enabled = включён
modal-clash-disabled = выключен
modal-clash-show = Показать этот хук
modal-more-events = Другие события
modal-never-fires = Контакт-центр никогда не генерирует это событие для очереди типа «{ $type }».
modal-team-flow-taken = У этой команды уже есть хук, запускающий { $flow }: у команды может быть только один хук на схему.
modal-save = Сохранить
modal-saving = Сохранение…
modal-close = Закрыть
modal-loading = Чтение хука с сервера…

## Delete confirmation
confirm-title = Подтвердите удаление
confirm-text = { $count ->
    [one] Вы уверены, что хотите удалить { $count } запись?
    [few] Вы уверены, что хотите удалить { $count } записи?
   *[many] Вы уверены, что хотите удалить { $count } записей?
}
# Хук, который удаляет одиночное удаление: его событие и схема.
confirm-hook = { $event } → { $flow }
hook-label = { $event } → { $flow }
confirm-yes = Да
confirm-no = Нет

## Notifications
toasts-region = Уведомления
toast-close = Закрыть
toast-created = Хук добавлен.
toast-saved = Хук сохранён.
toast-deleted = { $count ->
    [one] Удалена { $count } запись.
    [few] Удалено { $count } записи.
   *[many] Удалено { $count } записей.
}
toast-delete-failed = { $count ->
    [one] Не удалось удалить { $count } запись: { $list }
    [few] Не удалось удалить { $count } записи: { $list }
   *[many] Не удалось удалить { $count } записей: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Абонент вошел в очередь
event-joined-meaning = Абонент поступил в очередь.
event-answered = Принят оператором
event-answered-meaning = Событие определено, но контакт-центр никогда его не генерирует ни в одном типе очереди.
event-offering = Распределение на оператора
event-offering-meaning = Звонок предлагается оператору (у оператора идёт вызов).
event-bridged = Соединение абонента с оператором
event-bridged-meaning = Клиент и оператор соединены.
event-missed = Пропущенный оператором
event-missed-meaning = Оператор, которому был предложен звонок, не ответил или отклонил его.
event-leaving = Абонент вышел из очереди
event-leaving-meaning = Попытка завершилась, и абонент покидает очередь, независимо от результата; также когда истёк срок действия абонента.
event-processing = Постобработка
event-processing-meaning = Обработка после звонка; только если в очереди включена постобработка.
event-active = Активное действие
event-active-meaning = Оператор ответил (очереди «Оффлайн очередь» и «Превью обзвон»).
event-wait-agent = Ожидание оператора
event-wait-agent-meaning = Абонент ждёт свободного оператора: входящий звонок или чат перешёл к поиску оператора, предиктивный звонок был принят, или предложенный оператор пропустил звонок и поиск начинается снова.
event-agent-status = Изменение статуса оператора
event-agent-status-meaning = Оператор команды сменил статус.
event-other = { $value }
event-other-meaning = Событие, неизвестное этой версии: { $value }.

## Sync bar
sync-status = Состояние синхронизации
sync-progress = Ход синхронизации
sync-now = Синхронизировать
sync-never = Ещё не синхронизировано
sync-just-now = Синхронизировано только что
sync-minutes = { $count ->
    [one] Синхронизировано { $count } минуту назад
    [few] Синхронизировано { $count } минуты назад
   *[many] Синхронизировано { $count } минут назад
}
sync-hours = { $count ->
    [one] Синхронизировано { $count } час назад
    [few] Синхронизировано { $count } часа назад
   *[many] Синхронизировано { $count } часов назад
}
sync-running = { $total ->
    [one] Синхронизация… { $done } из { $total } очереди
    [few] Синхронизация… { $done } из { $total } очередей
   *[many] Синхронизация… { $done } из { $total } очередей
}
sync-starting = Синхронизация…

## Banners
offline-title = Оффлайн
offline-text = Нет связи: сервер { $server } недоступен. Вы работаете с кэшем; изменения сохраняются и будут отправлены, когда связь восстановится.
offline-pending = { $count ->
    [one] { $count } изменение ожидает отправки.
    [few] { $count } изменения ожидают отправки.
   *[many] { $count } изменений ожидают отправки.
}
conflicts-title = Конфликты
conflicts-text = { $count ->
    [one] { $count } изменение конфликтует с сервером.
    [few] { $count } изменения конфликтуют с сервером.
   *[many] { $count } изменений конфликтуют с сервером.
}
conflicts-review = Просмотреть конфликты

## Offline marks on registry rows
mark-pending = Ожидает
mark-pending-title = Ожидает отправки
mark-conflict = Конфликт
mark-conflict-action = Разрешить конфликт
mark-conflict-title = Это изменение конфликтует с сервером: выберите, какая версия останется.

## Conflict dialog
conflict-title = Конфликт
conflict-loading = Чтение конфликтов…
conflict-position = { $position } из { $count }
conflict-queue = Очередь:
conflict-queue-unknown = Очередь { $id }
conflict-team = Команда:
conflict-team-unknown = Команда { $id }
conflict-mine = Ваша версия
conflict-theirs = Версия сервера
conflict-deleted = Удалено
conflict-keep-mine = Оставить мою
conflict-keep-mine-title = Отправить вашу версию поверх серверной.
conflict-take-theirs = Взять серверную
conflict-take-theirs-title = Отбросить ваше изменение и оставить версию сервера.
conflict-discard = Отбросить
conflict-discard-title = Отбросить ваше изменение и заново прочитать хук с сервера.

## All queues
all-title = Все очереди
all-total = { $count ->
    [one] { $count } хук
    [few] { $count } хука
   *[many] { $count } хуков
}
all-filters = Фильтры
all-search = Поиск хуков
all-filter-any = Все
all-filter-kind = Вид
all-kind-queues = Очереди
all-kind-teams = Команды
all-filter-queue = Фильтр по очереди
all-filter-queue-type = Фильтр по типу очереди
all-filter-event = Фильтр по событию
all-filter-flow = Фильтр по схеме
all-filter-state = Фильтр по состоянию
all-only-pending = Только ожидающие
all-only-conflicts = Только конфликты
all-table = Все хуки
all-col-queue = Очередь
all-col-queue-type = Тип очереди
all-open-queue = Открыть хуки этой очереди
all-open-team = Открыть хуки этой команды
# Варианты фильтра по владельцу: имя команды с пометкой, что это команда; владелец, для которого в кэше нет имени.
all-owner-team = { $name } (команда)
all-owner-queue-unknown = Очередь { $id }
all-owner-team-unknown = Команда { $id }
# Списки фильтров по владельцу и схеме показывают первые пятьдесят совпадений с введённым текстом; строка под ними считает остальные.
picker-more = { $count ->
    [one] Ещё { $count } совпадение — уточните запрос
    [few] Ещё { $count } совпадения — уточните запрос
   *[many] Ещё { $count } совпадений — уточните запрос
}
picker-none = Ничего не найдено

## Settings
settings-title = Настройки
settings-loading = Чтение настроек…
settings-close-to-tray = Продолжать работу в трее при закрытии окна
settings-start-at-login = Запускать при входе в систему
settings-notifications = Уведомления на рабочем столе
settings-language = Язык
settings-language-system = Как в системе ({ $language })
settings-copy-diagnostics = Копировать диагностику
settings-diagnostics-hint = Версии, папки, состояние хранилища паролей и последние ошибки — для отчёта об ошибке. Никогда не содержит паролей и токенов.
settings-diagnostics = Диагностика
settings-copied = Диагностика скопирована
settings-copy-failed = Нет доступа к буферу обмена: диагностика выделена в поле выше; скопируйте её оттуда (Ctrl+C).
settings-close = Закрыть

# Очередь, в ответе сервера для которой были строки, не читаемые этим приложением: они показаны в последнем прочитанном виде, если он был.
hooks-skipped = { $count ->
    [1] Не удалось прочитать один хук этой очереди (сервер прислал его в формате, незнакомом этому приложению): он показан таким, каким был прочитан в последний раз, или не показан вовсе, если не читался никогда. Откройте его в админ-панели Webitel, чтобы проверить.
    [one] Не удалось прочитать { $count } хук этой очереди (сервер прислал их в формате, незнакомом этому приложению): они показаны такими, какими были прочитаны в последний раз, или не показаны вовсе, если не читались никогда. Откройте их в админ-панели Webitel, чтобы проверить.
    [few] Не удалось прочитать { $count } хука этой очереди (сервер прислал их в формате, незнакомом этому приложению): они показаны такими, какими были прочитаны в последний раз, или не показаны вовсе, если не читались никогда. Откройте их в админ-панели Webitel, чтобы проверить.
   *[many] Не удалось прочитать { $count } хуков этой очереди (сервер прислал их в формате, незнакомом этому приложению): они показаны такими, какими были прочитаны в последний раз, или не показаны вовсе, если не читались никогда. Откройте их в админ-панели Webitel, чтобы проверить.
}

## Export, import and "Copy to…"
transfer-group = Экспорт и импорт
export-button = Экспорт…
export-hint-queue = Экспортировать хуки этой очереди в файл (JSON для импорта или CSV для чтения)
export-hint-team = Экспортировать хуки этой команды в файл (JSON для импорта или CSV для чтения)
export-hint-selected = { $count ->
    [1] Экспортировать выбранный хук в файл (JSON для импорта или CSV для чтения)
    [one] Экспортировать { $count } выбранный хук в файл (JSON для импорта или CSV для чтения)
    [few] Экспортировать { $count } выбранных хука в файл (JSON для импорта или CSV для чтения)
   *[many] Экспортировать { $count } выбранных хуков в файл (JSON для импорта или CSV для чтения)
}
export-hint-matching = Экспортировать все хуки, подходящие под фильтры, в файл (JSON для импорта или CSV для чтения)
export-done = { $count ->
    [one] { $count } хук экспортирован в { $file }.
    [few] { $count } хука экспортированы в { $file }.
   *[many] { $count } хуков экспортировано в { $file }.
}
import-button = Импорт…
import-hint = Импортировать хуки из файла экспорта в этот профиль сервера
import-title = Предпросмотр импорта
copy-preview-title = Предпросмотр копирования
import-running-title = Импорт хуков
import-report-title = Отчёт об импорте
copy-running-title = Копирование хуков
copy-report-title = Отчёт о копировании
import-source = Из файла { $file }.
import-source-server = Из файла { $file }, экспортированного с { $server }.
transfer-nothing = Ничего не будет создано: все хуки уже есть или не могут быть импортированы.
transfer-section-create = Будет создано: { $count }
transfer-section-disabled = Будет создано выключенными, так как в очереди уже есть включённый хук этого события: { $count }
transfer-section-skip = Уже есть, пропущено: { $count }
transfer-section-unmatched = Нельзя импортировать: { $count }
transfer-disabled-because = «{ $hook }» включён для этого события
transfer-team = { $team } (команда)
transfer-why-owner-not-found = На этом сервере нет { $kind ->
    [team] команды
   *[other] очереди
} с именем «{ $owner }».
transfer-why-owner-ambiguous = { $kind ->
    [team] Несколько команд
   *[other] Несколько очередей
} называются «{ $owner }», и ни у одной нет id из файла.
transfer-why-flow-not-found = На этом сервере нет схемы с именем «{ $flow }».
transfer-why-flow-ambiguous = Несколько схем называются «{ $flow }», и ни у одной нет id из файла.
transfer-why-event-not-possible = Это событие не может запускать хук { $kind ->
    [team] этой команды
   *[other] этой очереди
}.
transfer-why-not-allowed = Вашему пользователю нельзя изменять хуки «{ $owner }».
transfer-cancel = Отменить
transfer-confirm = { $count ->
    [one] Создать { $count } хук
    [few] Создать { $count } хука
   *[many] Создать { $count } хуков
}
transfer-close = Закрыть
transfer-progress = Создание хуков… { $done } из { $total }
transfer-progress-label = Ход выполнения
transfer-report = Отчёт
transfer-created = { $count ->
    [one] { $count } хук создан.
    [few] { $count } хука создано.
   *[many] { $count } хуков создано.
}
transfer-queued = { $count ->
    [one] { $count } хук сохранён и будет отправлен, когда сервер станет доступен.
    [few] { $count } хука сохранены и будут отправлены, когда сервер станет доступен.
   *[many] { $count } хуков сохранены и будут отправлены, когда сервер станет доступен.
}
transfer-skipped = Уже есть, пропущено: { $count }.
transfer-not-imported = Не удалось импортировать: { $count } (как и показал предпросмотр).
transfer-failed = { $count ->
    [one] { $count } хук не создан:
    [few] { $count } хука не созданы:
   *[many] { $count } хуков не создано:
}
copy-button = Копировать в…
copy-selected = { $count ->
    [one] Копировать { $count } выбранный хук в…
    [few] Копировать { $count } выбранных хука в…
   *[many] Копировать { $count } выбранных хуков в…
}
copy-dialog = Копирование в очереди
copy-title = { $count ->
    [one] Копировать { $count } хук в очереди
    [few] Копировать { $count } хука в очереди
   *[many] Копировать { $count } хуков в очереди
}
copy-hint = Выберите очереди этого сервера, в которые нужно скопировать хуки. Чтобы скопировать их на другой сервер, сначала добавьте его в меню профилей («Добавить сервер…»).
copy-hint-servers = Выберите целевой сервер, затем очереди, в которые нужно скопировать хуки.
copy-hint-other = Выберите очереди профиля { $name }, в которые нужно скопировать хуки: они будут созданы с учётными данными этого профиля или будут ждать отправки в нём, пока его сервер недоступен.
copy-server = Целевой сервер
copy-server-active = { $name } (этот сервер)
copy-into = В профиль сервера { $name }.
copy-search = Поиск целевых очередей
copy-type = Тип целевой очереди
copy-loading = Чтение очередей…
copy-no-queues = Нет подходящих очередей.
copy-targets = Целевые очереди
copy-chosen = { $count ->
    [one] Выбрана { $count } очередь
    [few] Выбрано { $count } очереди
   *[many] Выбрано { $count } очередей
}
copy-preview = Предпросмотр

## The main area's tabs and the change journal
main-tabs = Разделы
main-tab-hooks = Хуки
main-tab-journal = Журнал
journal-title = Журнал
journal-total = { $count ->
    [one] { $count } изменение, сделанное с этого компьютера
    [few] { $count } изменения, сделанных с этого компьютера
   *[many] { $count } изменений, сделанных с этого компьютера
}
journal-filters = Фильтры журнала
journal-search = Поиск по журналу
journal-filter-owner = Фильтр по очереди или команде
journal-filter-action = Фильтр по виду изменения
journal-from = От
journal-to = До
journal-clear-filters = Сбросить фильтры
journal-export = Экспорт CSV…
journal-export-title = Сохранить записи, показанные фильтрами, в файл CSV
journal-exported = { $count ->
    [one] { $count } запись журнала сохранена в { $path }
    [few] { $count } записи журнала сохранены в { $path }
   *[many] { $count } записей журнала сохранено в { $path }
}
journal-table = Журнал изменений
journal-col-when = Когда
journal-col-who = Кто
journal-col-where = Где
journal-col-what = Что
journal-col-change = До → после
journal-col-outcome = Сервер
journal-col-undo = Отмена
journal-action-created = Создан
journal-action-changed = Изменён
journal-action-enabled = Включён
journal-action-disabled = Выключен
journal-action-deleted = Удалён
journal-what = { $action } хук «{ $event }»
journal-batch-of = { $count ->
    [1] отдельно
    [one] одно из { $count } изменения, сделанных вместе
    [few] одно из { $count } изменений, сделанных вместе
   *[many] одно из { $count } изменений, сделанных вместе
}
journal-origin-window = из окна
journal-origin-tray = из трея
journal-origin-import = импортом
journal-origin-copy = копированием
journal-origin-replay = при отправке отложенных изменений
journal-origin-undo = отменой
journal-none = (нет)
journal-hook-enabled = { $event } → { $flow }, включён
journal-hook-disabled = { $event } → { $flow }, выключен
journal-outcome-taken = Принято
journal-outcome-pending = Ожидает отправки
journal-outcome-refused = Отклонено
journal-outcome-conflict = Конфликт
journal-outcome-discarded = Отброшено
journal-undone-mark = Отменено
journal-undo = Отменить
journal-undo-title = Вернуть хук к прежнему виду, если на сервере он всё ещё такой, каким его оставило это изменение
journal-undo-batch = { $count ->
    [1] Отменить все
    [one] Отменить все { $count }
    [few] Отменить все { $count }
   *[many] Отменить все { $count }
}
journal-undo-batch-title = Вернуть к прежнему виду каждый хук этого действия, который всё ещё такой, каким оно его оставило
journal-undone = { $count ->
    [0] Ничего не отменено.
    [one] { $count } изменение отменено.
    [few] { $count } изменения отменено.
   *[many] { $count } изменений отменено.
}
journal-undo-none = { $count ->
    [1] Изменение не отменено:
    [one] Ни одно из { $count } изменения не отменено:
    [few] Ни одно из { $count } изменений не отменено:
   *[many] Ни одно из { $count } изменений не отменено:
}
journal-undo-some-not = { $count ->
    [one] { $count } не отменено:
    [few] { $count } не отменены:
   *[many] { $count } не отменено:
}
journal-empty = Изменений пока нет
journal-empty-hint = Здесь перечислены все изменения, сделанные с этого компьютера (из окна, из трея, импортом или копированием), сначала новые.
journal-empty-filtered = Нет подходящих изменений
journal-empty-filtered-hint = Сбросьте фильтры, чтобы увидеть все изменения.
journal-page = Страница { $page } из { $pages }
settings-journal-days = Хранить журнал изменений (дней)
error-window-answer = Окно не смогло прочитать ответ на { $command } ({ $detail }). Перезапустите приложение.
error-window-refused = Приложение отклонило запрос ({ $detail }). Перезапустите приложение; если это повторится, сообщите об этом.
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
