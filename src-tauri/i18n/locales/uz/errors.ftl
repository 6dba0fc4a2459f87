# Native tomon xabar beradigan xatolar. Har bir xabar bir-ikki gap: nima bo'ldi, keyin nima qilish kerak.
# Argumentlar: $server (manzil), $detail (server, tizim yoki kutubxonaning o'z so'zlari, tarjima qilinmaydi),
# $path va $file (fayl), $event (hodisa nomi, tarjima qilingan), $type (navbat turi, tarjima qilingan).

## The server and the session
error-unreachable = { $server } manzilidagi serverga ulanib bo'lmayapti. Ulanishni tekshiring va qayta urinib ko'ring.
error-busy = { $server } manzilidagi server hozir juda band, javob bera olmaydi. Birozdan keyin qayta urinib ko'ring.
error-session-ended = Sessiyangiz tugadi. Qayta kiring.
error-not-signed-in = Siz tizimga kirmagansiz. Avval Webitel serveriga kiring.
error-forbidden-because = Foydalanuvchingizga serverda bu amalni bajarishga ruxsat yo'q: { $detail }. Webitel administratoringizdan ruxsat so'rang.
error-forbidden = Foydalanuvchingizga serverda bu amalni bajarishga ruxsat yo'q. Webitel administratoringizdan ruxsat so'rang.
error-read-only = Foydalanuvchingiz bu hooklarni ko'ra oladi, lekin o'zgartira olmaydi. Webitel administratoringizdan navbatlarni tahrirlash huquqini so'rang.
error-flows-forbidden = Foydalanuvchingiz oqim sxemalarini o'qiy olmaydi, shuning uchun oqimni tanlab bo'lmaydi. Webitel administratoringizdan oqim sxemalarini o'qish huquqini so'rang.
error-queue-gone = Bu navbat serverda endi mavjud emas. Navbatlar ro'yxatini yangilang va boshqa navbatni tanlang.
error-team-gone = Bu jamoa serverda endi mavjud emas. Jamoalar ro'yxatini yangilang va boshqa jamoani tanlang.
error-event-already-enabled = Bu navbatning boshqa { $event } hooki yoqilgan, navbatda esa har bir hodisa uchun faqat bitta yoqilgan hook bo'ladi, shuning uchun bu hook o'chirib qo'yilgan holda qoldirildi. Avval boshqa { $event } hookini o'chirib qo'ying.
error-flow-taken-in-team = Server bu jamoada shu oqimning ikkinchi hookini rad etdi: jamoada har bir oqim uchun faqat bitta hook bo'ladi. Boshqa oqimni tanlang yoki jamoaning shu oqim uchun hookini tahrirlang.
error-hook-gone = Bu hook serverda endi mavjud emas. Joriy ro'yxatni ko'rish uchun yangilang.
error-rejected-because = Server o'zgarishni rad etdi: { $detail }. Qiymatlarni tekshiring va qayta urinib ko'ring.
error-rejected = Server o'zgarishni rad etdi. Qiymatlarni tekshiring va qayta urinib ko'ring.
error-second-enabled-hook = Server bu navbatdagi ikkinchi yoqilgan { $event } hookini rad etdi: har bir hodisa uchun faqat bitta hook yoqilgan bo'lishi mumkin. Avval boshqa { $event } hookini o'chirib qo'ying.
error-second-enabled-hook-any = Server bu navbatda shu hodisa uchun ikkinchi yoqilgan hookni rad etdi: har bir hodisa uchun faqat bitta hook yoqilgan bo'lishi mumkin. Avval shu hodisaning boshqa hookini o'chirib qo'ying.
error-server-failed-because = { $server } manzilidagi server so'rovni bajara olmadi: { $detail }. Qayta urinib ko'ring; xato takrorlanaversa, Webitel administratoringizga xabar bering.
error-server-failed = { $server } manzilidagi server so'rovni bajara olmadi. Qayta urinib ko'ring; xato takrorlanaversa, Webitel administratoringizga xabar bering.
error-unreadable-answer = { $server } manzilidagi server bu ilova o'qiy olmaydigan javob yubordi. Manzil Webitel serveriga ishora qilishini tekshiring, keyin qayta urinib ko'ring.
error-answer-too-large = { $server } manzilidagi server har qanday Webitel javobidan ancha katta javob yubordi, shuning uchun u o'qilmadi. Manzil Webitel serveriga ishora qilishini tekshiring, keyin qayta urinib ko'ring.
error-redirected = { $server } manzilidagi server { $to } manziliga yo'naltirish bilan javob berdi; bu ilova yo'naltirishga ergashmaydi, shuning uchun u yerga hech narsa yuborilmadi. Server manzilini (https:// yoki http:// va yo'lini) tekshiring, keyin qayta urinib ko'ring.

## The server's certificate
error-certificate-unknown-issuer = Server sertifikati bu kompyuter ishonadigan sertifikatlash markazi tomonidan imzolanmagan. Agar server xususiy CA dan foydalansa, uning sertifikatini profilga qo'shing.
error-certificate-expired = Server sertifikatining muddati tugagan. Server administratoridan uni yangilashni so'rang.
error-certificate-not-valid-yet = Server sertifikati hali amal qilmaydi. Bu kompyuterning sanasi va vaqtini tekshiring, keyin qayta urinib ko'ring.
error-certificate-name-mismatch = Server sertifikati { $server } uchun emas, boshqa nom uchun berilgan. Manzilni tekshiring yoki server administratoridan shu nom uchun sertifikat so'rang.
error-certificate-revoked = Server sertifikati bekor qilingan. Server administratoridan yangisini so'rang.
error-certificate-none = { $server } manzilidagi server hech qanday sertifikat taqdim etmadi. Manzilni tekshiring yoki server administratoriga murojaat qiling.
error-certificate-not-tls = { $server } manzilidagi server bu manzilda HTTPS orqali ishlamaydi. Manzil http:// bilan boshlanishi kerak emasmi, tekshiring.
error-certificate-refused = Server sertifikati rad etildi: { $detail }. Manzilni va profilning CA sertifikatini tekshiring.
error-certificate-invalid = Server sertifikatini tekshirib bo'lmaydi ({ $detail }). Server administratoridan yaroqli sertifikat so'rang yoki uni imzolagan CA ni profilga qo'shing.
error-certificate = Server bilan xavfsiz ulanish amalga oshmadi ({ $detail }). Manzilni va profilning CA sertifikatini tekshiring.
error-server-address = Server manzili to'g'ri http(s) manzil emas ({ $detail }). Uni tuzating va qayta urinib ko'ring.
error-server-settings = Ulanish sozlamalaridan foydalanib bo'lmaydi ({ $detail }). Server sozlamalarini tuzating va qayta urinib ko'ring.
error-client = So'rovni yuborib bo'lmadi ({ $detail }). Qayta urinib ko'ring; xato takrorlanaversa, Webitel administratoringizga xabar bering.

## Signing in
error-wrong-password = Server bu foydalanuvchi nomi yoki parolni rad etdi. Ularni tekshiring va qayta urinib ko'ring.
error-wrong-code = Server bu bir martalik kodni rad etdi. Autentifikator ilovasidagi joriy kodni kiriting va qayta urinib ko'ring.
error-second-factor-unsupported = Bu foydalanuvchi bir martalik kod bilan kiradi, ilovaning bu versiyasi esa uni hali so'ray olmaydi. Ikki bosqichli kirishi yo'q foydalanuvchi bilan kiring.
error-sign-in-not-waiting = Bu kirish endi kodni kutmayapti. Parolingiz bilan qayta kiring.
error-password-needed = { $server } serveridagi sessiyangiz tugadi. Qayta kirish uchun { $username } foydalanuvchisining parolini kiriting.
error-bad-ca-certificate = Profilning CA sertifikatidan foydalanib bo'lmaydi ({ $detail }). CA sertifikatini PEM shaklida joylashtiring (u -----BEGIN CERTIFICATE----- bilan boshlanadi).

## What the user typed
error-no-password = Parolni kiriting, keyin qayta kiring.
error-no-username = Foydalanuvchi nomini (user@domain) kiriting, keyin qayta kiring.
error-bad-server-address = Server manzili noto'g'ri. Uni https://your-server ko'rinishida yozing, keyin qayta urinib ko'ring.
error-bad-admin-address = Admin panel manzili noto'g'ri. Uni https://your-server/admin ko'rinishida yozing yoki serverning o'z paneli uchun bo'sh qoldiring, keyin qayta saqlang.
error-no-profile-name = Profilga nom kerak. Nom kiriting, keyin qayta saqlang.
error-no-flow = Hook ishga tushiradigan oqim sxemasini tanlang, keyin qayta saqlang.
error-unknown-event = Ro'yxat hook uchun taklif qiladigan hodisalardan birini tanlang, keyin qayta saqlang.
error-not-a-team-event = Jamoa hooki "Agent holati o'zgardi" hodisasida ishga tushadi: o'sha hodisani tanlang, keyin qayta saqlang.
error-event-never-fires = Bu hodisa "{ $type }" turidagi navbatda hech qachon yuz bermaydi, shuning uchun hook o'z oqimini hech qachon ishga tushirmaydi. Ro'yxat shu navbat uchun taklif qiladigan hodisani tanlang, keyin qayta saqlang.
error-no-such-owner = Bu navbat yoki jamoa server ro'yxatida yo'q. Ro'yxatdan birini tanlang, keyin qayta urinib ko'ring.
error-private-key-in-ca = Joylashtirilgan matnda maxfiy kalit bor, bu ilova esa uni hech qachon saqlamaydi: faqat CA sertifikatini joylashtiring, keyin qayta urinib ko'ring.
error-page-size = Sahifadagi qatorlar soni 1 dan 1000 gacha bo'ladi: ulardan birini tanlang, keyin qayta urinib ko'ring.
error-page-number = Sahifalar 1 dan 1 000 000 gacha raqamlanadi: birinchi sahifaga o'ting, keyin qayta urinib ko'ring.
error-too-many = Bitta so'rovga ko'pi bilan 1000 ta element sig'adi: kamroq tanlang, keyin qayta urinib ko'ring.
error-too-long = Matn 1000 belgidan uzun: uni qisqartiring, keyin qayta urinib ko'ring.
error-no-such-profile = Bu server profili endi shu kompyuterda yo'q: ro'yxatdan birini tanlang, keyin qayta urinib ko'ring.

## The keyring
# $what: read, saved, deleted yoki opened. $platform: macos, windows yoki linux. $detail: quyidagi
# keyring-trouble-* xabarlaridan biri.
error-keyring-none = Hech qanday kalitlar ombori xizmati ishlamayapti. GNOME Keyring (gnome-keyring paketi) yoki Secret Service yoqilgan KeePassXC ni o'rnating va qulfini oching yoki faqat shu sessiya uchun kiring.
error-keyring-not-opened = Tizim kalitlar omborini ochib bo'lmaydi: { $detail }. { $platform ->
    [macos] Keychain Access ilovasida login kalitlar to'plamining qulfini oching yoki faqat shu sessiya uchun kiring.
    [windows] Credential Manager xizmati ishlayotganini tekshiring yoki faqat shu sessiya uchun kiring.
   *[linux] Kalitlar omborining (GNOME Keyring yoki Secret Service yoqilgan KeePassXC) qulfini oching yoki faqat shu sessiya uchun kiring.
}
error-keyring-silent = Kalitlar ombori javob bermayapti: { $detail }. { $platform ->
    [macos] Keychain Access ilovasida login kalitlar to'plamining qulfini oching yoki faqat shu sessiya uchun kiring.
    [windows] Credential Manager xizmati ishlayotganini tekshiring yoki faqat shu sessiya uchun kiring.
   *[linux] Kalitlar omborining (GNOME Keyring yoki Secret Service yoqilgan KeePassXC) qulfini oching yoki faqat shu sessiya uchun kiring.
}
error-keyring-stalled = Kalitlar ombori { $seconds } soniya ichida javob bermadi: u ko'rinmaydigan oynada o'z parolini kutayotgan bo'lishi mumkin. Kalitlar omborining qulfini oching va ilovani qayta ishga tushiring yoki faqat shu sessiya uchun kiring.
error-keyring-probe-stopped = Kalitlar omborini tekshirish kutilmaganda to'xtadi. Ilovani qayta ishga tushiring yoki faqat shu sessiya uchun kiring.
error-keyring-locked = Kalitlar omboridagi yozuvni { $what ->
    [read] o'qib
    [deleted] o'chirib
    [opened] ochib
   *[saved] saqlab
} bo'lmadi: { $detail }. { $platform ->
    [macos] Keychain Access ilovasida login kalitlar to'plamining qulfini oching yoki faqat shu sessiya uchun kiring.
    [windows] Credential Manager xizmati ishlayotganini tekshiring yoki faqat shu sessiya uchun kiring.
   *[linux] Kalitlar omborining (GNOME Keyring yoki Secret Service yoqilgan KeePassXC) qulfini oching yoki faqat shu sessiya uchun kiring.
}
error-keyring-failed = Kalitlar omboridagi yozuvni { $what ->
    [read] o'qib
    [deleted] o'chirib
    [opened] ochib
   *[saved] saqlab
} bo'lmadi: { $detail }.
error-keyring-task-stopped = Kalitlar omboriga murojaat kutilmaganda to'xtadi ({ $detail }). Qayta urinib ko'ring.
# Kalitlar omboriga murojaatda nima xato ketdi; $inner — kalitlar omborining o'z so'zlari.
keyring-trouble-service-failed = kalitlar ombori xizmati ishdan chiqdi ({ $inner })
keyring-trouble-locked = kalitlar ombori qulflangan ({ $inner })
keyring-trouble-no-entry = bunday yozuv yo'q
keyring-trouble-bad-format = saqlangan qiymat kutilgan formatda emas
keyring-trouble-damaged = kalitlar ombori shikastlangan ({ $inner })
keyring-trouble-too-long = nom kalitlar ombori ruxsat berganidan uzun ({ $inner })
keyring-trouble-invalid = nom kalitlar ombori uchun yaroqsiz ({ $inner })
keyring-trouble-ambiguous = bu nomdagi yozuv bittadan ko'p
keyring-trouble-no-store = hech qanday kalitlar ombori sozlanmagan
keyring-trouble-not-supported = kalitlar ombori buni bajara olmaydi ({ $inner })
keyring-trouble-unknown = noma'lum kalitlar ombori xatosi

