# The words of Webitel Hooks, Vietnamese. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = Cửa sổ không thể chuẩn bị yêu cầu { $command } ({ $detail }).
error-window-answer = Cửa sổ không thể đọc phản hồi cho { $command } ({ $detail }). Hãy khởi động lại ứng dụng.
error-window-refused = Ứng dụng đã từ chối yêu cầu ({ $detail }). Hãy khởi động lại ứng dụng; nếu lỗi vẫn tiếp diễn, hãy báo cáo lỗi.

## Session start
session-loading = Đang đăng nhập…

## Sign-in screen
sign-in-form = Đăng nhập
sign-in-title = Đăng nhập vào Webitel
sign-in-loading = Đang đọc các hồ sơ máy chủ của bạn…
sign-in-profile = Hồ sơ
sign-in-new-server = Máy chủ mới…
sign-in-server = URL máy chủ
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Tên đăng nhập
sign-in-username-placeholder = user@domain
sign-in-password = Mật khẩu
sign-in-remember = Ghi nhớ đăng nhập
sign-in-remember-hint = Lưu mật khẩu trong kho khóa của máy tính này, để phiên đã hết hạn tự được gia hạn.
sign-in-keyring-title = Không thể sử dụng kho khóa của máy tính này.
sign-in-keyring-hint = Không có gì được lưu giữa các lần chạy: bạn sẽ phải nhập lại mật khẩu vào lần mở ứng dụng tiếp theo.
sign-in-session-only = Chỉ phiên này
sign-in-ca = Chứng chỉ CA riêng
sign-in-ca-hint = Dành cho máy chủ có chứng chỉ được ký bởi cơ quan cấp chứng chỉ riêng của tổ chức bạn: hãy dán chứng chỉ của cơ quan đó (PEM). Chứng chỉ luôn được kiểm tra.
sign-in-ca-kept = Hồ sơ này đã tin cậy một chứng chỉ riêng; dán chứng chỉ khác để thay thế.
sign-in-ca-pem = Chứng chỉ CA (PEM)
sign-in-submit = Đăng nhập
sign-in-cancel = Hủy
sign-in-code-lead = Tài khoản của bạn yêu cầu yếu tố xác thực thứ hai. Hãy nhập mã dùng một lần từ ứng dụng xác thực của bạn.
sign-in-code = Mã dùng một lần
sign-in-verify = Xác minh
sign-in-back = Quay lại

## Profile menu and its dialogs
profiles = Hồ sơ
profiles-add = Thêm máy chủ…
profiles-edit = Sửa hồ sơ…
profiles-remove = Gỡ hồ sơ…
profiles-settings = Cài đặt…
profiles-sign-out = Đăng xuất
dialog-cancel = Hủy
profile-edit-title = Sửa hồ sơ
profile-edit-name = Tên hồ sơ
profile-edit-admin = Địa chỉ trang quản trị Webitel
profile-edit-admin-note = Các liên kết tới luồng sẽ mở tại đây. Để trống để dùng trang quản trị của chính máy chủ.
remove-title = Gỡ hồ sơ
remove-text = Gỡ hồ sơ
remove-detail = Mật khẩu đã lưu, phiên và các hook trong bộ nhớ đệm của hồ sơ sẽ bị xóa khỏi máy tính này. Các hook trên máy chủ vẫn giữ nguyên.
remove-confirm = Gỡ
sign-out-title = Đăng xuất
sign-out-text = Bạn sẽ cần mật khẩu để đăng nhập lại vào máy chủ này. Các thay đổi chưa gửi vẫn được giữ trên máy tính này.
sign-out-wipe = Đồng thời xóa các hook trong bộ nhớ đệm của máy chủ này
sign-out-confirm = Đăng xuất

## Session expired
expired-title = Phiên đã hết hạn
expired-kept = Vị trí của bạn và mọi thay đổi chưa gửi đều được giữ lại.

