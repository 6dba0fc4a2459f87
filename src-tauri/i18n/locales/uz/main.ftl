# Webitel Hooks ilovasining so'zlari, o'zbekcha. Ingliz faylining nusxasi, qiymatlari tarjima qilingan.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = Oyna { $command } so'rovini tayyorlay olmadi ({ $detail }).
error-window-answer = Oyna { $command } so'roviga berilgan javobni o'qiy olmadi ({ $detail }). Ilovani qayta ishga tushiring.
error-window-refused = Ilova so'rovni rad etdi ({ $detail }). Ilovani qayta ishga tushiring; bu takrorlanaversa, bu haqda xabar bering.

## Session start
session-loading = Kirilmoqda…

## Sign-in screen
sign-in-form = Kirish
sign-in-title = Webitel tizimiga kirish
sign-in-loading = Server profillari o'qilmoqda…
sign-in-profile = Profil
sign-in-new-server = Yangi server…
sign-in-server = Server URL manzili
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Foydalanuvchi nomi
sign-in-username-placeholder = user@domain
sign-in-password = Parol
sign-in-remember = Meni eslab qolish
sign-in-remember-hint = Parol shu kompyuterning kalitlar omborida saqlanadi, shuning uchun muddati tugagan sessiya o'zi yangilanadi.
sign-in-keyring-title = Shu kompyuterning kalitlar omboridan foydalanib bo'lmaydi.
sign-in-keyring-hint = Ishga tushirishlar orasida hech narsa saqlanmaydi: ilovani keyingi safar ochganingizda parolni qayta kiritasiz.
sign-in-session-only = Faqat shu sessiya uchun
sign-in-ca = Xususiy CA sertifikati
sign-in-ca-hint = Sertifikati tashkilotingizning o'z sertifikatlash markazi tomonidan imzolangan server uchun: o'sha markazning sertifikatini (PEM) joylashtiring. Sertifikatlar har doim tekshiriladi.
sign-in-ca-kept = Bu profil allaqachon o'zining sertifikatiga ishonadi; uni almashtirish uchun boshqasini joylashtiring.
sign-in-ca-pem = CA sertifikati (PEM)
sign-in-submit = Kirish
sign-in-cancel = Bekor qilish
sign-in-code-lead = Hisobingiz ikkinchi omilni so'raydi. Autentifikator ilovasidagi bir martalik kodni kiriting.
sign-in-code = Bir martalik kod
sign-in-verify = Tasdiqlash
sign-in-back = Orqaga

## Profile menu and its dialogs
profiles = Profillar
profiles-add = Server qo'shish…
profiles-edit = Profilni tahrirlash…
profiles-remove = Profilni o'chirish…
profiles-settings = Sozlamalar…
profiles-sign-out = Chiqish
dialog-cancel = Bekor qilish
profile-edit-title = Profilni tahrirlash
profile-edit-name = Profil nomi
profile-edit-admin = Webitel admin paneli manzili
profile-edit-admin-note = Oqim sxemalari havolalari shu yerda ochiladi. Serverning o'z admin paneli uchun bo'sh qoldiring.
remove-title = Profilni o'chirish
remove-text = Profilni o'chirish
remove-detail = Uning saqlangan paroli, sessiyasi va keshdagi hooklari shu kompyuterdan o'chiriladi. Serverdagi hooklar o'zgarishsiz qoladi.
remove-confirm = O'chirish
sign-out-title = Chiqish
sign-out-text = Bu serverga qayta kirish uchun parol kerak bo'ladi. Hali yuborilmagan o'zgarishlar shu kompyuterda qoladi.
sign-out-wipe = Shu serverning keshdagi hooklarini ham o'chirish
sign-out-confirm = Chiqish

## Session expired
expired-title = Sessiya muddati tugadi
expired-kept = Turgan joyingiz va hali yuborilmagan barcha o'zgarishlar saqlab qolindi.