## Files on this computer
error-store-damaged = { $path } mahalliy kesh fayli shikastlangan ({ $detail }). Ilovani yoping, o'sha faylni boshqa joyga ko'chiring va ilovani qayta ishga tushiring: kesh serverdan qayta tiklanadi.
error-store-unusable = { $path } mahalliy kesh faylidan foydalanib bo'lmaydi ({ $detail }). Diskda joy borligini va faylga yozish mumkinligini tekshiring, keyin qayta urinib ko'ring.
error-store-newer = { $path } mahalliy kesh faylini Webitel Hooks ilovasining yangiroq versiyasi yozgan (sxema { $found }, bu versiya biladigani: { $known }). Ilovani yangilang yoki bo'sh kesh bilan boshlash uchun o'sha faylni boshqa joyga ko'chiring.
error-store-damaged-not-set-aside = Mahalliy kesh shikastlangan va uni boshqa joyga ko'chirib bo'lmaydi ({ $detail }). { $path } faylidan foydalanayotgan boshqa dasturlarni yoping, keyin ilovani qayta ishga tushiring.
error-store-newer-not-set-aside = Mahalliy keshni Webitel Hooks ilovasining yangiroq versiyasi yozgan va uni boshqa joyga ko'chirib bo'lmaydi ({ $detail }). { $path } faylidan foydalanayotgan boshqa dasturlarni yoping, keyin ilovani qayta ishga tushiring.
error-cache-folder = Mahalliy kesh uchun { $path } papkasini yaratib bo'lmaydi ({ $detail }). Unga yozish mumkinligini tekshiring, keyin ilovani qayta ishga tushiring.
error-cache-not-deleted = { $path } kesh faylini o'chirib bo'lmaydi ({ $detail }). Undan foydalanayotgan boshqa dasturlarni yoping, keyin qayta urinib ko'ring.
error-data-folder = { $path } ma'lumotlar papkasini yaratib bo'lmaydi ({ $detail }). Unga yozish mumkinligini tekshiring, keyin ilovani qayta ishga tushiring.
error-profiles-newer = { $path } profillar faylini Webitel Hooks ilovasining yangiroq versiyasi yozgan (sxema { $found }, bu versiya biladigani: { $known }). Ilovani yangilang.
error-not-an-export = { $file } fayli Webitel Hooks eksporti emas ({ $detail }). "Eksport" yaratgan JSON faylni tanlang.
# Nega fayl eksport emas ($inner: tahlilchining o'z so'zlari).
export-why-not-json = JSON emas: { $inner }
export-why-not-an-object = bu JSON obyekti emas
export-why-not-named = unda Webitel Hooks eksporti ekanligi aytilmagan
export-why-no-version = unda format versiyasi yo'q
export-why-shape = { $inner }
export-why-too-large = u { $mib } MiB dan katta
error-newer-export = { $file } faylini Webitel Hooks ilovasining yangiroq versiyasi eksport qilgan (format versiyasi { $found }; bu versiya { $known } versiyasigacha o'qiydi). Uni import qilish uchun ilovani yangilang.
error-file-not-read = { $path } faylini o'qib bo'lmaydi ({ $detail }). U mavjudligini va uni o'qishga ruxsatingiz borligini tekshiring.
# Kesh faylidan foydalanib bo'lmadi, u chetga olib qo'yildi ($kept: qayerga) va qayta yaratildi.
notice-cache-rebuilt = { $why ->
    [newer] Mahalliy keshni Webitel Hooks ilovasining yangiroq versiyasi yozgan edi
   *[damaged] Mahalliy kesh shikastlangan edi
}, shuning uchun u qayta yaratildi; yuborilishini kutayotgan hech narsa yo'qolmadi. Kesh serverdan qayta to'ldiriladi (eski fayl { $kept } sifatida saqlab qo'yildi).
notice-cache-rebuilt-kept = { $why ->
    [newer] Mahalliy keshni Webitel Hooks ilovasining yangiroq versiyasi yozgan edi
   *[damaged] Mahalliy kesh shikastlangan edi
}, shuning uchun u qayta yaratildi; { $count ->
    [one] yuborilishini kutayotgan { $count } ta o'zgarish saqlab qolindi va
   *[other] yuborilishini kutayotgan { $count } ta o'zgarish saqlab qolindi va
} serverga ulanish mumkin bo'lganda yuboriladi (eski fayl { $kept } sifatida saqlab qo'yildi).
notice-cache-rebuilt-lost = { $why ->
    [newer] Mahalliy keshni Webitel Hooks ilovasining yangiroq versiyasi yozgan edi
   *[damaged] Mahalliy kesh shikastlangan edi
}, shuning uchun u qayta yaratildi. Oflayn kiritilgan va yuborilishini kutayotgan o'zgarishlarni undan o'qib bo'lmadi, ular yo'qoldi; oflayn o'zgartirgan hooklaringizni tekshiring (eski fayl { $kept } sifatida saqlab qo'yildi).
error-file-not-written = Eksportni { $path } fayliga yozib bo'lmaydi ({ $detail }). Boshqa papka yoki fayl nomini tanlang.