## Queue picker
queues-title = Hàng đợi
queues-search = Tìm kiếm hàng đợi
queues-type = Loại hàng đợi
queues-type-all = Tất cả loại
queues-list = Hàng đợi
queues-loading = Đang tải hàng đợi…
queues-empty = Không có hàng đợi nào phù hợp.
queues-pin = Ghim vào khay hệ thống
queues-pinned = Đã ghim vào khay hệ thống: có thể bật hoặc tắt các hook của hàng đợi này từ menu của khay. Nhấn để bỏ ghim.
queue-disabled = Đã tắt
queue-type-offline = Ngoại tuyến
queue-type-inbound = Gọi vào
queue-type-ivr = IVR
queue-type-preview = Xem trước
queue-type-progressive = Quay số tiến bộ
queue-type-predictive = Quay số dự đoán
queue-type-inbound-chat = Chat vào
queue-type-inbound-task = Tác vụ vào
queue-type-outbound-task = Tác vụ ra
queue-type-im-chat = Chat IM
queue-type-outbound-call = Cuộc gọi đi
queue-type-other = Loại { $code }

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Hàng đợi và đội
teams-title = Đội
teams-search = Tìm kiếm đội
teams-list = Đội
teams-loading = Đang tải đội…
teams-empty = Không có đội nào phù hợp.
# What a team's hook belongs to, where a queue's shows its queue type.
owner-team = Đội

## Registry
registry-pick-title = Chưa chọn hàng đợi
registry-pick = Chọn một hàng đợi ở bên trái để xem các hook của nó.
registry-pick-owner = Chọn một hàng đợi hoặc một đội ở bên trái để xem các hook của nó.
registry-subtitle = Hook khởi chạy một sơ đồ luồng khi một sự kiện xảy ra với một thành viên của hàng đợi này.
registry-read-only = Bạn chỉ có thể xem các hook của hàng đợi này: để thêm, thay đổi hoặc xóa chúng cần có quyền cập nhật hàng đợi.
registry-read-only-team = Bạn chỉ có thể xem các hook của đội này: để thêm, thay đổi hoặc xóa chúng cần có quyền cập nhật đội.
hooks-refresh = Làm mới
hooks-add = Thêm
hooks-delete-selected = Xóa { $count } mục được chọn
hooks-selected = Đã chọn { $count }
hooks-table = Hook
hooks-select-all = Chọn tất cả
hooks-select = Chọn
# A row whose owner the user may not change, in the all-hooks registry: why it cannot be selected.
hooks-select-forbidden-queue = Cần có quyền cập nhật hàng đợi để thay đổi hook của hàng đợi.
hooks-select-forbidden-team = Cần có quyền cập nhật đội để thay đổi hook của đội.
col-event = Sự kiện
col-flow = Sơ đồ luồng
col-state = Trạng thái
col-actions = Hành động
hooks-state = Trạng thái
hooks-enabled = Đã bật
hooks-disabled = Đã tắt
hooks-edit = Sửa hook
hooks-open-flow = Mở { $flow } trong trang quản trị Webitel
hooks-delete = Xóa
hooks-empty = Chưa có bản ghi nào
hooks-empty-hint = Thêm hook bằng nút Thêm.
hooks-loading = Đang tải hook…
hooks-never-fires = không bao giờ phát sinh
hooks-never-fires-title = Trung tâm liên hệ không bao giờ phát sinh sự kiện này với hàng đợi loại { $type }, nên hook này không bao giờ khởi chạy luồng của nó.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Lựa chọn
bulk-enable = Bật
bulk-disable = Tắt
bulk-enable-selected = Bật { $count } hook đã chọn
bulk-disable-selected = Tắt { $count } hook đã chọn
bulk-selected = Đã chọn { $count } hook
bulk-select-matching = Chọn { $count } hook phù hợp
bulk-all-matching-selected = Đã chọn { $count } hook phù hợp mà bạn có thể thay đổi.
bulk-selecting = Đang chọn mọi hook phù hợp…
bulk-clear = Xóa lựa chọn
bulk-switched-enabled = Đã bật { $count } hook.
bulk-switched-disabled = Đã tắt { $count } hook.
bulk-unchanged-enabled = { $count } hook đã được bật từ trước.
bulk-unchanged-disabled = { $count } hook đã được tắt từ trước.
bulk-all-unchanged-enabled = { $count ->
    [1] Hook đã được bật từ trước.
   *[other] Cả { $count } hook đều đã được bật từ trước.
}
bulk-all-unchanged-disabled = { $count ->
    [1] Hook đã được tắt từ trước.
   *[other] Cả { $count } hook đều đã được tắt từ trước.
}
bulk-failed-enable = Không thể bật { $count } hook:
bulk-failed-disable = Không thể tắt { $count } hook:
# A refused hook, on a line of its own: its event and flow, then why, as a full sentence.
bulk-failure = • { $label }: { $message }
bulk-failures-more = và { $count } mục khác.