## Queue picker
queues-title = Navbatlar
queues-search = Navbatlarni qidirish
queues-type = Navbat turi
queues-type-all = Barcha turlar
queues-list = Navbatlar
queues-loading = Navbatlar yuklanmoqda…
queues-empty = Mos navbat yo'q.
queues-pin = Treyga mahkamlash
queues-pinned = Treyga mahkamlangan: uning hooklarini trey menyusidan yoqish yoki o'chirib qo'yish mumkin. Mahkamlashni bekor qilish uchun bosing.
queue-disabled = Ishlatilmagan
queue-type-offline = Oflayn navbat
queue-type-inbound = Kiruvchi navbat
queue-type-ivr = Chiquvchi IVR navbati
queue-type-preview = Preview dialer
queue-type-progressive = Progressive dialer
queue-type-predictive = Predictive dialer
queue-type-inbound-chat = Chat navbati
queue-type-inbound-task = Kiruvchi vazifalar navbati
queue-type-outbound-task = Chiquvchi vazifalar navbati
queue-type-im-chat = IM chat navbati
queue-type-outbound-call = Chiquvchi qo'ng'iroq
queue-type-other = { $code } turi

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Navbatlar va jamoalar
teams-title = Jamoalar
teams-search = Jamoalarni qidirish
teams-list = Jamoalar
teams-loading = Jamoalar yuklanmoqda…
teams-empty = Mos jamoa yo'q.
# Jamoa hooki kimga tegishli (navbat hookida navbat turi turadigan joyda).
owner-team = Jamoa

