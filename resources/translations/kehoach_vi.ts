<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="69"/>
        <source>(not open)</source>
        <translation>(chưa mở)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="72"/>
        <source>Tracking the commune&apos;s 5-year and annual plan indicators, month by month.</source>
        <translation>Theo dõi các chỉ tiêu kế hoạch 5 năm và hằng năm của xã, từng tháng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="73"/>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="74"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="75"/>
        <source>Back up the database file regularly (close the program first).</source>
        <translation>Hãy sao lưu tệp cơ sở dữ liệu thường xuyên (đóng chương trình trước khi chép).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="77"/>
        <source>About KeHoach Desktop</source>
        <translation>Giới thiệu KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="79"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="194"/>
        <source>First administrator</source>
        <translation>Tài khoản quản trị đầu tiên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="195"/>
        <source>The account that manages this computer&apos;s users and the plan.</source>
        <translation>Tài khoản quản lý người dùng và kế hoạch trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="206"/>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Nhập họ và tên của người quản trị.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="217"/>
        <source>The two passwords are different. Type the password again.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập lại mật khẩu.</translation>
    </message>
</context>
<context>
    <name>AdminPageForm</name>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="17"/>
        <source>The administrator manages the accounts, the commune&apos;s details and the plan. Other officers get their own accounts later, in Settings.</source>
        <translation>Người quản trị quản lý các tài khoản, thông tin xã và kế hoạch. Các cán bộ khác sẽ được tạo tài khoản riêng sau, trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="32"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="42"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="52"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="62"/>
        <source>e.g. nguyenvanan</source>
        <translation>ví dụ: nguyenvanan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="72"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="92"/>
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_admin.ui" line="114"/>
        <source>Username: letters without accents, digits, dot, dash or underscore. Password: at least 6 characters.</source>
        <translation>Tên đăng nhập: chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới. Mật khẩu: ít nhất 6 ký tự.</translation>
    </message>