## Pagination
pagination = Trang
page-size = Số hàng trên mỗi trang
page-prev = Trước
page-next = Sau
page-number = Trang { $page }

## Add / edit modal
modal-add = Thêm hook
modal-edit = Sửa hook
modal-event = Sự kiện
modal-event-placeholder = Chọn một sự kiện
modal-flow = Sơ đồ luồng
modal-flow-list = Danh sách sơ đồ luồng
modal-flow-placeholder = Tìm kiếm sơ đồ luồng
modal-flow-none = Không có sơ đồ luồng nào phù hợp.
modal-flow-loading = Đang tải sơ đồ luồng…
modal-flow-selected = Đã chọn: { $name }
modal-flow-unselected = Chưa chọn sơ đồ luồng nào.
modal-flow-forbidden = Bạn không có quyền đọc sơ đồ luồng, nên không thể chọn luồng nào. Hãy đề nghị quản trị viên cấp quyền đọc sơ đồ luồng.
modal-clash = { $event } → { $flow } hiện { $state } ở hàng đợi này, và máy chủ chỉ cho phép một hook được bật cho mỗi sự kiện: việc lưu sẽ bị từ chối.
modal-clash-enabled = đã bật
modal-clash-disabled = đã tắt
modal-clash-show = Hiển thị hook đó
modal-more-events = Các sự kiện khác
modal-never-fires = Trung tâm liên hệ không bao giờ phát sinh sự kiện này với hàng đợi loại { $type }.
modal-team-flow-taken = Đội này đã có một hook khởi chạy { $flow }: mỗi đội chỉ nhận một hook cho mỗi luồng.
modal-save = Lưu
modal-saving = Đang lưu…
modal-close = Đóng
modal-loading = Đang đọc hook từ máy chủ…

## Delete confirmation
confirm-title = Xác nhận xóa
confirm-text = Bạn có chắc chắn muốn xóa { $count } bản ghi?
# The one hook a single delete removes: its event and its flow schema.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Có
confirm-no = Không

## Notifications
toasts-region = Thông báo
toast-close = Đóng
toast-created = Đã thêm hook.
toast-saved = Đã lưu hook.
toast-deleted = Đã xóa { $count } bản ghi.
toast-delete-failed = Không thể xóa { $count } bản ghi: { $list }
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Tham gia
event-joined-meaning = Thành viên đã vào hàng đợi.
event-answered = Trả lời
event-answered-meaning = Có định nghĩa, nhưng trung tâm liên hệ không bao giờ phát sinh sự kiện này, với bất kỳ loại hàng đợi nào.
event-offering = Đặt lịch
event-offering-meaning = Cuộc gọi đang được đề nghị cho một đại lý (nhánh cuộc gọi của đại lý đang đổ chuông).
event-bridged = Kết nối
event-bridged-meaning = Khách hàng và đại lý đã được kết nối với nhau.
event-missed = Bỏ qua
event-missed-meaning = Đại lý được đề nghị đã không trả lời hoặc đã từ chối cuộc gọi.
event-leaving = Rời khỏi
event-leaving-meaning = Lần thử đã kết thúc và thành viên rời khỏi hàng đợi, bất kể kết quả; kể cả khi thành viên đã hết hạn.
event-processing = Đang xử lý
event-processing-meaning = Xử lý sau cuộc gọi; chỉ khi hàng đợi bật xử lý sau.
event-active = Hoạt động
event-active-meaning = Đại lý đã trả lời (hàng đợi Ngoại tuyến và Xem trước).
event-wait-agent = Chờ đại lý
event-wait-agent-meaning = Thành viên đang chờ một đại lý rảnh: một cuộc gọi hoặc cuộc trò chuyện đến đã vào bước tìm đại lý, một cuộc gọi dự đoán đã được trả lời, hoặc đại lý được đề nghị đã bỏ lỡ và việc tìm kiếm bắt đầu lại.
event-agent-status = Trạng thái đại lý
event-agent-status-meaning = Một đại lý của đội đã thay đổi trạng thái.
event-other = { $value }
event-other-meaning = Một sự kiện mà phiên bản này không biết: { $value }.