## Registry
registry-pick-title = Navbat tanlanmagan
registry-pick = Hooklarini ko'rish uchun chapdan navbatni tanlang.
registry-pick-owner = Hooklarini ko'rish uchun chapdan navbat yoki jamoani tanlang.
registry-subtitle = Hooklar shu navbat a'zosi bilan hodisa yuz berganda oqim sxemasini ishga tushiradi.
registry-read-only = Siz bu navbatning hooklarini faqat ko'ra olasiz: ularni qo'shish, o'zgartirish yoki o'chirish uchun navbatlarni o'zgartirish huquqi kerak.
registry-read-only-team = Siz bu jamoaning hooklarini faqat ko'ra olasiz: ularni qo'shish, o'zgartirish yoki o'chirish uchun jamoalarni o'zgartirish huquqi kerak.
hooks-refresh = Yangilash
hooks-add = Qo'shish
hooks-delete-selected = { $count ->
    [one] Tanlangan { $count } ta elementni o'chirish
   *[other] Tanlangan { $count } ta elementni o'chirish
}
hooks-selected = { $count } ta tanlandi
hooks-table = Hooklar
hooks-select-all = Hammasini tanlash
hooks-select = Tanlash
# Barcha hooklar ro'yxatidagi, egasini foydalanuvchi o'zgartira olmaydigan qator: nega uni tanlab bo'lmaydi.
hooks-select-forbidden-queue = Navbat hooklarini o'zgartirish uchun navbatlarni o'zgartirish huquqi kerak.
hooks-select-forbidden-team = Jamoa hooklarini o'zgartirish uchun jamoalarni o'zgartirish huquqi kerak.
col-event = Hodisa
col-flow = Oqim sxemasi
col-state = Holat
col-actions = Amallar
hooks-state = Holat
hooks-enabled = Ishlatilgan
hooks-disabled = Ishlatilmagan
hooks-edit = Hookni tahrirlash
hooks-open-flow = "{ $flow }" sxemasini Webitel admin panelida ochish
hooks-delete = O'chirish
hooks-empty = Hali yozuvlar yo'q
hooks-empty-hint = "Qo'shish" tugmasi bilan hook qo'shing.
hooks-loading = Hooklar yuklanmoqda…
hooks-never-fires = hech qachon yuz bermaydi
hooks-never-fires-title = Kontakt markazi "{ $type }" turidagi navbatda bu hodisani hech qachon yuzaga keltirmaydi, shuning uchun bu hook o'z oqimini hech qachon ishga tushirmaydi.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Tanlov
bulk-enable = Yoqish
bulk-disable = O'chirib qo'yish
bulk-enable-selected = { $count ->
    [one] Tanlangan { $count } ta hookni yoqish
   *[other] Tanlangan { $count } ta hookni yoqish
}
bulk-disable-selected = { $count ->
    [one] Tanlangan { $count } ta hookni o'chirib qo'yish
   *[other] Tanlangan { $count } ta hookni o'chirib qo'yish
}
bulk-selected = { $count ->
    [one] { $count } ta hook tanlandi
   *[other] { $count } ta hook tanlandi
}
bulk-select-matching = { $count ->
    [one] Mos keladigan { $count } ta hookni tanlash
   *[other] Mos keladigan barcha { $count } ta hookni tanlash
}
bulk-all-matching-selected = { $count ->
    [one] Siz o'zgartira oladigan mos { $count } ta hook tanlandi.
   *[other] Siz o'zgartira oladigan barcha mos { $count } ta hook tanlandi.
}
bulk-selecting = Mos keladigan barcha hooklar tanlanmoqda…
bulk-clear = Tanlovni tozalash
bulk-switched-enabled = { $count ->
    [one] { $count } ta hook yoqildi.
   *[other] { $count } ta hook yoqildi.
}
bulk-switched-disabled = { $count ->
    [one] { $count } ta hook o'chirib qo'yildi.
   *[other] { $count } ta hook o'chirib qo'yildi.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } tasi allaqachon yoqilgan edi.
   *[other] { $count } tasi allaqachon yoqilgan edi.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } tasi allaqachon o'chirib qo'yilgan edi.
   *[other] { $count } tasi allaqachon o'chirib qo'yilgan edi.
}
bulk-all-unchanged-enabled = { $count ->
    [one] Hook allaqachon yoqilgan edi.
   *[other] Barcha { $count } ta hook allaqachon yoqilgan edi.
}
bulk-all-unchanged-disabled = { $count ->
    [one] Hook allaqachon o'chirib qo'yilgan edi.
   *[other] Barcha { $count } ta hook allaqachon o'chirib qo'yilgan edi.
}
bulk-failed-enable = { $count ->
    [one] { $count } ta hookni yoqib bo'lmadi:
   *[other] { $count } ta hookni yoqib bo'lmadi:
}
bulk-failed-disable = { $count ->
    [one] { $count } ta hookni o'chirib qo'yib bo'lmadi:
   *[other] { $count } ta hookni o'chirib qo'yib bo'lmadi:
}
# Rad etilgan hook, alohida qatorda: uning hodisasi va oqimi, keyin sababi to'liq gap bilan.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] va yana { $count } ta.
   *[other] va yana { $count } ta.
}

## Pagination
pagination = Sahifalar
page-size = Sahifadagi qatorlar soni
page-prev = Oldingi
page-next = Keyingi
page-number = { $page }-sahifa

## Add / edit modal
modal-add = Hook qo'shish
modal-edit = Hookni tahrirlash
modal-event = Hodisa
modal-event-placeholder = Hodisani tanlang
modal-flow = Oqim sxemasi
modal-flow-list = Oqim sxemalari
modal-flow-placeholder = Oqim sxemalarini qidirish
modal-flow-none = Mos oqim sxemasi yo'q.
modal-flow-loading = Oqim sxemalari yuklanmoqda…
modal-flow-selected = Tanlandi: { $name }
modal-flow-unselected = Oqim sxemasi hali tanlanmagan.
modal-flow-forbidden = Sizda oqim sxemalarini o'qish huquqi yo'q, shuning uchun oqimni tanlab bo'lmaydi. Administratordan oqim sxemalarini o'qish huquqini so'rang.
modal-clash = { $event } → { $flow } bu navbatda { $state }, server esa har bir hodisa uchun faqat bitta yoqilgan hookka ruxsat beradi: saqlash rad etiladi.
modal-clash-enabled = yoqilgan
modal-clash-disabled = o'chirib qo'yilgan
modal-clash-show = O'sha hookni ko'rsatish
modal-more-events = Boshqa hodisalar
modal-never-fires = Kontakt markazi "{ $type }" turidagi navbatda bu hodisani hech qachon yuzaga keltirmaydi.
modal-team-flow-taken = Bu jamoada { $flow } oqimini ishga tushiradigan hook allaqachon bor: jamoada har bir oqim uchun faqat bitta hook bo'ladi.
modal-save = Saqlash
modal-saving = Saqlanmoqda…
modal-close = Yopish
modal-loading = Hook serverdan o'qilmoqda…

