# What went wrong, as the native side reports it. Each message is one sentence or two: what
# happened, then what to do. Arguments: $server (an address), $detail (the server's, the
# system's or a library's own words, never translated), $path and $file (a file), $event (an
# event's name, already translated), $type (a queue type, already translated).

## The server and the session
error-unreachable = Không thể kết nối tới máy chủ { $server }. Hãy kiểm tra kết nối của bạn và thử lại.
error-busy = Máy chủ { $server } hiện quá bận để trả lời. Hãy thử lại sau giây lát.
error-session-ended = Phiên của bạn đã kết thúc. Hãy đăng nhập lại.
error-not-signed-in = Bạn chưa đăng nhập. Hãy đăng nhập vào một máy chủ Webitel trước.
error-forbidden-because = Người dùng của bạn không được phép làm việc này trên máy chủ: { $detail }. Hãy đề nghị quản trị viên Webitel của bạn cấp quyền.
error-forbidden = Người dùng của bạn không được phép làm việc này trên máy chủ. Hãy đề nghị quản trị viên Webitel của bạn cấp quyền.
error-read-only = Người dùng của bạn có thể xem các hook này nhưng không thể thay đổi chúng. Hãy đề nghị quản trị viên Webitel của bạn cấp quyền sửa hàng đợi.
error-flows-forbidden = Người dùng của bạn không có quyền đọc sơ đồ luồng, nên không thể chọn luồng nào. Hãy đề nghị quản trị viên Webitel của bạn cấp quyền đọc sơ đồ luồng.
error-queue-gone = Hàng đợi này không còn tồn tại trên máy chủ. Hãy làm mới danh sách hàng đợi và chọn hàng đợi khác.
error-team-gone = Đội này không còn tồn tại trên máy chủ. Hãy làm mới danh sách đội và chọn đội khác.
error-event-already-enabled = Một hook { $event } khác của hàng đợi này đang được bật, và mỗi hàng đợi chỉ nhận một hook được bật cho mỗi sự kiện, nên hook này được để ở trạng thái tắt. Hãy tắt hook { $event } kia trước.
error-flow-taken-in-team = Máy chủ đã từ chối hook thứ hai của luồng này trong đội này: mỗi đội chỉ nhận một hook cho mỗi luồng. Hãy chọn luồng khác, hoặc sửa hook hiện có của đội cho luồng này.
error-hook-gone = Hook này không còn tồn tại trên máy chủ. Hãy làm mới để xem danh sách hiện tại.
error-rejected-because = Máy chủ đã từ chối thay đổi: { $detail }. Hãy kiểm tra các giá trị và thử lại.
error-rejected = Máy chủ đã từ chối thay đổi. Hãy kiểm tra các giá trị và thử lại.
error-second-enabled-hook = Máy chủ đã từ chối hook { $event } thứ hai được bật trong hàng đợi này: mỗi sự kiện chỉ được có một hook được bật. Hãy tắt hook { $event } kia trước.
error-second-enabled-hook-any = Máy chủ đã từ chối hook thứ hai được bật cho sự kiện này trong hàng đợi này: mỗi sự kiện chỉ được có một hook được bật. Hãy tắt hook kia của sự kiện này trước.
error-server-failed-because = Máy chủ { $server } không xử lý được yêu cầu: { $detail }. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên Webitel của bạn.
error-server-failed = Máy chủ { $server } không xử lý được yêu cầu. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên Webitel của bạn.
error-unreadable-answer = Máy chủ { $server } đã gửi một phản hồi mà ứng dụng này không đọc được. Hãy kiểm tra địa chỉ có trỏ tới một máy chủ Webitel hay không, rồi thử lại.
error-answer-too-large = Máy chủ { $server } đã gửi một phản hồi lớn hơn nhiều so với bất kỳ phản hồi nào của Webitel, nên phản hồi đó không được đọc. Hãy kiểm tra địa chỉ có trỏ tới một máy chủ Webitel hay không, rồi thử lại.
error-redirected = Máy chủ { $server } đã trả lời bằng một chuyển hướng tới { $to }, mà ứng dụng này không đi theo, nên không có gì được gửi tới đó. Hãy kiểm tra địa chỉ máy chủ (https:// hoặc http://, và đường dẫn), rồi thử lại.

## The server's certificate
error-certificate-unknown-issuer = Chứng chỉ của máy chủ không được ký bởi một cơ quan cấp chứng chỉ mà máy tính này tin cậy. Nếu máy chủ dùng CA riêng, hãy thêm chứng chỉ của CA đó vào hồ sơ.
error-certificate-expired = Chứng chỉ của máy chủ đã hết hạn. Hãy đề nghị quản trị viên máy chủ gia hạn chứng chỉ.
error-certificate-not-valid-yet = Chứng chỉ của máy chủ chưa có hiệu lực. Hãy kiểm tra ngày giờ của máy tính này, rồi thử lại.
error-certificate-name-mismatch = Chứng chỉ của máy chủ được cấp cho một tên khác với { $server }. Hãy kiểm tra địa chỉ, hoặc đề nghị quản trị viên máy chủ cấp chứng chỉ với tên này.
error-certificate-revoked = Chứng chỉ của máy chủ đã bị thu hồi. Hãy đề nghị quản trị viên máy chủ cấp chứng chỉ mới.
error-certificate-none = Máy chủ { $server } không xuất trình chứng chỉ nào. Hãy kiểm tra địa chỉ, hoặc hỏi quản trị viên máy chủ.
error-certificate-not-tls = Máy chủ { $server } không dùng HTTPS tại địa chỉ này. Hãy kiểm tra xem địa chỉ có nên bắt đầu bằng http:// hay không.
error-certificate-refused = Chứng chỉ của máy chủ đã bị từ chối: { $detail }. Hãy kiểm tra địa chỉ và chứng chỉ CA của hồ sơ.
error-certificate-invalid = Không thể xác minh chứng chỉ của máy chủ ({ $detail }). Hãy đề nghị quản trị viên máy chủ cấp chứng chỉ hợp lệ, hoặc thêm CA đã ký chứng chỉ đó vào hồ sơ.
error-certificate = Kết nối bảo mật tới máy chủ đã thất bại ({ $detail }). Hãy kiểm tra địa chỉ và chứng chỉ CA của hồ sơ.
error-server-address = Địa chỉ máy chủ không phải là địa chỉ http(s) hợp lệ ({ $detail }). Hãy sửa lại, rồi thử lại.
error-server-settings = Không thể dùng cài đặt kết nối ({ $detail }). Hãy sửa cài đặt máy chủ và thử lại.
error-client = Không thể gửi yêu cầu ({ $detail }). Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên Webitel của bạn.

## Signing in
error-wrong-password = Máy chủ đã từ chối tên đăng nhập hoặc mật khẩu này. Hãy kiểm tra lại và thử lại.
error-wrong-code = Máy chủ đã từ chối mã dùng một lần này. Hãy nhập mã hiện tại từ ứng dụng xác thực của bạn và thử lại.
error-second-factor-unsupported = Người dùng này đăng nhập bằng mã dùng một lần, mà phiên bản ứng dụng này chưa thể yêu cầu. Hãy đăng nhập bằng người dùng không dùng xác thực hai yếu tố.
error-sign-in-not-waiting = Lần đăng nhập này không còn chờ mã nữa. Hãy đăng nhập lại bằng mật khẩu của bạn.
error-password-needed = Phiên của bạn trên { $server } đã kết thúc. Hãy nhập mật khẩu của { $username } để đăng nhập lại.
error-bad-ca-certificate = Không thể dùng chứng chỉ CA của hồ sơ ({ $detail }). Hãy dán chứng chỉ CA ở dạng PEM (bắt đầu bằng -----BEGIN CERTIFICATE-----).

## What the user typed
error-no-password = Hãy nhập mật khẩu, rồi đăng nhập lại.
error-no-username = Hãy nhập tên đăng nhập (user@domain), rồi đăng nhập lại.
error-bad-server-address = Địa chỉ máy chủ không hợp lệ. Hãy viết theo dạng https://your-server, rồi thử lại.
error-bad-admin-address = Địa chỉ trang quản trị không hợp lệ. Hãy viết theo dạng https://your-server/admin, hoặc để trống để dùng trang quản trị của chính máy chủ, rồi lưu lại.
error-no-profile-name = Hồ sơ cần có tên. Hãy nhập một tên, rồi lưu lại.
error-no-flow = Hãy chọn sơ đồ luồng mà hook khởi chạy, rồi lưu lại.
error-unknown-event = Hãy chọn một trong các sự kiện mà danh sách đưa ra cho hook, rồi lưu lại.
error-not-a-team-event = Hook của đội khởi chạy theo sự kiện Trạng thái đại lý: hãy chọn sự kiện đó, rồi lưu lại.
error-event-never-fires = Sự kiện đó không bao giờ phát sinh với hàng đợi loại { $type }, nên hook sẽ không bao giờ khởi chạy luồng của nó. Hãy chọn một sự kiện mà danh sách đưa ra cho hàng đợi này, rồi lưu lại.
error-no-such-owner = Hàng đợi hoặc đội đó không có trong danh sách của máy chủ. Hãy chọn một mục từ danh sách, rồi thử lại.
error-private-key-in-ca = Văn bản đã dán chứa khóa riêng tư, thứ mà ứng dụng này không bao giờ lưu: chỉ dán chứng chỉ CA, rồi thử lại.
error-page-size = Số hàng trên mỗi trang từ 1 đến 1000: hãy chọn một giá trị trong khoảng đó, rồi thử lại.
error-page-number = Các trang được đánh số từ 1 đến 1.000.000: hãy chuyển tới trang đầu tiên, rồi thử lại.
error-too-many = Mỗi yêu cầu chứa tối đa 1000 mục: hãy chọn ít hơn, rồi thử lại.
error-too-long = Văn bản dài hơn 1000 ký tự: hãy rút ngắn, rồi thử lại.
error-no-such-profile = Hồ sơ máy chủ đó không còn trên máy tính này: hãy chọn một hồ sơ từ danh sách, rồi thử lại.

## The keyring
# $what: read, saved, deleted or opened. $platform: macos, windows or linux. $detail: one of the
# keyring-trouble-* messages below.
error-keyring-none = Không có dịch vụ kho khóa nào đang chạy. Hãy cài đặt và mở khóa GNOME Keyring (gói gnome-keyring) hoặc KeePassXC với Secret Service, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
error-keyring-not-opened = Không thể mở kho khóa của hệ thống: { $detail }. { $platform ->
    [macos] Hãy mở khóa keychain đăng nhập trong Keychain Access, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
    [windows] Hãy kiểm tra dịch vụ Credential Manager có đang chạy không, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
   *[linux] Hãy mở khóa kho khóa (GNOME Keyring hoặc KeePassXC với Secret Service), hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
}
error-keyring-silent = Kho khóa không phản hồi: { $detail }. { $platform ->
    [macos] Hãy mở khóa keychain đăng nhập trong Keychain Access, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
    [windows] Hãy kiểm tra dịch vụ Credential Manager có đang chạy không, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
   *[linux] Hãy mở khóa kho khóa (GNOME Keyring hoặc KeePassXC với Secret Service), hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
}
error-keyring-stalled = Kho khóa không phản hồi trong vòng { $seconds } giây: có thể nó đang chờ mật khẩu trong một cửa sổ không nhìn thấy được. Hãy mở khóa kho khóa và khởi động lại ứng dụng, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
error-keyring-probe-stopped = Việc kiểm tra kho khóa bị dừng bất ngờ. Hãy khởi động lại ứng dụng, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
error-keyring-locked = Không thể { $what ->
    [read] đọc
    [deleted] xóa
    [opened] mở
   *[saved] lưu
} mục trong kho khóa: { $detail }. { $platform ->
    [macos] Hãy mở khóa keychain đăng nhập trong Keychain Access, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
    [windows] Hãy kiểm tra dịch vụ Credential Manager có đang chạy không, hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
   *[linux] Hãy mở khóa kho khóa (GNOME Keyring hoặc KeePassXC với Secret Service), hoặc đăng nhập với tùy chọn “Chỉ phiên này”.
}
error-keyring-failed = Không thể { $what ->
    [read] đọc
    [deleted] xóa
    [opened] mở
   *[saved] lưu
} mục trong kho khóa: { $detail }.
error-keyring-task-stopped = Lệnh gọi kho khóa bị dừng bất ngờ ({ $detail }). Hãy thử lại.
# What went wrong in a keyring call; $inner is the keyring's own words.
keyring-trouble-service-failed = dịch vụ kho khóa bị lỗi ({ $inner })
keyring-trouble-locked = kho khóa đang bị khóa ({ $inner })
keyring-trouble-no-entry = không có mục nào như vậy
keyring-trouble-bad-format = giá trị đã lưu không đúng định dạng mong đợi
keyring-trouble-damaged = kho khóa bị hỏng ({ $inner })
keyring-trouble-too-long = một tên dài hơn mức kho khóa cho phép ({ $inner })
keyring-trouble-invalid = một tên không hợp lệ đối với kho khóa ({ $inner })
keyring-trouble-ambiguous = có nhiều hơn một mục mang tên này
keyring-trouble-no-store = chưa thiết lập kho khóa nào
keyring-trouble-not-supported = kho khóa không thể làm việc này ({ $inner })
keyring-trouble-unknown = một lỗi kho khóa không xác định

## Files on this computer
error-store-damaged = Tệp bộ nhớ đệm cục bộ { $path } bị hỏng ({ $detail }). Hãy đóng ứng dụng, chuyển tệp đó đi nơi khác, rồi khởi động lại ứng dụng: bộ nhớ đệm sẽ được dựng lại từ máy chủ.
error-store-unusable = Không thể dùng tệp bộ nhớ đệm cục bộ { $path } ({ $detail }). Hãy kiểm tra ổ đĩa còn dung lượng và tệp có thể ghi được, rồi thử lại.
error-store-newer = Tệp bộ nhớ đệm cục bộ { $path } được ghi bởi một phiên bản Webitel Hooks mới hơn (lược đồ { $found }, phiên bản này biết tới { $known }). Hãy cập nhật ứng dụng, hoặc chuyển tệp đó đi nơi khác để bắt đầu với bộ nhớ đệm trống.
error-store-damaged-not-set-aside = Bộ nhớ đệm cục bộ bị hỏng và không thể chuyển sang chỗ khác ({ $detail }). Hãy đóng các chương trình khác đang dùng { $path }, rồi khởi động lại ứng dụng.
error-store-newer-not-set-aside = Bộ nhớ đệm cục bộ được ghi bởi một phiên bản Webitel Hooks mới hơn và không thể chuyển sang chỗ khác ({ $detail }). Hãy đóng các chương trình khác đang dùng { $path }, rồi khởi động lại ứng dụng.
error-cache-folder = Không thể tạo thư mục { $path } cho bộ nhớ đệm cục bộ ({ $detail }). Hãy kiểm tra thư mục có thể ghi được, rồi khởi động lại ứng dụng.
error-cache-not-deleted = Không thể xóa tệp bộ nhớ đệm { $path } ({ $detail }). Hãy đóng các chương trình khác đang dùng tệp này, rồi thử lại.
error-data-folder = Không thể tạo thư mục dữ liệu { $path } ({ $detail }). Hãy kiểm tra thư mục có thể ghi được, rồi khởi động lại ứng dụng.
error-profiles-newer = Tệp hồ sơ { $path } được ghi bởi một phiên bản Webitel Hooks mới hơn (lược đồ { $found }, phiên bản này biết tới { $known }). Hãy cập nhật ứng dụng.
error-not-an-export = Tệp { $file } không phải là tệp xuất của Webitel Hooks ({ $detail }). Hãy chọn một tệp JSON được tạo bằng chức năng Xuất.
# Why a file is not an export ($inner: the parser's own words).
export-why-not-json = không phải JSON: { $inner }
export-why-not-an-object = không phải là một đối tượng JSON
export-why-not-named = tệp không cho biết đây là tệp xuất của Webitel Hooks
export-why-no-version = không có phiên bản định dạng
export-why-shape = { $inner }
export-why-too-large = lớn hơn { $mib } MiB
error-newer-export = Tệp { $file } được xuất bởi một phiên bản Webitel Hooks mới hơn (phiên bản định dạng { $found }; phiên bản này đọc được tới { $known }). Hãy cập nhật ứng dụng để nhập tệp này.
error-file-not-read = Không thể đọc tệp { $path } ({ $detail }). Hãy kiểm tra tệp có tồn tại và bạn có quyền đọc nó.
# The cache file could not be used and was set aside ($kept: where it went) and rebuilt.
notice-cache-rebuilt = { $why ->
    [newer] Bộ nhớ đệm cục bộ được ghi bởi một phiên bản Webitel Hooks mới hơn
   *[damaged] Bộ nhớ đệm cục bộ bị hỏng
} và đã được dựng lại; không có thay đổi đang chờ gửi nào bị mất. Bộ nhớ đệm sẽ được nạp lại từ máy chủ (tệp cũ được giữ tại { $kept }).
notice-cache-rebuilt-kept = { $why ->
    [newer] Bộ nhớ đệm cục bộ được ghi bởi một phiên bản Webitel Hooks mới hơn
   *[damaged] Bộ nhớ đệm cục bộ bị hỏng
} và đã được dựng lại; { $count } thay đổi đang chờ gửi đã được giữ lại và sẽ được gửi khi có thể kết nối tới máy chủ (tệp cũ được giữ tại { $kept }).
notice-cache-rebuilt-lost = { $why ->
    [newer] Bộ nhớ đệm cục bộ được ghi bởi một phiên bản Webitel Hooks mới hơn
   *[damaged] Bộ nhớ đệm cục bộ bị hỏng
} và đã được dựng lại. Các thay đổi thực hiện khi ngoại tuyến đang chờ gửi không thể đọc được từ đó và đã bị mất; hãy kiểm tra các hook bạn đã thay đổi khi ngoại tuyến (tệp cũ được giữ tại { $kept }).
error-file-not-written = Không thể ghi tệp xuất vào { $path } ({ $detail }). Hãy chọn thư mục hoặc tên tệp khác.

## Profiles, copies, pins, the sync
error-profile-gone = Hồ sơ máy chủ này không còn tồn tại. Hãy chọn hồ sơ khác hoặc thêm lại hồ sơ này.
error-target-needs-sign-in = Để sao chép vào { $profile } cần đăng nhập vào hồ sơ đó. Hãy chuyển sang { $profile }, đăng nhập, chuyển trở lại, rồi sao chép lại.
error-target-never-synced = Không thể kết nối tới máy chủ { $server } của { $profile }, và { $profile } chưa từng được đồng bộ trên máy tính này, nên chưa biết các hàng đợi của nó. Hãy thử lại khi có thể kết nối tới máy chủ đó.
error-queue-not-cached = Hàng đợi này không có trong bộ nhớ đệm cục bộ, nên không thể ghim. Hãy làm mới danh sách hàng đợi, rồi ghim lại.
error-conflict-gone = Xung đột này đã được giải quyết. Hãy làm mới để xem danh sách hiện tại.
error-sync-superseded = Quá trình đồng bộ đã dừng vì một hồ sơ khác được mở; việc đồng bộ hồ sơ mới sẽ tự bắt đầu.
error-hook-not-listed = Hook này không còn nằm trong các hook của { $queue }. Hãy mở cửa sổ để xem chúng ở trạng thái hiện tại.
error-not-all-disabled = { $failed } trên { $total } hook đang bật của { $queue } chưa được tắt: { $first }
error-queues-not-read = Không đọc được { $failed } trên { $total } hàng đợi và đội; chúng hiển thị dữ liệu đã đọc trước đó. { $first }

## Changes that waited, and undo
error-conflict-deleted-on-server = Hook đã bị xóa trên máy chủ trong khi thay đổi này đang chờ.
error-conflict-queue-deleted = Hàng đợi đã bị xóa trên máy chủ, hoặc bạn không còn quyền đọc nó, trong khi thay đổi này đang chờ: hãy hủy bỏ thay đổi, hoặc giữ lại để thử lại khi hàng đợi có trở lại.
error-conflict-changed-on-server = Hook đã bị thay đổi trên máy chủ trong khi thay đổi này đang chờ.
error-undo-needs-server = Hoàn tác cần đọc hook từ máy chủ trước, mà hiện không thể kết nối tới máy chủ, nên không có gì được hoàn tác. Hãy thử lại khi bạn trực tuyến.
# $what: what differs, made of the difference-* messages joined by "; ".
error-changed-since = Hook đã thay đổi trên máy chủ kể từ thay đổi này: { $what }. Không có gì được hoàn tác, nên trạng thái mới hơn đó vẫn được giữ; hãy tự thay đổi hook nếu cần đưa nó về như cũ.
error-undo-pending = Thay đổi này vẫn đang chờ được gửi tới máy chủ, nên chưa có gì để hoàn tác. Hãy đồng bộ ngay, rồi hoàn tác.
error-undo-conflict = Thay đổi này gặp một thay đổi được thực hiện trên máy chủ và đang chờ bạn lựa chọn, nên không có gì để hoàn tác. Hãy giải quyết xung đột trước (Giữ của tôi, Lấy của máy chủ hoặc Hủy bỏ).
error-nothing-to-undo = Máy chủ không chấp nhận thay đổi này, nên không có gì để hoàn tác.
error-already-undone = Thay đổi này đã được hoàn tác.
error-journal-entry-gone = Mục nhật ký này không còn được lưu giữ (các mục cũ bị xóa sau số ngày đặt trong Cài đặt). Hãy làm mới nhật ký.
difference-deleted = nó đã bị xóa trên máy chủ
difference-exists = nó lại có trên máy chủ
difference-event = sự kiện của nó giờ là { $event }
difference-flow = luồng của nó giờ là { $flow }
difference-enabled = nó giờ đã được bật
difference-disabled = nó giờ đã bị tắt
difference-separator = ;{" "}