## Profiles, copies, pins, the sync
error-profile-gone = Bu server profili endi mavjud emas. Boshqa profilni tanlang yoki uni qayta qo'shing.
error-target-needs-sign-in = { $profile } profiliga nusxalash uchun o'sha profilga kirish kerak. { $profile } profiliga o'ting, tizimga kiring, qaytib o'ting va qayta nusxalang.
error-target-never-synced = { $profile } profilining { $server } manzilidagi serveriga ulanib bo'lmayapti, { $profile } esa bu kompyuterda hech qachon sinxronlanmagan, shuning uchun uning navbatlari noma'lum. O'sha serverga ulanish mumkin bo'lganda qayta urinib ko'ring.
error-queue-not-cached = Bu navbat mahalliy keshda yo'q, shuning uchun uni mahkamlab bo'lmaydi. Navbatlar ro'yxatini yangilang, keyin uni qayta mahkamlang.
error-conflict-gone = Bu ziddiyat allaqachon hal qilingan. Joriy ro'yxatni ko'rish uchun yangilang.
error-sync-superseded = Boshqa profil ochilgani uchun sinxronlash to'xtadi; yangi profilning sinxronlashi o'zi boshlanadi.
error-hook-not-listed = Bu hook endi { $queue } hooklari orasida yo'q. Ularning hozirgi holatini ko'rish uchun oynani oching.
error-not-all-disabled = { $queue } navbatining yoqilgan { $total } ta hookidan { $failed } tasi o'chirib qo'yilmadi: { $first }
error-queues-not-read = { $total } ta navbat va jamoadan { $failed } tasini o'qib bo'lmadi; ularda avval o'qilgan ma'lumotlar ko'rsatiladi. { $first }

