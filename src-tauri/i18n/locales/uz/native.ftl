# Native tomonning so'zlari: ilovaning o'z xatolari, trey menyusi, ish stoli bildirishnomalari va
# tizim dialoglari. Treydagi holat qatori oynaning sync-* xabarlaridan foydalanadi (main.ftl).

## The app's own errors
error-runtime = Ilova so'rovni yakunlay olmadi ({ $detail }). Uni qayta ishga tushiring va qayta urinib ko'ring.
error-still-starting = Siz hali tizimga kirmagansiz. Ilova ishga tushib bo'lishini kuting, keyin qayta urinib ko'ring.
error-not-started = Ilova to'liq ishga tushmadi. Uni yoping va qayta ishga tushiring.
error-profiles-not-opened = Ilova o'z profillarini ocha olmadi ({ $detail }). Uni qayta ishga tushiring.
error-no-data-folder = Ilova o'z ma'lumotlari uchun papka topa olmayapti ({ $detail }). Uni --data-dir parametri va yozish mumkin bo'lgan papka bilan ishga tushiring.
error-second-factor-at-start = Bu foydalanuvchi bir martalik kod bilan kiradi, ilova esa uni ishga tushishda qabul qila olmaydi. Buning o'rniga kirish ekranida kiring.
error-settings-not-loaded = Ilova to'liq ishga tushmadi, shuning uchun uning sozlamalari yuklanmagan. Uni yoping va qayta ishga tushiring.
error-settings-without-folder = Ilovaning ma'lumotlar papkasi yo'q, shuning uchun sozlamalarni saqlab bo'lmaydi. Uni --data-dir parametri va yozish mumkin bo'lgan papka bilan ishga tushiring.
error-settings-not-saved = Sozlamalarni saqlab bo'lmadi ({ $detail }). { $path } uchun yozish ruxsati borligini tekshiring, keyin qayta urinib ko'ring.
error-start-at-login-unavailable = Ilovaning bu yig'masida "Tizimga kirishda ishga tushirish" imkoniyati yo'q. Buning o'rniga ilovani ish stolingizning avtoyuklash dasturlariga qo'shing.
error-start-at-login-not-on = "Tizimga kirishda ishga tushirish"ni yoqib bo'lmadi ({ $detail }). Ish stolingizning avtoyuklash dasturlarini tekshiring, keyin qayta urinib ko'ring.
error-start-at-login-not-off = "Tizimga kirishda ishga tushirish"ni o'chirib bo'lmadi ({ $detail }). Ish stolingizning avtoyuklash dasturlarini tekshiring, keyin qayta urinib ko'ring.
error-window-gone = Ilova oynasi yo'q. Ilovadan trey orqali chiqing va uni qayta ishga tushiring.
error-window-not-hidden = Oynani yashirib bo'lmadi ({ $detail }). Qayta urinib ko'ring yoki ilovani qayta ishga tushiring.
error-window-not-shown = Oynani ko'rsatib bo'lmadi ({ $detail }). Qayta urinib ko'ring yoki ilovani qayta ishga tushiring.
error-sync-without-session = Siz tizimga kirmagansiz. Oynani oching va tizimga kiring, keyin qayta sinxronlang.
error-no-confirmation = Ilova bu yerda tasdiqlash so'ray olmaydi, shuning uchun { $queue } hooklari o'zgarishsiz qoldirildi. Buning o'rniga ularni oynada o'chirib qo'ying.
error-browser-not-opened = Brauzerni ochib bo'lmadi ({ $detail }). { $address } manzilini brauzeringizda o'zingiz oching.
error-not-a-web-address = { $address } veb-manzil emas (https:// yoki http://), shuning uchun u ochilmadi. Profildagi Webitel admin paneli manzilini tekshiring.

## The tray menu
tray-show = Oynani ko'rsatish
tray-hide = Oynani yashirish
tray-sync-now = Hozir sinxronlash
tray-quit = Chiqish
tray-offline = { $count ->
    [0] Oflayn: kutayotgan o'zgarishlar yo'q
    [one] Oflayn: { $count } ta o'zgarish kutmoqda
   *[other] Oflayn: { $count } ta o'zgarish kutmoqda
}
tray-disable-all = { $owner }: barcha hooklarni o'chirib qo'yish
tray-team = { $team } (jamoa)
# Mahkamlangan navbat ichki menyusidagi hook: "Birlashtirilgan → Qo'ng'iroqdan keyingi so'rovnoma".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (kutilmoqda)
tray-failed-hook = Hook o'zgartirilmadi
tray-failed-disable-all = Hamma hooklar ham o'chirib qo'yilmadi
tray-failed-sync = Sinxronlash boshlanmadi
tray-failed-show = Oyna javob bermadi
tray-failed = Trey buni bajara olmadi

## The confirmation before Disable all, from the tray
tray-confirm-title = { $queue }: barcha hooklarni o'chirib qo'yish
tray-confirm-text = { $count ->
    [one] Uning yoqilgan hookini o'chirib qo'yasizmi? Hooklar qayta yoqilmaguncha { $queue } navbatidagi qo'ng'iroqlar o'z oqimlarini ishga tushirmaydi.
   *[other] Uning yoqilgan { $count } ta hookini o'chirib qo'yasizmi? Hooklar qayta yoqilmaguncha { $queue } navbatidagi qo'ng'iroqlar o'z oqimlarini ishga tushirmaydi.
}
tray-confirm-yes = Hammasini o'chirib qo'yish
tray-confirm-no = Bekor qilish

## Desktop notifications
notify-conflicts = { $count ->
    [one] Oflayn paytda kiritgan o'zgarishingiz server bilan ziddiyatda: tanlash uchun ilovani oching.
   *[other] Oflayn paytda kiritgan { $count } ta o'zgarishingiz server bilan ziddiyatda: tanlash uchun ilovani oching.
}
notify-changed = { $count ->
    [one] { $server } tomonida { $count } ta hookni boshqa kishi o'zgartirdi.
   *[other] { $server } tomonida { $count } ta hookni boshqa kishi o'zgartirdi.
}
notify-the-server = server

## Native file dialogs
dialog-export-hooks = Hooklarni eksport qilish
dialog-export-journal = Jurnalni eksport qilish
dialog-import-hooks = Hooklarni import qilish
dialog-filter-export = Webitel Hooks eksporti (JSON)
dialog-filter-json = JSON (qayta import qilish uchun)
dialog-filter-csv = CSV (o'qish uchun)
dialog-filter-csv-only = CSV