</context>
<context>
    <name>AnnualBar</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="45"/>
        <source>Year plan:</source>
        <extracomment>An annual plan was applied to the 5-year plan (its ``ApplySummary``). The list of imported annual plans was read again.</extracomment>
        <translation>Kế hoạch năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="47"/>
        <source>Import annual plan...</source>
        <translation>Nhập kế hoạch năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="48"/>
        <source>Read the year&apos;s resolution or plan and match its indicators to the 5-year plan&apos;s</source>
        <translation>Đọc nghị quyết hoặc kế hoạch năm và ghép các chỉ tiêu của nó với chỉ tiêu của kế hoạch 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="52"/>
        <source>Year plan targets...</source>
        <translation>Chỉ tiêu kế hoạch năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="53"/>
        <source>See and type each indicator&apos;s target for a year</source>
        <translation>Xem và nhập mục tiêu của từng chỉ tiêu cho một năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="59"/>
        <source>Imported annual plans</source>
        <translation>Kế hoạch năm đã nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="60"/>
        <source>Open an annual plan imported earlier, to finish its review or see its matches</source>
        <translation>Mở một kế hoạch năm đã nhập để rà soát tiếp hoặc xem cách ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="101"/>
        <source>applied</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="101"/>
        <source>being reviewed</source>
        <translation>đang rà soát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/plan_bar.py" line="102"/>
        <source>Year %1 — %2 (%3)</source>
        <translation>Năm %1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>AnnualImportDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="44"/>
        <source>Import annual plan</source>
        <translation>Nhập kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="45"/>
        <source>Choose the year&apos;s resolution or plan (.txt, .docx or .pdf). Its indicators are matched to the 5-year plan&apos;s; you check each match before the targets are applied.</source>
        <translation>Chọn nghị quyết hoặc kế hoạch của năm (.txt, .docx hoặc .pdf). Các chỉ tiêu của văn bản được ghép với chỉ tiêu của kế hoạch 5 năm; anh/chị kiểm tra từng cặp ghép trước khi áp dụng mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="50"/>
        <source>File of the annual resolution</source>
        <translation>Tệp nghị quyết năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="52"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="64"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="67"/>
        <source>&amp;Year of the plan:</source>
        <translation>&amp;Năm của kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="71"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="88"/>
        <source>Choose the annual plan file</source>
        <translation>Chọn tệp kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="89"/>
        <source>Plan documents (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Văn bản kế hoạch (*.txt *.docx *.pdf);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>AnnualImporter</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="131"/>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="133"/>
        <source>Reading %1...</source>
        <extracomment>A review opened (the dialog), after an import or a reopen. The import ended: True when it stored the annual plan and opened its review.</extracomment>
        <translation>Đang đọc %1...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="131"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="132"/>
        <source>Importing the annual plan</source>
        <translation>Đang nhập kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="143"/>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="168"/>
        <source>Matching the annual plan...</source>
        <translation>Đang ghép kế hoạch năm với kế hoạch 5 năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="171"/>
        <source>The %1 annual plan was stored as a draft; check its matches</source>
        <translation>Đã lưu kế hoạch năm %1 thành bản nháp; hãy kiểm tra cách ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/import_flow.py" line="179"/>
        <source>Loading the annual plan...</source>
        <translation>Đang tải kế hoạch năm...</translation>
    </message>
</context>
<context>
    <name>AnnualReviewDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="63"/>
        <source>Annual plan %1</source>
        <extracomment>The review was read again after a decision (or loaded): for tests and the page&apos;s list. The annual plan was applied: the core&apos;s ``ApplySummary``.</extracomment>
        <translation>Kế hoạch năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="89"/>
        <source>Confirm match</source>
        <translation>Xác nhận ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="90"/>
        <source>The suggested 5-year indicator is the right one (Ctrl+Enter)</source>
        <translation>Chỉ tiêu 5 năm được đề xuất là đúng (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="92"/>
        <source>Annual only</source>
        <translation>Chỉ có trong KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="93"/>
        <source>No 5-year indicator matches: add the item to the 5-year plan as a new indicator with this year&apos;s target</source>
        <translation>Không có chỉ tiêu 5 năm tương ứng: thêm mục này vào kế hoạch 5 năm thành chỉ tiêu mới với mục tiêu của năm này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="95"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="96"/>
        <source>Leave the item out of the 5-year plan</source>
        <translation>Không đưa mục này vào kế hoạch 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="97"/>
        <source>Confirm reading</source>
        <translation>Xác nhận cách đọc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="98"/>
        <source>Every item marked «check reading» was checked against the text: clear their marks</source>
        <translation>Đã đối chiếu mọi mục có dấu «cần xem cách đọc» với văn bản: bỏ các dấu đó</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="100"/>
        <source>Next to review</source>
        <translation>Rà soát tiếp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="101"/>
        <source>Go to the next item that still needs a decision (F8)</source>
        <translation>Đến mục tiếp theo còn cần quyết định (F8)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="105"/>
        <source>Items of the annual plan</source>
        <translation>Các mục của kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="120"/>
        <source>&amp;Pair with:</source>
        <translation>&amp;Ghép với:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="127"/>
        <source>Pair</source>
        <translation>Ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="128"/>
        <source>Pair the selected item with the 5-year indicator chosen</source>
        <translation>Ghép mục đang chọn với chỉ tiêu 5 năm đã chọn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="135"/>
        <source>Text of the annual resolution</source>
        <translation>Văn bản nghị quyết năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="137"/>
        <source>Apply annual plan</source>
        <translation>Áp dụng kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="139"/>
        <source>Write this year&apos;s targets into the 5-year plan</source>
        <translation>Ghi mục tiêu của năm này vào kế hoạch 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="205"/>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="355"/>
        <source>applied to the 5-year plan</source>
        <translation>đã áp dụng vào kế hoạch 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="205"/>
        <source>being reviewed</source>
        <translation>đang rà soát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="206"/>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="354"/>
        <source>Annual plan %1 — %2 (%3)</source>
        <translation>Kế hoạch năm %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="303"/>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="331"/>
        <source>Confirming...</source>
        <translation>Đang xác nhận...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="311"/>
        <source>Choose a 5-year indicator from the list first.</source>
        <translation>Hãy chọn một chỉ tiêu 5 năm trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="314"/>
        <source>Pairing...</source>
        <translation>Đang ghép...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="320"/>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="326"/>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="348"/>
        <source>Applying the annual plan...</source>
        <translation>Đang áp dụng kế hoạch năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="357"/>
        <source>The %1 annual plan was applied</source>
        <translation>Đã áp dụng kế hoạch năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="364"/>
        <source>Applied: the matches can no longer be changed</source>
        <translation>Đã áp dụng: không sửa cách ghép được nữa</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="367"/>
        <source>%1 items left to review</source>
        <translation>Còn %1 mục cần xem</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/review_dialog.py" line="370"/>
        <source>Every item is decided: the plan can be applied</source>
        <translation>Đã quyết định xong mọi mục: có thể áp dụng kế hoạch năm</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="122"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="136"/>
        <source>No database there</source>
        <translation>Không có cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="137"/>
        <source>There is no database at %1.

Create a new, empty database there? Choose No if the name was mistyped.</source>
        <translation>Không có cơ sở dữ liệu nào ở %1.

Tạo một cơ sở dữ liệu mới, trống ở đó? Chọn Không nếu gõ nhầm tên tệp.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="150"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="154"/>
        <source>%1

Restore the backup made %2? The damaged file is kept aside.</source>
        <translation>%1

Khôi phục bản sao lưu lúc %2? Tệp hỏng được cất riêng, không bị xóa.</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="107"/>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="164"/>
        <source>Submit for approval</source>
        <extracomment>The open &quot;are you sure&quot; box, if any (opened with ``open()``, so tests answer it).</extracomment>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="108"/>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="171"/>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="173"/>
        <source>Approve and lock</source>
        <translation>Duyệt và khóa sổ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="109"/>
        <source>Reopen...</source>
        <translation>Mở lại...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="123"/>
        <source>Open for entry</source>
        <translation>Đang mở để nhập số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="124"/>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="125"/>
        <source>Approved (locked)</source>
        <translation>Đã duyệt (đã khóa sổ)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="133"/>
        <source>Month: %1</source>
        <translation>Tháng: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="135"/>
        <source>(by %1)</source>
        <translation>(người thực hiện: %1)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="137"/>
        <source>(reopened: %1)</source>
        <translation>(đã mở lại, lý do: %1)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="159"/>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="165"/>
        <source>Send month %1 to the leader for approval?</source>
        <translation>Gửi số liệu tháng %1 cho lãnh đạo duyệt?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="165"/>
        <source>Submit</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="166"/>
        <source>Month %1 sent for approval.</source>
        <translation>Đã gửi duyệt tháng %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="172"/>
        <source>Approve and lock month %1? Its figures can then no longer be changed unless a leader reopens it, giving a reason.</source>
        <translation>Duyệt và khóa sổ tháng %1? Sau đó không sửa được số liệu của tháng, trừ khi lãnh đạo mở lại và ghi rõ lý do.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="174"/>
        <source>Month %1 approved and locked.</source>
        <translation>Đã duyệt và khóa sổ tháng %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="182"/>
        <source>%1 of %2 indicators have a figure for the month (%3 still an estimate); %4 have none.</source>
        <translation>%1/%2 chỉ tiêu đã có số liệu tháng (%3 còn là số ước); %4 chỉ tiêu chưa có.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="189"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="209"/>
        <source>Month %1 reopened.</source>
        <translation>Đã mở lại tháng %1.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="167"/>
        <source>Indicators of %1</source>
        <translation>Chỉ tiêu của %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="169"/>
        <source>Tick the indicators whose figures %1 enters each month.</source>
        <translation>Đánh dấu các chỉ tiêu mà %1 nhập số liệu hằng tháng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="172"/>
        <source>Find an indicator by code or name</source>
        <translation>Tìm chỉ tiêu theo mã hoặc tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="173"/>
        <source>Find an indicator</source>
        <translation>Tìm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="176"/>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="177"/>
        <source>Tick &amp;all shown</source>
        <translation>Đánh dấu &amp;tất cả đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="179"/>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Bỏ đánh dấu tất cả đang hiển thị</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="47"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="47"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="47"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="47"/>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="47"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="114"/>
        <source>User</source>
        <extracomment>How many events one read brings; &quot;Load more&quot; reads as many again.</extracomment>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="117"/>
        <source>Kind of action</source>
        <translation>Loại thao tác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="121"/>
        <source>Search: indicator code, user, value, reason...</source>
        <translation>Tìm: mã chỉ tiêu, người dùng, giá trị, lý do...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="122"/>
        <source>Search the journal</source>
        <translation>Tìm trong nhật ký</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="128"/>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="156"/>
        <source>Journal</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="141"/>
        <source>Load &amp;more</source>
        <translation>Tải &amp;thêm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="160"/>
        <source>All actions</source>
        <translation>Tất cả thao tác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="161"/>
        <source>Figures entered</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="162"/>
        <source>Month approval</source>
        <translation>Duyệt tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="163"/>
        <source>Plan and indicators</source>
        <translation>Kế hoạch và chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="164"/>
        <source>Logins</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="165"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="166"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="171"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="171"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="224"/>
        <source>%1 events shown; older ones: Load more.</source>
        <translation>Đang hiển thị %1 bản ghi; để xem bản ghi cũ hơn, bấm Tải thêm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="224"/>
        <source>%1 events.</source>
        <translation>%1 bản ghi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/audit_page.py" line="231"/>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="50"/>
        <source>Made</source>
        <translation>Lúc sao lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="50"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="50"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="50"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="56"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="57"/>
        <source>Back up to a &amp;folder or USB stick...</source>
        <translation>Sao lưu vào &amp;thư mục hoặc USB...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="58"/>
        <source>&amp;Restore the selected backup...</source>
        <translation>&amp;Khôi phục bản đã chọn...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="59"/>
        <source>Restore from a &amp;file...</source>
        <translation>Khôi phục từ &amp;tệp...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="87"/>
        <source>This database is on a server: its administrator backs it up (pg_dump).</source>
        <translation>Cơ sở dữ liệu này ở máy chủ: quản trị máy chủ sao lưu nó (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="92"/>
        <source>Backups are checked when made and kept in %1: one a day (7 days and 4 weeks kept), one before each upgrade, import or restore (the last 5), and those you make here.</source>
        <translation>Bản sao lưu được kiểm tra ngay khi tạo và cất trong %1: mỗi ngày một bản (giữ 7 ngày và 4 tuần), một bản trước mỗi lần nâng cấp, nhập dữ liệu hoặc khôi phục (giữ 5 bản gần nhất), và các bản bạn tạo ở đây.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="98"/>
        <source>sound</source>
        <translation>tốt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="98"/>
        <source>DAMAGED: %1</source>
        <translation>HỎNG: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="107"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="109"/>
        <source>made by hand</source>
        <translation>sao lưu tay</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="111"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="113"/>
        <source>before an import</source>
        <translation>trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="114"/>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="118"/>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>Chọn thư mục hoặc ổ USB để cất bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="124"/>
        <source>Backed up and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="127"/>
        <source>Backing up...</source>
        <translation>Đang sao lưu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="133"/>
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="139"/>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="140"/>
        <source>KeHoach backups (*.db);;All files (*)</source>
        <translation>Bản sao lưu KếHoạch (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="150"/>
        <source>Restore the database from this backup?

File: %1
Commune: %2
Plans: %3
Figures: %4
Last change (UTC): %5

The current database is saved first as a backup; everyone then logs in again.</source>
        <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu này?

Tệp: %1
Xã: %2
Kế hoạch: %3
Số liệu: %4 ô
Thay đổi cuối (giờ UTC): %5

Cơ sở dữ liệu hiện tại được sao lưu trước; sau đó mọi người đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="156"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="159"/>
        <source>Restoring...</source>
        <translation>Đang khôi phục...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="165"/>
        <source>The current database was saved first in %1.</source>
        <translation>Cơ sở dữ liệu hiện tại đã được cất trước vào %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="167"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/backup_tab.py" line="167"/>
        <source>The database was restored. Please log in again. %1</source>
        <translation>Đã khôi phục cơ sở dữ liệu. Hãy đăng nhập lại. %1</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="39"/>
        <source>Import several bundles: result</source>
        <translation>Nhập nhiều gói: kết quả</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="45"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="45"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="45"/>
        <source>Sender</source>
        <translation>Máy gửi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="45"/>
        <source>Figures changed</source>
        <translation>Số liệu thay đổi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="45"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="46"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="71"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="72"/>
        <source>Already here</source>
        <translation>Đã có từ trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="73"/>
        <source>Nothing new</source>
        <translation>Không có gì mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="74"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="75"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="76"/>
        <source>Not imported (batch cancelled)</source>
        <translation>Chưa nhập (lô bị hủy)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="77"/>
        <source>Not reached</source>
        <translation>Chưa đến lượt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="83"/>
        <source>This is the province&apos;s indicator list. Open it on its own with the &quot;Import bundle...&quot; button, which shows what it changes before it is adopted.</source>
        <translation>Đây là danh mục chỉ tiêu của tỉnh. Hãy mở riêng tệp này bằng nút «Nhập gói...», nút đó cho xem danh mục thay đổi những gì trước khi áp dụng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="86"/>
        <source>This bundle was imported before. Nothing changes.</source>
        <translation>Gói này đã được nhập trước đây. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="88"/>
        <source>Everything in this bundle already arrived through other bundles.</source>
        <translation>Mọi thay đổi trong gói này đã đến qua các gói khác.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="91"/>
        <source>%1 new figure edits, %2 month approvals or reopenings, %3 new plans, %4 plans updated.</source>
        <translation>%1 lần sửa số liệu mới, %2 lần duyệt/mở lại tháng, %3 kế hoạch mới, %4 kế hoạch cập nhật.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="96"/>
        <source>To check the sender&apos;s fingerprint and trust its key, import this file on its own with the &quot;Import bundle...&quot; button.</source>
        <translation>Để đối chiếu dấu vân tay của máy gửi và tin cậy khóa của máy đó, hãy nhập riêng tệp này bằng nút «Nhập gói...».</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="125"/>
        <source>%1 imported</source>
        <translation>%1 đã nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="126"/>
        <source>%1 already here</source>
        <translation>%1 đã có từ trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="127"/>
        <source>%1 with nothing new</source>
        <translation>%1 không có gì mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="128"/>
        <source>%1 refused</source>
        <translation>%1 bị từ chối</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="129"/>
        <source>%1 with an error</source>
        <translation>%1 bị lỗi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="130"/>
        <source>%1 cancelled with their batch</source>
        <translation>%1 chưa nhập vì lô bị hủy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="131"/>
        <source>%1 not reached</source>
        <translation>%1 chưa đến lượt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="134"/>
        <source>%1 files: </source>
        <translation>%1 tệp: </translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_result.py" line="137"/>
        <source>The files not imported can be imported again once the problem is fixed; files already imported will say so.</source>
        <translation>Các tệp chưa nhập có thể nhập lại sau khi khắc phục sự cố; các tệp đã nhập xong sẽ báo là đã có từ trước.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="65"/>
        <location filename="../../kehoach_desktop/gui/selftest.py" line="47"/>
        <source>Save image...</source>
        <extracomment>What &quot;Save image...&quot; offers, by file suffix: matplotlib&apos;s format name. Draws a chart into the figure it is given (clearing it first) and returns it.</extracomment>
        <translation>Lưu hình...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="66"/>
        <source>Save this chart as a PNG picture, an SVG drawing or a PDF file</source>
        <translation>Lưu biểu đồ thành ảnh PNG, hình vẽ SVG hoặc tệp PDF</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="68"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="69"/>
        <source>Copy this chart, to paste it into Word or Zalo</source>
        <translation>Sao chép biểu đồ để dán vào Word hoặc Zalo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="75"/>
        <source>Loading the chart...</source>
        <translation>Đang vẽ biểu đồ...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="180"/>
        <source>PNG picture (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="180"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="180"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="193"/>
        <source>Cannot save the image</source>
        <translation>Không lưu được hình</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="194"/>
        <source>The image could not be saved to %1:
%2</source>
        <translation>Không lưu được hình vào %1:
%2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/chart_view.py" line="202"/>
        <source>Save image</source>
        <translation>Lưu hình</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="87"/>
        <source>Your commune</source>
        <translation>Xã của bạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="88"/>
        <source>The commune or ward whose plan this computer tracks.</source>
        <translation>Xã hoặc phường có kế hoạch được theo dõi trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="100"/>
        <source>The plan was imported before the commune&apos;s code was known: replace the temporary code %1 with the real one.</source>
        <translation>Kế hoạch được nhập trước khi có mã xã: hãy thay mã tạm %1 bằng mã chính thức.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="105"/>
        <source>This database already has its commune. You can change its details later in Settings.</source>
        <translation>Cơ sở dữ liệu này đã có thông tin xã. Bạn có thể sửa thông tin này sau, trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="113"/>
        <source>Set up the commune and its plan on this computer</source>
        <translation>Thiết lập xã và kế hoạch của xã trên máy này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="115"/>
        <source>Receive the plan from another computer of the office (this office already uses KeHoach Desktop on another computer)</source>
        <translation>Nhận kế hoạch từ máy khác của văn phòng (văn phòng đã dùng KeHoach Desktop trên một máy khác)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="166"/>
        <source>Enter the name of the province (or district) this computer gathers, for example Tỉnh Lạng Sơn.</source>
        <translation>Hãy nhập tên tỉnh (hoặc huyện) mà máy này tổng hợp, ví dụ Tỉnh Lạng Sơn.</translation>
    </message>
</context>
<context>
    <name>CommunePageForm</name>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="17"/>
        <source>Which commune or ward does this computer keep the plan for? The code is the 5-digit administrative unit code (for example 06253); it identifies the commune&apos;s files when they are sent to the province.</source>
        <translation>Máy tính này theo dõi kế hoạch của xã hoặc phường nào? Mã xã là mã đơn vị hành chính gồm 5 chữ số (ví dụ 06253), dùng để nhận biết các tệp của xã khi gửi lên tỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="32"/>
        <source>Commune &amp;code:</source>
        <translation>&amp;Mã xã:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="42"/>
        <source>e.g. 06253</source>
        <translation>ví dụ: 06253</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="52"/>
        <source>Commune &amp;name:</source>
        <translation>Tên &amp;xã:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="62"/>
        <source>e.g. Xã Na Dương</source>
        <translation>ví dụ: Xã Na Dương</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="72"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="82"/>
        <source>e.g. Tỉnh Lạng Sơn</source>
        <translation>ví dụ: Tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_commune.ui" line="94"/>
        <source>This computer &amp;gathers the figures of many communes (a province or district)</source>
        <translation>Máy này &amp;tổng hợp số liệu của nhiều xã (máy của tỉnh hoặc huyện)</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="164"/>
        <source>Code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="164"/>
        <source>Commune</source>
        <translation>Tên xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="164"/>
        <source>Year target</source>
        <translation>KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="165"/>
        <source>This period</source>
        <translation>TH kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="165"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="165"/>
        <source>% of target</source>
        <translation>% KH</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="166"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="172"/>
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="172"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="173"/>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="173"/>
        <source>Behind pace</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="174"/>
        <source>At risk</source>
        <translation>Có nguy cơ không đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="174"/>
        <source>Missed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="175"/>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="187"/>
        <source>No figures received yet</source>
        <translation>Chưa nhận số liệu của xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="187"/>
        <source>Not in its plan</source>
        <translation>Kế hoạch của xã không có chỉ tiêu này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="201"/>
        <source>Province total</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="203"/>
        <source>Not summed</source>
        <translation>Không cộng được</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="32"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="32"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="32"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="32"/>
        <source>Versions</source>
        <translation>Số phiên bản</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="32"/>
        <source>Approved month</source>
        <translation>Tháng đã duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="33"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>PC</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="37"/>
        <source>Shown now</source>
        <translation>Đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="38"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="39"/>
        <source>Versions of the figure</source>
        <translation>Các phiên bản của số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="42"/>
        <source>No conflicts: every PC&apos;s figures agree.</source>
        <translation>Không có xung đột: số liệu của các máy đều khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="44"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Giữ phiên bản này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="54"/>
        <source>Versions of the selected figure (the one marked is shown meanwhile):</source>
        <translation>Các phiên bản của số liệu đang chọn (phiên bản được đánh dấu đang được hiển thị trong lúc chờ):</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="80"/>
        <source>Yes (leader only)</source>
        <translation>Có (chỉ lãnh đạo)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="124"/>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="126"/>
        <source>Estimate</source>
        <translation>Ước thực hiện</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="133"/>
        <source>Only a leader can choose which version to keep.</source>
        <translation>Chỉ lãnh đạo mới được chọn phiên bản cần giữ.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/conflicts.py" line="135"/>
        <source>Select the version to keep in the table above this button.</source>
        <translation>Hãy chọn phiên bản cần giữ trong bảng phía trên nút này.</translation>
    </message>
</context>
<context>
    <name>DenominatorDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="40"/>
        <source>Denominator of indicator %1</source>
        <translation>Mẫu số của chỉ tiêu %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="44"/>
        <source>e.g. Total households</source>
        <translation>ví dụ: Tổng số hộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="46"/>
        <source>e.g. households</source>
        <translation>ví dụ: hộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="52"/>
        <source>e.g. 1.234</source>
        <translation>ví dụ: 1.234</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="60"/>
        <source>&amp;Denominator:</source>
        <translation>&amp;Mẫu số:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="61"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="62"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="63"/>
        <source>&amp;Figure for the year:</source>
        <translation>&amp;Số của năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="67"/>
        <source>Remove denominator</source>
        <translation>Xoá mẫu số</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="68"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="91"/>
        <source>no unit</source>
        <translation>không có đơn vị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="94"/>
        <source>%1. %2 (%3) is summed as it is across communes: only a rate (%) or an average (per person, per household, per hectare) has a denominator.</source>
        <translation>%1. %2 (%3) được cộng thẳng số của các xã: chỉ chỉ tiêu tỷ lệ (%) hoặc bình quân (theo người, theo hộ, theo ha) mới có mẫu số.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="101"/>
        <source>%1. %2 (%3): what is it a share of? Name it and type its figure once a year; the province then recomputes the province&apos;s rate from every commune&apos;s numerator and denominator instead of averaging.</source>
        <translation>%1. %2 (%3): tỷ lệ này tính trên tổng số nào? Ghi tên mẫu số và nhập số của nó mỗi năm một lần; tỉnh sẽ tính lại tỷ lệ toàn tỉnh từ tử số và mẫu số của các xã thay vì lấy trung bình cộng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="109"/>
        <source>Figures held: %1</source>
        <translation>Số đã có: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="112"/>
        <source>No figure held yet.</source>
        <translation>Chưa có số của năm nào.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="155"/>
        <source>Denominator of indicator %1 saved.</source>
        <translation>Đã lưu mẫu số của chỉ tiêu %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/denominator_dialog.py" line="165"/>
        <source>Remove the denominator and every year&apos;s figure of indicator %1?</source>
        <translation>Xoá mẫu số và số của mọi năm của chỉ tiêu %1?</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/delegate.py" line="32"/>
        <source>Figure for this month</source>
        <translation>Số liệu tháng này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/delegate.py" line="33"/>
        <source>A number such as 1.234,5 or 12,5 or 1234.5; leave empty to clear.</source>
        <translation>Một số, ví dụ 1.234,5 hoặc 12,5 hoặc 1234.5; để trống để xóa.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/delegate.py" line="36"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="175"/>
        <source>Other indicators</source>
        <extracomment>Columns an officer fills, in Tab order. The unsaved edits changed through the user (edit, undo, restore, save, discard). A message about the edit just made, for the status bar.</extracomment>
        <translation>Chỉ tiêu khác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="233"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="233"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="233"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="233"/>
        <source>Year target</source>
        <translation>Kế hoạch
năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="223"/>
        <source>Last month</source>
        <translation>Tháng
trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="223"/>
        <source>This month</source>
        <translation>Thực hiện
tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="224"/>
        <source>Last quarter</source>
        <translation>Quý
trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="224"/>
        <source>This quarter</source>
        <translation>Thực hiện
quý</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="225"/>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="226"/>
        <source>Previous period</source>
        <translation>Kỳ
trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="225"/>
        <source>This half-year</source>
        <translation>Thực hiện
6 tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="226"/>
        <source>Nine months</source>
        <translation>Thực hiện
9 tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="227"/>
        <source>Last year</source>
        <translation>Năm
trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="227"/>
        <source>This year</source>
        <translation>Thực hiện
năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="234"/>
        <source>Year to date</source>
        <translation>Lũy kế
năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="234"/>
        <source>% of target</source>
        <translation>% KH
năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="234"/>
        <source>vs. last year</source>
        <translation>So cùng
kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="235"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="235"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="235"/>
        <source>Official</source>
        <translation>Chính
thức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="240"/>
        <source>Type the figure Vietnamese style (1.234,5) or 1234.5; Enter moves down.</source>
        <translation>Nhập số theo kiểu Việt Nam (1.234,5) hoặc 1234.5; nhấn Enter để xuống dòng dưới.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="241"/>
        <source>The period&apos;s figure read from its months: a flow summed, a stock or rate its latest month. Figures are typed per month.</source>
        <translation>Số liệu của kỳ, tính từ các tháng: chỉ tiêu cộng dồn lấy tổng, chỉ tiêu thời điểm hoặc tỷ lệ lấy tháng gần nhất. Số liệu được nhập theo tháng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="246"/>
        <source>Ticked: the official figure; unticked: an estimate.</source>
        <translation>Có đánh dấu: số liệu chính thức; không đánh dấu: số ước thực hiện.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="247"/>
        <source>The year&apos;s target; * marks a target worked out from the plan&apos;s final one.</source>
        <translation>Kế hoạch năm; dấu * là mục tiêu được tính ra từ mục tiêu cuối kỳ của kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="248"/>
        <source>100% is exactly the year&apos;s target; above 100% is better than the target, for lower-is-better indicators too.</source>
        <translation>100% là đúng bằng kế hoạch năm; trên 100% là tốt hơn kế hoạch, kể cả với chỉ tiêu càng thấp càng tốt.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="250"/>
        <source>Change of the period&apos;s figure from the same period last year, over the same months.</source>
        <translation>Số liệu của kỳ tăng (+) hoặc giảm (-) bao nhiêu phần trăm so với cùng kỳ năm trước, tính trên cùng các tháng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="326"/>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="378"/>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="494"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="326"/>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="496"/>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="338"/>
        <source>No year plan</source>
        <translation>Chưa có KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="359"/>
        <location filename="../../kehoach_desktop/gui/entry/view.py" line="89"/>
        <source> (est.)</source>
        <translation> (ước)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="378"/>
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="379"/>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="379"/>
        <source>Behind pace</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="380"/>
        <source>At risk</source>
        <translation>Có nguy cơ không đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="380"/>
        <source>Missed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="381"/>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="387"/>
        <source>Target stated in the 5-year plan.</source>
        <translation>Chỉ tiêu ghi trong kế hoạch 5 năm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="388"/>
        <source>Target from the year&apos;s resolution (annual plan).</source>
        <translation>Chỉ tiêu theo nghị quyết (kế hoạch) năm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="389"/>
        <source>Target typed by an officer.</source>
        <translation>Chỉ tiêu do cán bộ nhập.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="390"/>
        <source>Target sent by the province.</source>
        <translation>Chỉ tiêu do tỉnh giao.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="391"/>
        <source>Worked out from the 5-year plan&apos;s final target (no year target of its own).</source>
        <translation>Tính ra từ chỉ tiêu cuối kỳ của kế hoạch 5 năm (năm này chưa có chỉ tiêu riêng).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="422"/>
        <source>Judged on the year-end estimate: the year is not over.</source>
        <translation>Đánh giá theo ước thực hiện cả năm: năm chưa kết thúc.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="431"/>
        <source>Same period last year: %1</source>
        <translation>Cùng kỳ năm trước: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="434"/>
        <source>Year to date vs last year: %1</source>
        <translation>Lũy kế so với cùng kỳ: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="404"/>
        <source>Two computers entered different figures for this month. The latest is shown until a leader keeps one version on the Sync page.</source>
        <translation>Hai máy đã nhập hai số liệu khác nhau cho tháng này. Số nhập sau cùng đang được hiển thị cho đến khi lãnh đạo chọn giữ một phiên bản trên trang Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/model.py" line="407"/>
        <source>Type 1 when met, 0 when not met.</source>
        <translation>Nhập 1 nếu đạt, 0 nếu không đạt.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="92"/>
        <source>This month is approved and locked: its figures cannot be changed. A leader can reopen it, giving a reason.</source>
        <translation>Tháng này đã được duyệt và khóa sổ: không thể sửa số liệu. Lãnh đạo có thể mở lại tháng, kèm theo lý do.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="100"/>
        <source>Figures are entered by month; choose a month to enter them.</source>
        <translation>Số liệu được nhập theo tháng; chọn một tháng để nhập.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="104"/>
        <source>Search by name or code</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="105"/>
        <source>Search indicators</source>
        <translation>Tìm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="108"/>
        <source>My indicators only</source>
        <translation>Chỉ hiện chỉ tiêu của tôi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="118"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="119"/>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="122"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="120"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="130"/>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="131"/>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="186"/>
        <source>Import annual plan...</source>
        <translation>Nhập kế hoạch năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="188"/>
        <source>Type year targets...</source>
        <translation>Gõ chỉ tiêu năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="225"/>
        <source>There is no plan yet, so there is nothing to enter. Import the resolution or type the plan&apos;s indicators on the Indicators page first.</source>
        <translation>Chưa có kế hoạch nên chưa có gì để nhập số liệu. Trước hết, hãy nhập kế hoạch từ nghị quyết hoặc gõ các chỉ tiêu của kế hoạch ở trang Chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="232"/>
        <source>Monthly entry</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="302"/>
        <source>No indicators are assigned to you.</source>
        <translation>Bạn chưa được giao chỉ tiêu nào.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="337"/>
        <source>Year %1: %2 indicators have no year plan — import the year&apos;s resolution or type the year&apos;s targets.</source>
        <translation>Năm %1: %2 chỉ tiêu chưa có kế hoạch năm — nhập nghị quyết năm hoặc gõ chỉ tiêu năm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="340"/>
        <source>Year %1: %2 indicators have no year plan yet; the administrator or a leader enters the year&apos;s targets.</source>
        <translation>Năm %1: %2 chỉ tiêu chưa có kế hoạch năm; quản trị hoặc lãnh đạo sẽ nhập mục tiêu của năm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="349"/>
        <source>Unsaved edits were kept from earlier, but this month is locked.</source>
        <translation>Còn thay đổi chưa lưu từ trước, nhưng tháng này đã khóa sổ.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="354"/>
        <source>Restored %1 unsaved edits from the last session. Press Ctrl+S to save them.</source>
        <translation>Đã khôi phục %1 thay đổi chưa lưu từ phiên làm việc trước. Nhấn Ctrl+S để lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="398"/>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="410"/>
        <source>Could not keep a draft of the edits: %1</source>
        <translation>Không lưu tạm được các thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="115"/>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="421"/>
        <source>%1 unsaved</source>
        <translation>%1 chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="435"/>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="504"/>
        <source>Not saved: correct the red cells first.</source>
        <translation>Chưa lưu: hãy sửa các ô màu đỏ trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="437"/>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="505"/>
        <source>Figures not saved</source>
        <translation>Chưa lưu số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="438"/>
        <source>Some cells hold text that is not a figure. Correct or clear the red cells, then save.</source>
        <translation>Một số ô có nội dung không phải là số. Hãy sửa hoặc xóa các ô màu đỏ rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="444"/>
        <source>Nothing to save.</source>
        <translation>Không có gì để lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="473"/>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="501"/>
        <source>Not saved: check the amber cells, then save again.</source>
        <translation>Chưa lưu: hãy kiểm tra các ô màu vàng rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="515"/>
        <source>Saved %1 figures.</source>
        <translation>Đã lưu %1 số liệu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="517"/>
        <source>Nothing changed: these figures were already saved.</source>
        <translation>Không có thay đổi: các số liệu này đã được lưu trước đó.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="526"/>
        <source>Some figures look unusual:</source>
        <translation>Một số số liệu có vẻ bất thường:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="527"/>
        <source>Save them anyway?</source>
        <translation>Vẫn lưu các số liệu này?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="529"/>
        <source>Check the figures</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="539"/>
        <source>Unsaved figures</source>
        <translation>Số liệu chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/page.py" line="540"/>
        <source>%1 figures typed on this page are not saved yet. Save them now?</source>
        <translation>Có %1 số liệu đã nhập trên trang này chưa được lưu. Lưu ngay bây giờ?</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/view.py" line="54"/>
        <source>Monthly figures</source>
        <extracomment>The cell&apos;s margins and the status colour&apos;s frame around the status word (pixels). The user pressed Delete on a cell (the page clears it through the model). Ctrl+C / Ctrl+V outside a cell editor (the page copies or pastes the block).</extracomment>
        <translation>Số liệu tháng</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../kehoach_desktop/gui/errors.py" line="39"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/errors.py" line="40"/>
        <source>An unexpected error occurred. Your saved figures are safe and the program keeps running. The details were written to:
%1</source>
        <translation>Đã xảy ra lỗi không mong muốn. Số liệu đã lưu vẫn an toàn và chương trình vẫn tiếp tục chạy. Chi tiết đã được ghi vào:
%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="39"/>
        <source>Export sync bundle</source>
        <translation>Xuất gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="41"/>
        <source>Recipient</source>
        <translation>Máy nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="42"/>
        <source>Any PC (not encrypted)</source>
        <translation>Máy bất kỳ (không mã hoá)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="46"/>
        <source>&amp;Incremental: only what the recipient does not have yet</source>
        <translation>&amp;Bổ sung: chỉ những gì máy nhận chưa có</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="47"/>
        <source>&amp;Full: everything of the commune</source>
        <translation>&amp;Toàn bộ: mọi số liệu của xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="52"/>
        <source>&amp;Encrypt for the recipient</source>
        <translation>&amp;Mã hoá cho máy nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="54"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="59"/>
        <source>&amp;Export...</source>
        <translation>&amp;Xuất...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="69"/>
        <source>&amp;Recipient:</source>
        <translation>Máy &amp;nhận:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="73"/>
        <source>Contents:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="76"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="79"/>
        <source>A bundle carries the commune&apos;s plan and figures. It is signed by this PC, so the recipient can check that nobody changed it on the way.</source>
        <translation>Gói đồng bộ chứa kế hoạch và số liệu của xã. Gói được máy này ký, nên máy nhận có thể kiểm tra để chắc chắn không ai sửa đổi gói trên đường chuyển.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/export_dialog.py" line="94"/>
        <source>Choose a recipient first: a bundle is encrypted for one PC.</source>
        <translation>Hãy chọn máy nhận trước: mỗi gói chỉ được mã hoá cho một máy.</translation>
    </message>
</context>
<context>
    <name>FiguresExcel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="41"/>
        <source>Excel</source>
        <extracomment>Doubts listed in the preview at most (the rest are counted).</extracomment>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="42"/>
        <source>Figures of the year out to Excel, or in from an Excel sheet</source>
        <translation>Xuất số liệu cả năm ra Excel, hoặc nhập số liệu từ bảng Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="45"/>
        <source>Export the year&apos;s figures to Excel...</source>
        <translation>Xuất số liệu các tháng trong năm ra Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="46"/>
        <source>Import figures from Excel...</source>
        <translation>Nhập số liệu từ Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="65"/>
        <source>Exported %1 monthly figures of %2 to %3.</source>
        <translation>Đã xuất %1 số liệu tháng năm %2 ra %3.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="69"/>
        <source>Exporting...</source>
        <translation>Đang xuất...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="73"/>
        <source>Export the year&apos;s figures</source>
        <translation>Xuất số liệu cả năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="74"/>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="93"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="88"/>
        <source>Reading the sheet...</source>
        <translation>Đang đọc bảng...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="92"/>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="111"/>
        <source>Import figures from Excel</source>
        <translation>Nhập số liệu từ Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="98"/>
        <source>Nothing to import: the %1 figures of the sheet are already recorded.</source>
        <translation>Không có gì để nhập: %1 số liệu trong bảng đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="102"/>
        <source>The sheet «%1» (year %2) changes %3 figures in months %4; %5 rows are already recorded.</source>
        <translation>Bảng «%1» (năm %2) sẽ ghi %3 số liệu của các tháng %4; %5 dòng đã có sẵn, không đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="108"/>
        <source>Check these figures before importing:</source>
        <translation>Hãy kiểm tra các số liệu sau trước khi nhập:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="110"/>
        <source>... and %1 more.</source>
        <translation>... và %1 số liệu khác.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="113"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="114"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="132"/>
        <source>Imported %1 figures of %2 from %3.</source>
        <translation>Đã nhập %1 số liệu năm %2 từ %3.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/excel.py" line="137"/>
        <source>Importing...</source>
        <translation>Đang nhập...</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="314"/>
        <source>Set up KeHoach Desktop</source>
        <translation>Thiết lập KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="325"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="331"/>
        <source>Choose the Excel template</source>
        <translation>Chọn biểu mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="331"/>
        <source>Excel template (*.xlsx)</source>
        <translation>Biểu mẫu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="333"/>
        <source>Choose the plan document</source>
        <translation>Chọn văn bản kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="334"/>
        <source>Plan documents (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Văn bản kế hoạch (*.txt *.docx *.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="342"/>
        <source>Choose the full bundle from the other computer</source>
        <translation>Chọn gói đầy đủ từ máy kia</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="343"/>
        <source>Sync bundles (*.kehoach);;All files (*)</source>
        <translation>Gói đồng bộ (*.kehoach);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="377"/>
        <source>Setting up the commune...</source>
        <translation>Đang thiết lập xã...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="393"/>
        <source>Receiving the plan...</source>
        <translation>Đang nhận kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="398"/>
        <source>Nothing was saved.</source>
        <translation>Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="411"/>
        <source>Saving... reading a long document can take a moment.</source>
        <translation>Đang lưu... đọc văn bản dài có thể mất một lúc.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="421"/>
        <source>Nothing was saved. Choose another file, or choose Later to import the plan afterwards.</source>
        <translation>Chưa lưu gì. Hãy chọn tệp khác, hoặc chọn &quot;Để sau&quot; để nhập kế hoạch sau.</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/clipboard.py" line="94"/>
        <source>The clipboard holds too much to paste into the grid (%1 characters); copy only the figures.</source>
        <extracomment>Limits on a paste: a commune&apos;s grid is a few dozen rows of a dozen columns.</extracomment>
        <translation>Nội dung đã sao chép quá lớn để dán vào bảng (%1 ký tự); hãy chỉ sao chép các số liệu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/clipboard.py" line="100"/>
        <source>The clipboard holds too many cells to paste into the grid; copy only the figures.</source>
        <translation>Nội dung đã sao chép có quá nhiều ô để dán vào bảng; hãy chỉ sao chép các số liệu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/clipboard.py" line="126"/>
        <source>Pasted %1 cells; press Ctrl+S to save.</source>
        <translation>Đã dán %1 ô; nhấn Ctrl+S để lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/clipboard.py" line="129"/>
        <source>%1 cells were not taken (not yours to enter, or the month is locked).</source>
        <translation>%1 ô không nhận được (chỉ tiêu không được giao cho bạn, hoặc tháng đã khóa sổ).</translation>
    </message>
</context>
<context>
    <name>GridPrinter</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/printing.py" line="72"/>
        <source>PLAN INDICATORS — %1</source>
        <extracomment>Columns of words, left-aligned on paper; the others hold figures, right-aligned.</extracomment>
        <translation>CÁC CHỈ TIÊU KẾ HOẠCH — %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/printing.py" line="108"/>
        <source>Print the table</source>
        <translation>In bảng số liệu</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="44"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="51"/>
        <source>The user guide is missing from this installation (%1). Reinstall the program.</source>
        <translation>Bản cài đặt này thiếu tệp hướng dẫn (%1). Hãy cài lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="54"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="55"/>
        <source>Open in the web browser</source>
        <translation>Mở bằng trình duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/help.py" line="57"/>
        <source>To print the guide or read it beside the program</source>
        <translation>Để in hướng dẫn hoặc đọc song song với chương trình</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="27"/>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="52"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>Old</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>New</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="32"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="38"/>
        <source>Changes to the selected figure</source>
        <translation>Các thay đổi của số liệu đang chọn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="39"/>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="54"/>
        <source>Select an indicator to see the changes to its figure.</source>
        <translation>Chọn một chỉ tiêu để xem các thay đổi số liệu của chỉ tiêu đó.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="58"/>
        <source>History of %1 — %2</source>
        <translation>Lịch sử %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="74"/>
        <source>No changes recorded for this month yet.</source>
        <translation>Tháng này chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="100"/>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/history.py" line="101"/>
        <source>Estimate</source>
        <translation>Ước thực hiện</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="69"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="69"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="69"/>
        <source>Peer</source>
        <translation>Máy bên kia</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="69"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="69"/>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="70"/>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="70"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="71"/>
        <source>Bundles sent and received</source>
        <translation>Các gói đã gửi và đã nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="82"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="82"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="83"/>
        <source>Any PC</source>
        <translation>Máy bất kỳ</translation>
    </message>
</context>
<context>
    <name>IndicatorCombo</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/indicator_combo.py" line="51"/>
        <source>Type a code or part of a name</source>
        <extracomment>Item data holding an item&apos;s folded text, the completer&apos;s key.</extracomment>
        <translation>Gõ mã hoặc một phần tên chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="53"/>
        <source>Close</source>
        <extracomment>Narrowest the detail charts are drawn (pixels), so legends stay whole.</extracomment>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="54"/>
        <source>Close the indicator&apos;s detail</source>
        <translation>Đóng phần chi tiết chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="67"/>
        <source>This year by month</source>
        <translation>Các tháng trong năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="68"/>
        <source>Five-year path</source>
        <translation>Lộ trình 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="84"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="86"/>
        <source>Status: %1</source>
        <translation>Đánh giá: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="101"/>
        <source>Year to date: %1</source>
        <translation>Lũy kế năm: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="106"/>
        <source>year target: %1</source>
        <translation>kế hoạch năm: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/indicator_detail.py" line="108"/>
        <source>%1% of the target</source>
        <translation>đạt %1% kế hoạch</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="63"/>
        <source>(no target of its own)</source>
        <extracomment>(old code, new Indicator, list of TargetRule) when the officer applies a real change.</extracomment>
        <translation>(không có mục tiêu riêng)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="219"/>
        <source>(no group)</source>
        <translation>(không có nhóm)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="225"/>
        <source>(none: a main indicator)</source>
        <translation>(không có: là chỉ tiêu chính)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="263"/>
        <source>Enter the indicator&apos;s code, for example 12 or 3.1.</source>
        <translation>Nhập mã chỉ tiêu, ví dụ 12 hoặc 3.1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="265"/>
        <source>Code %1 is already used by another indicator.</source>
        <translation>Mã %1 đã được dùng cho một chỉ tiêu khác.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="267"/>
        <source>Enter the indicator&apos;s name.</source>
        <translation>Nhập tên chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="309"/>
        <source>The lower bound is above the upper bound.</source>
        <translation>Mức dưới lớn hơn mức trên.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/editor.py" line="311"/>
        <source>A range needs both bounds.</source>
        <translation>Khoảng cần có cả mức dưới và mức trên.</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="14"/>
        <location filename="../../ui/indicator_editor.ui" line="30"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="39"/>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="52"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="59"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="69"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="76"/>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="86"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="93"/>
        <source>Part of:</source>
        <translation>Thuộc chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="103"/>
        <source>Parent indicator</source>
        <translation>Chỉ tiêu cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="110"/>
        <source>Unit:</source>
        <translation>Đơn vị tính:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="123"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="130"/>
        <source>Direction:</source>
        <translation>Chiều đánh giá:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="140"/>
        <source>Direction</source>
        <translation>Chiều đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="147"/>
        <source>Months combine as:</source>
        <translation>Tổng hợp các tháng:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="157"/>
        <source>How months combine</source>
        <translation>Cách tổng hợp các tháng</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="164"/>
        <source>Responsible office:</source>
        <translation>Bộ phận phụ trách:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="177"/>
        <source>Responsible office</source>
        <translation>Bộ phận phụ trách</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="184"/>
        <source>Base year:</source>
        <translation>Năm gốc:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="194"/>
        <location filename="../../ui/indicator_editor.ui" line="347"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="203"/>
        <source>Base year</source>
        <translation>Năm gốc</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="210"/>
        <source>Value in the base year:</source>
        <translation>Giá trị năm gốc:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="220"/>
        <source>Value in the base year</source>
        <translation>Giá trị năm gốc</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="243"/>
        <source>Target for the whole plan</source>
        <translation>Mục tiêu của cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="252"/>
        <source>Kind of target:</source>
        <translation>Loại mục tiêu:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="262"/>
        <location filename="../../ui/indicator_editor.ui" line="437"/>
        <source>Kind of target</source>
        <translation>Loại mục tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="269"/>
        <source>As written:</source>
        <translation>Nguyên văn:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="279"/>
        <source>Target as written in the document</source>
        <translation>Mục tiêu theo nguyên văn trong văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="286"/>
        <source>Value:</source>
        <translation>Giá trị:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="296"/>
        <location filename="../../ui/indicator_editor.ui" line="442"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="303"/>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="313"/>
        <source>Lower bound</source>
        <translation>Mức dưới</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="320"/>
        <source>To / out of:</source>
        <translation>Đến / trên tổng số:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="330"/>
        <source>Upper bound or total</source>
        <translation>Mức trên hoặc tổng số</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="337"/>
        <source>Compared with year:</source>
        <translation>So với năm:</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="356"/>
        <source>Compared with year</source>
        <translation>So với năm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="365"/>
        <source>The target holds every year</source>
        <translation>Mục tiêu áp dụng cho từng năm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="372"/>
        <source>Growth or reduction in percentage points</source>
        <translation>Mức tăng/giảm tính bằng điểm phần trăm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="379"/>
        <source>The figure recorded is the rate of change itself</source>
        <translation>Số liệu ghi nhận chính là tỷ lệ tăng/giảm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="404"/>
        <location filename="../../ui/indicator_editor.ui" line="416"/>
        <source>Targets for particular years</source>
        <translation>Mục tiêu của từng năm cụ thể</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="432"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="447"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="452"/>
        <source>To / out of</source>
        <translation>Đến / trên tổng số</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="462"/>
        <source>Add a year</source>
        <translation>Thêm năm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="469"/>
        <source>Remove the year</source>
        <translation>Xóa năm</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="510"/>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="513"/>
        <source>Show the indicator as it was before your changes</source>
        <translation>Hiển thị lại chỉ tiêu như trước khi thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="520"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/indicator_editor.ui" line="523"/>
        <source>Keep these changes in the plan being reviewed (Save writes them to the database)</source>
        <translation>Giữ các thay đổi này trong kế hoạch đang rà soát (nút Lưu sẽ ghi vào cơ sở dữ liệu)</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="159"/>
        <source>Code</source>
        <extracomment>Item data role holding the indicator code (None on a group row).</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="159"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="159"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="159"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="160"/>
        <source>To review</source>
        <translation>Cần rà soát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="198"/>
        <source>Without a group</source>
        <translation>Không có nhóm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/tree_model.py" line="215"/>
        <source>(see sub-indicators)</source>
        <translation>(xem các chỉ tiêu con)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="101"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="101"/>
        <source>Kind of PC</source>
        <translation>Loại máy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="101"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="101"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="101"/>
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="102"/>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="103"/>
        <source>Trusted keys</source>
        <translation>Khóa tin cậy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="106"/>
        <source>&amp;Trust a key file...</source>
        <translation>&amp;Tin cậy một tệp khóa...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="107"/>
        <source>Re&amp;voke</source>
        <translation>Th&amp;u hồi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="108"/>
        <source>Export ac&amp;knowledgement...</source>
        <translation>Xuất gói &amp;xác nhận...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="109"/>
        <source>Write a small bundle telling the selected PC what this PC has received.</source>
        <translation>Tạo một gói nhỏ báo cho máy đang chọn biết máy này đã nhận được những gì.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="126"/>
        <location filename="../../kehoach_desktop/gui/sync/tabs.py" line="164"/>
        <source>Only an administrator can trust or revoke keys.</source>
        <translation>Chỉ người quản trị mới được tin cậy hoặc thu hồi khóa.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="34"/>
        <source>Log in — KeHoach Desktop</source>
        <translation>Đăng nhập — KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="41"/>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="44"/>
        <source>&amp;Forgot password...</source>
        <translation>&amp;Quên mật khẩu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="76"/>
        <source>Enter your username.</source>
        <translation>Nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="80"/>
        <source>Enter your password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/login.py" line="99"/>
        <source>The new password is set. Log in with it, then make a new recovery code.</source>
        <translation>Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới, rồi tạo mã khôi phục mới.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../ui/login.ui" line="17"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="27"/>
        <source>Enter your username and password to open the commune&apos;s plan.</source>
        <translation>Nhập tên đăng nhập và mật khẩu để mở kế hoạch của xã.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="42"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="52"/>
        <source>e.g. nguyenvana</source>
        <translation>ví dụ: nguyenvana</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="62"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="58"/>
        <source>KeHoach Desktop</source>
        <extracomment>The size a first start opens at; below SMALL_SCREEN of free screen the window opens maximised. Room for a title bar and borders around a restored window.</extracomment>
        <translation>KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="65"/>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="70"/>
        <source>Please log in to continue.</source>
        <translation>Vui lòng đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="87"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="91"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="98"/>
        <source>  &amp;Commune:</source>
        <translation>  &amp;Xã:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="114"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="136"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="146"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="150"/>
        <source>About KeHoach Desktop</source>
        <translation>Giới thiệu KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="153"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="246"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="256"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="256"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="256"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/main_window.py" line="372"/>
        <source>Settings not saved</source>
        <translation>Chưa lưu được cài đặt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/startup.py" line="95"/>
        <source>KeHoach Desktop — %1</source>
        <translation>KếHoạch Desktop — %1</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="65"/>
        <source>Annual code</source>
        <translation>Mã năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="65"/>
        <source>Annual indicator</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="65"/>
        <source>Annual target</source>
        <translation>Mục tiêu năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="66"/>
        <source>Matched with 5-year indicator</source>
        <translation>Ghép với chỉ tiêu 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="66"/>
        <source>Confidence %</source>
        <translation>Độ tin cậy %</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="66"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="68"/>
        <source>How sure the matching is (0-100). Below %1 a suggestion must be confirmed or changed before applying.</source>
        <translation>Mức chắc chắn của việc ghép (0-100). Dưới %1, cách ghép đề xuất phải được xác nhận hoặc đổi trước khi áp dụng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="98"/>
        <source>(added as a new indicator)</source>
        <translation>(thêm thành chỉ tiêu mới)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="99"/>
        <source>(no match)</source>
        <translation>(chưa ghép được)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="110"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="112"/>
        <source>Annual only</source>
        <translation>Chỉ có trong KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="114"/>
        <source>Ignored</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="116"/>
        <source>Not matched</source>
        <translation>Chưa ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="118"/>
        <source>Suggested, to confirm</source>
        <translation>Đề xuất, cần xác nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="120"/>
        <source>Suggested</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="122"/>
        <source> · check reading</source>
        <translation> · cần xem cách đọc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="138"/>
        <source>Pair it with a 5-year indicator, mark it annual only (it is added to the 5-year plan) or ignore it.</source>
        <translation>Hãy ghép với một chỉ tiêu 5 năm, đánh dấu «chỉ có trong KH năm» (sẽ được thêm vào kế hoạch 5 năm) hoặc bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/match_model.py" line="140"/>
        <source>The match is not sure enough: confirm it or pair the item with another indicator.</source>
        <translation>Cách ghép chưa đủ chắc chắn: hãy xác nhận hoặc ghép mục này với chỉ tiêu khác.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="49"/>
        <source>Not received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="49"/>
        <source>Estimate</source>
        <translation>Số ước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="50"/>
        <source>Official</source>
        <translation>Số chính thức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="50"/>
        <source>Submitted</source>
        <translation>Đã gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="51"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="57"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="57"/>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="58"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="58"/>
        <source>not due yet</source>
        <translation>chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="66"/>
        <source>Code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="68"/>
        <source>Commune</source>
        <translation>Tên xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="72"/>
        <source>Months
received</source>
        <translation>Số tháng
đã nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="72"/>
        <source>Late or
overdue</source>
        <translation>Trễ hoặc
quá hạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="103"/>
        <source>First figure recorded on %1</source>
        <translation>Số liệu đầu tiên ghi ngày %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="105"/>
        <source>%1 of %2 indicators have a figure</source>
        <translation>%1/%2 chỉ tiêu có số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="122"/>
        <source>Reporting rate</source>
        <translation>Tỷ lệ báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/models.py" line="129"/>
        <source>%1 of %2 communes reported, %3 on time, %4 approved</source>
        <translation>%1/%2 xã đã báo cáo, %3 xã đúng hạn, %4 xã đã duyệt</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../kehoach_desktop/gui/open_file.py" line="38"/>
        <source>Cannot import the bundle</source>
        <translation>Không nhập được gói</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/open_file.py" line="39"/>
        <source>Your account may not import sync bundles, so %1 was not opened. Ask an administrator or a leader to import it.</source>
        <translation>Tài khoản của bạn không được nhập gói đồng bộ nên chưa mở %1. Hãy nhờ quản trị viên hoặc lãnh đạo nhập gói này.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kehoach_desktop/gui/operations.py" line="37"/>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/operations.py" line="41"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/operations.py" line="42"/>
        <source>Something went wrong and the operation was not completed. Nothing was half-saved. The details were written to the log file; please send it to your support person.</source>
        <translation>Đã xảy ra sự cố nên thao tác chưa được thực hiện. Không có dữ liệu nào bị lưu dở dang. Chi tiết đã được ghi vào tệp ghi lỗi (log); vui lòng gửi tệp này cho người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="68"/>
        <source>Indicator to show in detail</source>
        <extracomment>Chart element ids that name an indicator after this prefix (the bar itself is the bare code). Narrowest the overview chart is drawn (pixels): its indicator names need the room. The least of the overview kept in view beside an indicator&apos;s detail. The detail panel&apos;s frame and vertical scroll bar around its charts.</extracomment>
        <translation>Chỉ tiêu cần xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="69"/>
        <source>Choose an indicator...</source>
        <translation>Chọn chỉ tiêu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="74"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="77"/>
        <source>No indicator has a percentage of its target yet for this period: enter the figures on the Monthly entry page.</source>
        <translation>Kỳ này chưa có chỉ tiêu nào tính được tỷ lệ so với kế hoạch: hãy nhập số liệu ở trang Nhập số liệu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="83"/>
        <source>Click a bar to see the indicator in detail</source>
        <translation>Bấm vào một thanh để xem chi tiết chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="86"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="87"/>
        <source>By status</source>
        <translation>Theo đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="119"/>
        <source>There is no plan yet, so there is nothing to show. Import the resolution or type the plan&apos;s indicators on the Indicators page first.</source>
        <translation>Chưa có kế hoạch nên chưa có gì để hiển thị. Hãy nhập nghị quyết hoặc gõ các chỉ tiêu của kế hoạch ở trang Chỉ tiêu trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="126"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/overview_page.py" line="171"/>
        <source>Progress towards the year&apos;s targets — %1</source>
        <translation>Mức thực hiện so với kế hoạch năm — %1</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../kehoach_desktop/gui/page.py" line="75"/>
        <source>Go to Indicators</source>
        <extracomment>Icon file name in ``resources/icons`` (without ``.svg``).</extracomment>
        <translation>Đến trang Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="31"/>
        <source>&amp;Period:</source>
        <extracomment>The kinds in the order of the list (looked up by position: Qt cannot find a Python enum as item data). The month last chosen, so Tháng -&gt; Quý -&gt; Tháng comes back to it.</extracomment>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="34"/>
        <source>Period type</source>
        <translation>Loại kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="35"/>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="69"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="35"/>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="73"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="35"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="35"/>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="75"/>
        <source>first half</source>
        <translation>đầu năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="76"/>
        <source>second half</source>
        <translation>cuối năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="77"/>
        <source>Half of the year</source>
        <translation>Nửa năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="35"/>
        <location filename="../../kehoach_desktop/gui/period_selector.py" line="42"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>PlanJoin</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="33"/>
        <source>This PC now holds two adopted copies of the plan %1-%2: «%3» and «%4» (%5 figures), probably set up on two PCs.</source>
        <translation>Máy này đang có hai bản kế hoạch %1-%2 đã thông qua: «%3» và «%4» (%5 số liệu), có lẽ do hai máy cùng thiết lập.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="40"/>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="47"/>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="69"/>
        <source>Two copies of the plan</source>
        <translation>Hai bản của cùng một kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="41"/>
        <source>Ask an administrator to join them on this page.</source>
        <translation>Hãy nhờ quản trị viên gộp hai bản trên trang này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="43"/>
        <source>Join the copy into the first one? Its figures are moved where the plan has none; figures that differ are listed and not moved; the copy goes back to draft on every PC after the next bundle.</source>
        <translation>Gộp bản sau vào bản đầu? Số liệu của bản sau được chuyển sang những ô kế hoạch chưa có; số liệu khác nhau được liệt kê và không chuyển; bản sau trở về bản nháp trên mọi máy sau lần gửi gói tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="57"/>
        <source>Joining the plans...</source>
        <translation>Đang gộp kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="61"/>
        <source>The plans are joined: %1 figures moved, %2 already there.</source>
        <translation>Đã gộp kế hoạch: chuyển %1 số liệu, %2 số liệu đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="65"/>
        <source>%1 figures differ between the copies; the plan&apos;s own are kept. Check:</source>
        <translation>%1 số liệu khác nhau giữa hai bản; giữ số của kế hoạch. Hãy kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/join_offer.py" line="68"/>
        <source>%1 figures of approved months were not moved.</source>
        <translation>%1 số liệu thuộc tháng đã duyệt không được chuyển.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="89"/>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="110"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="219"/>
        <source>Import from document...</source>
        <translation>Nhập từ văn bản...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="111"/>
        <source>Read the plan from its resolution or plan document (.txt, .docx, .pdf)</source>
        <translation>Đọc kế hoạch từ văn bản nghị quyết hoặc kế hoạch (.txt, .docx, .pdf)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="113"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="221"/>
        <source>Import from Excel template...</source>
        <translation>Nhập từ biểu mẫu Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="114"/>
        <source>Read the plan from the Excel template filled in</source>
        <translation>Đọc kế hoạch từ biểu mẫu Excel đã điền</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="115"/>
        <source>Export Excel template...</source>
        <translation>Xuất biểu mẫu Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="116"/>
        <source>Write the plan to the Excel template to edit it in Excel</source>
        <translation>Ghi kế hoạch ra biểu mẫu Excel để sửa bằng Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="121"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="121"/>
        <source>Write the reviewed plan to the database</source>
        <translation>Ghi kế hoạch đã rà soát vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="123"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="500"/>
        <source>Adopt plan</source>
        <translation>Thông qua kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="124"/>
        <source>Save and adopt the plan once every item has been reviewed</source>
        <translation>Lưu và thông qua kế hoạch khi đã rà soát xong tất cả các mục</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="125"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="525"/>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="126"/>
        <source>Forget the changes not saved yet</source>
        <translation>Bỏ các thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="245"/>
        <source>There is no plan yet.

Import the commune&apos;s resolution or plan document (.txt, .docx or .pdf), or an Excel template filled in. You will then check each indicator against the document before adopting the plan.</source>
        <translation>Chưa có kế hoạch.

Hãy nhập văn bản nghị quyết hoặc kế hoạch của xã (.txt, .docx hoặc .pdf), hoặc biểu mẫu Excel đã điền. Sau đó bạn đối chiếu từng chỉ tiêu với văn bản trước khi thông qua kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="250"/>
        <source>There is no plan yet.

The administrator imports the plan from its document; the indicators appear here once that is done.</source>
        <translation>Chưa có kế hoạch.

Người quản trị sẽ nhập kế hoạch từ văn bản; các chỉ tiêu sẽ hiện ở đây sau khi nhập xong.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="274"/>
        <source>Loading the plan...</source>
        <translation>Đang tải kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="309"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="310"/>
        <source>The plan being reviewed has changes that are not saved. Save them now?</source>
        <translation>Kế hoạch đang rà soát có thay đổi chưa lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="336"/>
        <source>Choose the plan file</source>
        <translation>Chọn tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="341"/>
        <source>Export the Excel template</source>
        <translation>Xuất biểu mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="346"/>
        <source>Plan documents (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Văn bản kế hoạch (*.txt *.docx *.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="350"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="422"/>
        <source>Excel template (*.xlsx)</source>
        <translation>Biểu mẫu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="362"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="364"/>
        <source>Reading %1...</source>
        <translation>Đang đọc %1...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="180"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="362"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="82"/>
        <source>The changes to indicator %1 were applied; save the plan to keep them.</source>
        <extracomment>A plan&apos;s title is stored in 500 characters (store/schema.py, PlanRow.title). Emitted when reading a file ends: True when a plan opened for review. Emitted when an export ends: the path written, or &quot;&quot; when it failed.</extracomment>
        <translation>Đã áp dụng thay đổi của chỉ tiêu %1; hãy bấm Lưu để giữ lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="119"/>
        <source>Name the plan...</source>
        <translation>Đặt tên kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="120"/>
        <source>Give the plan the title officers and reports use</source>
        <translation>Đặt tiêu đề kế hoạch dùng trên màn hình và trong báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="129"/>
        <source>Denominator...</source>
        <translation>Mẫu số...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="130"/>
        <source>For a rate or an average: what it is a share of (total households, population) and its figure each year, so the province can recompute the province&apos;s rate</source>
        <translation>Với chỉ tiêu tỷ lệ hoặc bình quân: tổng số mà nó tính trên đó (tổng số hộ, dân số) và số của tổng ấy mỗi năm, để tỉnh tính lại tỷ lệ toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="176"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="189"/>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="192"/>
        <source>Name the plan</source>
        <translation>Đặt tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="177"/>
        <source>Title of the plan (as in the resolution):</source>
        <translation>Tiêu đề kế hoạch (như trong nghị quyết):</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="179"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="189"/>
        <source>The title cannot be empty.</source>
        <translation>Tiêu đề không được để trống.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="193"/>
        <source>The title is too long: at most %1 characters.</source>
        <translation>Tiêu đề quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="205"/>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="205"/>
        <source>Select a rate indicator in the list first.</source>
        <translation>Hãy chọn một chỉ tiêu tỷ lệ trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="363"/>
        <source>Importing the plan</source>
        <translation>Đang nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="374"/>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="393"/>
        <source>No indicators found</source>
        <translation>Không tìm thấy chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="394"/>
        <source>No indicators were found in %1, so nothing was imported.</source>
        <translation>Không tìm thấy chỉ tiêu nào trong %1 nên chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="411"/>
        <source>Notes from reading the document:</source>
        <translation>Lưu ý khi đọc văn bản:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="428"/>
        <source>Writing %1...</source>
        <translation>Đang ghi %1...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="438"/>
        <source>The Excel template was written to %1</source>
        <translation>Đã ghi biểu mẫu Excel vào %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="452"/>
        <source>Cannot save yet</source>
        <translation>Chưa thể lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="453"/>
        <source>The indicator form has errors; correct them (they are shown in red) or undo the changes first.</source>
        <translation>Thông tin chỉ tiêu đang sửa còn lỗi; hãy sửa các lỗi (hiển thị màu đỏ) hoặc hoàn tác thay đổi trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="463"/>
        <source>Add the imported plan</source>
        <translation>Thêm kế hoạch vừa nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="464"/>
        <source>The database already has a plan. The imported plan will be stored as a new draft plan and become the plan you work on; the existing plan and its figures stay in the database. Continue?</source>
        <translation>Cơ sở dữ liệu đã có kế hoạch. Kế hoạch vừa nhập sẽ được lưu thành một dự thảo kế hoạch mới và trở thành kế hoạch bạn đang làm việc; kế hoạch hiện có và số liệu của nó vẫn được giữ trong cơ sở dữ liệu. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="481"/>
        <source>Saving the plan...</source>
        <translation>Đang lưu kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="491"/>
        <source>Review not finished</source>
        <translation>Chưa rà soát xong</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="492"/>
        <source>%1 items still need review. Confirm or correct each marked item (use &quot;Next to review&quot;), then adopt the plan.</source>
        <translation>Còn %1 mục cần rà soát. Hãy xác nhận hoặc sửa từng mục được đánh dấu (dùng nút &quot;Rà soát tiếp&quot;), rồi thông qua kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="501"/>
        <source>Adopt this plan? Its targets become the ones figures are judged against.</source>
        <translation>Thông qua kế hoạch này? Các mục tiêu của kế hoạch sẽ được dùng để đánh giá số liệu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="507"/>
        <source>Adopting the plan...</source>
        <translation>Đang thông qua kế hoạch...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="518"/>
        <source>The plan was adopted</source>
        <translation>Đã thông qua kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="518"/>
        <source>The plan was saved</source>
        <translation>Đã lưu kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="526"/>
        <source>Forget the changes not saved yet?</source>
        <translation>Bỏ các thay đổi chưa lưu?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="551"/>
        <source>No plan yet</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="555"/>
        <source>Plan without a title</source>
        <translation>Kế hoạch chưa có tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="557"/>
        <source>Five-year plan %1</source>
        <translation>Kế hoạch 5 năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="557"/>
        <source>Annual plan %1</source>
        <translation>Kế hoạch năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="559"/>
        <source>imported, not saved yet</source>
        <translation>đã nhập, chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="561"/>
        <source>adopted</source>
        <translation>đã thông qua</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="563"/>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="567"/>
        <source>%1 indicators in %2 groups</source>
        <translation>%1 chỉ tiêu trong %2 nhóm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="570"/>
        <source>read from %1</source>
        <translation>đọc từ %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/plan_page.py" line="572"/>
        <source>unsaved changes</source>
        <translation>có thay đổi chưa lưu</translation>
    </message>
</context>
<context>
    <name>PlanPageForm</name>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="17"/>
        <source>Where should the plan&apos;s indicators come from? A plan read from a file is saved as a draft for you to check against the document before adopting it.</source>
        <translation>Lấy các chỉ tiêu của kế hoạch từ đâu? Kế hoạch đọc từ tệp được lưu thành dự thảo để bạn đối chiếu với văn bản trước khi thông qua.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="30"/>
        <source>From the plan &amp;document (resolution or plan: .txt, .docx, .pdf)</source>
        <translation>Từ &amp;văn bản kế hoạch (nghị quyết hoặc kế hoạch: .txt, .docx, .pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="40"/>
        <source>From the &amp;Excel template (.xlsx)</source>
        <translation>Từ biểu mẫu &amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="47"/>
        <source>Use the &amp;sample plan with sample figures (to try the program)</source>
        <translation>Dùng kế hoạch &amp;mẫu kèm số liệu mẫu (để dùng thử chương trình)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="54"/>
        <source>&amp;Later: I will import the plan afterwards</source>
        <translation>Để &amp;sau: nhập kế hoạch vào lúc khác</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="63"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="73"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="79"/>
        <source>Chosen file</source>
        <translation>Tệp đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_plan.ui" line="86"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
</context>
<context>
    <name>PlanSourcePage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="238"/>
        <source>The plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="239"/>
        <source>Read the plan&apos;s indicators now, or later from the Plan page.</source>
        <translation>Đọc các chỉ tiêu của kế hoạch ngay bây giờ, hoặc để sau, từ trang Chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="250"/>
        <source>This database already has a plan. Choose Later to keep working with it.</source>
        <translation>Cơ sở dữ liệu này đã có kế hoạch. Chọn &quot;Để sau&quot; để tiếp tục làm việc với kế hoạch đó.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="261"/>
        <source>A province&apos;s computer receives each commune&apos;s plan with the commune&apos;s sync bundle (Sync page). There is no plan to read here.</source>
        <translation>Máy của tỉnh nhận kế hoạch của từng xã cùng với gói đồng bộ của xã đó (trang Đồng bộ). Ở đây không cần đọc kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard.py" line="298"/>
        <source>Choose the plan file first (Browse...), or choose another option.</source>
        <translation>Hãy chọn tệp kế hoạch trước (Chọn tệp...), hoặc chọn cách khác.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="39"/>
        <source>Import bundle: preview</source>
        <translation>Nhập gói: xem trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="41"/>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="89"/>
        <source>Figures this bundle changes</source>
        <translation>Các số liệu gói này thay đổi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="42"/>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="90"/>
        <source>Conflicts this bundle creates</source>
        <translation>Các xung đột gói này tạo ra</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="45"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="54"/>
        <source>This PC already has everything this bundle carries: importing it would change nothing.</source>
        <translation>Máy này đã có mọi thứ trong gói: nhập gói sẽ không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="56"/>
        <source>Some figures were changed on both PCs. After the import both versions are kept and a leader chooses one on the Conflicts tab.</source>
        <translation>Một số số liệu đã bị sửa trên cả hai máy. Sau khi nhập, cả hai phiên bản đều được giữ lại và lãnh đạo sẽ chọn một phiên bản ở thẻ Xung đột.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="60"/>
        <source>Not applied: %1 approval or reopening events (%2) were made without a leader&apos;s right or without a reason; those months keep their state for the leader to check.</source>
        <translation>Không áp dụng: %1 lần duyệt hoặc mở lại tháng (%2) không do người có quyền lãnh đạo thực hiện hoặc không ghi lý do; các tháng đó giữ nguyên trạng thái để lãnh đạo xem.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="76"/>
        <source>Sender:</source>
        <translation>Máy gửi:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="77"/>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="78"/>
        <source>Commune:</source>
        <translation>Xã:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="79"/>
        <source>Created:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="80"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="81"/>
        <source>Encrypted:</source>
        <translation>Mã hoá:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="82"/>
        <source>Contents:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="83"/>
        <source>New for this PC:</source>
        <translation>Mới đối với máy này:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="100"/>
        <source>%1 figures, %2 month events, %3 plans added, %4 plans updated</source>
        <translation>%1 số liệu, %2 sự kiện tháng, thêm %3 kế hoạch, cập nhật %4 kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="108"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="108"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="108"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="108"/>
        <source>In the bundle</source>
        <translation>Trong gói</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="108"/>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/preview_dialog.py" line="123"/>
        <source>Changed on both PCs: a leader will choose the version to keep.</source>
        <translation>Đã bị sửa trên cả hai máy: lãnh đạo sẽ chọn phiên bản cần giữ.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="60"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="60"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="60"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="60"/>
        <source>Year target</source>
        <translation>KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="64"/>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="66"/>
        <source>Year to date
(month %1)</source>
        <translation>Lũy kế
(đến tháng %1)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="66"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="67"/>
        <source>% of target</source>
        <translation>% KH</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="67"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="73"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="73"/>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="106"/>
        <source>Month %1: %2</source>
        <translation>Tháng %1: %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="108"/>
        <source>Estimate</source>
        <translation>Số ước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="109"/>
        <source>Year to date: %1</source>
        <translation>Lũy kế: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="111"/>
        <source>%1 of the year&apos;s target</source>
        <translation>bằng %1 kế hoạch năm</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="138"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="144"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="148"/>
        <source>The commune&apos;s indicators by month</source>
        <translation>Các chỉ tiêu của xã theo tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="153"/>
        <source>C&amp;ommune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="153"/>
        <source>Y&amp;ear:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="163"/>
        <source>Each month&apos;s figure is coloured by the indicator&apos;s assessment at that month; estimates in italics.</source>
        <translation>Số liệu mỗi tháng được tô màu theo đánh giá chỉ tiêu tại tháng đó; số ước in nghiêng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="194"/>
        <source>No commune&apos;s figures have arrived yet.</source>
        <translation>Chưa nhận được số liệu của xã nào.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="203"/>
        <source>%1 — %2: figures up to month %3</source>
        <translation>%1 — năm %2: số liệu đến tháng %3</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/profile.py" line="205"/>
        <source>%1 — %2: no figures yet this year</source>
        <translation>%1 — năm %2: chưa có số liệu tháng nào</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="83"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="87"/>
        <source>Deadline day</source>
        <translation>Ngày hạn nộp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="88"/>
        <source>A month&apos;s figures are on time when recorded by this day of the month.</source>
        <translation>Số liệu của tháng là đúng hạn khi được ghi chậm nhất vào ngày này của tháng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="101"/>
        <source>Export to &amp;Excel...</source>
        <translation>Xuất ra &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="102"/>
        <source>Import &amp;commune list...</source>
        <translation>Nhập &amp;danh sách xã...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="103"/>
        <source>Load the province&apos;s communes (code and name) from an .xlsx or .csv file with the columns «Mã xã» and «Tên xã» (administrators).</source>
        <translation>Nạp danh sách xã của tỉnh (mã và tên) từ tệp .xlsx hoặc .csv có cột «Mã xã» và «Tên xã» (dành cho quản trị).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="108"/>
        <source>Reporting by commune and month</source>
        <translation>Tình hình báo cáo theo xã và tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="111"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="115"/>
        <source>Sort</source>
        <translation>Sắp xếp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="94"/>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="116"/>
        <source>By commune code</source>
        <translation>Theo mã xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="89"/>
        <source>Save as the province&apos;s deadline</source>
        <translation>Lưu làm hạn nộp của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="90"/>
        <source>Keep this day as the deadline communes report by, for everyone and for the command line (administrators).</source>
        <translation>Giữ ngày này làm hạn nộp báo cáo của các xã, cho mọi người dùng và cho dòng lệnh (dành cho quản trị).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="93"/>
        <source>Sort communes</source>
        <translation>Sắp xếp các xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="94"/>
        <source>Most months late first</source>
        <translation>Nhiều tháng chậm nhất trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="95"/>
        <source>Fewest months received first</source>
        <translation>Ít tháng đã nhận nhất trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="97"/>
        <source>Only communes late or missing</source>
        <translation>Chỉ xã chậm/thiếu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="98"/>
        <source>Show only the communes with a month late or overdue; the reporting rates still count every commune.</source>
        <translation>Chỉ hiện các xã có tháng trễ hạn hoặc quá hạn; tỷ lệ báo cáo vẫn tính trên mọi xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="105"/>
        <source>Send &amp;indicator list...</source>
        <translation>&amp;Gửi danh mục chỉ tiêu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="106"/>
        <source>Write the province&apos;s standard indicator list, and each commune&apos;s targets for a year, as a signed bundle for the communes</source>
        <translation>Ghi danh mục chỉ tiêu chuẩn của tỉnh, kèm mục tiêu năm của từng xã, thành gói có chữ ký để gửi các xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="116"/>
        <source>By % of target</source>
        <translation>Theo % kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="117"/>
        <source>By year to date</source>
        <translation>Theo lũy kế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="119"/>
        <source>Indicator across communes</source>
        <translation>Chỉ tiêu của các xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="124"/>
        <source>Export &amp;province report...</source>
        <translation>Xuất &amp;báo cáo tỉnh...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="125"/>
        <source>Write the province&apos;s report on the period chosen in the toolbar (reporting, province totals, each commune&apos;s assessment) as Word or Excel.</source>
        <translation>Xuất báo cáo toàn tỉnh của kỳ đang chọn trên thanh công cụ (tình hình báo cáo, tổng toàn tỉnh, đánh giá từng xã) ra Word hoặc Excel.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="129"/>
        <source>Reporting</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="130"/>
        <source>Comparison</source>
        <translation>So sánh các xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="131"/>
        <source>Commune profile</source>
        <translation>Hồ sơ xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="152"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="161"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="161"/>
        <source>&amp;Deadline: day</source>
        <translation>&amp;Hạn nộp: ngày</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="172"/>
        <source>S&amp;ort:</source>
        <translation>Sắp &amp;xếp:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="188"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="188"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Sắp xếp:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="249"/>
        <source>The province&apos;s deadline is now day %1 of the month reported.</source>
        <translation>Hạn nộp của tỉnh nay là ngày %1 của tháng báo cáo.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="271"/>
        <source>%1 communes; deadline: day %2 of the month reported; %3 months late or overdue in all.</source>
        <translation>%1 xã; hạn nộp: ngày %2 của tháng báo cáo; tổng cộng %3 tháng trễ hoặc quá hạn.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="280"/>
        <source>Export the reporting table to Excel</source>
        <translation>Xuất bảng tình hình báo cáo ra Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="281"/>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="293"/>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="386"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="288"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="293"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="295"/>
        <source>Export the province report</source>
        <translation>Xuất báo cáo toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="313"/>
        <source>Writing the province report...</source>
        <translation>Đang ghi báo cáo toàn tỉnh...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="314"/>
        <source>Province report written: %1</source>
        <translation>Đã xuất báo cáo toàn tỉnh: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="320"/>
        <source>Choose the province&apos;s commune list</source>
        <translation>Chọn tệp danh sách xã của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="321"/>
        <source>Commune lists (*.xlsx *.csv)</source>
        <translation>Danh sách xã (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="336"/>
        <source>Commune list imported: %1 added, %2 renamed, %3 unchanged.</source>
        <translation>Đã nhập danh sách xã: thêm %1, đổi tên %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="366"/>
        <source>Save the indicator list bundle</source>
        <translation>Lưu gói danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="366"/>
        <source>Sync bundles (*.kehoach)</source>
        <translation>Gói đồng bộ (*.kehoach)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="374"/>
        <source>Writing the indicator list...</source>
        <translation>Đang ghi danh mục chỉ tiêu...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="378"/>
        <source>Indicator list written to %1: %2 indicators, targets for %3 communes.</source>
        <translation>Đã ghi danh mục chỉ tiêu vào %1: %2 chỉ tiêu, mục tiêu của %3 xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="385"/>
        <source>Save the targets sheet to fill</source>
        <translation>Lưu bảng mục tiêu để điền</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="392"/>
        <source>Targets sheet written to %1: %2 rows to fill.</source>
        <translation>Đã ghi bảng mục tiêu vào %1: %2 dòng cần điền.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="411"/>
        <source>No commune&apos;s figures have arrived yet.</source>
        <translation>Chưa nhận được số liệu của xã nào.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="422"/>
        <source>no unit</source>
        <translation>không có đơn vị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/page.py" line="424"/>
        <source>How the province total was made: %1</source>
        <translation>Cách tính tổng toàn tỉnh: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reason_dialog.py" line="54"/>
        <source>Please write the reason.</source>
        <translation>Vui lòng nhập lý do.</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <location filename="../../ui/reopen_reason.ui" line="17"/>
        <source>Why?</source>
        <translation>Lý do?</translation>
    </message>
    <message>
        <location filename="../../ui/reopen_reason.ui" line="33"/>
        <source>e.g. Correct the official figure of indicator 4</source>
        <translation>ví dụ: Sửa số liệu chính thức của chỉ tiêu 4</translation>
    </message>
    <message>
        <location filename="../../ui/reopen_reason.ui" line="36"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="45"/>
        <source>Receive the plan from another computer</source>
        <translation>Nhận kế hoạch từ máy khác</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="46"/>
        <source>This computer joins the office: it takes the commune, the plan and the figures from a computer that already has them.</source>
        <translation>Máy này tham gia văn phòng: nhận xã, kế hoạch và số liệu từ một máy đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="49"/>
        <source>On the other computer, open the Sync page, click Export sync bundle... and choose Full: everything of the commune (or run kehoach bundle export --full there). Bring the .kehoach file here, on a USB stick for example, and choose it below.</source>
        <translation>Trên máy kia, mở trang Đồng bộ, bấm «Xuất gói đồng bộ...» và chọn «Toàn bộ: mọi số liệu của xã» (hoặc chạy lệnh kehoach bundle export --full trên máy đó). Mang tệp .kehoach sang máy này, ví dụ bằng USB, rồi chọn tệp ở dưới.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="56"/>
        <source>No bundle chosen yet</source>
        <translation>Chưa chọn gói nào</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="57"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="109"/>
        <source>Checking the bundle...</source>
        <translation>Đang kiểm tra gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="124"/>
        <source>The fingerprint was not confirmed, so nothing is received from this file. Compare it with the one on the other computer&apos;s Sync page and choose the file again.</source>
        <translation>Dấu vân tay chưa được xác nhận, nên không nhận gì từ tệp này. Hãy so với dấu vân tay trên trang Đồng bộ của máy kia rồi chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/wizard_receive.py" line="145"/>
        <source>From computer: %1
Key fingerprint: %2 (confirmed)
Commune: %3
Plan: %4
Figures: %5

Next: the first administrator of this computer.</source>
        <translation>Từ máy: %1
Dấu vân tay khóa: %2 (đã xác nhận)
Xã: %3
Kế hoạch: %4
Số liệu: %5

Bước tiếp theo: người quản trị đầu tiên của máy này.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="23"/>
        <source>Forgotten administrator password</source>
        <translation>Quên mật khẩu quản trị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="24"/>
        <source>Type the recovery code you wrote down or printed when the program was set up, and a new password. The code works once.</source>
        <translation>Nhập mã khôi phục đã ghi lại hoặc in ra khi cài đặt chương trình, và mật khẩu mới. Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="35"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="36"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Mã khôi phục:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="37"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="38"/>
        <source>&amp;Repeat new password:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="57"/>
        <source>Enter the administrator&apos;s username and the recovery code.</source>
        <translation>Hãy nhập tên đăng nhập của quản trị và mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/recovery_dialog.py" line="60"/>
        <source>The two passwords are different. Type the new password again.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập lại mật khẩu mới.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="43"/>
        <source>Reopen the month</source>
        <extracomment>The store refuses shorter reasons; the dialog says so before it gets there.</extracomment>
        <translation>Mở lại tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="45"/>
        <source>Reopening %1 lets figures be changed again. Write the reason (required):</source>
        <translation>Mở lại tháng %1 để có thể sửa lại số liệu. Nhập lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="50"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="51"/>
        <source>For example: correcting the official figures</source>
        <translation>Ví dụ: sửa số liệu chính thức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="55"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/entry/approval.py" line="67"/>
        <source>Write at least 5 characters.</source>
        <translation>Nhập ít nhất 5 ký tự.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/document.py" line="31"/>
        <source>Figures from %1 to %2</source>
        <translation>Số liệu từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/document.py" line="37"/>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/document.py" line="56"/>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
</context>
<context>
    <name>ReportSettingsTab</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="66"/>
        <source>Calendar month (statistical reports)</source>
        <extracomment>The one-line text fields, in form order (the ReportSettings attribute names).</extracomment>
        <translation>Theo tháng dương lịch (báo cáo thống kê)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="67"/>
        <source>From the 15th of the previous month to the 14th (administrative reports)</source>
        <translation>Từ ngày 15 tháng trước đến ngày 14 tháng này (báo cáo hành chính)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="72"/>
        <source>One recipient a line, e.g. Như trên;</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ: Như trên;</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="83"/>
        <source>&amp;Save report settings</source>
        <translation>&amp;Lưu cài đặt báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="90"/>
        <source>e.g. UBND TỈNH LẠNG SƠN (empty: none)</source>
        <translation>ví dụ: UBND TỈNH LẠNG SƠN (để trống: không có)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="91"/>
        <source>e.g. XÃ NA DƯƠNG (empty: the commune&apos;s name)</source>
        <translation>ví dụ: XÃ NA DƯƠNG (để trống: tên xã)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="93"/>
        <source>e.g. Na Dương (empty: the commune&apos;s name)</source>
        <translation>ví dụ: Na Dương (để trống: tên xã)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="94"/>
        <source>e.g. Sở Tài chính tỉnh Lạng Sơn (empty: no Kính gửi line)</source>
        <translation>ví dụ: Sở Tài chính tỉnh Lạng Sơn (để trống: không có dòng Kính gửi)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="96"/>
        <source>e.g. KT. CHỦ TỊCH (empty when the chairman signs)</source>
        <translation>ví dụ: KT. CHỦ TỊCH (để trống khi Chủ tịch ký)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="98"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="104"/>
        <source>Issuer and number</source>
        <translation>Cơ quan ban hành và số báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="106"/>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="107"/>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="108"/>
        <source>Number and s&amp;ymbol:</source>
        <translation>Số, &amp;ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="109"/>
        <source>{so} stands for the report&apos;s number (01, 02... 10).</source>
        <translation>{so} là số của báo cáo (01, 02... 10).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="110"/>
        <source>Ne&amp;xt number:</source>
        <translation>Số &amp;tiếp theo:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="112"/>
        <source>P&amp;lace name:</source>
        <translation>&amp;Địa danh:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="113"/>
        <source>&amp;To (Kính gửi):</source>
        <translation>Kính &amp;gửi:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="114"/>
        <source>&amp;Figures up to:</source>
        <translation>Chốt &amp;số liệu:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="115"/>
        <source>Signature and recipients</source>
        <translation>Người ký và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="117"/>
        <source>Signing a&amp;uthority:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="118"/>
        <source>Signing on &amp;behalf:</source>
        <translation>Ký th&amp;ay:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="119"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="120"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="121"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="122"/>
        <source>&amp;Archive:</source>
        <translation>Lư&amp;u:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="168"/>
        <source>These are the settings of the commune shown; its own computer changes them.</source>
        <translation>Đây là cài đặt của xã đang xem; chỉ máy của xã đó mới sửa được.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="169"/>
        <source>Only an administrator can change the report settings.</source>
        <translation>Chỉ quản trị viên mới sửa được cài đặt báo cáo.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="183"/>
        <source>Set up the commune first.</source>
        <translation>Hãy khai báo thông tin xã trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="217"/>
        <source>The next report: Số %1</source>
        <translation>Báo cáo tiếp theo: Số %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="228"/>
        <source>Saving the report settings...</source>
        <translation>Đang lưu cài đặt báo cáo...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/settings_tab.py" line="235"/>
        <source>The report settings were saved.</source>
        <translation>Đã lưu cài đặt báo cáo.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="94"/>
        <source>Plan %1</source>
        <extracomment>Column keys in order; ``forecast`` is shown from the 6-month report on, ``next_target`` (next year&apos;s plan) from the October report on.</extracomment>
        <translation>KH năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="96"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="96"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="96"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="97"/>
        <source>Year target</source>
        <translation>KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="97"/>
        <source>This period</source>
        <translation>TH kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="97"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="98"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="98"/>
        <source>% of target</source>
        <translation>% KH</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="99"/>
        <source>% of same period</source>
        <translation>% cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="99"/>
        <source>Year estimate</source>
        <translation>Ước cả năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="100"/>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="100"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="106"/>
        <source>Year to date as a percentage of the year&apos;s target (above 100 is better than the target, whichever way the indicator should go).</source>
        <translation>Lũy kế so với kế hoạch năm, tính theo phần trăm (trên 100 là tốt hơn kế hoạch, dù chỉ tiêu cần tăng hay cần giảm).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="108"/>
        <source>Year to date as a percentage of the same months last year.</source>
        <translation>Lũy kế so với cùng kỳ năm trước, tính theo phần trăm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="109"/>
        <source>Estimate for the whole year from the months so far.</source>
        <translation>Ước thực hiện cả năm từ các tháng đã có.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="110"/>
        <source>Next year&apos;s target, from its annual plan or worked out on the 5-year plan&apos;s path (marked *); empty when next year has no target yet.</source>
        <translation>Chỉ tiêu kế hoạch năm sau: theo kế hoạch năm đã giao, hoặc tính theo lộ trình của kế hoạch 5 năm (có dấu *); để trống khi năm sau chưa có chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="112"/>
        <source>The period&apos;s figure: flows summed over its months, levels at its last month.</source>
        <translation>Số liệu của kỳ: chỉ tiêu cộng dồn lấy tổng các tháng, chỉ tiêu thời điểm lấy tháng cuối kỳ.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="156"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="156"/>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/table_model.py" line="196"/>
        <source>Estimate (not yet the official figure)</source>
        <translation>Số ước thực hiện (chưa phải số chính thức)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="84"/>
        <source>Report &amp;date:</source>
        <translation>&amp;Ngày báo cáo:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="86"/>
        <source>Take a &amp;new report number</source>
        <translation>Lấy &amp;số báo cáo mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="88"/>
        <source>Ticked: the export uses the next number and counts it as used. Not ticked: the number is shown but stays free (a draft).</source>
        <translation>Có đánh dấu: tệp xuất ra dùng số tiếp theo và tính là đã dùng. Không đánh dấu: số chỉ hiển thị, chưa bị dùng (bản nháp).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="91"/>
        <source>Export &amp;Word (.docx)...</source>
        <translation>Xuất &amp;Word (.docx)...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="93"/>
        <source>Export E&amp;xcel (.xlsx)...</source>
        <translation>Xuất E&amp;xcel (.xlsx)...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="95"/>
        <source>&amp;Print... (Ctrl+P)</source>
        <translation>&amp;In... (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="96"/>
        <source>Open &amp;file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="97"/>
        <source>Open f&amp;older</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="103"/>
        <location filename="../../kehoach_desktop/gui/reports/printing.py" line="31"/>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="110"/>
        <source>Save texts</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="119"/>
        <source>Report table</source>
        <translation>Bảng số liệu báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="128"/>
        <source>Generated text of the report</source>
        <translation>Nội dung báo cáo do chương trình viết</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="133"/>
        <source>Generated text</source>
        <translation>Nội dung báo cáo (tự động)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="134"/>
        <source>Your texts for this period</source>
        <translation>Nội dung cán bộ viết cho kỳ này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="158"/>
        <source>There is no plan yet, so there is nothing to report. Import the resolution or type the plan&apos;s indicators on the Indicators page first.</source>
        <translation>Chưa có kế hoạch nên chưa có gì để báo cáo. Hãy nhập nghị quyết hoặc gõ các chỉ tiêu của kế hoạch ở trang Chỉ tiêu trước.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="182"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="220"/>
        <source>These are the commune&apos;s texts, as its report has them: they are written on the commune&apos;s computer.</source>
        <translation>Đây là nội dung trong báo cáo của xã: chỉ viết trên máy của xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="309"/>
        <source>(taken when the report is exported)</source>
        <extracomment>Column widths at 1366x768 (the notes take what is left).</extracomment>
        <translation>(sẽ lấy số khi xuất báo cáo)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="310"/>
        <source>(not taken: tick &quot;Take a new report number&quot; to use it)</source>
        <translation>(chưa lấy số: đánh dấu «Lấy số báo cáo mới» để dùng số này)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="334"/>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="357"/>
        <source>Saving the texts...</source>
        <translation>Đang lưu nội dung...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="340"/>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="352"/>
        <source>Texts of the report saved (%1).</source>
        <translation>Đã lưu nội dung báo cáo (%1).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="366"/>
        <source>Unsaved texts</source>
        <translation>Nội dung chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/page.py" line="367"/>
        <source>The texts typed for the report of %1 are not saved yet. Save them now?</source>
        <translation>Nội dung đã gõ cho báo cáo %1 chưa được lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/printing.py" line="56"/>
        <source>The report was sent to the printer.</source>
        <translation>Đã gửi báo cáo tới máy in.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="38"/>
        <source>Export the report to Word</source>
        <translation>Xuất báo cáo ra Word</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="39"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="41"/>
        <source>Export the report to Excel</source>
        <translation>Xuất báo cáo ra Excel</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="42"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="68"/>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="97"/>
        <source>Writing the report...</source>
        <translation>Đang ghi báo cáo...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="69"/>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="84"/>
        <source>Report not written</source>
        <translation>Chưa ghi được báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="84"/>
        <source>The file %1 could not be written: it may be open in Word or Excel, or the folder may not allow writing. Close the file or choose another folder, then export again.

(%2)</source>
        <translation>Không ghi được tệp %1: có thể tệp đang mở trong Word hoặc Excel, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác rồi xuất lại.

(%2)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="113"/>
        <source>Report %1 written: %2</source>
        <translation>Đã ghi báo cáo số %1: %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="115"/>
        <source>Report written: %2</source>
        <translation>Đã ghi báo cáo: %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="134"/>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/exporting.py" line="135"/>
        <source>No program on this computer opens %1.</source>
        <translation>Máy này không có chương trình nào mở được %1.</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="20"/>
        <source>At least (≥)</source>
        <translation>Tối thiểu (≥)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="21"/>
        <source>More than (&gt;)</source>
        <translation>Lớn hơn (&gt;)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="22"/>
        <source>At most (≤)</source>
        <translation>Tối đa (≤)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="23"/>
        <source>Less than (&lt;)</source>
        <translation>Nhỏ hơn (&lt;)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="24"/>
        <source>Range (from - to)</source>
        <translation>Khoảng (từ - đến)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="25"/>
        <source>Equal to a figure</source>
        <translation>Bằng một giá trị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="26"/>
        <source>Maintain a level</source>
        <translation>Duy trì mức</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="27"/>
        <source>Ratio (a out of b)</source>
        <translation>Số trên tổng số (a/b)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="28"/>
        <source>Growth compared with a base year</source>
        <translation>Tăng so với năm gốc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="29"/>
        <source>Average annual growth</source>
        <translation>Tăng bình quân hằng năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="30"/>
        <source>Reduction</source>
        <translation>Giảm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="31"/>
        <source>New over the plan period (cumulative)</source>
        <translation>Thêm mới trong giai đoạn (cộng dồn)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="32"/>
        <source>Multiple of the base year</source>
        <translation>Gấp số lần năm gốc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="33"/>
        <source>Qualitative (met or not met)</source>
        <translation>Định tính (đạt hoặc không đạt)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="40"/>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="41"/>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="48"/>
        <source>Flow: months are added up</source>
        <translation>Chỉ tiêu thời kỳ: cộng số liệu các tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="49"/>
        <source>Level or rate: the latest month counts</source>
        <translation>Chỉ tiêu thời điểm hoặc tỷ lệ: lấy số liệu tháng gần nhất</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="56"/>
        <source>Ambiguous number</source>
        <translation>Số chưa rõ cách đọc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="57"/>
        <source>Unit inferred</source>
        <translation>Đơn vị tự suy ra</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="58"/>
        <source>Unit missing</source>
        <translation>Thiếu đơn vị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="59"/>
        <source>Target not read</source>
        <translation>Chưa đọc được mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="60"/>
        <source>Several targets</source>
        <translation>Nhiều mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="61"/>
        <source>Approximate figure</source>
        <translation>Số gần đúng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="62"/>
        <source>Old font encoding</source>
        <translation>Bảng mã cũ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="63"/>
        <source>Baseline level missing</source>
        <translation>Thiếu mức gốc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="64"/>
        <source>% is the growth, not the unit</source>
        <translation>% là mức tăng, không phải đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="65"/>
        <source>No yearly target</source>
        <translation>Chưa có chỉ tiêu từng năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="66"/>
        <source>Maybe not a target</source>
        <translation>Có thể không phải chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="67"/>
        <source>No list heading found</source>
        <translation>Không thấy tiêu đề danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="68"/>
        <source>Plan years uncertain</source>
        <translation>Chưa chắc giai đoạn kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="76"/>
        <source>The number could be read two ways (for example 19,655); it was read Vietnamese style. Check it against the document.</source>
        <translation>Số này có thể hiểu theo hai cách (ví dụ 19,655); chương trình đã đọc theo kiểu Việt Nam. Hãy đối chiếu với văn bản.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="78"/>
        <source>The document gives no unit; it was inferred (% for a rate, or what the indicator&apos;s name counts). Check it against the document.</source>
        <translation>Văn bản không ghi đơn vị tính; chương trình đã suy ra (% với chỉ tiêu tỷ lệ, hoặc theo cái mà tên chỉ tiêu đếm). Hãy đối chiếu với văn bản.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="80"/>
        <source>The figure has no unit and none could be inferred: enter the unit.</source>
        <translation>Số liệu không có đơn vị và không suy ra được: hãy nhập đơn vị tính.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="81"/>
        <source>No figure could be read as the target; the text was kept as a qualitative target. Enter the target if there is one.</source>
        <translation>Không đọc được con số nào làm mục tiêu; nội dung được giữ làm mục tiêu định tính. Hãy nhập mục tiêu nếu có.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="83"/>
        <source>The item states more than one target figure; check that the right one was taken, and add year targets if needed.</source>
        <translation>Mục này nêu nhiều hơn một con số mục tiêu; hãy kiểm tra đã lấy đúng con số chưa, và thêm mục tiêu từng năm nếu cần.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="85"/>
        <source>The document gives an approximate figure (about...); it was taken as the target.</source>
        <translation>Văn bản nêu con số gần đúng (khoảng...); con số này được lấy làm mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="86"/>
        <source>The file used an old Vietnamese font encoding (TCVN3/VNI) and was converted; check the text against the original.</source>
        <translation>Tệp dùng bảng mã tiếng Việt cũ (TCVN3/VNI) và đã được chuyển đổi; hãy đối chiếu nội dung với bản gốc.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="88"/>
        <source>The target is a growth or reduction from a baseline year, but the document gives no baseline level: enter the baseline (or the months of the baseline year), or mark that the indicator records the rate itself. Without it the year&apos;s target cannot be worked out.</source>
        <translation>Chỉ tiêu là mức tăng hoặc giảm so với một năm gốc, nhưng văn bản không ghi mức của năm gốc: hãy nhập mức gốc (hoặc số liệu các tháng của năm gốc), hoặc đánh dấu rằng chỉ tiêu ghi chính tốc độ tăng. Thiếu mức gốc thì không tính được chỉ tiêu của từng năm.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="91"/>
        <source>The % read is the growth asked for, not the unit the monthly figure is recorded in: enter the indicator&apos;s own unit (for example million dong per person per year).</source>
        <translation>Số % đọc được là mức tăng cần đạt, không phải đơn vị tính của số liệu hằng tháng: hãy nhập đơn vị tính của chính chỉ tiêu (ví dụ triệu đồng/người/năm).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="93"/>
        <source>The target is a level to reach by the plan&apos;s last year and there is no baseline to split it into yearly steps: enter the baseline or each year&apos;s target (annual plan). Until then the year is judged only on its path to the final target.</source>
        <translation>Chỉ tiêu là mức cần đạt vào năm cuối của kế hoạch và không có mức gốc để chia thành từng năm: hãy nhập mức gốc hoặc chỉ tiêu từng năm (kế hoạch năm). Trong khi chờ, mỗi năm chỉ được đánh giá theo lộ trình đến chỉ tiêu cuối kỳ.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="96"/>
        <source>The sentence reads like news or a review of results rather than a target; delete the item if it is not one of the plan&apos;s indicators.</source>
        <translation>Câu này giống tin tức hoặc đánh giá kết quả hơn là một mục tiêu; hãy xoá mục này nếu nó không phải chỉ tiêu của kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="98"/>
        <source>No heading announcing the list of indicators was found; check that every item read is really a target of the plan.</source>
        <translation>Không thấy tiêu đề mở đầu danh mục chỉ tiêu; hãy kiểm tra từng mục đã đọc có đúng là chỉ tiêu của kế hoạch không.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="100"/>
        <source>The document does not state the plan&apos;s kind and years plainly; check the plan&apos;s years before confirming.</source>
        <translation>Văn bản không ghi rõ loại kế hoạch và giai đoạn; hãy kiểm tra năm của kế hoạch trước khi xác nhận.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="129"/>
        <source>maintain %1</source>
        <translation>duy trì %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="130"/>
        <source>%1 new over the period</source>
        <translation>thêm mới %1 trong giai đoạn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="131"/>
        <source>up %1 on %2</source>
        <translation>tăng %1 so với năm %2</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="132"/>
        <source>up %1 a year on average</source>
        <translation>tăng bình quân %1 mỗi năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="133"/>
        <source>down %1</source>
        <translation>giảm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="134"/>
        <source>%1 times the base year</source>
        <translation>gấp %1 lần năm gốc</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="135"/>
        <source>qualitative target</source>
        <translation>mục tiêu định tính</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/labels.py" line="140"/>
        <source> every year</source>
        <translation> hằng năm</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="60"/>
        <source>Indicators of the plan</source>
        <extracomment>The draft, the selection&apos;s flags or the unsaved state changed. Moving to another indicator applied what was typed in the form for this one (its code).</extracomment>
        <translation>Các chỉ tiêu của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="94"/>
        <source>Confirm as read</source>
        <translation>Xác nhận đọc đúng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="95"/>
        <source>The selected items were read correctly: clear their review marks</source>
        <translation>Các mục đang chọn đã được đọc đúng: bỏ dấu cần rà soát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="97"/>
        <source>Next to review</source>
        <translation>Rà soát tiếp</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="98"/>
        <source>Go to the next item that still needs review</source>
        <translation>Chuyển đến mục tiếp theo còn cần rà soát</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="100"/>
        <source>Add indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="102"/>
        <source>Add sub-indicator</source>
        <translation>Thêm chỉ tiêu con</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="104"/>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="333"/>
        <source>Remove indicator</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="317"/>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="330"/>
        <source>Remove indicator %1 «%2» from the plan?</source>
        <translation>Xóa chỉ tiêu %1 «%2» khỏi kế hoạch?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="332"/>
        <source>Its sub-indicators %1 are removed too.</source>
        <translation>Các chỉ tiêu con %1 cũng sẽ bị xóa.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="350"/>
        <source>Items still needing review: %1</source>
        <translation>Số mục còn cần rà soát: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/widget.py" line="353"/>
        <source>Every item has been reviewed</source>
        <translation>Đã rà soát xong tất cả các mục</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="40"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="41"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="42"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings.ui" line="19"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="27"/>
        <source>Commune &amp;code:</source>
        <translation>&amp;Mã xã:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="37"/>
        <source>e.g. 06253</source>
        <translation>ví dụ: 06253</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="47"/>
        <source>Commune &amp;name:</source>
        <translation>Tên &amp;xã:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="64"/>
        <source>P&amp;rovince:</source>
        <translation>Tỉ&amp;nh:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="124"/>
        <source>&amp;Save commune details</source>
        <translation>Lư&amp;u thông tin xã</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="136"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="144"/>
        <source>&amp;Language of the program:</source>
        <translation>Ngôn ngữ của &amp;chương trình:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="175"/>
        <source>My password</source>
        <translation>Mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="183"/>
        <source>C&amp;urrent password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="203"/>
        <source>Ne&amp;w password:</source>
        <translation>Mật khẩu mớ&amp;i:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="223"/>
        <source>Repeat n&amp;ew password:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="286"/>
        <source>C&amp;hange password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="313"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="319"/>
        <source>Officers enter the figures of the indicators assigned to them; leaders approve months; administrators manage accounts and the plan.</source>
        <translation>Cán bộ nhập số liệu các chỉ tiêu được giao; lãnh đạo duyệt số liệu tháng; người quản trị quản lý tài khoản và kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="341"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="350"/>
        <source>&amp;Add...</source>
        <translation>&amp;Thêm...</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="357"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="364"/>
        <source>Assign &amp;indicators...</source>
        <translation>&amp;Giao chỉ tiêu...</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="56"/>
        <source>General</source>
        <extracomment>Language codes and their names, each written in its own language so anyone can find theirs.</extracomment>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="57"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="58"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="88"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="100"/>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="195"/>
        <source>A new language is used from the next start of the program.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần khởi động chương trình tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="110"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="110"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="110"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="110"/>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="146"/>
        <source>The code %1 is temporary. Enter the commune&apos;s real 5-digit code before sending figures to the province.</source>
        <translation>Mã %1 là mã tạm. Hãy nhập mã xã chính thức gồm 5 chữ số trước khi gửi số liệu lên tỉnh.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="149"/>
        <source>Only an administrator can change the commune&apos;s details.</source>
        <translation>Chỉ người quản trị mới sửa được thông tin xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="160"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="160"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="177"/>
        <source>Saving the commune&apos;s details...</source>
        <translation>Đang lưu thông tin xã...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="182"/>
        <source>The commune&apos;s details were saved.</source>
        <translation>Đã lưu thông tin xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="193"/>
        <source>The choice could not be saved: %1</source>
        <translation>Không lưu được lựa chọn: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="196"/>
        <source>The language changes the next time the program starts.</source>
        <translation>Ngôn ngữ sẽ thay đổi khi khởi động lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="206"/>
        <source>Enter your current password.</source>
        <translation>Nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="210"/>
        <source>The two new passwords are different. Type them again.</source>
        <translation>Hai mật khẩu mới không khớp nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="226"/>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="252"/>
        <source>Import the plan first; then assign its indicators.</source>
        <translation>Hãy nhập kế hoạch trước, sau đó mới giao chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="280"/>
        <source>Account %1 saved.</source>
        <translation>Đã lưu tài khoản %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/settings_page.py" line="282"/>
        <source>Indicators assigned to %1.</source>
        <translation>Đã giao chỉ tiêu cho %1.</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/source_view.py" line="49"/>
        <source>Source text of the plan</source>
        <extracomment>A Python offset into the source text, when the officer clicks or moves in the text.</extracomment>
        <translation>Văn bản gốc của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/source_view.py" line="50"/>
        <source>The plan has no source text (it was typed in or read from Excel).</source>
        <translation>Kế hoạch không có văn bản gốc (được gõ trực tiếp hoặc đọc từ Excel).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kehoach_desktop/gui/startup.py" line="47"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/startup.py" line="48"/>
        <source>Write down or print this recovery code and keep it apart from the computer:

%1

If the administrator&apos;s password is ever forgotten, it sets a new one (kehoach user recover). It is shown only now and works once.</source>
        <translation>Hãy ghi lại hoặc in mã khôi phục này và cất riêng, không để cùng máy tính:

%1

Nếu quên mật khẩu quản trị, mã này đặt được mật khẩu mới (kehoach user recover). Mã chỉ hiện lần này và dùng được một lần.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="55"/>
        <source>The %1 annual plan was applied to the 5-year plan: %2 year targets changed, %3 indicators added, %4 unchanged.</source>
        <translation>Đã áp dụng kế hoạch năm %1 vào kế hoạch 5 năm: %2 mục tiêu năm thay đổi, %3 chỉ tiêu được thêm, %4 giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="60"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="60"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="60"/>
        <source>%1 target before</source>
        <translation>Mục tiêu %1 trước</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="61"/>
        <source>%1 target now</source>
        <translation>Mục tiêu %1 nay</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="63"/>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="64"/>
        <source>(new indicator)</source>
        <translation>(chỉ tiêu mới)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="64"/>
        <source>(no target)</source>
        <translation>(không có mục tiêu)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="75"/>
        <source>Items without a target (nothing changed): %1</source>
        <translation>Mục không ghi mục tiêu (không đổi gì): %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/summary_view.py" line="77"/>
        <source>Ignored: %1</source>
        <translation>Đã bỏ qua: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="40"/>
        <source>Save the sync bundle</source>
        <extracomment>What a key file is called: ``&lt;commune&gt;-&lt;PC name&gt;.khoa``.</extracomment>
        <translation>Lưu gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="41"/>
        <source>Sync bundles (*.kehoach)</source>
        <translation>Gói đồng bộ (*.kehoach)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="50"/>
        <source>Export this PC&apos;s key</source>
        <translation>Xuất khóa của máy này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="51"/>
        <source>Key files (*.khoa)</source>
        <translation>Tệp khóa (*.khoa)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="69"/>
        <source>This PC&apos;s key was written to %1.</source>
        <translation>Đã ghi khóa của máy này vào %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="110"/>
        <source>Writing the bundle...</source>
        <translation>Đang ghi gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="109"/>
        <source>Export sync bundle</source>
        <translation>Xuất gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/exporting.py" line="121"/>
        <source>Bundle written: %1 (%2).</source>
        <translation>Đã ghi gói: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="60"/>
        <source>Choose the sync bundle</source>
        <translation>Chọn gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="53"/>
        <source>Choose the folder of sync bundles</source>
        <translation>Chọn thư mục chứa các gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="60"/>
        <source>Choose the sync bundles</source>
        <translation>Chọn các gói đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="61"/>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="61"/>
        <source>Sync bundles (*.kehoach);;All files (*)</source>
        <translation>Gói đồng bộ (*.kehoach);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="99"/>
        <source>Reading the bundles...</source>
        <translation>Đang đọc các gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="98"/>
        <source>Import several bundles</source>
        <translation>Nhập nhiều gói</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="93"/>
        <source>%1 of %2 files done (last: %3)</source>
        <translation>Đã xong %1/%2 tệp (vừa xong: %3)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/batch_import.py" line="110"/>
        <source>%1 of %2 bundles imported, %3 conflicts.</source>
        <translation>Đã nhập %1/%2 gói, %3 xung đột.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="68"/>
        <source>Choose the key file</source>
        <translation>Chọn tệp khóa</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="69"/>
        <source>Key files (*.khoa);;All files (*)</source>
        <translation>Tệp khóa (*.khoa);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="36"/>
        <source>This PC does not know the sending PC yet.</source>
        <extracomment>Refusals a person can lift by comparing the sender&apos;s fingerprint.</extracomment>
        <translation>Máy này chưa biết máy gửi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="37"/>
        <source>The sending PC&apos;s key was revoked on this PC.</source>
        <translation>Khóa của máy gửi đã bị thu hồi trên máy này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="38"/>
        <source>The sending PC uses a different key than before: it may have been reinstalled, or the file may be forged.</source>
        <translation>Máy gửi dùng khóa khác với trước đây: có thể máy đã được cài đặt lại, hoặc tệp có thể bị giả mạo.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="42"/>
        <source>%1

PC: %2
Fingerprint: %3

Call the person at that PC and have them read the fingerprint shown on its Sync page. Trust this key only if every character matches.

Does the fingerprint match?</source>
        <translation>%1

Máy: %2
Dấu vân tay: %3

Hãy gọi điện cho người ở máy đó và đề nghị họ đọc dấu vân tay hiển thị trên trang Đồng bộ của máy. Chỉ tin cậy khóa này nếu mọi ký tự đều khớp.

Dấu vân tay có khớp không?</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="48"/>
        <source>Check the sender&apos;s fingerprint</source>
        <translation>Kiểm tra dấu vân tay của máy gửi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="80"/>
        <source>Bundle not imported</source>
        <translation>Chưa nhập gói</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="98"/>
        <source>Checking the bundle...</source>
        <translation>Đang kiểm tra gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="124"/>
        <source>Already imported</source>
        <translation>Đã nhập trước đó</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="125"/>
        <source>This bundle was imported before. Nothing changes.</source>
        <translation>Gói này đã được nhập trước đây. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="132"/>
        <source>Importing the bundle...</source>
        <translation>Đang nhập gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="144"/>
        <source>Bundle from %1 imported: %2 figures changed, %3 conflicts.</source>
        <translation>Đã nhập gói từ %1: %2 số liệu thay đổi, %3 xung đột.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/importing.py" line="168"/>
        <source>The key of %1 is trusted.</source>
        <translation>Đã tin cậy khóa của %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="56"/>
        <source>Export my &amp;key...</source>
        <translation>Xuất &amp;khóa của tôi...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="57"/>
        <source>E&amp;xport sync bundle...</source>
        <translation>&amp;Xuất gói đồng bộ...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="58"/>
        <source>&amp;Import bundle...</source>
        <translation>&amp;Nhập gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="59"/>
        <source>Import &amp;several bundles...</source>
        <translation>Nhập n&amp;hiều gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="61"/>
        <source>Whole &amp;folder...</source>
        <translation>Cả &amp;thư mục...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="62"/>
        <source>Choose several &amp;files...</source>
        <translation>Chọn nhiều &amp;tệp...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="69"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="70"/>
        <source>Trusted keys</source>
        <translation>Khóa tin cậy</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="71"/>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="161"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="87"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="94"/>
        <source>This PC</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="96"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="97"/>
        <source>Kind of PC:</source>
        <translation>Loại máy:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="101"/>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="102"/>
        <source>Other PCs compare this fingerprint before trusting bundles from this PC.</source>
        <translation>Các máy khác so sánh dấu vân tay này trước khi tin cậy các gói từ máy này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="133"/>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="134"/>
        <source>Only a leader or an administrator can import bundles.</source>
        <translation>Chỉ lãnh đạo hoặc người quản trị mới được nhập gói.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="161"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="172"/>
        <source>Revoke key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="173"/>
        <source>Stop trusting the key of %1? Bundles from that PC will be refused until its key is trusted again.</source>
        <translation>Thôi tin cậy khóa của %1? Các gói từ máy đó sẽ bị từ chối cho đến khi khóa được tin cậy lại.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="186"/>
        <source>The key of %1 was revoked.</source>
        <translation>Đã thu hồi khóa của %1.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="200"/>
        <source>Saving the choice...</source>
        <translation>Đang lưu lựa chọn...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/page.py" line="204"/>
        <source>Version kept for indicator %1, %2.</source>
        <translation>Đã giữ phiên bản cho chỉ tiêu %1, %2.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="17"/>
        <source>Province PC</source>
        <translation>Máy tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="18"/>
        <source>Commune PC</source>
        <translation>Máy xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="24"/>
        <source>Acknowledgement</source>
        <translation>Gói xác nhận</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="26"/>
        <source>Province indicator list</source>
        <translation>Danh mục chỉ tiêu của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="27"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="33"/>
        <source>Full</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="34"/>
        <source>Incremental</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="39"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="39"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="60"/>
        <source>%1 plans</source>
        <translation>%1 kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="61"/>
        <source>%1 indicators</source>
        <translation>%1 chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="62"/>
        <source>%1 figures</source>
        <translation>%1 số liệu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/data.py" line="63"/>
        <source>%1 month events</source>
        <translation>%1 sự kiện tháng</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="46"/>
        <source>Province indicator list: review</source>
        <translation>Danh mục chỉ tiêu của tỉnh: xem trước khi áp dụng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="54"/>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="55"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="55"/>
        <source>Province code</source>
        <translation>Mã của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="55"/>
        <source>Commune code</source>
        <translation>Mã của xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="56"/>
        <source>Now</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="56"/>
        <source>Province&apos;s</source>
        <translation>Theo tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="58"/>
        <source>Pairing</source>
        <translation>Ghép chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="59"/>
        <source>Province indicator</source>
        <translation>Chỉ tiêu của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="59"/>
        <source>Commune indicator</source>
        <translation>Chỉ tiêu của xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="59"/>
        <source>Paired by</source>
        <translation>Cách ghép</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="69"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="75"/>
        <source>Changes to the plan (untick what you do not want)</source>
        <translation>Các thay đổi của kế hoạch (bỏ dấu chọn những gì không muốn áp dụng)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="77"/>
        <source>Province indicators and the commune indicators they are paired with</source>
        <translation>Chỉ tiêu của tỉnh và chỉ tiêu của xã được ghép với nó</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="87"/>
        <source>Add indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="87"/>
        <source>Change code</source>
        <translation>Đổi mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="87"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="88"/>
        <source>Change unit</source>
        <translation>Đổi đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="88"/>
        <source>Change how months add up</source>
        <translation>Đổi cách cộng các tháng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="89"/>
        <source>Change direction</source>
        <translation>Đổi chiều đánh giá</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="89"/>
        <source>Year target</source>
        <translation>Mục tiêu năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="93"/>
        <source>same code</source>
        <translation>cùng mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="93"/>
        <source>same name</source>
        <translation>cùng tên</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="93"/>
        <source>chosen by you</source>
        <translation>do anh/chị chọn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="94"/>
        <source>added as new</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="99"/>
        <source>, targets for %1</source>
        <translation>, mục tiêu năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="100"/>
        <source>Indicator list of %1 (sent by «%2»%3), compared with the plan %4-%5.</source>
        <translation>Danh mục chỉ tiêu của %1 (máy gửi «%2»%3), so với kế hoạch %4-%5 của xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="105"/>
        <source>This list was already applied: applying it again changes nothing.</source>
        <translation>Danh mục này đã được áp dụng: áp dụng lại không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="107"/>
        <source>The plan already matches this list: nothing to change.</source>
        <translation>Kế hoạch của xã đã khớp với danh mục này: không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="109"/>
        <source>Only an administrator may apply the province&apos;s list: ask one to import this file.</source>
        <translation>Chỉ người quản trị mới được áp dụng danh mục của tỉnh: hãy nhờ người quản trị nhập tệp này.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="115"/>
        <source>The commune&apos;s own indicators not in the list (kept as they are): %1</source>
        <translation>Chỉ tiêu riêng của xã, không có trong danh mục (giữ nguyên): %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="137"/>
        <source>(add as a new indicator)</source>
        <translation>(thêm thành chỉ tiêu mới)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="183"/>
        <source>Applying the province&apos;s list...</source>
        <translation>Đang áp dụng danh mục của tỉnh...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="187"/>
        <source>This list was already applied. Nothing changes.</source>
        <translation>Danh mục này đã được áp dụng trước đó. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="189"/>
        <source>%1 changes from the list of %2 applied to the plan.</source>
        <translation>Đã áp dụng %1 thay đổi từ danh mục của %2 vào kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="192"/>
        <source>Province indicator list</source>
        <translation>Danh mục chỉ tiêu của tỉnh</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/sync/template_dialog.py" line="196"/>
        <source>Checking the province&apos;s list...</source>
        <translation>Đang kiểm tra danh mục của tỉnh...</translation>
    </message>
</context>
<context>
    <name>TemplateSendDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="45"/>
        <source>Send the indicator list to the communes</source>
        <translation>Gửi danh mục chỉ tiêu cho các xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="49"/>
        <source>Indicator list from</source>
        <translation>Lấy danh mục từ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="51"/>
        <source>The plan of %1</source>
        <translation>Kế hoạch của %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="52"/>
        <source>The plan&apos;s Excel template filled in at the province...</source>
        <translation>Mẫu Excel kế hoạch do tỉnh điền...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="54"/>
        <source>Choose &amp;file...</source>
        <translation>Chọn &amp;tệp...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="55"/>
        <source>Include each commune&apos;s &amp;targets for the year</source>
        <translation>Kèm &amp;mục tiêu năm của từng xã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="59"/>
        <source>Year of the targets</source>
        <translation>Năm của mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="61"/>
        <source>Targets from</source>
        <translation>Lấy mục tiêu từ</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="62"/>
        <source>The targets typed on this PC</source>
        <translation>Mục tiêu đã nhập trên máy này</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="63"/>
        <source>The province&apos;s targets sheet (.xlsx)...</source>
        <translation>Bảng mục tiêu của tỉnh (.xlsx)...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="65"/>
        <source>Choose s&amp;heet...</source>
        <translation>Chọn &amp;bảng...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="66"/>
        <source>Write the &amp;sheet to fill...</source>
        <translation>Ghi bảng để đ&amp;iền...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="67"/>
        <source>An Excel sheet listing every commune and indicator, for the targets to be typed in, then chosen here</source>
        <translation>Bảng Excel liệt kê mọi xã và chỉ tiêu để điền mục tiêu, rồi chọn lại ở đây</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="71"/>
        <source>&amp;Write the bundle...</source>
        <translation>&amp;Ghi gói...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="85"/>
        <source>Indicator list from:</source>
        <translation>Lấy danh mục từ:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="91"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="92"/>
        <source>Targets from:</source>
        <translation>Lấy mục tiêu từ:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="99"/>
        <source>The bundle is signed with this PC&apos;s key; each commune reviews what changes in its plan before applying it.</source>
        <translation>Gói được ký bằng khóa của máy này; mỗi xã xem những gì thay đổi trong kế hoạch của mình trước khi áp dụng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="111"/>
        <source>Choose the plan&apos;s Excel template</source>
        <translation>Chọn mẫu Excel kế hoạch</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="111"/>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="117"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="117"/>
        <source>Choose the targets sheet</source>
        <translation>Chọn bảng mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="126"/>
        <source>(no file chosen)</source>
        <translation>(chưa chọn tệp)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/province/template_send.py" line="133"/>
        <source>(no sheet chosen)</source>
        <translation>(chưa chọn bảng)</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="48"/>
        <source>Save texts (Ctrl+S)</source>
        <extracomment>The order of the tabs (the report&apos;s II, III, IV).</extracomment>
        <translation>Lưu nội dung (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="62"/>
        <source>General assessment: shortcomings</source>
        <translation>Đánh giá chung: tồn tại, hạn chế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="63"/>
        <source>Key tasks of the next period</source>
        <translation>Nhiệm vụ trọng tâm kỳ tới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="64"/>
        <source>Proposals and requests</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="70"/>
        <source>Shortcomings</source>
        <translation>Tồn tại, hạn chế</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="71"/>
        <source>Key tasks</source>
        <translation>Nhiệm vụ trọng tâm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="72"/>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="77"/>
        <source>Shortcomings, limitations and their causes (after the counts of the general assessment).</source>
        <translation>Tồn tại, hạn chế và nguyên nhân (đặt sau phần tổng hợp kết quả của mục Đánh giá chung).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="79"/>
        <source>The key tasks of the next period, one per line.</source>
        <translation>Nhiệm vụ trọng tâm của kỳ tới, mỗi nhiệm vụ một dòng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/reports/texts_panel.py" line="80"/>
        <source>Proposals and requests to the province, one per line.</source>
        <translation>Đề xuất, kiến nghị với cấp tỉnh, mỗi ý một dòng.</translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="103"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="103"/>
        <source>Edit account %1</source>
        <translation>Sửa tài khoản %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="117"/>
        <source>The new user can change this password in Settings after logging in.</source>
        <translation>Người dùng mới có thể đổi mật khẩu này trong Cài đặt sau khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="125"/>
        <source>Leave the password empty to keep it. A new password also unlocks the account.</source>
        <translation>Để trống mật khẩu nếu muốn giữ nguyên. Đặt mật khẩu mới cũng sẽ mở khóa tài khoản.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="144"/>
        <source>Enter the user&apos;s full name.</source>
        <translation>Nhập họ và tên người dùng.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="147"/>
        <source>Enter a password for the new account.</source>
        <translation>Nhập mật khẩu cho tài khoản mới.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/users_dialog.py" line="150"/>
        <source>The two passwords are different. Type the password again.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập lại mật khẩu.</translation>
    </message>
</context>
<context>
    <name>UserEditorForm</name>
    <message>
        <location filename="../../ui/user_editor.ui" line="19"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="29"/>
        <source>e.g. nguyenvanb</source>
        <translation>ví dụ: nguyenvanb</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="39"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="49"/>
        <source>e.g. Nguyễn Văn Bình</source>
        <translation>ví dụ: Nguyễn Văn Bình</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="59"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="72"/>
        <source>&amp;Account active (may log in)</source>
        <translation>Tài &amp;khoản đang hoạt động (được phép đăng nhập)</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="82"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../ui/user_editor.ui" line="102"/>
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>YearTargets</name>
    <message>
        <location filename="../../kehoach_desktop/gui/review/targets_table.py" line="103"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/targets_table.py" line="106"/>
        <source>Kind of target</source>
        <translation>Loại mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/review/targets_table.py" line="183"/>
        <source>Year %1 has two targets.</source>
        <translation>Năm %1 có hai mục tiêu.</translation>
    </message>
</context>
<context>
    <name>YearTargetsDialog</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="95"/>
        <source>Year plan targets</source>
        <extracomment>The targets were read (after opening, saving, importing or changing the year). Saving or importing stored targets.</extracomment>
        <translation>Chỉ tiêu kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="113"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="115"/>
        <source>Type each indicator&apos;s target for the year as the annual resolution states it. Enter goes down; nothing is saved until you press Save.</source>
        <translation>Gõ mục tiêu của năm cho từng chỉ tiêu như nghị quyết năm ghi. Enter chuyển xuống dòng dưới; chưa lưu gì cho đến khi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="124"/>
        <source>Targets of the year</source>
        <translation>Mục tiêu của năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="134"/>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="294"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="135"/>
        <source>Store every target typed (Ctrl+S): all of them, or none if one cannot be read</source>
        <translation>Lưu mọi mục tiêu đã gõ (Ctrl+S): lưu tất cả, hoặc không lưu mục nào nếu có mục không đọc được</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="138"/>
        <source>C&amp;lear target</source>
        <translation>&amp;Xóa mục tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="139"/>
        <source>Remove the selected indicator&apos;s target for the year (the 5-year target stays); saved with Save</source>
        <translation>Xóa mục tiêu năm của chỉ tiêu đang chọn (mục tiêu 5 năm giữ nguyên); được lưu khi bấm Lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="142"/>
        <source>&amp;Export to Excel...</source>
        <translation>Xuất ra &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="144"/>
        <source>&amp;Import from Excel...</source>
        <translation>Nhập từ Exc&amp;el...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="175"/>
        <source>Loading the year&apos;s targets...</source>
        <translation>Đang tải mục tiêu của năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="218"/>
        <source>Nothing was saved: %1 targets cannot be read. Correct the red cells (the reason is in their tooltip).</source>
        <translation>Chưa lưu gì: %1 mục tiêu không đọc được. Hãy sửa các ô màu đỏ (lý do hiện khi rê chuột lên ô).</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="222"/>
        <source>Nothing to save.</source>
        <translation>Không có gì để lưu.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="229"/>
        <source>Saved %1 targets of %2.</source>
        <translation>Đã lưu %1 mục tiêu năm %2.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="230"/>
        <source>Saving the year&apos;s targets...</source>
        <translation>Đang lưu mục tiêu của năm...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="240"/>
        <source>Export the year&apos;s targets</source>
        <translation>Xuất mục tiêu của năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="241"/>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="246"/>
        <source>Import the year&apos;s targets</source>
        <translation>Nhập mục tiêu của năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="253"/>
        <source>year-targets-%1.xlsx</source>
        <translation>muc-tieu-nam-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="259"/>
        <source>Wrote %1. Fill in the «%2 target» column, then import it here.</source>
        <translation>Đã ghi %1. Điền cột «Mục tiêu năm %2» rồi nhập lại tại đây.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="261"/>
        <source>Exporting...</source>
        <translation>Đang xuất...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="273"/>
        <source>Imported the %1 targets: %2 changed.</source>
        <translation>Đã nhập mục tiêu năm %1: %2 thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="279"/>
        <source>Importing...</source>
        <translation>Đang nhập...</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="294"/>
        <source>&amp;Save (%1)</source>
        <translation>&amp;Lưu (%1)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="298"/>
        <source>Unsaved targets</source>
        <translation>Mục tiêu chưa lưu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_dialog.py" line="299"/>
        <source>Some targets typed here are not saved. Forget them?</source>
        <translation>Có mục tiêu đã gõ ở đây chưa được lưu. Bỏ qua chúng?</translation>
    </message>
</context>
<context>
    <name>YearTargetsModel</name>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="123"/>
        <source>Code</source>
        <extracomment>A message for the status bar (an unreadable target&apos;s reason). Edits were made or dropped.</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="123"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="123"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="123"/>
        <source>5-year target</source>
        <translation>Mục tiêu 5 năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="124"/>
        <source>%1 target</source>
        <translation>Mục tiêu năm %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="124"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="173"/>
        <source>Not readable (see why in the tooltip)</source>
        <translation>Không đọc được (rê chuột để xem)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="175"/>
        <source>Typed (not saved yet)</source>
        <translation>Đã gõ (chưa lưu)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="177"/>
        <source>Cleared (not saved yet)</source>
        <translation>Đã xóa (chưa lưu)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="180"/>
        <source>Annual resolution</source>
        <translation>Nghị quyết năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="182"/>
        <source>Typed</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="184"/>
        <source>Sent by the province</source>
        <translation>Tỉnh giao</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="186"/>
        <source>5-year plan (this year)</source>
        <translation>Kế hoạch 5 năm (nêu cho năm này)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="188"/>
        <source>Derived from the 5-year target: %1</source>
        <translation>Tính từ mục tiêu 5 năm: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="190"/>
        <source>From the 5-year plan: %1</source>
        <translation>Theo kế hoạch 5 năm: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="191"/>
        <source>No year plan</source>
        <translation>Chưa có KH năm</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/annual/year_targets_model.py" line="199"/>
        <source>Type the year&apos;s target as the resolution writes it, for example ≥ 7.000 tấn, 9.450, 35 - 40%, dưới 3%, 41/41 thôn, or Đạt. Leave it empty to remove the year&apos;s target.</source>
        <translation>Gõ mục tiêu của năm như nghị quyết ghi, ví dụ ≥ 7.000 tấn, 9.450, 35 - 40%, dưới 3%, 41/41 thôn, hoặc Đạt. Để trống để bỏ mục tiêu của năm.</translation>
    </message>
</context>
</TS>