## Changes that waited, and undo
error-conflict-deleted-on-server = Bu o'zgarish kutib turganda hook serverda o'chirildi.
error-conflict-queue-deleted = Bu o'zgarish kutib turganda navbat serverda o'chirildi yoki siz uni endi o'qiy olmaysiz: o'zgarishni tashlab yuboring yoki navbat qaytganda qayta urinish uchun uni qoldiring.
error-conflict-changed-on-server = Bu o'zgarish kutib turganda hook serverda o'zgartirildi.
error-undo-needs-server = Qaytarish avval hookni serverdan o'qiydi, serverga esa hozir ulanib bo'lmayapti, shuning uchun hech narsa qaytarilmadi. Onlayn bo'lganingizda qayta urinib ko'ring.
# $what: nima farq qiladi, difference-* xabarlaridan "; " orqali tuziladi.
error-changed-since = Bu o'zgarishdan keyin hook serverda o'zgardi: { $what }. Hech narsa qaytarilmadi, shuning uchun o'sha yangiroq holat qoladi; agar hook avvalgi holatiga qaytishi kerak bo'lsa, uni o'zingiz o'zgartiring.
error-undo-pending = Bu o'zgarish hali serverga yuborilishini kutmoqda, shuning uchun hozircha qaytaradigan narsa yo'q. Hozir sinxronlang, keyin uni qaytaring.
error-undo-conflict = Bu o'zgarish serverda kiritilgan o'zgarish bilan ziddiyatga kirdi va sizning tanlovingizni kutmoqda, shuning uchun qaytaradigan narsa yo'q. Avval ziddiyatni hal qiling ("Menikini qoldirish", "Servernikini olish" yoki "Tashlab yuborish").
error-nothing-to-undo = Server bu o'zgarishni qabul qilmadi, shuning uchun qaytaradigan narsa yo'q.
error-already-undone = Bu o'zgarish allaqachon qaytarilgan.
error-journal-entry-gone = Bu jurnal yozuvi endi saqlanmaydi (eski yozuvlar Sozlamalarda belgilangan kunlar sonidan keyin o'chiriladi). Jurnalni yangilang.
difference-deleted = u serverda o'chirildi
difference-exists = u serverda yana paydo bo'ldi
difference-event = uning hodisasi endi { $event }
difference-flow = uning oqimi endi { $flow }
difference-enabled = u endi yoqilgan
difference-disabled = u endi o'chirib qo'yilgan
difference-separator = ;{" "}
