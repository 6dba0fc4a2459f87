# The words of the native side: the app's own errors, the tray menu, desktop notifications and
# native dialogs. The tray's status line uses the window's sync-* messages (main.ftl).

## The app's own errors
error-runtime = Ứng dụng không thể hoàn tất yêu cầu ({ $detail }). Hãy khởi động lại ứng dụng và thử lại.
error-still-starting = Bạn chưa đăng nhập. Hãy chờ ứng dụng khởi động xong, rồi thử lại.
error-not-started = Ứng dụng chưa khởi động xong. Hãy đóng và khởi động lại ứng dụng.
error-profiles-not-opened = Ứng dụng không thể mở các hồ sơ của nó ({ $detail }). Hãy khởi động lại ứng dụng.
error-no-data-folder = Ứng dụng không tìm thấy thư mục cho dữ liệu của nó ({ $detail }). Hãy khởi động ứng dụng với --data-dir và một thư mục có thể ghi được.
error-second-factor-at-start = Người dùng này đăng nhập bằng mã dùng một lần, mà ứng dụng không thể nhận khi khởi động. Hãy đăng nhập trên màn hình Đăng nhập.
error-settings-not-loaded = Ứng dụng chưa khởi động xong, nên cài đặt chưa được tải. Hãy đóng và khởi động lại ứng dụng.
error-settings-without-folder = Không thể lưu cài đặt vì ứng dụng không có thư mục dữ liệu. Hãy khởi động ứng dụng với --data-dir và một thư mục có thể ghi được.
error-settings-not-saved = Không thể lưu cài đặt ({ $detail }). Hãy kiểm tra { $path } có thể ghi được, rồi thử lại.
error-start-at-login-unavailable = Tùy chọn “Khởi động khi đăng nhập” không có trong bản dựng này của ứng dụng. Hãy tự thêm ứng dụng vào các chương trình khởi động của máy tính.
error-start-at-login-not-on = Không thể bật “Khởi động khi đăng nhập” ({ $detail }). Hãy kiểm tra các chương trình khởi động của máy tính, rồi thử lại.
error-start-at-login-not-off = Không thể tắt “Khởi động khi đăng nhập” ({ $detail }). Hãy kiểm tra các chương trình khởi động của máy tính, rồi thử lại.
error-window-gone = Cửa sổ của ứng dụng không còn nữa. Hãy thoát ứng dụng từ khay hệ thống và khởi động lại.
error-window-not-hidden = Không thể ẩn cửa sổ ({ $detail }). Hãy thử lại, hoặc khởi động lại ứng dụng.
error-window-not-shown = Không thể hiển thị cửa sổ ({ $detail }). Hãy thử lại, hoặc khởi động lại ứng dụng.
error-sync-without-session = Bạn chưa đăng nhập. Hãy mở cửa sổ và đăng nhập, rồi đồng bộ lại.
error-no-confirmation = Ứng dụng không thể yêu cầu xác nhận ở đây, nên các hook của { $queue } được giữ nguyên. Hãy tắt chúng trong cửa sổ.
error-browser-not-opened = Không thể mở trình duyệt ({ $detail }). Hãy tự mở { $address } trong trình duyệt của bạn.
error-not-a-web-address = { $address } không phải là địa chỉ web (https:// hoặc http://), nên không được mở. Hãy kiểm tra địa chỉ trang quản trị Webitel của hồ sơ.

## The tray menu
tray-show = Hiện cửa sổ
tray-hide = Ẩn cửa sổ
tray-sync-now = Đồng bộ ngay
tray-quit = Thoát
tray-offline = { $count ->
    [0] Ngoại tuyến: không có thay đổi nào đang chờ
   *[other] Ngoại tuyến: { $count } thay đổi đang chờ
}
tray-disable-all = Tắt tất cả hook của { $owner }
tray-team = { $team } (đội)
# A hook in a pinned queue's submenu: "Bridged → Survey after call".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (đang chờ)
tray-failed-hook = Hook chưa được thay đổi
tray-failed-disable-all = Không phải mọi hook đều đã được tắt
tray-failed-sync = Không thể bắt đầu đồng bộ
tray-failed-show = Cửa sổ không phản hồi
tray-failed = Khay hệ thống không thể thực hiện thao tác đó

## The confirmation before Disable all, from the tray
tray-confirm-title = Tắt tất cả hook của { $queue }
tray-confirm-text = Tắt { $count } hook đang bật của hàng đợi này? Các cuộc gọi trong { $queue } sẽ ngừng khởi chạy luồng cho đến khi các hook được bật lại.
tray-confirm-yes = Tắt tất cả
tray-confirm-no = Hủy

## Desktop notifications
notify-conflicts = { $count } thay đổi bạn đã thực hiện khi ngoại tuyến xung đột với máy chủ: hãy mở ứng dụng để chọn.
notify-changed = { $count } hook trên { $server } đã bị người khác thay đổi.
notify-the-server = máy chủ

## Native file dialogs
dialog-export-hooks = Xuất hook
dialog-export-journal = Xuất nhật ký
dialog-import-hooks = Nhập hook
dialog-filter-export = Tệp xuất Webitel Hooks (JSON)
dialog-filter-json = JSON (để nhập lại)
dialog-filter-csv = CSV (để đọc)
dialog-filter-csv-only = CSV