## Delete confirmation
confirm-title = O'chirishni tasdiqlang
confirm-text = { $count ->
    [one] { $count } ta yozuvni o'chirishni xohlaysizmi?
   *[other] { $count } ta yozuvni o'chirishni xohlaysizmi?
}
# Bitta o'chirish amali o'chiradigan hook: uning hodisasi va oqim sxemasi.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Ha
confirm-no = Yo'q

## Notifications
toasts-region = Bildirishnomalar
toast-close = Yopish
toast-created = Hook qo'shildi.
toast-saved = Hook saqlandi.
toast-deleted = { $count ->
    [one] { $count } ta yozuv o'chirildi.
   *[other] { $count } ta yozuv o'chirildi.
}
toast-delete-failed = { $count ->
    [one] { $count } ta yozuvni o'chirib bo'lmadi: { $list }
   *[other] { $count } ta yozuvni o'chirib bo'lmadi: { $list }
}
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Kirish
event-joined-meaning = A'zo navbatga kirdi.
event-answered = Javob berilgan
event-answered-meaning = Belgilangan, lekin kontakt markazi uni hech bir navbat turida yuzaga keltirmaydi.
event-offering = Ko'rsatish
event-offering-meaning = Qo'ng'iroq agentga taklif qilinmoqda (agent liniyasi jiringlamoqda).
event-bridged = Birlashtirilgan
event-bridged-meaning = Mijoz va agent ulandi.
event-missed = Bekor qilindi
event-missed-meaning = Taklif qilingan agent javob bermadi yoki qo'ng'iroqni rad etdi.
event-leaving = Chiqib ketish
event-leaving-meaning = Urinish yakunlandi va a'zo natijadan qat'i nazar navbatdan chiqadi; a'zoning muddati o'tganda ham.
event-processing = Bajarilmoqda
event-processing-meaning = Qo'ng'iroqdan keyingi ishlov; faqat navbatda keyingi ishlov yoqilgan bo'lsa.
event-active = Aktiv
event-active-meaning = Agent javob berdi (oflayn navbatlar va Preview dialer navbatlarida).
event-wait-agent = Agentni kutish
event-wait-agent-meaning = A'zo bo'sh agentni kutmoqda: kiruvchi qo'ng'iroq yoki chat agent qidiruviga tushdi, predictive qo'ng'iroqqa javob berildi yoki taklif qilingan agent javob bermay, qidiruv qaytadan boshlandi.
event-agent-status = Agent holati o'zgardi
event-agent-status-meaning = Jamoa agenti holatini o'zgartirdi.
event-other = { $value }
event-other-meaning = Bu versiyaga noma'lum hodisa: { $value }.

## Sync bar
sync-status = Sinxronlash holati
sync-progress = Sinxronlash jarayoni
sync-now = Hozir sinxronlash
sync-never = Hech qachon sinxronlanmagan
sync-just-now = Hozirgina sinxronlandi
sync-minutes = { $count ->
    [one] { $count } daqiqa oldin sinxronlandi
   *[other] { $count } daqiqa oldin sinxronlandi
}
sync-hours = { $count ->
    [one] { $count } soat oldin sinxronlandi
   *[other] { $count } soat oldin sinxronlandi
}
sync-running = Sinxronlanmoqda… { $done } / { $total } navbat
sync-starting = Sinxronlanmoqda…