## Sync bar
sync-status = Trạng thái đồng bộ
sync-progress = Tiến trình đồng bộ
sync-now = Đồng bộ ngay
sync-never = Chưa từng đồng bộ
sync-just-now = Vừa đồng bộ xong
sync-minutes = Đã đồng bộ { $count } phút trước
sync-hours = Đã đồng bộ { $count } giờ trước
sync-running = Đang đồng bộ… { $done } trên { $total } hàng đợi
sync-starting = Đang đồng bộ…

## Banners
offline-title = Ngoại tuyến
offline-text = Bạn đang ngoại tuyến: không thể kết nối tới { $server }. Bạn đang làm việc từ bộ nhớ đệm; các thay đổi được giữ lại và sẽ được gửi khi có kết nối trở lại.
offline-pending = { $count } thay đổi đang chờ gửi.
conflicts-title = Xung đột
conflicts-text = { $count } thay đổi xung đột với máy chủ.
conflicts-review = Xem xét xung đột

## Offline marks on registry rows
mark-pending = Đang chờ
mark-pending-title = Đang chờ gửi
mark-conflict = Xung đột
mark-conflict-action = Giải quyết xung đột
mark-conflict-title = Thay đổi này xung đột với máy chủ: hãy chọn phiên bản được giữ lại.

## Conflict dialog
conflict-title = Xung đột
conflict-loading = Đang đọc các xung đột…
conflict-position = { $position } trên { $count }
conflict-queue = Hàng đợi:
conflict-queue-unknown = Hàng đợi { $id }
conflict-team = Đội:
conflict-team-unknown = Đội { $id }
conflict-mine = Phiên bản của bạn
conflict-theirs = Phiên bản trên máy chủ
conflict-deleted = Đã xóa
conflict-keep-mine = Giữ của tôi
conflict-keep-mine-title = Gửi phiên bản của bạn đè lên phiên bản trên máy chủ.
conflict-take-theirs = Lấy của máy chủ
conflict-take-theirs-title = Bỏ thay đổi của bạn và giữ phiên bản trên máy chủ.
conflict-discard = Hủy bỏ
conflict-discard-title = Bỏ thay đổi của bạn và đọc lại hook từ máy chủ.

## All queues
all-title = Tất cả hàng đợi
all-total = { $count } hook
all-filters = Bộ lọc
all-search = Tìm kiếm hook
all-filter-any = Tất cả
all-filter-kind = Loại
all-kind-queues = Hàng đợi
all-kind-teams = Đội
all-filter-queue = Lọc theo hàng đợi
all-filter-queue-type = Lọc theo loại hàng đợi
all-filter-event = Lọc theo sự kiện
all-filter-flow = Lọc theo luồng
all-filter-state = Lọc theo trạng thái
all-only-pending = Chỉ mục đang chờ
all-only-conflicts = Chỉ mục xung đột
all-table = Tất cả hook
all-col-queue = Hàng đợi
all-col-queue-type = Loại hàng đợi
all-open-queue = Mở các hook của hàng đợi này
all-open-team = Mở các hook của đội này
# The owner filter's choices: a team's name marked as a team's; an owner the cache has no name for.
all-owner-team = { $name } (đội)
all-owner-queue-unknown = Hàng đợi { $id }
all-owner-team-unknown = Đội { $id }
# The owner and flow filters' lists show the first fifty matches of the typed text; the line under them counts the rest.
picker-more = Còn { $count } mục nữa — nhập để thu hẹp
picker-none = Không có kết quả phù hợp

## Settings
settings-title = Cài đặt
settings-loading = Đang đọc cài đặt…
settings-close-to-tray = Tiếp tục chạy trong khay hệ thống khi đóng cửa sổ
settings-start-at-login = Khởi động khi đăng nhập
settings-notifications = Thông báo trên màn hình
settings-language = Ngôn ngữ
settings-language-system = Giống hệ thống ({ $language })
settings-copy-diagnostics = Sao chép thông tin chẩn đoán
settings-diagnostics-hint = Phiên bản, thư mục, trạng thái kho khóa và các lỗi gần đây, dùng cho báo cáo lỗi. Không bao giờ chứa mật khẩu hay token.
settings-diagnostics = Chẩn đoán
settings-copied = Đã sao chép thông tin chẩn đoán
settings-copy-failed = Không thể truy cập bảng nhớ tạm: thông tin chẩn đoán đã được chọn trong ô phía trên; hãy sao chép từ đó (Ctrl+C).
settings-close = Đóng