## Banners
offline-title = Oflayn
offline-text = Siz oflaynsiz: { $server } serveriga ulanib bo'lmayapti. Siz keshdan ishlayapsiz; o'zgarishlar saqlanadi va aloqa tiklanganda yuboriladi.
offline-pending = { $count ->
    [one] { $count } ta o'zgarish yuborilishini kutmoqda.
   *[other] { $count } ta o'zgarish yuborilishini kutmoqda.
}
conflicts-title = Ziddiyatlar
conflicts-text = { $count ->
    [one] { $count } ta o'zgarish server bilan ziddiyatda.
   *[other] { $count } ta o'zgarish server bilan ziddiyatda.
}
conflicts-review = Ziddiyatlarni ko'rib chiqish

## Offline marks on registry rows
mark-pending = Kutilmoqda
mark-pending-title = Yuborilishini kutmoqda
mark-conflict = Ziddiyat
mark-conflict-action = Ziddiyatni hal qilish
mark-conflict-title = Bu o'zgarish server bilan ziddiyatda: qaysi versiya qolishini tanlang.

## Conflict dialog
conflict-title = Ziddiyat
conflict-loading = Ziddiyatlar o'qilmoqda…
conflict-position = { $position } / { $count }
conflict-queue = Navbat:
conflict-queue-unknown = Navbat { $id }
conflict-team = Jamoa:
conflict-team-unknown = Jamoa { $id }
conflict-mine = Sizning versiyangiz
conflict-theirs = Server versiyasi
conflict-deleted = O'chirilgan
conflict-keep-mine = Menikini qoldirish
conflict-keep-mine-title = Sizning versiyangizni serverdagi versiya o'rniga yuborish.
conflict-take-theirs = Servernikini olish
conflict-take-theirs-title = O'zgarishingizdan voz kechib, server versiyasini qoldirish.
conflict-discard = Tashlab yuborish
conflict-discard-title = O'zgarishingizdan voz kechib, hookni serverdan qayta o'qish.

## All queues
all-title = Barcha navbatlar
all-total = { $count ->
    [one] { $count } ta hook
   *[other] { $count } ta hook
}
all-filters = Filterlar
all-search = Hooklarni qidirish
all-filter-any = Hammasi
all-filter-kind = Turi
all-kind-queues = Navbatlar
all-kind-teams = Jamoalar
all-filter-queue = Navbat bo'yicha filterlash
all-filter-queue-type = Navbat turi bo'yicha filterlash
all-filter-event = Hodisa bo'yicha filterlash
all-filter-flow = Oqim bo'yicha filterlash
all-filter-state = Holat bo'yicha filterlash
all-only-pending = Faqat kutilayotganlar
all-only-conflicts = Faqat ziddiyatlar
all-table = Barcha hooklar
all-col-queue = Navbat
all-col-queue-type = Navbat turi
all-open-queue = Shu navbatning hooklarini ochish
all-open-team = Shu jamoaning hooklarini ochish
# Ega filteri tanlovlari: jamoa ekanligi belgilangan jamoa nomi; keshda nomi yo'q ega.
all-owner-team = { $name } (jamoa)
all-owner-queue-unknown = Navbat { $id }
all-owner-team-unknown = Jamoa { $id }
# Ega va oqim filterlari ro'yxatlari yozilgan matnga mos birinchi ellikta natijani ko'rsatadi; ostidagi qator qolganlarini sanaydi.
picker-more = { $count ->
    [one] Yana { $count } ta — ro'yxatni toraytirish uchun yozing
   *[other] Yana { $count } ta — ro'yxatni toraytirish uchun yozing
}
picker-none = Hech narsa mos kelmadi

## Settings
settings-title = Sozlamalar
settings-loading = Sozlamalar o'qilmoqda…
settings-close-to-tray = Oyna yopilganda treyda ishlashda davom etish
settings-start-at-login = Tizimga kirishda ishga tushirish
settings-notifications = Ish stoli bildirishnomalari
settings-language = Til
settings-language-system = Tizimdagidek ({ $language })
settings-copy-diagnostics = Diagnostikadan nusxa olish
settings-diagnostics-hint = Xato haqidagi xabar uchun: versiyalar, papkalar, kalitlar ombori holati va so'nggi xatolar. Hech qachon parol yoki token emas.
settings-diagnostics = Diagnostika
settings-copied = Diagnostikadan nusxa olindi
settings-copy-failed = Almashish buferiga kirib bo'lmadi: diagnostika yuqoridagi maydonda belgilangan; uni o'sha yerdan nusxalang (Ctrl+C).
settings-close = Yopish

# Server javobida bu ilova o'qiy olmagan qatorlar bo'lgan navbat: ular oxirgi o'qilgan holatida ko'rsatiladi (agar o'qilgan bo'lsa).
hooks-skipped = { $count ->
    [one] Bu navbatning bitta hookini o'qib bo'lmadi (server uni bu ilova bilmaydigan shaklda yubordi): u oxirgi marta o'qilgan holatida ko'rsatiladi, agar hech qachon o'qilmagan bo'lsa, umuman ko'rsatilmaydi. Uni tekshirish uchun Webitel admin panelida oching.
   *[other] Bu navbatning { $count } ta hookini o'qib bo'lmadi (server ularni bu ilova bilmaydigan shaklda yubordi): ular oxirgi marta o'qilgan holatida ko'rsatiladi, agar hech qachon o'qilmagan bo'lsa, umuman ko'rsatilmaydi. Ularni tekshirish uchun Webitel admin panelida oching.
}