# A queue whose server answer had rows this app could not read: they show as last read, if ever.
hooks-skipped = { $count } hook của hàng đợi này không đọc được (máy chủ gửi chúng ở dạng mà ứng dụng này không hiểu): chúng được hiển thị như lần đọc gần nhất, hoặc không hiển thị nếu chưa từng đọc được. Hãy mở chúng trong trang quản trị Webitel để kiểm tra.

## Export, import and "Copy to…"
transfer-group = Xuất và nhập
export-button = Xuất…
export-hint-queue = Xuất các hook của hàng đợi này ra tệp (JSON để nhập, hoặc CSV để đọc)
export-hint-team = Xuất các hook của đội này ra tệp (JSON để nhập, hoặc CSV để đọc)
export-hint-selected = Xuất { $count } hook đã chọn ra tệp (JSON để nhập, hoặc CSV để đọc)
export-hint-matching = Xuất mọi hook khớp với bộ lọc ra tệp (JSON để nhập, hoặc CSV để đọc)
export-done = Đã xuất { $count } hook ra { $file }.
import-button = Nhập…
import-hint = Nhập các hook từ một tệp xuất vào hồ sơ máy chủ này
import-title = Xem trước khi nhập
copy-preview-title = Xem trước khi sao chép
import-running-title = Đang nhập hook
import-report-title = Báo cáo nhập
copy-running-title = Đang sao chép hook
copy-report-title = Báo cáo sao chép
import-source = Từ { $file }.
import-source-server = Từ { $file }, được xuất từ { $server }.
transfer-nothing = Sẽ không tạo gì: mọi hook đều đã có hoặc không thể nhập.
transfer-section-create = Sẽ được tạo: { $count }
transfer-section-disabled = Sẽ được tạo ở trạng thái tắt, vì hàng đợi đã có một hook được bật cho sự kiện đó: { $count }
transfer-section-skip = Đã có, bỏ qua: { $count }
transfer-section-unmatched = Không thể nhập: { $count }
transfer-disabled-because = “{ $hook }” đang được bật cho sự kiện này
transfer-team = { $team } (đội)
transfer-why-owner-not-found = Không có { $kind ->
    [team] đội
   *[other] hàng đợi
} nào tên “{ $owner }” trên máy chủ này.
transfer-why-owner-ambiguous = Có nhiều { $kind ->
    [team] đội
   *[other] hàng đợi
} tên “{ $owner }”, nhưng không cái nào có id trong tệp.
transfer-why-flow-not-found = Không có sơ đồ luồng nào tên “{ $flow }” trên máy chủ này.
transfer-why-flow-ambiguous = Có nhiều sơ đồ luồng tên “{ $flow }”, nhưng không cái nào có id trong tệp.
transfer-why-event-not-possible = Sự kiện này không thể khởi chạy hook của { $kind ->
    [team] đội
   *[other] hàng đợi
} này.
transfer-why-not-allowed = Người dùng của bạn không được phép thay đổi các hook của “{ $owner }”.
transfer-cancel = Hủy
transfer-confirm = Tạo { $count } hook
transfer-close = Đóng
transfer-progress = Đang tạo hook… { $done } trên { $total }
transfer-progress-label = Tiến trình
transfer-report = Báo cáo
transfer-created = Đã tạo { $count } hook.
transfer-queued = { $count } hook được giữ lại để gửi khi có thể kết nối tới máy chủ.
transfer-skipped = { $count } hook đã có, bỏ qua.
transfer-not-imported = { $count } hook không thể nhập, như bản xem trước đã liệt kê.
transfer-failed = { $count } hook không được tạo:
copy-button = Sao chép tới…
copy-selected = Sao chép { $count } hook đã chọn tới…
copy-dialog = Sao chép tới hàng đợi
copy-title = Sao chép { $count } hook tới hàng đợi
copy-hint = Chọn các hàng đợi của máy chủ này để sao chép hook vào. Để sao chép sang máy chủ khác, trước tiên hãy thêm máy chủ đó từ menu hồ sơ (Thêm máy chủ…).
copy-hint-servers = Chọn máy chủ đích, sau đó chọn các hàng đợi để sao chép hook vào.
copy-hint-other = Chọn các hàng đợi của { $name } để sao chép hook vào: chúng được tạo bằng phiên đăng nhập của hồ sơ đó, hoặc chờ trong hộp thư đi của hồ sơ khi chưa kết nối được tới máy chủ của nó.
copy-server = Máy chủ đích
copy-server-active = { $name } (máy chủ này)
copy-into = Vào hồ sơ máy chủ { $name }.
copy-search = Tìm kiếm hàng đợi đích
copy-type = Loại hàng đợi đích
copy-loading = Đang đọc các hàng đợi…
copy-no-queues = Không có hàng đợi nào phù hợp.
copy-targets = Hàng đợi đích
copy-chosen = Đã chọn { $count } hàng đợi
copy-preview = Xem trước