## Export, import and "Copy to…"
transfer-group = Eksport va import
export-button = Eksport…
export-hint-queue = Shu navbatning hooklarini faylga eksport qilish (import uchun JSON yoki o'qish uchun CSV)
export-hint-team = Shu jamoaning hooklarini faylga eksport qilish (import uchun JSON yoki o'qish uchun CSV)
export-hint-selected = { $count ->
    [one] Tanlangan hookni faylga eksport qilish (import uchun JSON yoki o'qish uchun CSV)
   *[other] Tanlangan { $count } ta hookni faylga eksport qilish (import uchun JSON yoki o'qish uchun CSV)
}
export-hint-matching = Filterlarga mos barcha hooklarni faylga eksport qilish (import uchun JSON yoki o'qish uchun CSV)
export-done = { $count ->
    [one] { $count } ta hook { $file } fayliga eksport qilindi.
   *[other] { $count } ta hook { $file } fayliga eksport qilindi.
}
import-button = Import…
import-hint = Eksport faylidagi hooklarni shu server profiliga import qilish
import-title = Importni oldindan ko'rish
copy-preview-title = Nusxalashni oldindan ko'rish
import-running-title = Hooklar import qilinmoqda
import-report-title = Import hisoboti
copy-running-title = Hooklar nusxalanmoqda
copy-report-title = Nusxalash hisoboti
import-source = Manba: { $file }.
import-source-server = Manba: { $file }, { $server } serveridan eksport qilingan.
transfer-nothing = Hech narsa yaratilmaydi: har bir hook allaqachon mavjud yoki uni import qilib bo'lmaydi.
transfer-section-create = Yaratiladi: { $count }
transfer-section-disabled = O'chirib qo'yilgan holda yaratiladi, chunki navbatda bu hodisaning yoqilgan hooki allaqachon bor: { $count }
transfer-section-skip = Allaqachon mavjud, o'tkazib yuborildi: { $count }
transfer-section-unmatched = Import qilib bo'lmaydi: { $count }
transfer-disabled-because = Bu hodisa uchun "{ $hook }" yoqilgan
transfer-team = { $team } (jamoa)
transfer-why-owner-not-found = Bu serverda "{ $owner }" nomli { $kind ->
    [team] jamoa
   *[other] navbat
} yo'q.
transfer-why-owner-ambiguous = "{ $owner }" nomli bir nechta { $kind ->
    [team] jamoa
   *[other] navbat
} bor, lekin hech birining ID si fayldagiga mos emas.
transfer-why-flow-not-found = Bu serverda "{ $flow }" nomli oqim sxemasi yo'q.
transfer-why-flow-ambiguous = "{ $flow }" nomli bir nechta oqim sxemasi bor, lekin hech birining ID si fayldagiga mos emas.
transfer-why-event-not-possible = Bu hodisa shu { $kind ->
    [team] jamoaning
   *[other] navbatning
} hookini ishga tushira olmaydi.
transfer-why-not-allowed = Foydalanuvchingiz "{ $owner }" hooklarini o'zgartira olmaydi.
transfer-cancel = Bekor qilish
transfer-confirm = { $count ->
    [one] { $count } ta hook yaratish
   *[other] { $count } ta hook yaratish
}
transfer-close = Yopish
transfer-progress = Hooklar yaratilmoqda… { $done } / { $total }
transfer-progress-label = Jarayon
transfer-report = Hisobot
transfer-created = { $count ->
    [one] { $count } ta hook yaratildi.
   *[other] { $count } ta hook yaratildi.
}
transfer-queued = { $count ->
    [one] { $count } ta hook serverga ulanish mumkin bo'lganda yuborish uchun saqlab qo'yildi.
   *[other] { $count } ta hook serverga ulanish mumkin bo'lganda yuborish uchun saqlab qo'yildi.
}
transfer-skipped = { $count } tasi allaqachon mavjud, o'tkazib yuborildi.
transfer-not-imported = { $count } tasini oldindan ko'rishda ko'rsatilganidek import qilib bo'lmadi.
transfer-failed = { $count ->
    [one] { $count } ta hook yaratilmadi:
   *[other] { $count } ta hook yaratilmadi:
}
copy-button = Nusxalash…
copy-selected = { $count ->
    [one] Tanlangan { $count } ta hookni nusxalash…
   *[other] Tanlangan { $count } ta hookni nusxalash…
}
copy-dialog = Navbatlarga nusxalash
copy-title = { $count ->
    [one] { $count } ta hookni navbatlarga nusxalash
   *[other] { $count } ta hookni navbatlarga nusxalash
}
copy-hint = Hooklar nusxalanadigan shu serverdagi navbatlarni tanlang. Ularni boshqa serverga nusxalash uchun avval o'sha serverni profillar menyusidan qo'shing (Server qo'shish…).
copy-hint-servers = Maqsad serverni, keyin hooklar nusxalanadigan navbatlarni tanlang.
copy-hint-other = Hooklar nusxalanadigan { $name } navbatlarini tanlang: ular o'sha profilning kirish ma'lumotlari bilan yaratiladi yoki uning serveriga ulanib bo'lmaganda yuborilmaganlar ro'yxatida kutadi.
copy-server = Maqsad server
copy-server-active = { $name } (shu server)
copy-into = { $name } server profiliga.
copy-search = Maqsad navbatlarni qidirish
copy-type = Maqsad navbat turi
copy-loading = Navbatlar o'qilmoqda…
copy-no-queues = Mos navbat yo'q.
copy-targets = Maqsad navbatlar
copy-chosen = { $count ->
    [one] { $count } ta navbat tanlandi
   *[other] { $count } ta navbat tanlandi
}
copy-preview = Oldindan ko'rish

## The main area's tabs and the change journal
main-tabs = Ko'rinishlar
main-tab-hooks = Hooklar
main-tab-journal = Jurnal
journal-title = Jurnal
journal-total = { $count ->
    [one] Shu kompyuterdan kiritilgan { $count } ta o'zgarish
   *[other] Shu kompyuterdan kiritilgan { $count } ta o'zgarish
}
journal-filters = Jurnal filterlari
journal-search = Jurnaldan qidirish
journal-filter-owner = Navbat yoki jamoa bo'yicha filterlash
journal-filter-action = O'zgarish turi bo'yicha filterlash
journal-from = Dan
journal-to = Gacha
journal-clear-filters = Filterlarni tozalash
journal-export = CSV eksport…
journal-export-title = Filterlar ko'rsatayotgan yozuvlarni CSV fayl sifatida saqlash
journal-exported = { $count ->
    [one] Jurnalning { $count } ta yozuvi { $path } fayliga saqlandi
   *[other] Jurnalning { $count } ta yozuvi { $path } fayliga saqlandi
}
journal-table = O'zgarishlar jurnali
journal-col-when = Qachon
journal-col-who = Kim
journal-col-where = Qayerda
journal-col-what = Nima
journal-col-change = Oldin → keyin
journal-col-outcome = Server
journal-col-undo = Qaytarish
journal-action-created = Yaratildi
journal-action-changed = O'zgartirildi
journal-action-enabled = Yoqildi
journal-action-disabled = O'chirib qo'yildi
journal-action-deleted = O'chirildi
journal-what = { $action }: { $event } hooki
journal-batch-of = { $count ->
    [one] yakka
   *[other] birga o'zgartirilgan { $count } ta o'zgarishdan biri
}
journal-origin-window = oynadan
journal-origin-tray = treydan
journal-origin-import = import orqali
journal-origin-copy = nusxalash orqali
journal-origin-replay = oflayn o'zgarishlarni qayta yuborish orqali
journal-origin-undo = qaytarish orqali
journal-none = (yo'q)
journal-hook-enabled = { $event } → { $flow }, yoqilgan
journal-hook-disabled = { $event } → { $flow }, o'chirib qo'yilgan
journal-outcome-taken = Qabul qilindi
journal-outcome-pending = Yuborilishini kutmoqda
journal-outcome-refused = Rad etildi
journal-outcome-conflict = Ziddiyat
journal-outcome-discarded = Tashlab yuborildi
journal-undone-mark = Qaytarildi
journal-undo = Qaytarish
journal-undo-title = Hookni avvalgi holatiga qaytarish (agar u serverda hali shu o'zgarish qoldirgan holatda bo'lsa)
journal-undo-batch = { $count ->
    [one] Hammasini qaytarish
   *[other] Barcha { $count } tasini qaytarish
}
journal-undo-batch-title = Shu amalning hali o'zi qoldirgan holatda turgan har bir hookini avvalgi holatiga qaytarish
journal-undone = { $count ->
    [0] Hech narsa qaytarilmadi.
    [one] { $count } ta o'zgarish qaytarildi.
   *[other] { $count } ta o'zgarish qaytarildi.
}
journal-undo-none = { $count ->
    [one] O'zgarish qaytarilmadi:
   *[other] { $count } ta o'zgarishdan hech biri qaytarilmadi:
}
journal-undo-some-not = { $count ->
    [one] { $count } tasi qaytarilmadi:
   *[other] { $count } tasi qaytarilmadi:
}
journal-empty = Hali o'zgarishlar yo'q
journal-empty-hint = Shu kompyuterdan kiritilgan har bir o'zgarish (oynadan, treydan, import yoki nusxalash orqali) shu yerda ro'yxatga olinadi, eng yangisi birinchi.
journal-empty-filtered = Mos o'zgarish yo'q
journal-empty-filtered-hint = Barcha o'zgarishlarni ko'rish uchun filterlarni tozalang.
journal-page = { $page }-sahifa, jami { $pages }
settings-journal-days = O'zgarishlar jurnalini saqlash muddati (kun)