## The main area's tabs and the change journal
main-tabs = Chế độ xem
main-tab-hooks = Hook
main-tab-journal = Nhật ký
journal-title = Nhật ký
journal-total = { $count } thay đổi được thực hiện từ máy tính này
journal-filters = Bộ lọc nhật ký
journal-search = Tìm kiếm trong nhật ký
journal-filter-owner = Lọc theo hàng đợi hoặc đội
journal-filter-action = Lọc theo loại thay đổi
journal-from = Từ
journal-to = Đến
journal-clear-filters = Đặt lại bộ lọc
journal-export = Xuất CSV…
journal-export-title = Lưu các mục mà bộ lọc đang hiển thị thành tệp CSV
journal-exported = Đã lưu { $count } mục nhật ký vào { $path }
journal-table = Nhật ký thay đổi
journal-col-when = Thời gian
journal-col-who = Người thực hiện
journal-col-where = Nơi
journal-col-what = Nội dung
journal-col-change = Trước → sau
journal-col-outcome = Máy chủ
journal-col-undo = Hoàn tác
journal-action-created = Đã tạo
journal-action-changed = Đã thay đổi
journal-action-enabled = Đã bật
journal-action-disabled = Đã tắt
journal-action-deleted = Đã xóa
journal-what = { $action } hook { $event }
journal-batch-of = { $count ->
    [1] riêng lẻ
   *[other] một trong { $count } thay đổi cùng lúc
}
journal-origin-window = từ cửa sổ
journal-origin-tray = từ khay hệ thống
journal-origin-import = bởi một lần nhập
journal-origin-copy = bởi một lần sao chép
journal-origin-replay = khi gửi lại các thay đổi ngoại tuyến
journal-origin-undo = bởi một lần hoàn tác
journal-none = (không có)
journal-hook-enabled = { $event } → { $flow }, đã bật
journal-hook-disabled = { $event } → { $flow }, đã tắt
journal-outcome-taken = Đã chấp nhận
journal-outcome-pending = Đang chờ gửi
journal-outcome-refused = Bị từ chối
journal-outcome-conflict = Xung đột
journal-outcome-discarded = Đã hủy bỏ
journal-undone-mark = Đã hoàn tác
journal-undo = Hoàn tác
journal-undo-title = Đưa hook về như cũ, nếu trên máy chủ nó vẫn ở trạng thái mà thay đổi này để lại
journal-undo-batch = { $count ->
    [1] Hoàn tác tất cả
   *[other] Hoàn tác cả { $count }
}
journal-undo-batch-title = Đưa về như cũ mọi hook của hành động này vẫn còn ở trạng thái mà hành động đó để lại
journal-undone = { $count ->
    [0] Không có gì được hoàn tác.
   *[other] Đã hoàn tác { $count } thay đổi.
}
journal-undo-none = { $count ->
    [1] Thay đổi chưa được hoàn tác:
   *[other] Không thay đổi nào trong số { $count } thay đổi được hoàn tác:
}
journal-undo-some-not = { $count } thay đổi không được hoàn tác:
journal-empty = Chưa có thay đổi nào
journal-empty-hint = Mọi thay đổi được thực hiện từ máy tính này (cửa sổ, khay hệ thống, một lần nhập hoặc sao chép) đều được liệt kê ở đây, mới nhất ở trên cùng.
journal-empty-filtered = Không có thay đổi nào phù hợp
journal-empty-filtered-hint = Đặt lại bộ lọc để xem mọi thay đổi.
journal-page = Trang { $page } trên { $pages }
settings-journal-days = Giữ nhật ký thay đổi trong (ngày)
